// Decides how to start the server: the `cmplan.server.path` setting, or the build shipped in the extension.
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import * as vscode from 'vscode';
import { DOWNLOAD_URL, RUNTIME_MAJOR, findDotnet } from './dotnet';

/** A program and the arguments before the CLI command (`lsp`, `rules`, `explain`). */
export interface ServerCommand {
  readonly command: string;
  readonly args: readonly string[];
  readonly description: string;
}

/** Why the server cannot start, said so that the user knows what to do. */
export class ServerUnavailable extends Error {
  constructor(
    message: string,
    readonly action: 'install-dotnet' | 'open-settings',
  ) {
    super(message);
  }
}

/** The configured path, resolved against the first workspace folder when relative. */
function configuredPath(): string | undefined {
  const raw = vscode.workspace.getConfiguration('cmplan').get<string>('server.path', '').trim();
  if (raw === '') {
    return undefined;
  }
  const expanded = raw.replace(/^~(?=$|[\\/])/, process.env.HOME ?? '~');
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  return isAbsolute(expanded) || folder === undefined ? expanded : resolve(folder, expanded);
}

async function viaDotnet(dll: string, description: string): Promise<ServerCommand> {
  const dotnet = await findDotnet();
  if (!dotnet.found) {
    throw new ServerUnavailable(
      `CmPlan needs the .NET ${RUNTIME_MAJOR} runtime to run its language server, and ${dotnet.reason}. ` +
        `Install the .NET ${RUNTIME_MAJOR} runtime (${DOWNLOAD_URL}) and restart the server, ` +
        'or point cmplan.server.path at a self-contained cmplan executable.',
      'install-dotnet',
    );
  }
  return { command: dotnet.path, args: [dll], description: `${description} (${dll}, run by ${dotnet.path})` };
}

/** How to run `cmplan`: throws ServerUnavailable with a message for the user. */
export async function serverCommand(context: vscode.ExtensionContext): Promise<ServerCommand> {
  const configured = configuredPath();
  if (configured === undefined) {
    return viaDotnet(context.asAbsolutePath(join('server', 'cmplan.dll')), 'the bundled server');
  }
  if (!existsSync(configured)) {
    throw new ServerUnavailable(`cmplan.server.path is set to ${configured}, which does not exist.`, 'open-settings');
  }
  return configured.toLowerCase().endsWith('.dll')
    ? viaDotnet(configured, 'cmplan.server.path')
    : { command: configured, args: [], description: `cmplan.server.path (${configured})` };
}

/** Shows why the server is unavailable, with the button that fixes it. */
export async function reportUnavailable(error: unknown, output: vscode.OutputChannel): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  output.appendLine(`[error] ${message}`);
  const install = `Install .NET ${RUNTIME_MAJOR}`;
  const settings = 'Open Settings';
  const buttons = error instanceof ServerUnavailable && error.action === 'install-dotnet' ? [install, settings] : [settings];
  const choice = await vscode.window.showErrorMessage(message, ...buttons, 'Show Output');
  if (choice === install) {
    await vscode.env.openExternal(vscode.Uri.parse(DOWNLOAD_URL));
  } else if (choice === settings) {
    await vscode.commands.executeCommand('workbench.action.openSettings', 'cmplan.server.path');
  } else if (choice === 'Show Output') {
    output.show(true);
  }
}
