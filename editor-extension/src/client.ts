// The language client: starts `cmplan lsp`, restarts it on demand or when cmplan.server.path changes.
import * as vscode from 'vscode';
import {
  CloseAction,
  DidChangeConfigurationNotification,
  type ErrorHandler,
  ErrorAction,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  State,
} from 'vscode-languageclient/node';
import * as l10n from './locale/l10n';
import { RestartBudget } from './server/restarts';
import { reportUnavailable, serverCommand } from './server/serverCommand';

/** vscode-languageclient's default handling of a server that errs or stops, its message in the user's language. */
function errorHandler(): ErrorHandler {
  const budget = new RestartBudget();
  return {
    error: (_error, _message, count) => ({ action: count !== undefined && count >= 1 && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
    closed: () =>
      budget.restart(Date.now())
        ? { action: CloseAction.Restart }
        : {
            action: CloseAction.DoNotRestart,
            message: l10n.t('The CmPlan server stopped {0} times in the last 3 minutes and will not be started again: see the CmPlan output.', budget.max + 1),
          },
  };
}

export class CmPlanClient implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private starting: Promise<LanguageClient | undefined> | undefined;
  /** Set when a start failed (the user was told why): no new attempt until a restart, so no repeated errors. */
  private failed = false;
  private readonly changed = new vscode.EventEmitter<LanguageClient | undefined>();
  /** Fires with the new client after each (re)start, undefined after a failed one. */
  readonly onDidChangeClient = this.changed.event;
  private readonly settings: vscode.Disposable;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.LogOutputChannel,
  ) {
    // Settings are followed here rather than by the client's `synchronize`, whose notification
    // would race a restart: a new server path restarts; anything else (cmplan.now,
    // cmplan.language) tells the server to ask again (workspace/configuration, answered by the
    // client from the settings package.json declares).
    this.settings = vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('cmplan.server.path')) {
        void this.restart();
      } else if (e.affectsConfiguration('cmplan') && this.client?.state === State.Running) {
        this.client
          .sendNotification(DidChangeConfigurationNotification.type, { settings: null })
          .catch((error: unknown) => this.output.warn(l10n.t('Sending the new settings: {0}', String(error))));
      }
    });
  }

  /** The running client, starting it first if needed; undefined when it cannot start (the user was told why). */
  ready(): Promise<LanguageClient | undefined> {
    if (this.client?.state === State.Running || this.failed) {
      return Promise.resolve(this.client);
    }
    this.starting ??= this.start().finally(() => {
      this.starting = undefined;
    });
    return this.starting;
  }

  async restart(): Promise<LanguageClient | undefined> {
    await this.starting;
    await this.stop();
    this.failed = false;
    return this.ready();
  }

  private async start(): Promise<LanguageClient | undefined> {
    let command;
    try {
      command = await serverCommand(this.context);
    } catch (error) {
      void reportUnavailable(error, this.output);
      this.failed = true;
      this.changed.fire(undefined);
      return undefined;
    }
    this.output.info(l10n.t('Starting {0}', command.description));
    const run = { command: command.command, args: [...command.args, 'lsp'] };
    const serverOptions: ServerOptions = { run, debug: run };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { scheme: 'file', language: 'cmplan' },
        { scheme: 'untitled', language: 'cmplan' },
      ],
      outputChannel: this.output,
      errorHandler: errorHandler(),
    };
    const client = new LanguageClient('cmplan', 'CmPlan', serverOptions, clientOptions);
    try {
      await client.start();
    } catch (error) {
      // The client has shown its own message already ("Starting client failed"): log, no second toast.
      this.output.error(l10n.t('The CmPlan server did not start ({0}): {1}', command.description, error instanceof Error ? error.message : String(error)));
      this.failed = true;
      this.changed.fire(undefined);
      return undefined;
    }
    this.client = client;
    // A crash the client gives up on (or a restart it manages) shows in the status too.
    client.onDidChangeState((e) => {
      if (this.client === client && (e.newState === State.Stopped || e.newState === State.Running)) {
        this.changed.fire(e.newState === State.Running ? client : undefined);
      }
    });
    this.changed.fire(client);
    return client;
  }

  private async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client?.needsStop()) {
      await client.stop(5_000).catch((error: unknown) => this.output.warn(l10n.t('Stopping the server: {0}', String(error))));
    }
  }

  async dispose(): Promise<void> {
    this.settings.dispose();
    this.changed.dispose();
    await this.stop();
  }
}
