// The extension in French and English: package.json's texts through package.nls*.json, every message
// of src/ through l10n.t with its French in l10n/bundle.l10n.fr.json, French typography in both.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { chosenLanguage, format, placeholders } from '../../src/locale/format';
import { bareLiterals, messageCalls, readLiteral, sourceFiles } from './sources';

// The bundle runs from out/test/unit/.
const extension = join(__dirname, '..', '..', '..');
const json = (path: string) => JSON.parse(readFileSync(join(extension, path), 'utf8'));
const manifest = json('package.json');
const nls: Record<string, string> = json('package.nls.json');
const nlsFr: Record<string, string> = json('package.nls.fr.json');
const bundleFr: Record<string, string> = json('l10n/bundle.l10n.fr.json');
const sources = sourceFiles(join(extension, 'src'));
/** The one place that hands a message that is not a literal to vscode.l10n.t. */
const WRAPPER = 'locale/l10n.ts';
const calls = messageCalls(sources.filter((f) => f.name !== WRAPPER));

const NNBSP = '\u202f';

/** The problems of a French text as a French editor would see them; code spans (`…`) are identifiers, left alone. */
function frenchTypography(text: string): string[] {
  const prose = text.replace(/`[^`]*`/g, '`…`');
  const problems: string[] = [];
  // `:` only as punctuation (followed by a space or the end), not in 09:00 or https://.
  for (const m of prose.matchAll(/(.)([;!?]|:(?=\s|$))/g)) {
    if (m[1] !== NNBSP) {
      problems.push(`no narrow no-break space before "${m[2]}" in …${prose.slice(Math.max(0, m.index - 12), m.index + 2)}`);
    }
  }
  for (const m of prose.matchAll(/«(.)|(.)»/g)) {
    if ((m[1] ?? m[2]) !== NNBSP) {
      problems.push(`no narrow no-break space inside « » at …${prose.slice(Math.max(0, m.index - 12), m.index + 3)}`);
    }
  }
  if (/"/.test(prose)) {
    problems.push('straight quotes "…" where French writes « … »');
  }
  if (/'/.test(prose)) {
    problems.push("a straight apostrophe ' where French writes ’");
  }
  if (/\brepost/i.test(prose)) {
    problems.push('"repost" in prose: French says republication');
  }
  return problems;
}

/** What an English text must not carry: French quotes and spacing. */
function englishTypography(text: string): string[] {
  return /[«»\u202f]/.test(text) ? [`French typography in an English text: ${text}`] : [];
}

/** Every `%key%` the manifest names, anywhere in it. */
function manifestKeys(value: unknown, keys: string[] = []): string[] {
  if (typeof value === 'string') {
    const m = /^%(.+)%$/.exec(value);
    if (m) {
      keys.push(m[1]);
    }
  } else if (Array.isArray(value)) {
    value.forEach((v) => manifestKeys(v, keys));
  } else if (value && typeof value === 'object') {
    Object.values(value).forEach((v) => manifestKeys(v, keys));
  }
  return keys;
}

/** The manifest's texts a user reads (in the palette, the settings, the task and token pickers), with their paths. */
function shownTexts(value: unknown, path = '', texts: [string, string][] = []): [string, string][] {
  const SHOWN = new Set(['title', 'category', 'description', 'markdownDescription', 'patternErrorMessage', 'label', 'deprecationMessage', 'markdownDeprecationMessage']);
  const LISTS = new Set(['enumDescriptions', 'markdownEnumDescriptions']);
  if (Array.isArray(value)) {
    value.forEach((v, i) => shownTexts(v, `${path}[${i}]`, texts));
  } else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (SHOWN.has(key) && typeof v === 'string') {
        texts.push([`${path}.${key}`, v]);
      } else if (LISTS.has(key) && Array.isArray(v)) {
        v.forEach((text, i) => texts.push([`${path}.${key}[${i}]`, String(text)]));
      } else {
        shownTexts(v, `${path}.${key}`, texts);
      }
    }
  }
  return texts;
}

test('the language: cmplan.language when it names one, else French only for a French VS Code', () => {
  assert.equal(chosenLanguage('fr', 'en'), 'fr');
  assert.equal(chosenLanguage('en', 'fr'), 'en');
  assert.equal(chosenLanguage('auto', 'fr'), 'fr');
  assert.equal(chosenLanguage('auto', 'fr-ca'), 'fr');
  assert.equal(chosenLanguage('auto', 'en'), 'en');
  assert.equal(chosenLanguage('auto', 'de'), 'en');
  assert.equal(chosenLanguage(undefined, 'FR'), 'fr');
  assert.equal(chosenLanguage('es', 'en'), 'en', 'an unknown setting is auto');
  assert.equal(chosenLanguage('auto', 'fy'), 'en', 'Frisian is not French');
});

test('placeholders are replaced as vscode.l10n.t replaces them', () => {
  assert.equal(format('Calendrier\u202f: {0}', ['printemps-2027.cmplan']), 'Calendrier\u202f: printemps-2027.cmplan');
  assert.equal(format('{1} ({0}) {1}', ['a', 2]), '2 (a) 2');
  assert.equal(format('{0} et {1}', ['seul']), 'seul et {1}', 'a missing argument leaves its placeholder');
  assert.deepEqual(placeholders('{2} {0} {0}'), [0, 2]);
});

test('every text package.json shows is a %key% of package.nls.json', () => {
  const literal = shownTexts(manifest).filter(([, text]) => !/^%.+%$/.test(text));
  assert.deepEqual(literal, []);
  assert.ok(shownTexts(manifest).length >= 30, 'the walk finds the commands, settings, tokens, matcher and task texts');
});

test('package.json, package.nls.json and package.nls.fr.json have the same keys, none missing, none stray', () => {
  const used = [...new Set(manifestKeys(manifest))].sort();
  assert.deepEqual(Object.keys(nls).sort(), used, 'package.nls.json');
  assert.deepEqual(Object.keys(nlsFr).sort(), used, 'package.nls.fr.json');
  for (const key of used) {
    assert.deepEqual(placeholders(nlsFr[key]), placeholders(nls[key]), key);
    assert.notEqual(nlsFr[key].trim(), '', key);
  }
});

test('cmplan.language is declared: auto by default, fr or en, described in both languages', () => {
  const setting = manifest.contributes.configuration.properties['cmplan.language'];
  assert.equal(setting.type, 'string');
  assert.deepEqual(setting.enum, ['auto', 'fr', 'en']);
  assert.equal(setting.default, 'auto');
  assert.equal(setting.enumDescriptions.length, setting.enum.length);
  const key = /^%(.+)%$/.exec(setting.markdownDescription)?.[1] ?? '';
  assert.match(nls[key], /VS Code's display language/);
  assert.match(nlsFr[key], /langue d’affichage de VS Code/);
  assert.equal(manifest.l10n, './l10n');
});

test('the French of package.json is typeset as a French editor would', () => {
  const problems = Object.entries(nlsFr).flatMap(([key, text]) => frenchTypography(text).map((p) => `${key}: ${p}`));
  assert.deepEqual(problems, []);
  assert.deepEqual(Object.values(nls).flatMap(englishTypography), []);
  assert.equal(nlsFr['command.showSchedule.title'], 'Afficher le calendrier');
  assert.equal(nlsFr['configuration.now.patternErrorMessage'], 'Une date (2027-02-01), une date et heure locales (2027-02-01 09:00) ou un instant (2027-02-01T09:00Z).');
});

test('the French checker finds what it is for', () => {
  const [semicolon, repost, ...others] = frenchTypography('Maintenant\u202f: {0} ; «\u202frepost\u202f» à 09:00 `a: b`');
  assert.match(semicolon, /^no narrow no-break space before ";"/);
  assert.equal(repost, '"repost" in prose: French says republication');
  assert.deepEqual(others, []);
  assert.equal(frenchTypography('Quelle règle ?').length, 1, 'a plain space');
  assert.equal(frenchTypography('Quelle règle\u00a0?').length, 1, 'a wide no-break space');
  assert.equal(frenchTypography('«\u202fici»').length, 1);
  assert.equal(frenchTypography("l'horloge").length, 1);
  assert.deepEqual(frenchTypography('https://example.org, 2027-02-01T09:00Z, `cmplan check --now`'), []);
});

test('every l10n.t call of src/ passes a plain string literal, with one argument per placeholder', () => {
  assert.ok(calls.length >= 40, `the scanner finds the calls (${calls.length})`);
  const wrong = calls.filter((c) => c.message === undefined || placeholders(c.message).join() !== [...Array(c.args).keys()].join());
  assert.deepEqual(wrong, []);
});

test('every message of src/ has its French in l10n/bundle.l10n.fr.json, with the same placeholders, and the bundle holds nothing else', () => {
  const messages = new Set(calls.map((c) => c.message ?? ''));
  const missing = [...messages].filter((m) => !(m in bundleFr));
  assert.deepEqual(missing, [], 'messages without French');
  const stray = Object.keys(bundleFr).filter((m) => !messages.has(m));
  assert.deepEqual(stray, [], 'French for messages the sources no longer have');
  for (const [message, french] of Object.entries(bundleFr)) {
    assert.deepEqual(placeholders(french), placeholders(message), message);
  }
});

test('the French messages are typeset as a French editor would, the English ones as English', () => {
  const problems = Object.entries(bundleFr).flatMap(([message, text]) => frenchTypography(text).map((p) => `${message}: ${p}`));
  assert.deepEqual(problems, []);
  assert.deepEqual(Object.keys(bundleFr).flatMap(englishTypography), []);
  assert.equal(bundleFr['Which rule? Its documentation opens beside the editor'], 'Quelle règle\u202f? Sa documentation s’ouvre à côté de l’éditeur');
});

test('messages go through the wrapper that follows cmplan.language, never straight to vscode.l10n', () => {
  const direct = sources.filter((f) => f.name !== WRAPPER && /vscode\.l10n\.t\(/.test(f.text)).map((f) => f.name);
  assert.deepEqual(direct, []);
});

// Texts that stay as they are: the brand, identifiers (a setting's name, a command line), and what
// the schedule panel posts into the calendar's webview, whose words the calendar's own translation owns.
const NOT_MESSAGES = new Set([
  'CmPlan',
  'server/serverCommand.ts: cmplan.server.path (${configured})',
  "tasks/checkTask.ts: cmplan check ${args.slice(server.args.length + 1).join(' ')}",
  'schedule/schedulePanel.ts: The CmPlan language server is not running: see the CmPlan output.',
  'schedule/schedulePanel.ts: cmplan/schedule failed: ${error instanceof Error ? error.message : String(error)}',
]);

test('no text is shown or logged without l10n.t', () => {
  const bare = bareLiterals(sources).filter((b) => !NOT_MESSAGES.has(b.value) && !NOT_MESSAGES.has(`${b.file}: ${b.value}`));
  assert.deepEqual(bare, []);
});

test('the scanner reads literals and calls as TypeScript does', () => {
  assert.equal(readLiteral(String.raw`'l\'horloge \u202f\n' rest`, 0).value, "l'horloge \u202f\n");
  const [multiline, nested, bare] = messageCalls([
    { name: 'a.ts', text: "l10n.t(\n  'A {0} and {1}',\n  f(x, y),\n  [1, 2].join(', '),\n);\nvscode.l10n.t('B {0}', g(')'));\nl10n.t(`C ${x}`);" },
  ]);
  assert.deepEqual(multiline, { file: 'a.ts', line: 1, message: 'A {0} and {1}', args: 2 });
  assert.deepEqual(nested, { file: 'a.ts', line: 6, message: 'B {0}', args: 1 });
  assert.equal(bare.message, undefined, 'a template literal is no message');
  const shown = bareLiterals([
    { name: 'b.ts', text: "item.text = `$(calendar) ${l10n.t('Now: {0}', day)}`;\nitem.detail = 'from cmplan.now';\nshowErrorMessage(`Failed: ${e}`);\ncreateWebviewPanel(VIEW, 'Schedule', x);" },
  ]);
  assert.deepEqual(shown.map((s) => s.value), ['from cmplan.now', 'Failed: ${e}', 'Schedule']);
});
