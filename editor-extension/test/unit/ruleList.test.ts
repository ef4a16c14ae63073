import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRules } from '../../src/rules/ruleList';

const OUTPUT = `Configurable:
  unbounded-repost      error    A repeat or a queue recycle has neither times nor until, so it never ends.
  off-slot              hint     A post is not at one of its channel's usual slot times.

Structural (always errors, cannot be configured or silenced):
  syntax                error    A line cannot be read as a block header or as a property.

cmplan explain <rule-id> prints a rule's documentation.
`;

test('cmplan rules is read into ids, severities, descriptions and groups', () => {
  assert.deepEqual(parseRules(OUTPUT), [
    { id: 'unbounded-repost', severity: 'error', description: 'A repeat or a queue recycle has neither times nor until, so it never ends.', group: 'Configurable' },
    { id: 'off-slot', severity: 'hint', description: "A post is not at one of its channel's usual slot times.", group: 'Configurable' },
    { id: 'syntax', severity: 'error', description: 'A line cannot be read as a block header or as a property.', group: 'Structural' },
  ]);
});
