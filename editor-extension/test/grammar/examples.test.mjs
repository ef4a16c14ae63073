// The grammar over every plan in examples/: checked against the layout rules of the contract (§2),
// worked out here independently of the grammar, so that new examples are covered as they come.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { tokenize } from './tokenizer.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const BLOCKS = ['plan', 'policy', 'channel', 'queue', 'post'];

function plans(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? plans(join(folder, e.name)) : e.name.endsWith('.cmplan') ? [join(folder, e.name)] : [],
  );
}

/** Which lines are text-block content: below a bare `text` line, blank or indented deeper than it. */
function textBlockLines(lines) {
  const inside = new Set();
  let indent = -1;
  lines.forEach((line, n) => {
    if (indent >= 0 && (line.trim() === '' || line.search(/\S/) > indent)) {
      inside.add(n);
      return;
    }
    // `text`, or a variant `text <channels>` (1.2), with nothing after but a comment.
    const bare = /^( +)text(?:[ \t]+[^\s#",]+(?:[ \t]*,[ \t]*[^\s#",]+)*)?[ \t]*(#.*)?$/.exec(line);
    indent = bare ? bare[1].length : -1;
  });
  return inside;
}

/** The column of the line's comment `#` (first non-blank or after a blank, outside a string), or -1. */
function commentColumn(line) {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '\\') {
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === '#' && (line.slice(0, i).trim() === '' || /\s/.test(line[i - 1]))) {
      return i;
    }
  }
  return -1;
}

function scopesAt(tokens, column) {
  let start = 0;
  for (const t of tokens) {
    if (column < start + t.text.length) {
      return t.scopes;
    }
    start += t.text.length;
  }
  return [];
}

const files = plans(join(repo, 'examples'));

test('there are examples to check', () => {
  assert.ok(files.length >= 5, `found ${files.length} plans under examples/`);
});

for (const file of files) {
  test(`grammar over ${relative(repo, file)}`, () => {
    const tokenized = tokenize(readFileSync(file, 'utf8'));
    const lines = tokenized.map((t) => t.line);
    const text = textBlockLines(lines);
    tokenized.forEach(({ line, tokens }, n) => {
      const where = `${relative(repo, file)}:${n + 1}: ${line}`;
      if (text.has(n)) {
        for (const t of tokens.filter((t) => t.text.trim() !== '')) {
          assert.ok(t.scopes.includes('string.unquoted.text-block.cmplan'), `${where}\n  "${t.text}" is not text-block content: ${t.scopes.join(' ')}`);
          assert.ok(!t.scopes.some((s) => s.startsWith('comment')), `${where}\n  "${t.text}" is taken for a comment`);
        }
        return;
      }
      const keyword = /^([a-z]+)(?=\s|$)/.exec(line)?.[1];
      if (keyword && BLOCKS.includes(keyword)) {
        assert.ok(scopesAt(tokens, 0).includes(`storage.type.block.${keyword}.cmplan`), `${where}\n  the header keyword: ${scopesAt(tokens, 0).join(' ')}`);
      }
      const hash = commentColumn(line);
      if (hash >= 0) {
        assert.ok(scopesAt(tokens, hash).some((s) => s.startsWith('comment.line')), `${where}\n  the # at column ${hash + 1} starts no comment`);
      }
      const code = hash >= 0 ? line.slice(0, hash) : line;
      for (const date of code.matchAll(/(?<![\w-])\d{4}-\d{2}-\d{2}(?![\d])/g)) {
        const scopes = scopesAt(tokens, date.index);
        if (!scopes.some((s) => s.startsWith('string'))) {
          assert.ok(scopes.includes('constant.numeric.date.cmplan'), `${where}\n  the date ${date[0]}: ${scopes.join(' ')}`);
        }
      }
    });
  });
}
