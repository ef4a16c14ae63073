// Packages the extension twice, each .vsix with its own language server in server/:
//   cmplan-<version>.vsix            universal: the framework-dependent server (cmplan.dll), run
//                                    with the machine's .NET 10 runtime (the extension says so when
//                                    there is none);
//   cmplan-linux-x64-<version>.vsix  `vsce package --target linux-x64`: the native server
//                                    (tools/publish-native.sh, Native AOT), needing no .NET.
// `--target <t>` packages one; `--all` adds the platforms that get the framework-dependent server
// precompiled for them (ReadyToRun, cross-compiled here): win32-x64, darwin-x64, darwin-arm64,
// linux-arm64 (they still need the .NET 10 runtime). The bundle (dist/) must be built first.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const extension = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repo = resolve(extension, '..');
const { version } = JSON.parse(readFileSync(join(extension, 'package.json'), 'utf8'));
const vsce = join(extension, 'node_modules', '.bin', 'vsce');
const run = (command, args, options = {}) => execFileSync(command, args, { stdio: 'inherit', ...options });

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) {
    return stat.mtimeMs;
  }
  return readdirSync(path)
    .filter((name) => name !== 'bin' && name !== 'obj')
    .reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

/**
 * The framework-dependent server, published once into artifacts/ and again only when a source
 * changed: for every OS (no ReadyToRun: precompiled code is for one), or precompiled for `rid`.
 */
function frameworkDependentServer(rid) {
  const out = join(repo, 'artifacts', 'extension-server', rid ?? 'universal');
  const built = join(out, 'cmplan.dll');
  const sources = ['grammar', 'server', 'docs/rules', 'Directory.Build.props', 'Directory.Packages.props'].map((p) => join(repo, p));
  if (existsSync(built) && statSync(built).mtimeMs > Math.max(...sources.map(newest))) {
    console.log(`package: ${out} is up to date`);
  } else {
    rmSync(out, { recursive: true, force: true });
    const precompiled = rid ? ['-r', rid, '--self-contained', 'false', '-p:PublishReadyToRun=true'] : ['-p:PublishReadyToRun=false'];
    run('dotnet', ['publish', join(repo, 'server/CmPlan.Cli'), '-c', 'Release', '-o', out, '--nologo', '-v', 'quiet',
      '-p:UseAppHost=false', '-p:DebugType=none', ...precompiled]);
  }
  return out;
}

/** The native linux-x64 server (tools/publish-native.sh skips the build when it is up to date). */
function nativeServer() {
  const out = join(repo, 'artifacts', 'native', 'linux-x64');
  run(join(repo, 'tools', 'publish-native.sh'), [out]);
  return out;
}

const precompiled = (target, rid) => ({
  server: () => frameworkDependentServer(rid),
  file: `cmplan-${target}-${version}.vsix`,
  args: ['--target', target],
});
const targets = {
  universal: { server: () => frameworkDependentServer(undefined), file: `cmplan-${version}.vsix`, args: [] },
  'linux-x64': { server: nativeServer, file: `cmplan-linux-x64-${version}.vsix`, args: ['--target', 'linux-x64'] },
  'win32-x64': precompiled('win32-x64', 'win-x64'),
  'darwin-x64': precompiled('darwin-x64', 'osx-x64'),
  'darwin-arm64': precompiled('darwin-arm64', 'osx-arm64'),
  'linux-arm64': precompiled('linux-arm64', 'linux-arm64'),
};
const at = process.argv.indexOf('--target');
const chosen = at >= 0 ? [process.argv[at + 1]] : process.argv.includes('--all') ? Object.keys(targets) : ['universal', 'linux-x64'];
for (const name of chosen) {
  const target = targets[name];
  if (!target) {
    throw new Error(`unknown target ${name}: ${Object.keys(targets).join(' or ')}`);
  }
  const server = join(extension, 'server');
  rmSync(server, { recursive: true, force: true });
  cpSync(target.server(), server, { recursive: true });
  run(vsce, ['package', '--no-dependencies', ...target.args, '-o', target.file], { cwd: extension });
  console.log(`package: ${target.file} (${(statSync(join(extension, target.file)).size / 1024 / 1024).toFixed(1)} MB)`);
}
