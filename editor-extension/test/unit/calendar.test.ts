import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Publication, ScheduleView } from '../../src/schedule/messages';
import { chooseLanguage } from '../../src/schedule/language';
import { localMediaPath, withMediaViews } from '../../src/schedule/media';
import { addDays, addMonths, longDay, monthTitle, spokenDay, startOfWeek, weekTitle, weekday } from '../../webview/dates';
import { navigate, type GridLayout } from '../../webview/gridNav';
import { wordsFor } from '../../webview/i18n';
import { channelsOf, describe, entriesByDay, itemsOf, splitId, statusesOf } from '../../webview/model';

/** A plan's schedule as the panel sends it: Paris, viewed on 1 March 2027. */
function planView(channels: string[], publications: Publication[], more: Partial<ScheduleView> = {}): ScheduleView {
  return { uri: 'file:///p.cmplan', fileName: 'p.cmplan', timezone: 'Europe/Paris', channels, today: '2027-03-01', errors: 0, language: 'en', publications, ...more };
}

test('calendar days are plain local dates, Monday first', () => {
  assert.equal(weekday('2027-03-01'), 0, 'a Monday');
  assert.equal(weekday('2027-03-28'), 6, 'a Sunday, the night clocks change in Paris');
  assert.equal(startOfWeek('2027-03-28'), '2027-03-22');
  assert.equal(addDays('2027-03-27', 2), '2027-03-29', 'no hour lost across the change');
  assert.equal(addMonths('2027-01-31', 1), '2027-02-01', 'a month step lands on the first');
  assert.equal(addMonths('2027-01-15', -1), '2026-12-01');
  assert.equal(longDay('2027-03-02'), 'Tue 2 Mar 2027');
  assert.equal(weekTitle('2027-03-01'), '1 – 7 Mar 2027');
  assert.equal(weekTitle('2027-03-29'), '29 Mar – 4 Apr 2027');
  assert.equal(weekTitle('2026-12-28'), '28 Dec 2026 – 3 Jan 2027');
});

test('one entry per post and time, its channels in legend order, late if any is', () => {
  const view = planView(['x', 'insta'], [
    { post: 'a', channel: 'insta', at: '2027-03-28T12:30:00+02:00', repost: 1, afterExpiry: true },
    { post: 'a', channel: 'x', at: '2027-03-28T12:30:00+02:00', repost: 1, afterExpiry: false },
    { post: 'b', channel: 'x', at: '2027-03-28T12:30:00+02:00', repost: 0, afterExpiry: false },
    { post: 'a', channel: 'x', at: '2027-03-29T09:00:00Z', repost: 2, afterExpiry: false },
  ]);
  const days = entriesByDay(itemsOf(view), view.channels);
  assert.deepEqual([...days.keys()], ['2027-03-28', '2027-03-29']);
  const [a, b] = days.get('2027-03-28') ?? [];
  assert.deepEqual(a.items.map((i) => i.channel), ['x', 'insta']);
  assert.equal(a.late, true);
  assert.equal(a.minutes, 12 * 60 + 30);
  assert.equal(a.offset, '+02:00');
  assert.equal(b.post, 'b');
  assert.equal(days.get('2027-03-29')?.[0].offset, '+00:00', 'Z is UTC');
});

test('a queue item says which queue published it', () => {
  const view = planView(['x'], [
    { post: 'tip', channel: 'x', at: '2027-03-05T18:00:00+01:00', repost: 1, afterExpiry: false, queue: 'astuces' },
    { post: 'news', channel: 'x', at: '2027-03-05T19:00:00+01:00', repost: 0, afterExpiry: false },
  ]);
  const [tip, news] = entriesByDay(itemsOf(view), view.channels).get('2027-03-05') ?? [];
  assert.equal(describe(tip), 'tip on x\n2027-03-05 18:00 (UTC+01:00) · repost 1 from queue astuces');
  assert.equal(describe(news), 'news on x\n2027-03-05 19:00 (UTC+01:00) · first publication');
});

const fr = wordsFor('fr');

