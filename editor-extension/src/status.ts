// The language status item of .cmplan editors: which "now" the checks use, and whether the server runs.
import * as vscode from 'vscode';
import type { CmPlanClient } from './client';

export function languageStatus(client: CmPlanClient): vscode.Disposable {
  const item = vscode.languages.createLanguageStatusItem('cmplan.status', { language: 'cmplan' });
  item.name = 'CmPlan';
  let running = false;

  const update = () => {
    const now = vscode.workspace.getConfiguration('cmplan').get<string>('now', '').trim();
    if (running) {
      item.text = `$(calendar) Now: ${now === '' ? 'the clock' : now}`;
      item.detail = now === '' ? 'set cmplan.now to check as of another day' : 'from cmplan.now';
      item.severity = vscode.LanguageStatusSeverity.Information;
      item.command = { title: 'Show Schedule', command: 'cmplan.showSchedule' };
    } else {
      item.text = '$(error) CmPlan server stopped';
      item.detail = 'see the CmPlan output';
      item.severity = vscode.LanguageStatusSeverity.Error;
      item.command = { title: 'Restart', command: 'cmplan.restartServer' };
    }
  };
  update();
  item.busy = true;

  return vscode.Disposable.from(
    item,
    client.onDidChangeClient((started) => {
      running = started !== undefined;
      item.busy = false;
      update();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('cmplan.now')) {
        update();
      }
    }),
  );
}
