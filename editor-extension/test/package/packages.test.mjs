// The two packages npm run package makes: what each carries, and that the linux-x64 server runs alone.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const extension = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { version } = JSON.parse(readFileSync(join(extension, 'package.json'), 'utf8'));
const entries = (vsix) => execFileSync('unzip', ['-Z1', join(extension, vsix)], { encoding: 'utf8' }).split('\n').filter(Boolean);

test('the universal package carries the framework-dependent server and the licence', () => {
  const files = entries(`cmplan-${version}.vsix`);
  assert.ok(files.includes('extension/server/cmplan.dll'));
  assert.ok(!files.includes('extension/server/cmplan'), 'no native executable');
  assert.ok(files.some((f) => /^extension\/LICENSE(\.txt)?$/.test(f)), 'the MIT licence');
});

test('the linux-x64 package carries only the native server, which runs without .NET', () => {
  const vsix = `cmplan-linux-x64-${version}.vsix`;
  const files = entries(vsix);
  assert.ok(files.includes('extension/server/cmplan'));
  assert.deepEqual(files.filter((f) => f.startsWith('extension/server/')), ['extension/server/cmplan'], 'nothing else in server/');
  const manifest = execFileSync('unzip', ['-p', join(extension, vsix), 'extension.vsixmanifest'], { encoding: 'utf8' });
  assert.match(manifest, /TargetPlatform="linux-x64"/);

  const dir = mkdtempSync(join(tmpdir(), 'cmplan-vsix-'));
  try {
    execFileSync('unzip', ['-q', join(extension, vsix), 'extension/server/cmplan', '-d', dir]);
    const server = join(dir, 'extension', 'server', 'cmplan');
    assert.ok(statSync(server).mode & 0o100, 'executable once unpacked');
    const env = { PATH: dir, HOME: dir }; // no dotnet on PATH, no DOTNET_ROOT
    assert.equal(execFileSync(server, ['--version'], { encoding: 'utf8', env }), `cmplan ${version}\n`);
    const rules = JSON.parse(execFileSync(server, ['rules', '--format', 'json'], { encoding: 'utf8', env }));
    assert.ok(rules.rules.some((r) => r.id === 'unbounded-repost'));

    // One-shot commands run with the workstation collector; the language server switches to the
    // server one by executing itself again (same process) with DOTNET_gcServer=1.
    const lsp = spawn(server, ['lsp', '--stdio'], { env, stdio: ['pipe', 'ignore', 'ignore'] });
    try {
      const threads = () => readdirSync(`/proc/${lsp.pid}/task`).map((t) => readFileSync(`/proc/${lsp.pid}/task/${t}/comm`, 'utf8').trim());
      const deadline = Date.now() + 10_000;
      while (!threads().includes('.NET Server GC') && Date.now() < deadline) {
        execFileSync('sleep', ['0.1']);
      }
      assert.ok(threads().includes('.NET Server GC'), `server GC threads in ${threads().join(', ')}`);
      assert.ok(readFileSync(`/proc/${lsp.pid}/environ`, 'utf8').split('\0').includes('DOTNET_gcServer=1'));
    } finally {
      lsp.kill();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every package carries the translations: package.nls for the manifest, the l10n bundle for the messages', () => {
  const translations = ['extension/package.nls.json', 'extension/package.nls.fr.json', 'extension/l10n/bundle.l10n.fr.json'];
  const packages = readdirSync(extension).filter((f) => f.endsWith(`-${version}.vsix`));
  assert.ok(packages.length >= 2, `the universal and linux-x64 packages at least (${packages.join(', ')})`);
  for (const vsix of packages) {
    const files = entries(vsix);
    assert.deepEqual(translations.filter((f) => !files.includes(f)), [], `${vsix} has them all`);
    const read = (name) => JSON.parse(execFileSync('unzip', ['-p', join(extension, vsix), name], { encoding: 'utf8' }));
    const manifest = read('extension/package.json');
    // VS Code finds the bundles through "l10n" and puts each %key% of the manifest in the display language.
    assert.equal(manifest.l10n, './l10n');
    assert.equal(manifest.contributes.commands.find((c) => c.command === 'cmplan.showSchedule').title, '%command.showSchedule.title%');
    assert.equal(read('extension/package.nls.fr.json')['command.showSchedule.title'], 'Afficher le calendrier');
    assert.equal(read('extension/l10n/bundle.l10n.fr.json')['Open a .cmplan file to see its schedule.'], 'Ouvrez un fichier .cmplan pour voir son calendrier.');
    // The Marketplace reads the description from the .vsix manifest: English, with no %key% left.
    const vsixManifest = execFileSync('unzip', ['-p', join(extension, vsix), 'extension.vsixmanifest'], { encoding: 'utf8' });
    assert.match(vsixManifest, /<Description xml:space="preserve">Content plans as text: /);
  }
});

const precompiled = ['win32-x64', 'darwin-x64', 'darwin-arm64', 'linux-arm64'].filter((t) => existsSync(join(extension, `cmplan-${t}-${version}.vsix`)));

test('the other platforms get the framework-dependent server, precompiled for them', { skip: precompiled.length === 0 && 'none packaged (npm run package:all)' }, () => {
  for (const target of precompiled) {
    const vsix = `cmplan-${target}-${version}.vsix`;
    const files = entries(vsix);
    assert.ok(files.includes('extension/server/cmplan.dll'), `${vsix} has cmplan.dll`);
    assert.ok(!files.includes('extension/server/cmplan'), `${vsix} has no linux executable`);
    const manifest = execFileSync('unzip', ['-p', join(extension, vsix), 'extension.vsixmanifest'], { encoding: 'utf8' });
    assert.match(manifest, new RegExp(`TargetPlatform="${target}"`));
    // ReadyToRun code makes the assembly larger than the universal package's IL-only one.
    const size = (name) => Number(execFileSync('unzip', ['-Zl', join(extension, name), 'extension/server/CmPlan.Analysis.dll'], { encoding: 'utf8' }).trim().split(/\s+/)[3]);
    assert.ok(size(vsix) > 1.5 * size(`cmplan-${version}.vsix`), `${vsix}'s CmPlan.Analysis.dll is precompiled`);
  }
});
