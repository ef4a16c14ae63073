// The cmplan CLI of the linux-x64 package (tools/publish-native.sh, Native AOT): the e2e tests' oracle,
// an independent path through the same analysis as the language server.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const nativeCli = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'artifacts', 'native', 'linux-x64', 'cmplan');

/** `cmplan <args…>`'s JSON output; exit code 1 ("problems found") is an answer too. */
export function cli(...args) {
  try {
    return JSON.parse(execFileSync(nativeCli, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  } catch (error) {
    if (error.status === 1) {
      return JSON.parse(error.stdout);
    }
    throw error;
  }
}
