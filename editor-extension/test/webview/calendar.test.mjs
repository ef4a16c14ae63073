// The calendar webview in chromium (harness.mjs) with a busy plan's schedule (fixture.mjs): the day
// list, ids that keep their end, reposts without colour, the keyboard, the banner, the filters, French.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BUSY_DAY, IMAGE_URL, LOCAL_IMAGE, fixture } from './fixture.mjs';
import { bundleExists, launch, openCalendar } from './harness.mjs';

let browser;
before(async () => {
  assert.ok(bundleExists(), 'dist/webview/calendar.js is missing: npm run build first');
  browser = await launch();
});
after(() => browser?.close());

const busy = fixture().publications.filter((p) => p.at.startsWith(BUSY_DAY));

test('"+N more" opens the day\'s full list, every publication readable, and gives the focus back on close', async () => {
  const page = await openCalendar(browser, fixture());
  const more = page.locator(`.day[data-day="${BUSY_DAY}"] .more`);
  assert.equal(await more.innerText(), '+33 more');
  await more.click();
  const dialog = page.locator('dialog.day-list[open]');
  await dialog.waitFor();
  assert.equal(await page.locator('main').getAttribute('data-mode'), 'month', 'still the month, not a week of slivers');
  assert.equal(await dialog.locator('.day-list-title').innerText(), 'Tue 16 Mar 2027: 36 publications');
  const ids = await dialog.locator('.pub').evaluateAll((els) => els.map((e) => e.querySelector('.post').textContent));
  assert.deepEqual(ids, busy.map((p) => p.post), 'every publication of the day, in time order, with its whole id');
  // Each id shows whole: nothing elided in the list.
  const clipped = await dialog.locator('.pub .post').evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 0.5).length);
  assert.equal(clipped, 0);
  assert.equal(await dialog.locator('.pub').first().evaluate((e) => e === document.activeElement), true, 'the first publication has the focus');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.post), busy[1].post, '↓ moves through the list');
  await page.keyboard.press('Enter');
  assert.deepEqual(await page.evaluate(() => window.sent.at(-1)), { type: 'reveal', post: busy[1].post }, 'Enter opens the post');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('more')), true, 'the focus back on "+33 more"');
  await page.close();
});

test('chips keep the end of the id and the repost mark in a narrow calendar; the tooltip has the whole id', async () => {
  for (const width of [760, 1280]) {
    const page = await openCalendar(browser, fixture(), { width });
    const chips = await page.locator('.day .pub').evaluateAll((els) =>
      els.map((chip) => {
        const box = chip.getBoundingClientRect();
        const inside = (e) => {
          if (!e) return true;
          const r = e.getBoundingClientRect();
          return r.width > 0 && r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && e.scrollWidth <= e.clientWidth + 0.5;
        };
        return {
          post: chip.dataset.post,
          title: chip.title,
          tail: chip.querySelector('.id-tail').textContent,
          tailShown: inside(chip.querySelector('.id-tail')),
          markShown: inside(chip.querySelector('.repost-mark')),
          statusShown: inside(chip.querySelector('.status-mark')),
          dotsShown: [...chip.querySelectorAll('.dot')].every((d) => {
            const r = d.getBoundingClientRect();
            return r.width >= 3 && r.left >= box.left && r.right <= box.right;
          }),
        };
      }),
    );
    assert.ok(chips.length >= 10);
    for (const c of chips) {
      assert.ok(c.post.endsWith(c.tail), `${c.post}: the tail is its end`);
      assert.ok(c.tailShown, `${width}px: the end of ${c.post} (${c.tail}) is not clipped`);
      assert.ok(c.markShown, `${width}px: the repost mark of ${c.post} is not clipped`);
      assert.ok(c.statusShown, `${width}px: the status of ${c.post} is not clipped`);
      assert.ok(c.dotsShown, `${width}px: every channel dot of ${c.post} shows`);
      assert.ok(c.title.startsWith(`${c.post} on `), 'the tooltip starts with the whole id');
    }
    // The two ids that differ only at their end read differently.
    const tails = chips.filter((c) => c.post.startsWith('atelier-entretien-velo-cargo-')).map((c) => c.tail);
    assert.ok(tails.includes('-cargo-1') && tails.includes('-cargo-2'), tails.join());
    await page.close();
  }
});