/** A view with the 1.2 fields: statuses and media (local files, URLs), and a channel used but never declared. */
const approvals = planView(
  ['x', 'insta'],
  [
    { post: 'vélo-cargo', channel: 'insta', at: '2027-03-02T12:30:00+01:00', repost: 0, afterExpiry: false, status: 'approved', media: [{ src: 'clip.mp4', kind: 'video' }, { src: 'img/cargo.png', kind: 'image', alt: 'Un vélo-cargo devant la boutique', view: 'https://file+.vscode-resource/plans/img/cargo.png' }] },
    { post: 'vélo-cargo', channel: 'x', at: '2027-03-02T12:30:00+01:00', repost: 0, afterExpiry: false, status: 'review' },
    { post: 'atelier', channel: 'fb', at: '2027-03-03T09:00:00+01:00', repost: 0, afterExpiry: false, status: 'draft' },
    { post: 'brouillon', channel: 'x', at: '2027-03-03T10:00:00+01:00', repost: 0, afterExpiry: false },
  ],
  { uri: 'file:///plans/p.cmplan', errors: 3, language: 'fr' },
);

test('the legend and the channel count agree: declared channels, then those used without a declaration', () => {
  assert.deepEqual(channelsOf(approvals), ['x', 'insta', 'fb']);
});

test("an entry's status is its least advanced channel's; its thumbnail the first image the webview can load", () => {
  const [cargo] = entriesByDay(itemsOf(approvals), approvals.channels).get('2027-03-02') ?? [];
  assert.equal(cargo.status, 'review');
  assert.equal(cargo.thumbnail?.src, 'img/cargo.png', 'the video comes first but is no thumbnail');
  assert.equal(
    describe(cargo, fr),
    'vélo-cargo sur x, insta\n2027-03-02 12:30 (UTC+01:00) · première publication\nStatut\u00a0: en relecture\n▶ clip.mp4\n▣ img/cargo.png — Un vélo-cargo devant la boutique',
  );
});

test('the status filter offers the statuses present, in approval order, and "none" only beside others', () => {
  assert.deepEqual(statusesOf(approvals.publications), ['draft', 'review', 'approved', 'none']);
  assert.deepEqual(statusesOf(approvals.publications.slice(0, 2)), ['review', 'approved']);
  assert.deepEqual(statusesOf(approvals.publications.slice(3)), [], 'a plan without approvals has no status filter');
});

test('a chip keeps the end of an id whole: what tells posts apart', () => {
  assert.deepEqual(splitId('post-0421'), ['', 'post-0421'], 'a short id is all tail');
  assert.deepEqual(splitId('lancement-cargo'), ['lancement', '-cargo']);
  assert.deepEqual(splitId('webinar-printemps-2027-replay-2'), ['webinar-printemps-2027', '-replay-2'], 'a tail of at least 4 characters');
  assert.deepEqual(splitId('atelierentretienvelocargo'), ['atelierentretienvel', 'ocargo'], 'no separator: the last 6 characters');
  assert.deepEqual(splitId('rencontre-partenaires-institutionnelles'), ['rencontre-partenaires-institution', 'nelles'], 'a last part too long: its last 6');
});

test('French and English day and month names', () => {
  assert.equal(monthTitle('2027-03-01', fr), 'mars 2027');
  assert.equal(longDay('2027-03-02', fr), 'mar. 2 mars 2027');
  assert.equal(spokenDay('2027-03-28', fr), 'dimanche 28 mars 2027');
  assert.equal(spokenDay('2027-03-28'), 'Sunday 28 March 2027');
  assert.equal(weekTitle('2027-03-29', fr), '29 mars – 4 avr. 2027');
  assert.equal(fr.errorsBanner(12), '12 erreurs\u00a0: le calendrier peut être incomplet');
  assert.equal(wordsFor('en').errorsBanner(12), '12 errors: the schedule may be incomplete');
  assert.equal(wordsFor('en').errorsBanner(1), '1 error: the schedule may be incomplete');
  assert.equal(fr.channels(1), '1 canal');
  assert.equal(fr.channels(0), '0 canal');
});

