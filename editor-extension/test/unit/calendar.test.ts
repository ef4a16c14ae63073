import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ScheduleView } from '../../src/schedule/messages';
import { addDays, addMonths, longDay, startOfWeek, weekTitle, weekday } from '../../webview/dates';
import { describe, entriesByDay, itemsOf } from '../../webview/model';

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
  const view: ScheduleView = {
    uri: 'file:///p.cmplan',
    fileName: 'p.cmplan',
    timezone: 'Europe/Paris',
    channels: ['x', 'insta'],
    today: '2027-03-01',
    publications: [
      { post: 'a', channel: 'insta', at: '2027-03-28T12:30:00+02:00', repost: 1, afterExpiry: true },
      { post: 'a', channel: 'x', at: '2027-03-28T12:30:00+02:00', repost: 1, afterExpiry: false },
      { post: 'b', channel: 'x', at: '2027-03-28T12:30:00+02:00', repost: 0, afterExpiry: false },
      { post: 'a', channel: 'x', at: '2027-03-29T09:00:00Z', repost: 2, afterExpiry: false },
    ],
  };
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
  const view: ScheduleView = {
    uri: 'file:///p.cmplan',
    fileName: 'p.cmplan',
    timezone: 'Europe/Paris',
    channels: ['x'],
    today: '2027-03-01',
    publications: [
      { post: 'tip', channel: 'x', at: '2027-03-05T18:00:00+01:00', repost: 1, afterExpiry: false, queue: 'astuces' },
      { post: 'news', channel: 'x', at: '2027-03-05T19:00:00+01:00', repost: 0, afterExpiry: false },
    ],
  };
  const [tip, news] = entriesByDay(itemsOf(view), view.channels).get('2027-03-05') ?? [];
  assert.equal(describe(tip), 'tip on x\n2027-03-05 18:00 (UTC+01:00) · repost 1 from queue astuces');
  assert.equal(describe(news), 'news on x\n2027-03-05 19:00 (UTC+01:00) · first publication');
});
