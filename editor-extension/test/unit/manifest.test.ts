// The package manifest against the code and the server: commands registered, schema rules real.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseRules } from '../../src/rules/ruleList';

// The bundle runs from out/test/unit/.
const extension = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(extension, 'package.json'), 'utf8'));
const sources = readdirSync(join(extension, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(join(extension, 'src', f), 'utf8'))
  .join('\n');

test('every contributed command is registered', () => {
  for (const { command } of manifest.contributes.commands) {
    assert.ok(sources.includes(`registerCommand('${command}'`), `${command} is registered`);
  }
});

test("cmplan.json's schema lists exactly the configurable rules of the shipped server", { skip: !existsSync(join(extension, 'server', 'cmplan.dll')) && 'the server is not published (npm run server)' }, () => {
  const schema = JSON.parse(readFileSync(join(extension, 'schemas', 'cmplan.schema.json'), 'utf8'));
  const output = execFileSync('dotnet', [join(extension, 'server', 'cmplan.dll'), 'rules'], { encoding: 'utf8' });
  const configurable = parseRules(output).filter((r) => r.group === 'Configurable').map((r) => r.id);
  assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), configurable.sort());
});

test('the snippets the issue asks for are there', () => {
  const snippets = JSON.parse(readFileSync(join(extension, 'snippets', 'cmplan.code-snippets'), 'utf8')) as Record<string, { prefix: string }>;
  const prefixes = Object.values(snippets).map((s) => s.prefix);
  for (const prefix of ['plan', 'policy', 'channel', 'queue', 'post', 'repeat']) {
    assert.ok(prefixes.includes(prefix), `a "${prefix}" snippet`);
  }
});

test('every file the manifest names exists', () => {
  const c = manifest.contributes;
  const paths = [
    manifest.icon,
    ...c.languages.flatMap((l: { configuration: string; icon: { light: string; dark: string } }) => [l.configuration, l.icon.light, l.icon.dark]),
    ...c.grammars.map((g: { path: string }) => g.path),
    ...c.snippets.map((s: { path: string }) => s.path),
    ...c.jsonValidation.map((j: { url: string }) => j.url),
  ];
  for (const path of paths) {
    assert.ok(existsSync(join(extension, path)), `${path} exists`);
  }
});
