import * as vscode from 'vscode';
import type { AuditSummary } from '../../server/src/protocol';

const FACTOR_NAMES: Readonly<Record<string, string>> = {
  III: 'Config',
  VI: 'Processes',
  XI: 'Logs',
  XII: 'Admin processes',
};

/** The audit's notification, with an action that opens the Markdown report. */
export async function showAuditSummary(summary: AuditSummary): Promise<void> {
  if (summary.cancelled) {
    void vscode.window.showInformationMessage('Twelve-Factor: audit cancelled.');
    return;
  }
  const factors = Object.entries(summary.byFactor)
    .map(([factor, count]) => `${factor} ${FACTOR_NAMES[factor] ?? ''}: ${count}`.replace(' :', ':'))
    .join(', ');
  const headline =
    summary.findings === 0
      ? `Twelve-Factor: no problems in ${summary.filesScanned} files (${summary.durationMs} ms).`
      : `Twelve-Factor: ${summary.findings} finding${summary.findings === 1 ? '' : 's'} in ${summary.filesScanned} files (${factors}).`;
  const choice = await vscode.window.showInformationMessage(headline, 'Open Report');
  if (choice === 'Open Report') await openAuditReport(summary);
}

export async function openAuditReport(summary: AuditSummary): Promise<void> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: summary.reportMarkdown });
  try {
    await vscode.commands.executeCommand('markdown.showPreview', document.uri);
  } catch {
    // The built-in Markdown extension can be disabled: the source is still readable.
    await vscode.window.showTextDocument(document);
  }
}
