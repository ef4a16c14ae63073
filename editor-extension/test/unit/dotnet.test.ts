import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { findDotnet } from '../../src/server/dotnet';

/** A stand-in `dotnet` whose --list-runtimes prints the given runtimes. */
function fakeDotnet(...runtimes: string[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'cmplan-dotnet-')), 'dotnet');
  writeFileSync(path, `#!/bin/sh\n${runtimes.map((r) => `echo "Microsoft.NETCore.App ${r} [/usr/share/dotnet/shared/Microsoft.NETCore.App]"`).join('\n')}\n`);
  chmodSync(path, 0o755);
  return path;
}

test('no dotnet anywhere: none found', async () => {
  const result = await findDotnet(['/nowhere/dotnet']);
  assert.deepEqual(result, { found: false, older: [] });
});

test('only older runtimes: names them', async () => {
  const old = fakeDotnet('8.0.11', '9.0.3');
  const result = await findDotnet([old]);
  assert.deepEqual(result, { found: false, older: [{ path: old, majors: [8, 9] }] });
});

test('the first dotnet with a .NET 10 runtime wins', async () => {
  const old = fakeDotnet('8.0.11');
  const current = fakeDotnet('8.0.11', '10.0.12');
  assert.deepEqual(await findDotnet(['/nowhere/dotnet', old, current]), { found: true, path: current });
});
