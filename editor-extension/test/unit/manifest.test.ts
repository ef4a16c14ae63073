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

// The last package leaves its server in server/: the native one, or the framework-dependent one.
const native = join(extension, 'server', 'cmplan');
const dll = join(extension, 'server', 'cmplan.dll');
const shipped = existsSync(native) ? [native] : existsSync(dll) ? ['dotnet', dll] : undefined;

test("cmplan.json's schema lists exactly the configurable rules of the shipped server", { skip: !shipped && 'no server in server/ (npm run package)' }, () => {
  const schema = JSON.parse(readFileSync(join(extension, 'schemas', 'cmplan.schema.json'), 'utf8'));
  const [command, ...args] = shipped ?? [];
  const output = execFileSync(command, [...args, 'rules', '--format', 'json'], { encoding: 'utf8' });
  const configurable = (parseRules(output) ?? []).filter((r) => !r.structural).map((r) => r.id);
  assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), configurable.sort());
});

test('the snippets the issue asks for are there', () => {
  const snippets = JSON.parse(readFileSync(join(extension, 'snippets', 'cmplan.code-snippets'), 'utf8')) as Record<string, { prefix: string }>;
  const prefixes = Object.values(snippets).map((s) => s.prefix);
  for (const prefix of ['plan', 'policy', 'channel', 'queue', 'post', 'repeat']) {
    assert.ok(prefixes.includes(prefix), `a "${prefix}" snippet`);
  }
});

test('Restricted Mode: limited, with the server path restricted; virtual workspaces declared', () => {
  const { untrustedWorkspaces, virtualWorkspaces } = manifest.capabilities;
  assert.equal(untrustedWorkspaces.supported, 'limited');
  assert.deepEqual(untrustedWorkspaces.restrictedConfigurations, ['cmplan.server.path']);
  assert.ok(['limited', false].includes(virtualWorkspaces.supported));
  assert.equal(manifest.contributes.configuration.properties['cmplan.now'].scope, 'resource');
  assert.equal(manifest.license, 'MIT');
});

test("the problem matcher reads cmplan check's text output", () => {
  const [matcher] = manifest.contributes.problemMatchers;
  const pattern = new RegExp(matcher.pattern.regexp);
  const line = "examples/gallery/failures.cmplan:26:10: error unbounded-repost: Repeats every 14 days with neither 'times' nor 'until': add one.";
  const m = pattern.exec(line);
  assert.ok(m, 'the line matches');
  assert.deepEqual(
    [m[matcher.pattern.file], m[matcher.pattern.line], m[matcher.pattern.column], m[matcher.pattern.severity], m[matcher.pattern.code]],
    ['examples/gallery/failures.cmplan', '26', '10', 'error', 'unbounded-repost'],
  );
  assert.equal(m[matcher.pattern.message], "Repeats every 14 days with neither 'times' nor 'until': add one.");
  assert.equal(pattern.exec('C:\\plans\\a.cmplan:3:1: hint whitespace: x')?.[1], 'C:\\plans\\a.cmplan', 'Windows paths');
  assert.equal(pattern.exec('50 problems (27 errors, 13 warnings, 3 infos, 7 hints) in 10 files'), null, 'the summary is no problem');
  assert.ok(manifest.contributes.taskDefinitions.some((t: { type: string }) => t.type === 'cmplan'));
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