test('in a narrow week, chips keep the end of the id, the marks and every channel dot', async () => {
  const page = await openCalendar(browser, fixture(), { width: 700 });
  await page.locator('.segment[data-mode="week"]').click();
  const chips = await page.locator('.week .pub').evaluateAll((els) =>
    els.map((chip) => {
      const box = chip.getBoundingClientRect();
      const inside = (e) => {
        const r = e.getBoundingClientRect();
        return r.width >= 3 && r.left >= box.left - 0.5 && r.right <= box.right + 0.5;
      };
      return { post: chip.dataset.post, shown: [...chip.querySelectorAll('.id-tail, .mark, .dot')].every(inside), dots: chip.querySelectorAll('.dot').length };
    }),
  );
  assert.ok(chips.some((c) => c.dots === 4), 'the post on four channels is in the week');
  for (const c of chips) {
    assert.ok(c.shown, `${c.post}: its tail, marks and dots show`);
  }
  await page.close();
});

test('a crowded week keeps readable chips: what does not fit side by side is "+N more", which opens the day', async () => {
  const page = await openCalendar(browser, fixture(), { width: 1280 });
  await page.locator('.segment[data-mode="week"]').click();
  await page.locator('.nav button').last().click();
  await page.locator('.nav button').last().click();
  assert.equal(await page.locator('.period').innerText(), '15 – 21 Mar 2027');
  const column = page.locator(`.week .column[data-day="${BUSY_DAY}"]`);
  const { width, chips } = await column.evaluate((col) => ({
    width: col.getBoundingClientRect().width,
    chips: [...col.querySelectorAll('.pub')].map((c) => {
      const box = c.getBoundingClientRect();
      const tail = c.querySelector('.id-tail').getBoundingClientRect();
      return { width: box.width, tailShown: tail.left >= box.left - 0.5 && tail.right <= box.right + 0.5 };
    }),
  }));
  for (const c of chips) {
    assert.ok(c.width >= width / 2 - 8, `a chip ${c.width}px wide in a ${width}px column: no sliver`);
    assert.ok(c.tailShown, 'the end of the id shows');
  }
  const more = await column.locator('.more').allInnerTexts();
  const hidden = more.reduce((n, t) => n + Number(/\+(\d+)/.exec(t)[1]), 0);
  assert.equal(chips.length + hidden, busy.length, 'every entry is a chip or counted in "+N more"');
  await column.locator('.more').first().click();
  await page.locator('dialog.day-list[open]').waitFor();
  assert.equal(await page.locator('dialog .pub').count(), busy.length);
  await page.keyboard.press('Escape');
  await page.locator('dialog.day-list').waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('placed-more')), true, 'the focus back on "+N more"');
  await page.close();
});

test('reposts differ from first publications without colour: a dashed outline and ↻k', async () => {
  const page = await openCalendar(browser, fixture());
  const styles = await page.locator('.day .pub').evaluateAll((els) =>
    els.map((e) => ({ repost: Number(e.dataset.repost), late: e.classList.contains('late'), border: getComputedStyle(e).borderTopStyle, left: getComputedStyle(e).borderLeftStyle, mark: e.querySelector('.repost-mark')?.textContent ?? null })),
  );
  for (const s of styles) {
    if (s.repost > 0) {
      assert.deepEqual([s.border, s.left, s.mark], ['dashed', 'dashed', `↻${s.repost}`]);
    } else {
      assert.equal(s.left, 'solid');
      assert.notEqual(s.border, 'dashed');
      assert.equal(s.mark, null);
    }
  }
  assert.ok(styles.some((s) => s.repost > 0) && styles.some((s) => s.repost === 0));
  await page.close();
});

