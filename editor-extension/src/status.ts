// The language status item of .cmplan editors: which "now" the checks use, and whether the server runs.
import * as vscode from 'vscode';
import type { CmPlanClient } from './client';
import * as l10n from './locale/l10n';

export function languageStatus(client: CmPlanClient): vscode.Disposable {
  const item = vscode.languages.createLanguageStatusItem('cmplan.status', { language: 'cmplan' });
  item.name = 'CmPlan';
  let running = false;

  const update = () => {
    // cmplan.now may differ per folder: the active plan's.
    const now = vscode.workspace.getConfiguration('cmplan', vscode.window.activeTextEditor?.document.uri).get<string>('now', '').trim();
    if (running) {
      const day = now === '' ? l10n.t('the clock') : now;
      item.text = `$(calendar) ${l10n.t('Now: {0}', day)}`;
      // Screen readers read the label, not the icon's name.
      item.accessibilityInformation = {
        label: now === '' ? l10n.t('CmPlan checks as of now, from the clock') : l10n.t('CmPlan checks as of {0}, from cmplan.now', now),
      };
      item.detail = now === '' ? l10n.t('set cmplan.now to check as of another day') : l10n.t('from cmplan.now');
      item.severity = vscode.LanguageStatusSeverity.Information;
      item.command = { title: l10n.t('Show Schedule'), command: 'cmplan.showSchedule' };
    } else {
      item.text = `$(error) ${l10n.t('CmPlan server stopped')}`;
      item.accessibilityInformation = { label: l10n.t('Error: the CmPlan language server stopped') };
      item.detail = l10n.t('see the CmPlan output');
      item.severity = vscode.LanguageStatusSeverity.Error;
      item.command = { title: l10n.t('Restart'), command: 'cmplan.restartServer' };
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
      if (e.affectsConfiguration('cmplan.now') || l10n.affectsLanguage(e)) {
        update();
      }
    }),
  );
}
