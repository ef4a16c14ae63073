// CmPlan: Show Schedule — a webview calendar of the plan's publications, fed by cmplan/schedule.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { wordsFor } from '../../webview/i18n';
import type { CmPlanClient } from '../client';
import * as l10n from '../locale/l10n';
import { chooseLanguage } from './language';
import { withMediaViews } from './media';
import type { FromWebview, Language, PostRange, ScheduleAnswer, ToWebview } from './messages';

const VIEW_TYPE = 'cmplan.schedule';
const REFRESH_DELAY_MS = 300;

/** The plan's folder, where its media files are; none for an unsaved plan. */
function planFolder(document: vscode.TextDocument): vscode.Uri | undefined {
  return document.uri.scheme === 'file' ? vscode.Uri.joinPath(document.uri, '..') : undefined;
}

/** The webview reads its own assets and, for thumbnails, the plan's folder. */
function webviewOptions(context: vscode.ExtensionContext, document: vscode.TextDocument): vscode.WebviewOptions {
  const folder = planFolder(document);
  return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview'), ...(folder ? [folder] : [])] };
}

function language(document: vscode.TextDocument): Language {
  return chooseLanguage(vscode.workspace.getConfiguration('cmplan', document.uri).get<string>('language'), vscode.env.language);
}

function errorCount(document: vscode.TextDocument): number {
  return vscode.languages.getDiagnostics(document.uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
}

function isPlan(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
  return document?.languageId === 'cmplan';
}

/** `cmplan.now`'s date (for this plan) if it starts with one, else today's. */
function today(document: vscode.TextDocument): string {
  const now = vscode.workspace.getConfiguration('cmplan', document.uri).get<string>('now', '').trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(now)) {
    return now.slice(0, 10);
  }
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export class SchedulePanel implements vscode.Disposable {
  static readonly viewType = VIEW_TYPE;
  private static current: SchedulePanel | undefined;

  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** Counts refreshes so that a slow answer never overwrites a newer one. */
  private generation = 0;
  /** Where each post's id is, from the last answer: a click on a publication goes there. */
  private posts = new Map<string, PostRange>();

  /** Opens the panel beside the editor, or points the open one at this document. */
  static show(context: vscode.ExtensionContext, client: CmPlanClient, document: vscode.TextDocument | undefined): void {
    const target = isPlan(document) ? document : vscode.workspace.textDocuments.find(isPlan);
    if (!target) {
      void vscode.window.showInformationMessage(l10n.t('Open a .cmplan file to see its schedule.'));
      return;
    }
    if (SchedulePanel.current) {
      SchedulePanel.current.follow(target);
      SchedulePanel.current.panel.reveal(undefined, true);
      return;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, l10n.t('Schedule'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, webviewOptions(context, target));
    SchedulePanel.current = new SchedulePanel(context, client, panel, target);
  }

  /** Brings back the panel VS Code kept from the last session (its webview state names the plan). */
  static serializer(context: vscode.ExtensionContext, client: CmPlanClient): vscode.WebviewPanelSerializer<{ uri?: string }> {
    return {
      async deserializeWebviewPanel(panel, state) {
        const document = state?.uri ? await Promise.resolve(vscode.workspace.openTextDocument(vscode.Uri.parse(state.uri))).catch(() => undefined) : undefined;
        if (!isPlan(document) || SchedulePanel.current) {
          panel.dispose();
          return;
        }
        panel.webview.options = webviewOptions(context, document);
        SchedulePanel.current = new SchedulePanel(context, client, panel, document);
      },
    };
  }

  private constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: CmPlanClient,
    private readonly panel: vscode.WebviewPanel,
    private document: vscode.TextDocument,
  ) {
    panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'images', 'calendar.svg');
    panel.webview.html = this.html();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: FromWebview) => this.received(message)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document) {
          this.schedule();
        }
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (isPlan(editor?.document) && editor.document !== this.document) {
          this.follow(editor.document);
        }
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('cmplan')) {
          this.setTitle();
          this.schedule();
        }
      }),
      client.onDidChangeClient(() => this.schedule()),
      // The error banner follows the Problems panel.
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (e.uris.some((uri) => uri.toString() === this.document.uri.toString())) {
          this.schedule();
        }
      }),
    );
    this.setTitle();
  }

  private follow(document: vscode.TextDocument): void {
    if (planFolder(document)?.toString() !== planFolder(this.document)?.toString()) {
      this.panel.webview.options = webviewOptions(this.context, document);
    }
    this.document = document;
    this.setTitle();
    this.schedule(0);
  }

  private setTitle(): void {
    this.panel.title = l10n.t('Schedule: {0}', this.document.uri.path.split('/').pop() ?? l10n.t('plan'));
  }

  private schedule(delay = REFRESH_DELAY_MS): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  private post(message: ToWebview): void {
    void this.panel.webview.postMessage(message);
  }

  private async refresh(): Promise<void> {
    const generation = ++this.generation;
    const document = this.document;
    const client = await this.client.ready();
    if (!client) {
      this.post({ type: 'error', message: 'The CmPlan language server is not running: see the CmPlan output.' });
      return;
    }
    let answer: ScheduleAnswer;
    try {
      answer = await client.sendRequest<ScheduleAnswer>('cmplan/schedule', { textDocument: { uri: document.uri.toString() } });
    } catch (error) {
      if (generation === this.generation) {
        this.post({ type: 'error', message: `cmplan/schedule failed: ${error instanceof Error ? error.message : String(error)}` });
      }
      return;
    }
    if (generation !== this.generation) {
      return;
    }
    this.posts = new Map(answer.posts.map((p) => [p.id, p.range]));
    const folder = planFolder(document);
    const webview = this.panel.webview;
    this.post({
      type: 'schedule',
      view: {
        uri: document.uri.toString(),
        fileName: vscode.workspace.asRelativePath(document.uri),
        timezone: answer.zone,
        channels: answer.channels,
        publications: withMediaViews(answer.publications, folder?.fsPath, (file) => webview.asWebviewUri(vscode.Uri.file(file)).toString()),
        today: today(document),
        errors: errorCount(document),
        language: language(document),
      },
    });
  }

  private received(message: FromWebview): void {
    if (message.type === 'ready') {
      this.schedule(0);
    } else if (message.type === 'reveal') {
      void this.reveal(message.post);
    } else if (message.type === 'problems') {
      void vscode.commands.executeCommand('workbench.actions.view.problems');
    }
  }

  /** Shows the post's header in the editor, the id selected. */
  private async reveal(post: string): Promise<void> {
    const header = this.posts.get(post);
    if (!header) {
      return;
    }
    const range = new vscode.Range(header.start.line, header.start.character, header.end.line, header.end.character);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
    await vscode.window.showTextDocument(this.document, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      selection: range,
    });
  }

  private html(): string {
    const lang = language(this.document);
    const webview = this.panel.webview;
    const nonce = randomBytes(16).toString('base64');
    const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'webview', name));
    const csp = [
      "default-src 'none'",
      `style-src ${webview.cspSource}`,
      `font-src ${webview.cspSource}`,
      // Thumbnails: the plan's files (cspSource) and media URLs as the plan writes them.
      `img-src ${webview.cspSource} https: http: data:`,
      `script-src 'nonce-${nonce}'`,
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('calendar.css')}">
<title>Schedule</title>
</head>
<body>
<div id="app" class="app"><p class="status" role="status">${wordsFor(lang).loading}</p></div>
<script nonce="${nonce}" src="${asset('calendar.js')}"></script>
</body>
</html>`;
  }

  dispose(): void {
    clearTimeout(this.timer);
    SchedulePanel.current = undefined;
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) {
      d.dispose();
    }
  }
}
