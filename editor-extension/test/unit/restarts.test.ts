import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RestartBudget } from '../../src/server/restarts';

const MINUTE = 60_000;

test('four restarts, then a fifth stop within three minutes gives up', () => {
  const budget = new RestartBudget();
  assert.deepEqual([0, 1, 2, 3].map((m) => budget.restart(m * MINUTE * 0.5)), [true, true, true, true]);
  assert.equal(budget.restart(2.5 * MINUTE), false);
});

test('stops spread over more than three minutes keep restarting', () => {
  const budget = new RestartBudget();
  const answers = [0, 1, 2, 3, 4, 5, 6].map((m) => budget.restart(m * MINUTE));
  assert.deepEqual(answers, [true, true, true, true, true, true, true]);
});
