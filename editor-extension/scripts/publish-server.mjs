// Publishes the language server into server/ (framework-dependent, run with the machine's dotnet):
// the .vsix carries it. Skips the publish when server/cmplan.dll is newer than every server source.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const extension = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repo = resolve(extension, '..');
const out = join(extension, 'server');
const sources = ['grammar', 'server', 'docs/rules', 'Directory.Build.props', 'Directory.Packages.props'].map((p) => join(repo, p));

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) {
    return stat.mtimeMs;
  }
  return readdirSync(path)
    .filter((name) => name !== 'bin' && name !== 'obj')
    .reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

const built = join(out, 'cmplan.dll');
if (existsSync(built) && statSync(built).mtimeMs > Math.max(...sources.map(newest)) && !process.argv.includes('--force')) {
  console.log(`server/ is up to date (${built})`);
} else {
  rmSync(out, { recursive: true, force: true });
  execFileSync(
    'dotnet',
    ['publish', join(repo, 'server/CmPlan.Cli'), '-c', 'Release', '-o', out, '--nologo', '-p:UseAppHost=false', '-p:DebugType=none', '-p:GenerateDocumentationFile=false'],
    { stdio: 'inherit' },
  );
}