test('the keyboard: an ARIA grid a few Tabs away, arrow keys between publications and days', async () => {
  const page = await openCalendar(browser, fixture());
  const roles = await page.locator('[role="grid"]').evaluate((grid) => ({
    rows: grid.querySelectorAll(':scope > [role="row"]').length,
    cellsPerRow: [...grid.querySelectorAll(':scope > [role="row"]')].slice(1).map((r) => r.querySelectorAll(':scope > [role="gridcell"]').length),
    headers: grid.querySelectorAll('[role="row"] > [role="columnheader"]').length,
    tabStops: grid.querySelectorAll('[tabindex="0"]').length,
  }));
  assert.deepEqual(roles, { rows: 6, cellsPerRow: [7, 7, 7, 7, 7], headers: 7, tabStops: 1 });
  // From the top of the page: the late badge, the banner's button, the toolbar, the filters, then the first publication.
  let tabs = 0;
  while (tabs < 20 && !(await page.evaluate(() => document.activeElement?.closest?.('[role="grid"]')))) {
    await page.keyboard.press('Tab');
    tabs++;
  }
  assert.ok(tabs <= 5, `${tabs} Tabs to the calendar, with 12 channels and 4 statuses`);
  const focused = () => page.evaluate(() => {
    const e = document.activeElement;
    return { day: e.closest('[role="gridcell"]')?.dataset.day, post: e.dataset.post ?? null, cell: e.getAttribute('role') === 'gridcell', more: e.classList.contains('more') };
  });
  assert.deepEqual(await focused(), { day: '2027-03-02', post: 'atelier-entretien-velo-cargo-1', cell: false, more: false }, 'the first publication of the month');
  await page.keyboard.press('ArrowDown');
  assert.equal((await focused()).post, 'atelier-entretien-velo-cargo-2');
  await page.keyboard.press('ArrowDown');
  assert.deepEqual(await focused(), { day: '2027-03-09', post: null, cell: true, more: false }, 'past the last publication: the day below');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.deepEqual(await focused(), { day: '2027-03-16', post: null, cell: true, more: false });
  await page.keyboard.press('ArrowDown');
  assert.equal((await focused()).post, busy[0].post);
  await page.keyboard.press('ArrowRight');
  assert.deepEqual(await focused(), { day: '2027-03-17', post: null, cell: true, more: false }, 'an empty day: its cell');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('End');
  assert.equal((await focused()).day, '2027-03-21');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowDown');
  assert.equal((await focused()).post, 'soldes-hiver');
  await page.keyboard.press('PageDown');
  assert.equal(await page.locator('.period').innerText(), 'April 2027');
  assert.deepEqual(await focused(), { day: '2027-04-18', post: null, cell: true, more: false }, 'a month later, the focus kept');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  // Up from the 15th: the 8th, then the 1st (empty days: their cells).
  assert.deepEqual(await focused(), { day: '2027-03-01', post: null, cell: true, more: false });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.deepEqual(await focused(), { day: '2027-03-09', post: null, cell: true, more: false });
  for (let i = 0; i < 7; i++) {
    await page.keyboard.press('ArrowDown');
  }
  assert.deepEqual(await focused(), { day: BUSY_DAY, post: null, cell: false, more: true }, '"+33 more" is in the walk');
  await page.keyboard.press('Enter');
  await page.locator('dialog.day-list[open]').waitFor();
  await page.keyboard.press('Escape');
  await page.locator('dialog.day-list').waitFor({ state: 'detached' });
  assert.equal((await focused()).more, true);
  await page.keyboard.press('Escape');
  assert.deepEqual(await focused(), { day: BUSY_DAY, post: null, cell: true, more: false }, 'Escape: back to the day');
  await page.keyboard.press('Enter');
  await page.locator('dialog.day-list[open]').waitFor();
  await page.close();
});

test('a plan with errors says the schedule may be incomplete; the channel count is the legend\'s', async () => {
  const page = await openCalendar(browser, fixture());
  assert.equal(await page.locator('.banner-text').innerText(), '12 errors: the schedule may be incomplete');
  await page.locator('.banner-action').click();
  assert.deepEqual(await page.evaluate(() => window.sent.at(-1)), { type: 'problems' });
  const legend = await page.locator('.legend .channel').count();
  assert.equal(legend, 12, 'the 11 declared channels and the one a publication names without a declaration');
  assert.equal(await page.locator('.stat[data-stat="channels"]').innerText(), `${legend} channels`);
  await page.close();
  const clean = await openCalendar(browser, fixture({ errors: 0 }));
  assert.equal(await clean.locator('.banner').count(), 0);
  await clean.close();
});

