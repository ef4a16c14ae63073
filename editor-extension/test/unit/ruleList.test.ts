import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRules } from '../../src/rules/ruleList';

const OUTPUT = JSON.stringify({
  rules: [
    { id: 'unbounded-repost', severity: 'error', structural: false, title: 'Unbounded repost', summary: 'A repeat or a queue recycle has neither times nor until, so it never ends.', helpUri: 'https://example.org/unbounded-repost.md', documentation: '# unbounded-repost\n' },
    { id: 'syntax', severity: 'error', structural: true, title: 'Syntax error', summary: 'A line cannot be read as a block header or as a property.', helpUri: 'https://example.org/syntax.md', documentation: '# syntax\n' },
  ],
});

test('cmplan rules --format json is read into ids, severities, titles, descriptions, kinds and docs', () => {
  assert.deepEqual(parseRules(OUTPUT), [
    { id: 'unbounded-repost', severity: 'error', title: 'Unbounded repost', description: 'A repeat or a queue recycle has neither times nor until, so it never ends.', structural: false, documentation: '# unbounded-repost\n' },
    { id: 'syntax', severity: 'error', title: 'Syntax error', description: 'A line cannot be read as a block header or as a property.', structural: true, documentation: '# syntax\n' },
  ]);
});

test('output that is not the rules document is no list, not an empty one', () => {
  assert.equal(parseRules('Configurable:\n  syntax  error  …\n'), undefined);
  assert.equal(parseRules('{"files": []}'), undefined);
  assert.equal(parseRules('null'), undefined);
  assert.deepEqual(parseRules('{"rules": []}'), []);
});
