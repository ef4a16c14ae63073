// The `cmplan` task type: `cmplan check` on the workspace folder (or given paths), its text output
// read by the `$cmplan` problem matcher into the Problems panel.
import * as vscode from 'vscode';
import * as l10n from '../locale/l10n';
import { serverCommand } from '../server/serverCommand';

interface CheckTaskDefinition extends vscode.TaskDefinition {
  readonly type: 'cmplan';
  readonly command: 'check';
  readonly paths?: readonly string[];
  readonly now?: string;
}

async function task(
  context: vscode.ExtensionContext,
  definition: CheckTaskDefinition,
  scope: vscode.WorkspaceFolder | vscode.TaskScope.Workspace,
): Promise<vscode.Task> {
  const folder = typeof scope === 'object' ? scope : vscode.workspace.workspaceFolders?.[0];
  const server = await serverCommand(context);
  const now = definition.now ?? vscode.workspace.getConfiguration('cmplan', folder?.uri).get<string>('now', '').trim();
  const args = [...server.args, 'check', ...(now ? ['--now', now] : []), ...(definition.paths?.length ? definition.paths : ['.'])];
  // The check speaks the editor's language (CMPLAN_LANG); the problem matcher reads the
  // `file:line:column: severity rule:` prefix of its lines, whose severity words are identifiers.
  const execution = new vscode.ProcessExecution(server.command, args, { cwd: folder?.uri.fsPath, env: { CMPLAN_LANG: l10n.language() } });
  const result = new vscode.Task(definition, scope, 'check', 'cmplan', execution, ['$cmplan']);
  result.group = vscode.TaskGroup.Test;
  result.detail = `cmplan check ${args.slice(server.args.length + 1).join(' ')}`;
  return result;
}

export function registerCheckTask(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.tasks.registerTaskProvider('cmplan', {
    async provideTasks() {
      // One task per folder; none when the server cannot run (starting it already said why).
      const folders = vscode.workspace.workspaceFolders ?? [];
      const tasks = await Promise.all(folders.map((f) => task(context, { type: 'cmplan', command: 'check' }, f).catch(() => undefined)));
      return tasks.filter((t): t is vscode.Task => t !== undefined);
    },
    async resolveTask(given) {
      const definition = given.definition as CheckTaskDefinition;
      if (definition.command !== 'check') {
        return undefined;
      }
      const scope = given.scope === vscode.TaskScope.Workspace || typeof given.scope === 'object' ? given.scope : vscode.TaskScope.Workspace;
      return task(context, definition, scope);
    },
  });
}
