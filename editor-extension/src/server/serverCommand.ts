// Decides how to start the server: the `cmplan.server.path` setting, or the build shipped in the extension
// (the native `server/cmplan` of a platform package, else `server/cmplan.dll` run with the machine's .NET).
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import * as vscode from 'vscode';
import * as l10n from '../locale/l10n';
import { DOWNLOAD_URL, type OlderDotnet, RUNTIME_MAJOR, findDotnet } from './dotnet';

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
    return code === 'ENOENT' || code === 'ENOTDIR' ? l10n.t('which does not exist (not found)') : l10n.t('which cannot be read ({0})', code ?? String(error));
  }
  if (!stat.isFile()) {
    return l10n.t('which is a folder, not an executable');
  }
  const dll = path.toLowerCase().endsWith('.dll');
  try {
    accessSync(path, dll || process.platform === 'win32' ? constants.R_OK : constants.X_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EACCES';
    return dll ? l10n.t('which cannot be read ({0})', code) : l10n.t('which is not executable ({0}: chmod +x it)', code);
  }
  return undefined;
}

/** Why no `dotnet` will do: none found, or the ones found and their runtimes. */
function noDotnet(older: readonly OlderDotnet[]): string {
  if (older.length === 0) {
    return l10n.t('no `dotnet` was found on PATH, in DOTNET_ROOT or in the usual install folders');
  }
  const seen = older.map((d) => l10n.t('{0} (runtimes: {1})', d.path, d.majors.length > 0 ? d.majors.join(', ') : l10n.t('none')));
  return l10n.t('no .NET {0} runtime in {1}', RUNTIME_MAJOR, seen.join('; '));
}

async function viaDotnet(dll: string, description: string): Promise<ServerCommand> {
  const dotnet = await findDotnet();
  if (!dotnet.found) {
    throw new ServerUnavailable(
      l10n.t(
        'CmPlan needs the .NET {0} runtime to run its language server, and {1}. Install the .NET {0} runtime ({2}) and restart the server, install the CmPlan package for your platform, which needs no .NET, or point cmplan.server.path at a native cmplan executable.',
        RUNTIME_MAJOR,
        noDotnet(dotnet.older),
        DOWNLOAD_URL,
      ),
      'install-dotnet',
    );
  }
  return { command: dotnet.path, args: [dll], description: l10n.t('{0} ({1}, run by {2})', description, dll, dotnet.path) };
}

/** How to run `cmplan`: throws ServerUnavailable with a message for the user. */
export async function serverCommand(context: vscode.ExtensionContext): Promise<ServerCommand> {
  const configured = configuredPath();
  if (configured === undefined) {
    const native = context.asAbsolutePath(join('server', process.platform === 'win32' ? 'cmplan.exe' : 'cmplan'));
    if (existsSync(native)) {
      return { command: native, args: [], description: l10n.t('the bundled server ({0})', native) };
    }
    return viaDotnet(context.asAbsolutePath(join('server', 'cmplan.dll')), l10n.t('the bundled server'));
  }
  const problem = whyNotRunnable(configured);
  if (problem !== undefined) {
    throw new ServerUnavailable(l10n.t('cmplan.server.path is set to {0}, {1}.', configured, problem), 'open-settings');
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
  const install = l10n.t('Install .NET {0}', RUNTIME_MAJOR);
  const settings = l10n.t('Open Settings');
  const show = l10n.t('Show Output');
  const buttons = error instanceof ServerUnavailable && error.action === 'install-dotnet' ? [install, settings] : [settings];
  const choice = await vscode.window.showErrorMessage(message, ...buttons, show);
  if (choice === install) {
    await vscode.env.openExternal(vscode.Uri.parse(DOWNLOAD_URL));
  } else if (choice === settings) {
    await openServerPathSetting();
  } else if (choice === show) {
    output.show(true);
  }
}
