// CmPlan: Explain Rule — pick a rule (those on the cursor's line first) and read its documentation.
import * as vscode from 'vscode';
import * as l10n from '../locale/l10n';
import { reportUnavailable } from '../server/serverCommand';
import { runCli } from './cli';
import { parseRules, type RuleSummary } from './ruleList';

/** Rule docs are virtual markdown documents `cmplan-rule:/<id>.md`, rendered by the built-in preview. */
export const RULE_SCHEME = 'cmplan-rule';

/** The rules as the server knows them, asked once per session and language (`cmplan rules --format json`). */
const catalogues = new Map<l10n.Language, Promise<RuleSummary[]>>();

function readRules(output: string): RuleSummary[] {
  const rules = parseRules(output);
  if (rules === undefined) {
    throw new Error(l10n.t('cmplan rules --format json did not give the list of rules.'));
  }
  return rules;
}

function rules(context: vscode.ExtensionContext): Promise<RuleSummary[]> {
  const language = l10n.language();
  let catalogue = catalogues.get(language);
  if (catalogue === undefined) {
    catalogue = runCli(context, ['rules', '--format', 'json']).then(readRules);
    catalogues.set(language, catalogue);
    // A failure is not kept: the next try may find the server (after a restart or a new setting).
    catalogue.catch(() => catalogues.delete(language));
  }
  return catalogue;
}

class RuleDocs implements vscode.TextDocumentContentProvider {
  constructor(private readonly context: vscode.ExtensionContext) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const id = uri.path.replace(/^\//, '').replace(/\.md$/, '');
    const rule = (await rules(this.context)).find((r) => r.id === id);
    return rule?.documentation ?? `# ${id}\n\n${l10n.t('No rule is called `{0}`: **CmPlan: Explain Rule…** lists them.', id)}\n`;
  }
}

/** The cmplan rule ids of the diagnostics on the active editor's cursor lines. */
function rulesAtCursor(): Set<string> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    return new Set();
  }
  const lines = new Set(editor.selections.map((s) => s.active.line));
  return new Set(
    vscode.languages
      .getDiagnostics(editor.document.uri)
      .filter((d) => d.source === 'cmplan' && lines.has(d.range.start.line))
      .map((d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code))),
  );
}

interface RuleItem extends vscode.QuickPickItem {
  readonly rule?: RuleSummary;
}

function items(rules: readonly RuleSummary[], here: Set<string>): RuleItem[] {
  const result: RuleItem[] = [];
  const section = (label: string, members: readonly RuleSummary[]) => {
    if (members.length === 0) {
      return;
    }
    result.push({ label, kind: vscode.QuickPickItemKind.Separator });
    for (const rule of members) {
      result.push({ label: rule.id, description: `${severity(rule.severity)} · ${rule.title}`, detail: rule.description, rule });
    }
  };
  section(l10n.t('On this line'), rules.filter((r) => here.has(r.id)));
  const others = rules.filter((r) => !here.has(r.id));
  section(l10n.t('Configurable'), others.filter((r) => !r.structural));
  section(l10n.t('Structural'), others.filter((r) => r.structural));
  return result;
}

/** A severity as the user reads it; one the extension does not know is shown as the server wrote it. */
function severity(id: string): string {
  switch (id) {
    case 'error':
      return l10n.t('error');
    case 'warning':
      return l10n.t('warning');
    case 'info':
      return l10n.t('info');
    case 'hint':
      return l10n.t('hint');
    default:
      return id;
  }
}

export async function explainRule(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, ruleId?: string): Promise<void> {
  let id = typeof ruleId === 'string' ? ruleId : undefined;
  if (id === undefined) {
    let known: RuleSummary[];
    try {
      known = await rules(context);
    } catch (error) {
      await reportUnavailable(error, output);
      return;
    }
    const picked = await vscode.window.showQuickPick(items(known, rulesAtCursor()), {
      title: l10n.t('CmPlan: Explain Rule'),
      placeHolder: l10n.t('Which rule? Its documentation opens beside the editor'),
      matchOnDescription: true,
      matchOnDetail: true,
    });
    id = picked?.rule?.id;
  }
  if (id !== undefined) {
    await vscode.commands.executeCommand('markdown.showPreviewToSide', vscode.Uri.from({ scheme: RULE_SCHEME, path: `/${id}.md` }));
  }
}

export function registerRuleDocs(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.workspace.registerTextDocumentContentProvider(RULE_SCHEME, new RuleDocs(context));
}
