// Reading the extension's TypeScript sources for the calls and literals the l10n tests check: a small
// scanner (strings, comments, brackets), enough for the code this repository writes.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface SourceFile {
  /** Relative to src/, with forward slashes. */
  readonly name: string;
  readonly text: string;
}

export function sourceFiles(src: string): SourceFile[] {
  return readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ name: f.split('\\').join('/'), text: readFileSync(join(src, f), 'utf8') }));
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0' };

/** The string literal opening at `start` (a quote or a backtick): its value (escapes read; `${…}` kept as written) and the index after it. */
export function readLiteral(text: string, start: number): { value: string; end: number } {
  const quote = text[start];
  let value = '';
  let i = start + 1;
  while (i < text.length && text[i] !== quote) {
    if (text[i] === '\\') {
      const next = text[i + 1];
      if (next === 'u') {
        value += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
        i += 6;
        continue;
      }
      value += ESCAPES[next] ?? next;
      i += 2;
      continue;
    }
    value += text[i];
    i++;
  }
  if (i >= text.length) {
    throw new Error(`unterminated literal at ${start}`);
  }
  return { value, end: i + 1 };
}

/** One `l10n.t(…)` call: its message when the first argument is a plain string literal, and how many arguments come after it. */
export interface MessageCall {
  readonly file: string;
  readonly line: number;
  readonly message: string | undefined;
  readonly args: number;
}

/** The arguments of the call whose `(` is just before `open`, as source slices. */
function callArguments(text: string, open: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let from = open;
  let i = open;
  while (i < text.length) {
    const c = text[i];
    if (c === "'" || c === '"' || c === '`') {
      i = readLiteral(text, i).end;
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      i = text.indexOf('\n', i);
      continue;
    }
    if (c === '(' || c === '[' || c === '{') {
      depth++;
    } else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) {
        args.push(text.slice(from, i));
        return args.map((a) => a.trim()).filter((a) => a !== '');
      }
      depth--;
    } else if (c === ',' && depth === 0) {
      args.push(text.slice(from, i));
      from = i + 1;
    }
    i++;
  }
  throw new Error(`unclosed call at ${open}`);
}

/** Every `l10n.t(…)` (and `vscode.l10n.t(…)`) call of the files. */
export function messageCalls(files: readonly SourceFile[]): MessageCall[] {
  const calls: MessageCall[] = [];
  for (const { name, text } of files) {
    for (const m of text.matchAll(/\bl10n\.t\(/g)) {
      const open = m.index + m[0].length;
      const args = callArguments(text, open);
      const first = args[0] ?? '';
      const plain = /^['"]/.test(first) && readLiteral(first, 0).end === first.length;
      calls.push({
        file: name,
        line: text.slice(0, m.index).split('\n').length,
        message: plain ? readLiteral(first, 0).value : undefined,
        args: args.length - 1,
      });
    }
  }
  return calls;
}

/** A literal a user may read, written straight into a UI property or call instead of going through l10n.t. */
export interface BareLiteral {
  readonly file: string;
  readonly line: number;
  readonly value: string;
}

// Where the extension hands text to VS Code: properties of items, options and messages, and the
// calls that show or log a message; the literal follows.
const SHOWN = new RegExp(
  '(?:' +
    [
    String.raw`\b(?:title|placeHolder|prompt|label|detail|description|tooltip|text|message)\s*[:=]\s*`,
    String.raw`\b(?:show(?:Information|Warning|Error)Message|setStatusBarMessage|new (?:Error|ServerUnavailable)|output\.(?:trace|debug|info|warn|error))\(\s*`,
    String.raw`\bcreateWebviewPanel\([^,()]+,\s*`,
  ]
      .map((p) => `(?:${p})`)
      .join('|') +
    ')(?=[\'"`])',
  'g',
);

/** A template's text without its `${…}` substitutions (which may hold braces and strings of their own). */
function withoutSubstitutions(template: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < template.length; i++) {
    if (depth === 0 && template.startsWith('${', i)) {
      depth = 1;
      i++;
    } else if (depth > 0) {
      depth += template[i] === '{' ? 1 : template[i] === '}' ? -1 : 0;
    } else {
      out += template[i];
    }
  }
  return out;
}

/** Literals with words in them (codicons `$(…)` and `${…}` substitutions aside) where text is shown. */
export function bareLiterals(files: readonly SourceFile[]): BareLiteral[] {
  const found: BareLiteral[] = [];
  for (const { name, text } of files) {
    for (const m of text.matchAll(SHOWN)) {
      const start = m.index + m[0].length;
      const { value } = readLiteral(text, start);
      const words = withoutSubstitutions(value).replace(/\$\([a-z-]+\)/g, '');
      if (/[A-Za-z]{2,}/.test(words)) {
        found.push({ file: name, line: text.slice(0, start).split('\n').length, value });
      }
    }
  }
  return found;
}
