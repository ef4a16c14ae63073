// Decides how to start the server: the `cmplan.server.path` setting, or the build shipped in the extension
// (the native `server/cmplan` of a platform package, else `server/cmplan.dll` run with the machine's .NET).
import { accessSync, constants, existsSync, statSync } from 'node:fs';
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
  // In Restricted Mode VS Code returns only the user's value of this restricted setting.
  const raw = vscode.workspace.getConfiguration('cmplan').get<string>('server.path', '').trim();
  if (raw === '') {
    return undefined;
  }
  const expanded = raw.replace(/^~(?=$|[\\/])/, process.env.HOME ?? '~');
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  return isAbsolute(expanded) || folder === undefined ? expanded : resolve(folder, expanded);
}

/**
 * Why `path` cannot be run as a program, or undefined when it can: not found, a folder, or no
 * execute permission (EACCES). A `.dll` needs only to be readable (dotnet runs it).
 */
export function whyNotRunnable(path: string): string | undefined {
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'which does not exist (not found)' : `which cannot be read (${code ?? String(error)})`;
  }
  if (!stat.isFile()) {
    return 'which is a folder, not an executable';
  }
  const dll = path.toLowerCase().endsWith('.dll');
  try {
    accessSync(path, dll || process.platform === 'win32' ? constants.R_OK : constants.X_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EACCES';
    return dll ? `which cannot be read (${code})` : `which is not executable (${code}: chmod +x it)`;
  }
  return undefined;
}

async function viaDotnet(dll: string, description: string): Promise<ServerCommand> {
  const dotnet = await findDotnet();
  if (!dotnet.found) {
    throw new ServerUnavailable(
      `CmPlan needs the .NET ${RUNTIME_MAJOR} runtime to run its language server, and ${dotnet.reason}. ` +
        `Install the .NET ${RUNTIME_MAJOR} runtime (${DOWNLOAD_URL}) and restart the server, ` +
        'install the CmPlan package for your platform, which needs no .NET, ' +
        'or point cmplan.server.path at a native cmplan executable.',
      'install-dotnet',
    );
  }
  return { command: dotnet.path, args: [dll], description: `${description} (${dll}, run by ${dotnet.path})` };
}

/** How to run `cmplan`: throws ServerUnavailable with a message for the user. */
export async function serverCommand(context: vscode.ExtensionContext): Promise<ServerCommand> {
  const configured = configuredPath();
  if (configured === undefined) {
    const native = context.asAbsolutePath(join('server', process.platform === 'win32' ? 'cmplan.exe' : 'cmplan'));
    if (existsSync(native)) {
      return { command: native, args: [], description: `the bundled server (${native})` };
    }
    return viaDotnet(context.asAbsolutePath(join('server', 'cmplan.dll')), 'the bundled server');
  }
  const problem = whyNotRunnable(configured);
  if (problem !== undefined) {
    throw new ServerUnavailable(`cmplan.server.path is set to ${configured}, ${problem}.`, 'open-settings');
  }
  return configured.toLowerCase().endsWith('.dll')
    ? viaDotnet(configured, 'cmplan.server.path')
    : { command: configured, args: [], description: `cmplan.server.path (${configured})` };
}

/** Opens the settings editor where cmplan.server.path is set: the folder's, the workspace's or the user's. */
async function openServerPathSetting(): Promise<void> {
  const where = vscode.workspace.getConfiguration('cmplan').inspect<string>('server.path');
  // A folder of a multi-root workspace has its own settings; a single folder's are the workspace's.
  const command =
    where?.workspaceFolderValue !== undefined && vscode.workspace.workspaceFile !== undefined
      ? 'workbench.action.openFolderSettings'
      : where?.workspaceFolderValue !== undefined || where?.workspaceValue !== undefined
        ? 'workbench.action.openWorkspaceSettings'
        : 'workbench.action.openGlobalSettings';
  await vscode.commands.executeCommand(command, { query: 'cmplan.server.path' });
}

/** Logs why the server is unavailable (at error level) and shows it once, with the button that fixes it. */
export async function reportUnavailable(error: unknown, output: vscode.LogOutputChannel): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  output.error(message);
  const install = `Install .NET ${RUNTIME_MAJOR}`;
  const settings = 'Open Settings';
  const buttons = error instanceof ServerUnavailable && error.action === 'install-dotnet' ? [install, settings] : [settings];
  const choice = await vscode.window.showErrorMessage(message, ...buttons, 'Show Output');
  if (choice === install) {
    await vscode.env.openExternal(vscode.Uri.parse(DOWNLOAD_URL));
  } else if (choice === settings) {
    await openServerPathSetting();
  } else if (choice === 'Show Output') {
    output.show(true);
  }
}
