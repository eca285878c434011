import { DiagnosticSeverity, MessageType, ShowMessageNotification, type Connection, type Diagnostic } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import type { ConfigError } from './engine/config';
import { SOURCE } from './protocol';
import type { Workspace } from './workspace';

/**
 * A broken `.twelve-factor.json` gets one clear message naming the file, the line and the
 * problem, and a diagnostic on the file itself; the defaults apply meanwhile.
 */
export class ConfigErrors {
  private readonly published = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly workspace: Workspace,
  ) {}

  publish(): void {
    const stale = new Set(this.published);
    for (const folder of this.workspace.folderPaths) {
      const loaded = this.workspace.config(folder);
      if (!loaded.file || loaded.errors.length === 0) continue;
      const uri = URI.file(loaded.file).toString();
      stale.delete(uri);
      if (!this.published.has(uri)) this.tell(loaded.errors[0]!);
      this.published.add(uri);
      void this.connection.sendDiagnostics({ uri, diagnostics: loaded.errors.map(toDiagnostic) });
    }
    for (const uri of stale) {
      this.published.delete(uri);
      void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
  }

  private tell(error: ConfigError): void {
    // A notification, not window.showErrorMessage: that sends a request, and a client that
    // answers it with an error would leave a rejected promise that ends the server.
    void this.connection.sendNotification(ShowMessageNotification.type, {
      type: MessageType.Error,
      message: `Twelve-Factor Lint: ${error.file}:${error.line}:${error.column}: ${error.message}. Using the defaults.`,
    });
  }
}

function toDiagnostic(error: ConfigError): Diagnostic {
  const start = { line: error.line - 1, character: error.column - 1 };
  return {
    range: { start, end: { line: start.line, character: start.character + 1 } },
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    message: `Invalid Twelve-Factor config: ${error.message}. The defaults apply until it is fixed.`,
  };
}
