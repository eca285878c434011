import { randomBytes } from 'node:crypto';
import { isAbsolute } from 'node:path';
import * as vscode from 'vscode';
import type { AuditSummary } from '../../server/src/protocol';
import { auditHeadline } from '../../server/src/scorecard/headline';
import { scorecardHtml } from '../../server/src/scorecard/html';

/** The scorecard of the last audit in a webview; one panel, revealed again rather than duplicated. */
export class ScorecardPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;

  show(summary: AuditSummary): void {
    const panel = (this.panel ??= this.create());
    const headline = auditHeadline(summary.filesScanned, summary.filesSkipped, summary.findings, summary.durationMs);
    panel.webview.html = scorecardHtml(summary.scorecard, { headline, webviewNonce: randomBytes(16).toString('base64') });
    panel.reveal(undefined, false);
  }

  dispose(): void {
    this.panel?.dispose();
  }

  private create(): vscode.WebviewPanel {
    const panel = vscode.window.createWebviewPanel('twelveFactor.scorecard', 'Twelve-Factor Scorecard', vscode.ViewColumn.Active, {
      enableScripts: true,
      enableFindWidget: true,
      localResourceRoots: [],
    });
    panel.onDidDispose(() => (this.panel = undefined));
    panel.webview.onDidReceiveMessage((message: unknown) => void openLocation(message));
    return panel;
  }
}

interface OpenMessage {
  command: 'open';
  path: string;
  line: number;
  column: number;
}

function isOpenMessage(message: unknown): message is OpenMessage {
  const m = message as Partial<OpenMessage> | null;
  return m?.command === 'open' && typeof m.path === 'string' && isAbsolute(m.path) && Number.isInteger(m.line) && Number.isInteger(m.column);
}

async function openLocation(message: unknown): Promise<void> {
  if (!isOpenMessage(message)) return;
  const position = new vscode.Position(Math.max(0, message.line - 1), Math.max(0, message.column - 1));
  await vscode.window.showTextDocument(vscode.Uri.file(message.path), { selection: new vscode.Range(position, position), preview: false });
}
