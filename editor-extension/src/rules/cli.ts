// Runs the cmplan command line (the same build as the server) for what LSP does not carry: rule docs.
import { execFile } from 'node:child_process';
import type * as vscode from 'vscode';
import { serverCommand } from '../server/serverCommand';

/** `cmplan <args…>`'s standard output; exit code 1 is not a failure for the CLI ("problems found"). */
export async function runCli(context: vscode.ExtensionContext, args: readonly string[]): Promise<string> {
  const server = await serverCommand(context);
  return new Promise((resolve, reject) => {
    execFile(server.command, [...server.args, ...args], { timeout: 30_000, maxBuffer: 8 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && error.code !== 1) {
        reject(new Error(`cmplan ${args.join(' ')} failed: ${stderr.trim() || error.message}`));
      } else {
        resolve(stdout);
      }
    });
  });
}
