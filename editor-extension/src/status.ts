// The language status item of .cmplan editors: which "now" the checks use, and whether the server runs.
import * as vscode from 'vscode';
import type { CmPlanClient } from './client';

export function languageStatus(client: CmPlanClient): vscode.Disposable {
  const item = vscode.languages.createLanguageStatusItem('cmplan.status', { language: 'cmplan' });
  item.name = 'CmPlan';
  let running = false;

  const update = () => {
    // cmplan.now may differ per folder: the active plan's.
    const now = vscode.workspace.getConfiguration('cmplan', vscode.window.activeTextEditor?.document.uri).get<string>('now', '').trim();
    if (running) {
      const day = now === '' ? 'the clock' : now;
      item.text = `$(calendar) Now: ${day}`;
      // Screen readers read the label, not the icon's name.
      item.accessibilityInformation = { label: now === '' ? 'CmPlan checks as of now, from the clock' : `CmPlan checks as of ${now}, from cmplan.now` };
      item.detail = now === '' ? 'set cmplan.now to check as of another day' : 'from cmplan.now';
      item.severity = vscode.LanguageStatusSeverity.Information;
      item.command = { title: 'Show Schedule', command: 'cmplan.showSchedule' };
    } else {
      item.text = '$(error) CmPlan server stopped';
      item.accessibilityInformation = { label: 'Error: the CmPlan language server stopped' };
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
    vscode.window.onDidChangeActiveTextEditor(() => update()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('cmplan.now')) {
        update();
      }
    }),
  );
}
