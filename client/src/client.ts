import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type Message,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { COMMANDS, STATUS_NOTIFICATION, type AuditSummary, type StatusParams } from '../../server/src/protocol';
import { showAuditSummary } from './auditReport';
import { ScorecardPanel } from './scorecardPanel';
import { DOCUMENT_SELECTOR } from './selector';
import { StatusBar } from './statusBar';

const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

/** Starts the language server and wires the little UI the extension has: status bar, output, audit report. */
export class TwelveFactorClient {
  private client: LanguageClient | undefined;
  private readonly output = vscode.window.createOutputChannel('Twelve-Factor Lint', { log: true });
  private readonly statusBar = new StatusBar();
  private readonly scorecard = new ScorecardPanel();
  private lastSummary: AuditSummary | undefined;
  private toldAboutRestart = false;

  constructor(private readonly context: vscode.ExtensionContext) {
    context.subscriptions.push(
      this.output,
      this.statusBar,
      this.scorecard,
      vscode.commands.registerCommand(COMMANDS.restartServer, () => this.restart()),
      vscode.commands.registerCommand(COMMANDS.showOutput, () => this.output.show(true)),
      vscode.commands.registerCommand(COMMANDS.showReport, () => this.showScorecard()),
      // The server learns trust at start: granting it restarts the server with git allowed.
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.restart()),
    );
  }

  async start(): Promise<void> {
    const module = this.context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: DOCUMENT_SELECTOR,
      outputChannel: this.output,
      // No `synchronize.fileEvents`: the server registers the files it depends on (server/src/watchedFiles.ts), with this
      // client as with any other, so there is one list and each change arrives once.
      errorHandler: this.errorHandler(),
      // In restricted mode the server runs no process at all (not even a neutralised git).
      initializationOptions: { trusted: vscode.workspace.isTrusted },
      middleware: {
        executeCommand: async (command, args, next) => {
          if (command !== COMMANDS.auditWorkspace) return next(command, args);
          return this.runAudit(() => next(command, args));
        },
      },
    };
    this.client = new LanguageClient('twelveFactor', 'Twelve-Factor Lint', serverOptions, clientOptions);
    this.client.onNotification(STATUS_NOTIFICATION, (status: StatusParams) => this.statusBar.update(status));
    await this.client.start();
  }

  async stop(): Promise<void> {
    await this.client?.stop();
    this.client = undefined;
  }

  private async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  /** The last audit's scorecard; with no audit yet, audits first. */
  private async showScorecard(): Promise<void> {
    const summary = this.lastSummary ?? (await vscode.commands.executeCommand<AuditSummary | undefined>(COMMANDS.auditWorkspace));
    if (summary && !summary.cancelled) this.scorecard.show(summary);
  }

  private async runAudit(run: () => Promise<unknown>): Promise<unknown> {
    this.statusBar.update({ auditing: true });
    try {
      const summary = (await run()) as AuditSummary | undefined;
      if (summary) {
        this.lastSummary = summary;
        void showAuditSummary(summary, (shown) => this.scorecard.show(shown));
      }
      return summary;
    } finally {
      this.statusBar.update({ auditing: false });
    }
  }

  /**
   * Restart a crashed server, and say so once per session rather than on every crash; give up
   * after a few crashes in a row so a server that cannot start does not spin.
   */
  private errorHandler(): ErrorHandler {
    const crashes: number[] = [];
    return {
      error: (_error: Error, _message: Message | undefined, count: number | undefined) => ({
        action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown,
      }),
      closed: () => {
        const now = Date.now();
        crashes.push(now);
        while (crashes.length > 0 && now - crashes[0]! > RESTART_WINDOW_MS) crashes.shift();
        if (crashes.length > MAX_RESTARTS) {
          return { action: CloseAction.DoNotRestart, message: 'Twelve-Factor Lint: the language server crashed repeatedly and was not restarted. See the output for details.' };
        }
        this.output.warn('server connection closed; restarting');
        if (!this.toldAboutRestart) {
          this.toldAboutRestart = true;
          void vscode.window.showWarningMessage('Twelve-Factor Lint: the language server stopped unexpectedly and was restarted.');
        }
        return { action: CloseAction.Restart, handled: true };
      },
    };
  }
}
