// Entry point: the language client, the commands and the schedule panel.
import * as vscode from 'vscode';
import { CmPlanClient } from './client';
import * as l10n from './locale/l10n';
import { explainRule, registerRuleDocs } from './rules/explainRule';
import { SchedulePanel } from './schedule/schedulePanel';
import { languageStatus } from './status';
import { registerCheckTask } from './tasks/checkTask';

let client: CmPlanClient | undefined;

export function activate(context: vscode.ExtensionContext): void {
  l10n.useBundlesOf(context);
  const output = vscode.window.createOutputChannel('CmPlan', { log: true });
  client = new CmPlanClient(context, output);
  const running = client;

  context.subscriptions.push(
    output,
    running,
    registerRuleDocs(context),
    registerCheckTask(context),
    languageStatus(running),
    vscode.window.registerWebviewPanelSerializer(SchedulePanel.viewType, SchedulePanel.serializer(context, running)),
    vscode.commands.registerCommand('cmplan.restartServer', async () => {
      if (await running.restart()) {
        void vscode.window.setStatusBarMessage(l10n.t('CmPlan: language server restarted'), 3_000);
      }
    }),
    vscode.commands.registerCommand('cmplan.explainRule', (ruleId?: string) => explainRule(context, output, ruleId)),
    vscode.commands.registerCommand('cmplan.showSchedule', (uri?: vscode.Uri) => {
      const document =
        uri instanceof vscode.Uri
          ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())
          : vscode.window.activeTextEditor?.document;
      SchedulePanel.show(context, running, document);
    }),
  );

  void running.ready();
}

export async function deactivate(): Promise<void> {
  await client?.dispose();
  client = undefined;
}
