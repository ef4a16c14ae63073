// The language configuration's patterns, compiled as VS Code compiles them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const extension = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const config = JSON.parse(readFileSync(join(extension, 'language-configuration.json'), 'utf8'));

/** The word VS Code selects on a double-click at `column` of `line`. */
function wordAt(line, column) {
  const pattern = new RegExp(config.wordPattern.pattern, `${config.wordPattern.flags}g`);
  for (const m of line.matchAll(pattern)) {
    if (m.index <= column && column < m.index + m[0].length) {
      return m[0];
    }
  }
  return undefined;
}

test('words keep ids, dates, times and percents whole', () => {
  assert.equal(wordAt('post post-id-2027', 9), 'post-id-2027');
  assert.equal(wordAt('  at 2027-03-02 09:00', 8), '2027-03-02');
  assert.equal(wordAt('  at 2027-03-02 09:00', 17), '09:00');
  assert.equal(wordAt('  max-automated 50%', 17), '50%');
  assert.equal(wordAt('  on x, masto-lyon', 10), 'masto-lyon');
  assert.equal(wordAt('  queue astuces-vélo', 12), 'astuces-vélo');
  assert.equal(wordAt('  text "Fin du jeu."', 17), 'jeu', 'a sentence\'s full stop is not part of the word');
});

test('indentation grows after block headers and a bare text line only', () => {
  const increase = new RegExp(config.indentationRules.increaseIndentPattern);
  for (const line of ['plan "P"', 'policy', 'channel x', 'queue q  # comment', 'post p', '  text', '  text  # the block below']) {
    assert.match(line, increase);
  }
  for (const line of ['  text "x"', '  on x', '# post p', '  post']) {
    assert.doesNotMatch(line, increase);
  }
  assert.doesNotMatch('anything', new RegExp(config.indentationRules.decreaseIndentPattern));
});

test('# starts a line comment', () => {
  assert.equal(config.comments.lineComment, '#');
});
