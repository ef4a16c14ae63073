import assert from 'node:assert/strict';
import { test } from 'node:test';
import { declaredChannels, planTimezone, postHeader } from '../../src/schedule/planText';

const PLAN = [
  '# timezone America/New_York is only a comment',
  'plan "P"',
  '  start 2027-03-01',
  '',
  '  timezone Europe/Paris  # after a blank line, still the plan\'s',
  '',
  'channel x',
  'channel masto.lyon  # a comment',
  'post a.b',
  'post a  # the id is "a", not "a.b"',
  '  text "post a"',
  '',
].join('\n');

test('channels in declaration order', () => {
  assert.deepEqual(declaredChannels(PLAN), ['x', 'masto.lyon']);
});

test("the plan's time zone, UTC without one", () => {
  assert.equal(planTimezone(PLAN), 'Europe/Paris');
  assert.equal(planTimezone('channel x\n  timezone Asia/Tokyo\n'), 'UTC', 'only the plan block has a time zone');
  assert.equal(planTimezone(''), 'UTC');
});

test("a post's header, the id exactly", () => {
  assert.deepEqual(postHeader(PLAN, 'a.b'), { line: 8, start: 5, end: 8 });
  assert.deepEqual(postHeader(PLAN, 'a'), { line: 9, start: 5, end: 6 });
  assert.equal(postHeader(PLAN, 'missing'), undefined);
  assert.deepEqual(postHeader('post p\r\n  on x\r\n', 'p'), { line: 0, start: 5, end: 6 }, 'CRLF files');
});