test('statuses: a mark on each publication, a filter beside the channels; thumbnails of the first image', async () => {
  const page = await openCalendar(browser, fixture());
  assert.deepEqual(await page.locator('.statuses .status-filter').evaluateAll((els) => els.map((e) => e.innerText.replace(/\s+/g, ' ').trim())), [
    '✎ draft 12',
    '◔ in review 16',
    '✓ approved 19',
    'no status 1',
  ]);
  assert.equal(await page.locator('.day[data-day="2027-03-04"] .pub .status-mark').innerText(), '◔');
  assert.match(await page.locator('.day[data-day="2027-03-04"] .pub').getAttribute('title'), /\nStatus: in review$/);
  await page.locator('.status-filter[data-status="draft"]').click();
  assert.equal(await page.locator('.status-filter[data-status="draft"]').getAttribute('aria-pressed'), 'false');
  assert.equal(await page.locator('.day .pub[data-status="draft"]').count(), 0, 'drafts hidden');
  assert.ok((await page.locator('.day .pub[data-status="review"]').count()) > 0, 'the others stay');
  await page.locator('.status-filter[data-status="review"]').click();
  await page.locator('.status-filter[data-status="approved"]').click();
  assert.deepEqual(await page.locator('.day .pub').evaluateAll((els) => els.map((e) => e.dataset.post)), ['sans-canal'], 'only the publication without a status');
  await page.close();

  const wide = await openCalendar(browser, fixture(), { width: 1440 });
  const thumbs = await wide.locator('.day .pub .thumb').evaluateAll((els) => els.map((e) => ({ post: e.closest('.pub').dataset.post, src: e.src, loaded: e.complete && e.naturalWidth > 0 })));
  assert.deepEqual(thumbs.map((t) => t.src), [LOCAL_IMAGE, LOCAL_IMAGE, LOCAL_IMAGE, LOCAL_IMAGE, IMAGE_URL, LOCAL_IMAGE, LOCAL_IMAGE], 'the local image through the webview, the URL as it is; no video');
  await wide.waitForFunction(() => [...document.querySelectorAll('.thumb')].every((e) => e.complete && e.naturalWidth > 0));
  await wide.close();
});

test('in French: day and month names, labels, legend, tooltips', async () => {
  const page = await openCalendar(browser, fixture({ language: 'fr' }));
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  assert.equal(await page.locator('.period').innerText(), 'mars 2027');
  assert.deepEqual(await page.locator('[role="columnheader"]').evaluateAll((els) => els.map((e) => e.textContent)), ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.']);
  assert.equal(await page.locator('.banner-text').innerText(), '12 erreurs\u00a0: le calendrier peut être incomplet');
  assert.equal(await page.locator('.stat[data-stat="channels"]').innerText(), '12 canaux');
  assert.equal(await page.locator('.late-stat').innerText(), '1 après expiration');
  assert.equal(await page.locator('.segment[data-mode="week"]').innerText(), 'Semaine');
  assert.deepEqual(await page.locator('.legend .key').evaluateAll((els) => els.map((e) => e.textContent)), ['première', '↻ republication', '⚠ après expiration']);
  assert.equal(await page.locator(`.day[data-day="${BUSY_DAY}"] .more`).innerText(), '+33 autres');
  assert.equal(
    await page.locator('.day[data-day="2027-03-18"] .pub').getAttribute('title'),
    'soldes-hiver sur facebook\n2027-03-18 18:00 (UTC+01:00) · republication 2 — après l’expiration du contenu\nStatut\u00a0: approuvé',
  );
  assert.equal(await page.locator('.day[data-day="2027-03-16"]').getAttribute('aria-label'), 'mardi 16 mars 2027, 36 publications');
  await page.locator(`.day[data-day="${BUSY_DAY}"] .more`).click();
  assert.equal(await page.locator('.day-list-title').innerText(), 'mar. 16 mars 2027\u00a0: 36 publications');
  await page.keyboard.press('Escape');
  await page.locator('.segment[data-mode="week"]').click();
  assert.equal(await page.locator('.period').innerText(), '1 – 7 mars 2027');
  await page.close();
});