test('the language: cmplan.language, else VS Code\'s display language', () => {
  assert.equal(chooseLanguage('fr', 'en'), 'fr');
  assert.equal(chooseLanguage('en', 'fr'), 'en');
  assert.equal(chooseLanguage('auto', 'fr-CA'), 'fr');
  assert.equal(chooseLanguage(undefined, 'fr'), 'fr');
  assert.equal(chooseLanguage('auto', 'de'), 'en');
  assert.equal(chooseLanguage(undefined, 'en-US'), 'en');
});

test('media the webview may load: URLs as they are, files inside the plan folder through the webview, nothing else', () => {
  assert.equal(localMediaPath('img/cargo.png', '/plans'), '/plans/img/cargo.png');
  assert.equal(localMediaPath('../secret.png', '/plans'), undefined, 'outside the plan folder');
  assert.equal(localMediaPath('/etc/x.png', '/plans'), undefined);
  assert.equal(localMediaPath('img/cargo.png', undefined), undefined, 'an unsaved plan has no folder');
  const [p] = withMediaViews(
    [{ post: 'a', channel: 'x', at: '2027-03-02T12:30:00+01:00', repost: 0, afterExpiry: false, media: [
      { src: 'https://example.org/a.png', kind: 'image' },
      { src: 'img/b.png', kind: 'image', alt: 'B' },
      { src: '../c.png', kind: 'image' },
      { src: 'ftp://example.org/d.png', kind: 'image' },
    ] }],
    '/plans',
    (file) => `webview:${file}`,
  );
  assert.deepEqual(p.media?.map((m) => m.view), ['https://example.org/a.png', 'webview:/plans/img/b.png', undefined, undefined]);
  assert.equal(p.media?.[1].alt, 'B');
});

test('arrow keys in the month grid: through a day\'s publications, to the days around, to other months', () => {
  // March 2027: Mon 1 Mar to Sun 4 Apr; the 2nd has 2 publications, the 3rd 4 (3 shown and "+1 more"), the 9th none.
  const days = Array.from({ length: 35 }, (_, i) => addDays('2027-03-01', i));
  const counts: Record<string, number> = { '2027-03-02': 2, '2027-03-03': 4 };
  const layout: GridLayout = { days, count: (d) => counts[d] ?? 0 };
  const at = (day: string, index: number) => ({ day, index });
  assert.deepEqual(navigate(layout, at('2027-03-02', -1), 'ArrowDown'), at('2027-03-02', 0), 'from the day into its first publication');
  assert.deepEqual(navigate(layout, at('2027-03-02', 0), 'ArrowDown'), at('2027-03-02', 1));
  assert.deepEqual(navigate(layout, at('2027-03-02', 1), 'ArrowDown'), at('2027-03-09', -1), 'past the last: the day below');
  assert.deepEqual(navigate(layout, at('2027-03-09', -1), 'ArrowUp'), at('2027-03-02', 1), 'up: the last publication of the day above');
  assert.deepEqual(navigate(layout, at('2027-03-02', 1), 'ArrowRight'), at('2027-03-03', 1), 'the same rank next door');
  assert.deepEqual(navigate(layout, at('2027-03-03', 3), 'ArrowLeft'), at('2027-03-02', 1), 'clamped to what the day has');
  assert.deepEqual(navigate(layout, at('2027-03-03', 2), 'ArrowRight'), at('2027-03-04', -1), 'an empty day: its cell');
  assert.deepEqual(navigate(layout, at('2027-03-03', 0), 'Home'), at('2027-03-01', -1));
  assert.deepEqual(navigate(layout, at('2027-03-03', 0), 'End'), at('2027-03-07', -1));
  assert.deepEqual(navigate(layout, at('2027-03-01', -1), 'ArrowLeft'), at('2027-02-28', -1), 'off the grid: another month');
  assert.deepEqual(navigate(layout, at('2027-03-31', -1), 'PageDown'), at('2027-04-30', -1), 'a month later, the day clamped');
  assert.deepEqual(navigate(layout, at('2027-03-31', -1), 'PageUp'), at('2027-02-28', -1));
  assert.equal(navigate(layout, at('2027-03-31', -1), 'x'), undefined);
});
