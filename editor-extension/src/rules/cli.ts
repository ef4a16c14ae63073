// Runs the cmplan command line (the same build as the server) for what LSP does not carry: rule docs.
import { execFile } from 'node:child_process';
import type * as vscode from 'vscode';
import * as l10n from '../locale/l10n';
import { serverCommand } from '../server/serverCommand';

/**
 * `cmplan <args…>`'s standard output, in the language the extension speaks (CMPLAN_LANG); exit code
 * 1 is not a failure for the CLI ("problems found").
 */
export async function runCli(context: vscode.ExtensionContext, args: readonly string[]): Promise<string> {
  const server = await serverCommand(context);
  const options = { timeout: 30_000, maxBuffer: 8 * 1024 * 1024, env: { ...process.env, CMPLAN_LANG: l10n.language() } };
  return new Promise((resolve, reject) => {
    execFile(server.command, [...server.args, ...args], options, (error, stdout, stderr) => {
      if (error && error.code !== 1) {
        reject(new Error(l10n.t('cmplan {0} failed: {1}', args.join(' '), stderr.trim() || error.message)));
      } else {
        resolve(stdout);
      }
    });
  });
}
