// End to end in real VS Code: code-server 4.96.4 (VS Code 1.96) with the linux-x64 .vsix installed
// as a user installs it (`--install-extension`), its native server running (not dotnet),
// driven by playwright-core in Debian's chromium. Opens a workspace of plans and checks what a user
// sees: the Problems panel, a hover, a quick fix, the Show Schedule calendar refreshing as the file
// changes. The expected values come from the cmplan CLI shipped in the same .vsix (an independent
// path through the same analysis). Screenshots go to e2e/output/; CMPLAN_E2E_SCREENSHOTS=update also
// copies them into images/screenshots/ for the README.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './browser.mjs';
import { cli } from './cli.mjs';
import { processesUnder, startCodeServer } from './codeServer.mjs';
import { measureContrast } from './contrast.mjs';
import { retry, stepper, until, Workbench } from './workbench.mjs';

const extension = join(dirname(fileURLToPath(import.meta.url)), '..');
const output = join(extension, 'e2e', 'output');
const { version } = JSON.parse(readFileSync(join(extension, 'package.json'), 'utf8'));
const vsix = join(extension, `cmplan-linux-x64-${version}.vsix`);
const NOW = '2027-02-01';
const PLAN = 'printemps-2027.cmplan';
const SCREENSHOTS = ['schedule-month', 'hover', 'quick-fix', 'schedule-week'];
/** The themes the calendar must read in (WCAG AA, 4.5:1), with the class VS Code gives the webview's body. */
const THEMES = [
  ['Default Light Modern', 'vscode-light'],
  ['Default Dark Modern', 'vscode-dark'],
  ['Default High Contrast', 'vscode-high-contrast'],
  ['Default High Contrast Light', 'vscode-high-contrast-light'],
];

/** Applies the CLI's 1-based, end-exclusive edits to the text (last first). */
function applyEdits(text, edits) {
  const lines = text.split('\n');
  const offset = (line, column) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  return [...edits]
    .map((e) => ({ start: offset(e.line, e.column), end: offset(e.endLine, e.endColumn), newText: e.newText }))
    .sort((a, b) => b.start - a.start)
    .reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}

