// Finds a `dotnet` host that can run the bundled server (framework-dependent, net10.0).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

/** The major version of the .NET runtime the bundled server targets. */
export const RUNTIME_MAJOR = 10;

export const DOWNLOAD_URL = `https://dotnet.microsoft.com/download/dotnet/${RUNTIME_MAJOR}.0`;

const executable = process.platform === 'win32' ? 'dotnet.exe' : 'dotnet';

/** Where `dotnet` may be: DOTNET_ROOT, PATH, then the installers' default folders (VS Code started from a desktop may not see a shell's PATH). */
export function dotnetCandidates(): string[] {
  const folders = [
    process.env.DOTNET_ROOT,
    ...(process.env.PATH ?? '').split(delimiter),
    join(homedir(), '.dotnet'),
    ...(process.platform === 'win32'
      ? [join(process.env.ProgramFiles ?? 'C:\\Program Files', 'dotnet')]
      : ['/usr/local/share/dotnet', '/usr/share/dotnet', '/usr/lib/dotnet', '/opt/homebrew/opt/dotnet/libexec']),
  ];
  return [...new Set(folders.filter((f): f is string => !!f).map((f) => join(f, executable)))];
}

function listRuntimes(dotnet: string): Promise<string> {
  return new Promise((resolve) => {
    execFile(dotnet, ['--list-runtimes'], { timeout: 15_000 }, (error, stdout) => resolve(error ? '' : stdout));
  });
}

/** A `dotnet` that was found but has no runtime recent enough, with the major versions it has. */
export interface OlderDotnet {
  readonly path: string;
  readonly majors: readonly number[];
}

/** Either the `dotnet` to use, or every one found (none: no `dotnet` at all); the extension words the reason in the user's language. */
export type DotnetLookup = { readonly found: true; readonly path: string } | { readonly found: false; readonly older: readonly OlderDotnet[] };

/** The first `dotnet` that lists a Microsoft.NETCore.App runtime of at least RUNTIME_MAJOR. */
export async function findDotnet(candidates: readonly string[] = dotnetCandidates()): Promise<DotnetLookup> {
  const older: OlderDotnet[] = [];
  for (const path of candidates) {
    if (!existsSync(path)) {
      continue;
    }
    const runtimes = await listRuntimes(path);
    const majors = [...runtimes.matchAll(/^Microsoft\.NETCore\.App (\d+)\./gm)].map((m) => Number(m[1]));
    if (majors.some((major) => major >= RUNTIME_MAJOR)) {
      return { found: true, path };
    }
    older.push({ path, majors });
  }
  return { found: false, older };
}