test('CmPlan in VS Code: problems, hover, quick fix, schedule calendar', { timeout: 600_000 }, async (t) => {
  assert.ok(existsSync(vsix), `${vsix} is missing: run npm run package first`);
  const home = execFileSync(join(extension, 'e2e', 'install-code-server.sh'), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();

  rmSync(output, { recursive: true, force: true });
  const workspace = join(output, 'workspace');
  cpSync(join(extension, 'e2e', 'workspace'), workspace, { recursive: true });
  const planPath = join(workspace, PLAN);
  const original = readFileSync(planPath, 'utf8');
  const check = cli('check', planPath, '--now', NOW, '--format', 'json');
  const diagnostics = check.files[0].diagnostics;
  const shown = diagnostics.filter((d) => d.severity !== 'hint'); // VS Code lists no hints in Problems
  const schedule = cli('schedule', planPath, '--format', 'json');
  const afterExpiry = diagnostics.find((d) => d.rule === 'after-expiry');
  assert.ok(afterExpiry, 'the fixture has an after-expiry problem to fix');
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  assert.ok(errors > 0, 'the fixture has errors: the calendar says its schedule may be incomplete');
  const settings = join(workspace, '.vscode', 'settings.json');

  const started = Date.now();
  const server = await startCodeServer({ home, vsix, workspace, runDir: join(output, 'profile') });
  t.after(() => server.stop());
  const browser = await launchBrowser();
  t.after(() => browser.close());
  const page = browser.pages()[0] ?? (await browser.newPage());
  // An action that cannot happen fails soon, so that the step's retry gets its turn.
  page.setDefaultTimeout(15_000);
  const shot = (name) => page.screenshot({ path: join(output, `${name}.png`) });

  const step = stepper(page, output, server.log);

  const vscode = new Workbench(page);
  await step('open the workbench', async () => {
    await page.goto(server.url);
    await vscode.ready();
  });

  await step('open a plan', () => vscode.openFile(PLAN));

  await step('the Problems panel lists the rule ids', async () => {
    const text = await vscode.problems(shown.map((d) => d.rule), { file: PLAN });
    for (const d of shown) {
      assert.ok(text.includes(d.message.slice(0, 40)), `Problems shows ${d.rule}'s message:\n${text}`);
    }
    // The server answering is the package's native one, run directly (no dotnet host).
    const servers = processesUnder(server.extensions).filter((argv) => argv[0].endsWith('/server/cmplan'));
    assert.equal(servers.length, 1, `one native cmplan lsp under ${server.extensions}`);
    assert.deepEqual(servers[0].slice(1), ['lsp']);
  });

  await step('the problems of the plans no editor has open are in the Problems panel too', async () => {
    // plans/ holds two plans nobody opened: the server reads them from the folder (workspace/diagnostic).
    const closed = cli('check', join(workspace, 'plans'), '--now', NOW, '--format', 'json').files;
    assert.deepEqual(closed.map((f) => f.path.split('/').pop()).sort(), ['dst-paris.cmplan', 'queue-rotation.cmplan']);
    const expected = closed.flatMap((f) => f.diagnostics).filter((d) => d.severity !== 'hint');
    const text = await vscode.problems(['dst-paris.cmplan', 'queue-rotation.cmplan', 'nonexistent-time', 'queue-too-frequent']);
    for (const d of expected.filter((d) => d.rule !== 'missing-media')) {
      assert.ok(text.includes(d.message.slice(0, 40)), `Problems shows the closed plan's ${d.rule}:\n${text}`);
    }
    assert.deepEqual(await page.locator('.tab').allInnerTexts().then((tabs) => tabs.filter((tab) => tab.includes('.cmplan'))).then((tabs) => tabs.map((tab) => tab.split('\n')[0])), [PLAN]);
  });

  await step('a plan created on disk shows its problems, and deleted they go', async () => {
    // The server registered a watcher for **/*.cmplan: VS Code tells it, its next workspace pull lists the plan.
    const created = join(workspace, 'plans', 'nouveau.cmplan');
    writeFileSync(created, 'plan "Nouveau"\n  timezone Europe/Paris\n\nchannel mastodon\n\npost annonce\n  on instagram\n  at 2027-03-12 10:00\n  text "Bientôt ! 🚲"\n');
    const [problem] = cli('check', created, '--now', NOW, '--format', 'json').files[0].diagnostics;
    assert.equal(problem.rule, 'unknown-reference');
    const text = await vscode.problems(['nouveau.cmplan', problem.message], { file: 'nouveau.cmplan' });
    assert.ok(text.includes(problem.message), text);
    rmSync(created);
    await until('nouveau.cmplan to leave the Problems panel', async () => !(await page.locator('.markers-panel').innerText()).includes('nouveau.cmplan'));
  });

  await step('hovering a post shows its publication dates', async () => {
    const lines = original.split('\n');
    const line = lines.findIndex((l) => l.startsWith('post lancement-cargo')) + 1;
    await vscode.goTo(line, 8);
    const hover = await vscode.hover('Tue 2 Mar 2027');
    // Every day lancement-cargo goes out, in the hover's words.
    for (const day of ['Tue 2 Mar 2027', 'Tue 16 Mar 2027', 'Tue 30 Mar 2027']) {
      assert.ok(hover.includes(day), `the hover names ${day}:\n${hover}`);
    }
    await shot('hover');
  });

  let calendar;
  await step('Show Schedule renders the publications', async () => {
    await vscode.command('CmPlan: Show Schedule');
    calendar = await vscode.webview('#app .head');
    const late = schedule.publications.length; // the count the header must show
    await until('the calendar summary', async () => (await calendar.locator('.summary').innerText()).includes(`${late} publications`));
    const lateCount = (await calendar.locator('.late-stat').innerText()).trim();
    assert.match(lateCount, /^2 after expiry$/);
    await until('the error banner', async () =>
      (await calendar.locator('.banner-text').innerText()) === `${errors} error${errors === 1 ? '' : 's'}: the schedule may be incomplete`);
    // The summary counts the channels the legend lists.
    assert.equal(await calendar.locator('.stat[data-stat="channels"]').innerText(), `${await calendar.locator('.legend .channel').count()} channels`);
    // The month of the first publication, with every one of its publications (entries group channels).
    const firstMonth = schedule.publications[0].at.slice(0, 7);
    const inMonth = schedule.publications.filter((p) => p.at.startsWith(firstMonth)).length;
    await until(`March's ${inMonth} publications in the month view`, async () => {
      const counts = await calendar.locator('.day:not(.outside) .pub').evaluateAll((els) => els.map((e) => Number(e.dataset.count)));
      const more = await calendar.locator('.day:not(.outside) .more').count();
      return more === 0 && counts.reduce((a, b) => a + b, 0) === inMonth;
    });
    // The late reposts: jump to them, red, on the day the CLI gives.
    await calendar.locator('.late-stat').click();
    const late15 = calendar.locator('.pub.late[data-post="atelier-entretien"]');
    await late15.first().waitFor({ timeout: 10_000 });
    assert.equal((await late15.first().getAttribute('data-at')).slice(0, 10), '2027-04-15');
    assert.equal(await calendar.locator('.legend .channel').count(), 4, 'one legend entry per channel');
    // Room for the calendar, as one would make it to read it.
    await vscode.command('Close Primary Side Bar');
    await vscode.command('Hide Panel');
    await shot('schedule-month');
    await calendar.locator('.segment[data-mode="week"]').click();
    await calendar.locator('.week .pub.placed.late').first().waitFor({ timeout: 10_000 });
    // Four weeks back: the busy week of the launch's first repost.
    for (let i = 0; i < 4; i++) {
      await calendar.locator('.nav button').first().click();
    }
    await until('the week of 15 March', async () => (await calendar.locator('.period').innerText()) === '15 – 21 Mar 2027');
    const week = schedule.publications.filter((p) => p.at >= '2027-03-15' && p.at < '2027-03-22').length;
    const counts = await calendar.locator('.week .pub').evaluateAll((els) => els.map((e) => Number(e.dataset.count)));
    assert.equal(counts.reduce((a, b) => a + b, 0), week, 'the week view shows every publication of the week');
    await shot('schedule-week');
    // A click on a publication shows its post in the editor.
    const header = original.split('\n').findIndex((l) => l.startsWith('post best-of-2026')) + 1;
    await calendar.locator('.week .pub[data-post="best-of-2026"]').first().click();
    await until(`the cursor on line ${header}`, async () =>
      (await page.locator('.statusbar-item[id="status.editor.selection"]').innerText()).includes(`Ln ${header},`),
    );
    await calendar.locator('.segment[data-mode="month"]').click();
  });

  await step('the calendar reads at 4.5:1 in Light, Dark and both High Contrast themes; reposts dashed in each', async () => {
    const failures = [];
    for (const [theme, bodyClass] of THEMES) {
      writeFileSync(settings, JSON.stringify({ 'cmplan.now': NOW, 'workbench.colorTheme': theme }));
      await until(`the webview in ${theme}`, () => calendar.evaluate((c) => document.body.classList.contains(c), bodyClass));
      await page.waitForTimeout(500); // the theme's variables arrive with the class; let the page restyle
      // Every button (the toolbar, filters, publications, "+N more", the banner's) and the after-expiry badge.
      const measured = await measureContrast(calendar, 'button, .late-stat, .banner');
      assert.ok(measured.some((m) => m.class.includes('late-stat') || m.text.includes('after expiry')), 'the after-expiry badge is measured');
      // A day's list, opened from the keyboard on a day with publications.
      await calendar.locator('.day:not(.outside):has(.pub)').first().focus();
      await page.keyboard.press('Enter');
      await calendar.locator('dialog.day-list[open]').waitFor();
      measured.push(...(await measureContrast(calendar, 'dialog button')));
      await page.keyboard.press('Escape');
      await calendar.locator('dialog.day-list').waitFor({ state: 'detached' });
      for (const m of measured) {
        if (m.ratio < 4.5) {
          failures.push(`${theme}: "${m.text}" (${m.class}) ${m.fg} on ${m.bg} = ${m.ratio}:1`);
        }
      }
      const lowest = measured.reduce((a, b) => (b.ratio < a.ratio ? b : a));
      console.log(`    ${theme}: ${measured.length} texts, lowest ${lowest.ratio}:1 ("${lowest.text}", ${lowest.class}, ${lowest.fg} on ${lowest.bg})`);
      const borders = await calendar.locator('.day .pub').evaluateAll((els) => els.map((e) => [Number(e.dataset.repost) > 0, getComputedStyle(e).borderTopStyle, e.querySelector('.repost-mark')?.textContent ?? '']));
      assert.ok(borders.some(([repost]) => repost), 'reposts in the month shown');
      for (const [repost, style, mark] of borders) {
        assert.equal(style === 'dashed', repost, `${theme}: a ${repost ? 'repost is' : 'first publication is not'} dashed`);
        assert.equal(mark.startsWith('↻'), repost);
      }
      await shot(`schedule-${bodyClass}`);
    }
    writeFileSync(settings, JSON.stringify({ 'cmplan.now': NOW }));
    await until('the dark theme back', () => calendar.evaluate(() => document.body.classList.contains('vscode-dark')));
    assert.deepEqual(failures, [], 'every text at 4.5:1 or more');
  });

  await step('the calendar speaks French when cmplan.language is fr', async () => {
    writeFileSync(settings, JSON.stringify({ 'cmplan.now': NOW, 'cmplan.language': 'fr' }));
    await until('French day names', async () => (await calendar.locator('[role="columnheader"]').first().innerText()).toLowerCase() === 'lun.');
    assert.match(await calendar.locator('.period').innerText(), /^(janvier|février|mars|avril|mai|juin) 2027$/);
    assert.equal((await calendar.locator('.late-stat').innerText()).trim(), '2 après expiration');
    assert.equal(await calendar.locator('.banner-text').innerText(), `${errors} erreur${errors > 1 ? 's' : ''}\u00a0: le calendrier peut être incomplet`);
    assert.match(await calendar.locator('.day .pub').first().getAttribute('title'), / sur /);
    await shot('schedule-fr');
    writeFileSync(settings, JSON.stringify({ 'cmplan.now': NOW }));
    await until('English again', async () => (await calendar.locator('[role="columnheader"]').first().innerText()).toLowerCase() === 'mon');
  });

  await step('a quick fix changes the file as expected', async () => {
    await page.locator('.tab', { hasText: PLAN }).first().click();
    await vscode.goTo(afterExpiry.line, afterExpiry.column);
    const fix = afterExpiry.fixes.find((f) => f.preferred);
    await vscode.quickFix(fix.title, () => shot('quick-fix'));
    await page.keyboard.press('Control+S');
    const expected = applyEdits(original, fix.edits);
    await until('the fixed file on disk', () => readFileSync(planPath, 'utf8') === expected);
    const left = shown.filter((d) => d !== afterExpiry).map((d) => d.rule);
    await vscode.problems(left, { file: PLAN });
    await until('after-expiry to leave the Problems panel', async () => !(await page.locator('.markers-panel').innerText()).includes('after-expiry'));
  });

  let fixed;
  await step('the calendar follows the edit', async () => {
    fixed = cli('schedule', planPath, '--format', 'json').publications.length;
    const errorsLeft = cli('check', planPath, '--now', NOW, '--format', 'json').files[0].diagnostics.filter((d) => d.severity === 'error').length;
    await until(`the red publications to go, ${fixed} publications left`, async () =>
      (await calendar.locator('.pub.late').count()) === 0 &&
      (await calendar.locator('.late-stat').count()) === 0 &&
      (await calendar.locator('.banner').count()) === (errorsLeft > 0 ? 1 : 0) &&
      (await calendar.locator('.summary').innerText()).includes(`${fixed} publications`),
    );
    await shot('fixed');
  });

  await step('the calendar comes back after a reload', async () => {
    await vscode.command('Developer: Reload Window');
    await vscode.ready(PLAN);
    calendar = await vscode.webview('#app .head');
    await until(`the reloaded calendar with the fixed plan's ${fixed} publications`, async () =>
      (await calendar.locator('.summary').innerText()).includes(`${fixed} publications`),
    );
  });

  await step('Explain Rule offers the rules of the cursor line first and shows the doc', async () => {
    const dated = diagnostics.find((d) => d.rule === 'dated-content');
    await page.locator('.tab', { hasText: PLAN }).first().click();
    await vscode.goTo(dated.line, dated.column);
    await vscode.pick('F1', '>CmPlan: Explain Rule', 'Explain Rule', { closes: false });
    const first = vscode.quickInput().locator('.monaco-list-row').first();
    await until('the rule list, this line\'s rule first', async () => (await first.innerText()).includes('dated-content'));
    await shot('explain-rule-pick');
    await first.click();
    await vscode.webview('h1', 'dated-content');
  });

  await step('cmplan check runs as a task, its problems in the Problems panel', async () => {
    // A configured task of the extension's type: the plans/ folder, which no editor has open.
    writeFileSync(join(workspace, '.vscode', 'tasks.json'), JSON.stringify({
      version: '2.0.0',
      tasks: [{ type: 'cmplan', command: 'check', paths: ['plans'], label: 'check the plans', problemMatcher: ['$cmplan'] }],
    }));
    const expected = cli('check', join(workspace, 'plans'), '--now', NOW, '--format', 'json').files.flatMap((f) => f.diagnostics);
    assert.ok(expected.length > 0, 'the plans/ fixtures have problems');
    // VS Code reads the new tasks.json in its own time: ask again until the task is offered.
    await retry('the task in Run Task', async () => {
      await vscode.pick('F1', '>Tasks: Run Task', 'Run Task', { closes: false });
      const input = vscode.quickInput().locator('.quick-input-box input');
      await input.fill('check the plans');
      await vscode.quickInput().locator('.monaco-list-row', { hasText: 'check the plans' }).first().click({ timeout: 10_000 });
    });
    const text = await vscode.problems([...new Set(expected.map((d) => d.rule)), 'dst-paris.cmplan', 'queue-rotation.cmplan']);
    for (const d of expected) {
      assert.ok(text.includes(d.message.slice(0, 40)), `Problems shows the task's ${d.rule}:\n${text}`);
    }
    await shot('task-problems');
  });

  await step('a new cmplan.now is taken at once', async () => {
    const later = '2027-04-01';
    writeFileSync(settings, JSON.stringify({ 'cmplan.now': later }));
    const expected = cli('check', planPath, '--now', later, '--format', 'json').files[0].diagnostics;
    assert.ok(expected.some((d) => d.rule === 'expired-content'), 'the fixture has content expired by then');
    await vscode.problems([...new Set(expected.map((d) => d.rule))], { file: PLAN });
  });

  await step('a missing cmplan.server.path is reported clearly', async () => {
    writeFileSync(settings, JSON.stringify({ 'cmplan.now': NOW, 'cmplan.server.path': 'missing/cmplan' }));
    const text = await vscode.notification('which does not exist (not found)');
    assert.doesNotMatch(text, /failed/, 'no other error on the way');
    await page.waitForTimeout(2_000); // a second message would come within this time
    assert.equal(await page.locator('.notification-toast').count(), 1, 'one message, not two');
    await shot('server-path-error');
    // The value is set in the workspace: Open Settings opens the workspace's settings, on that setting.
    await page.locator('.notification-toast .monaco-button', { hasText: 'Open Settings' }).click();
    await until('the settings editor on the Workspace tab', async () =>
      (await page.locator('.settings-editor .settings-tabs-widget .action-label.checked').innerText()).includes('Workspace'));
    await until('the cmplan.server.path setting shown', async () =>
      (await page.locator('.settings-editor .setting-item-contents', { hasText: 'Server: Path' }).count()) > 0);
    await shot('server-path-settings');
  });

  await step('French typography is not flagged, a zero-width space is', async () => {
    await vscode.openFile('typographie.cmplan');
    // The en dash, em dash, apostrophe, no-break and narrow no-break spaces pass; the zero-width space in #vélo​cargo does not.
    const boxes = page.locator('.editor-group-container.active .monaco-editor [class*="unicode-highlight"]');
    await until('exactly one unicode highlight', async () => (await boxes.count()) === 1);
    await page.waitForTimeout(1_000);
    assert.equal(await boxes.count(), 1, 'one box: the zero-width space');
    await shot('typography');
  });

  console.log(`  e2e: ${Math.round((Date.now() - started) / 1000)} s in VS Code, screenshots in ${output}`);
  if (process.env.CMPLAN_E2E_SCREENSHOTS === 'update') {
    mkdirSync(join(extension, 'images', 'screenshots'), { recursive: true });
    for (const name of SCREENSHOTS) {
      copyFileSync(join(output, `${name}.png`), join(extension, 'images', 'screenshots', `${name}.png`));
    }
  }
});
