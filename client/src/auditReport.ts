import * as vscode from 'vscode';
import type { AuditSummary } from '../../server/src/protocol';
import { FACTOR_NAMES } from '../../server/src/format/factors';
import type { Factor } from '../../server/src/engine/types';

/** The audit's notification, with an action that opens the scorecard. */
export async function showAuditSummary(summary: AuditSummary, openScorecard: (summary: AuditSummary) => void): Promise<void> {
  if (summary.cancelled) {
    void vscode.window.showInformationMessage('Twelve-Factor: audit cancelled.');
    return;
  }
  const factors = Object.entries(summary.byFactor)
    .map(([factor, count]) => `${factor} ${FACTOR_NAMES[factor as Factor] ?? ''}: ${count}`)
    .join(', ');
  const headline =
    summary.findings === 0
      ? `Twelve-Factor: no problems in ${summary.filesScanned} files (${summary.durationMs} ms).`
      : `Twelve-Factor: ${summary.findings} finding${summary.findings === 1 ? '' : 's'} in ${summary.filesScanned} files (${factors}).`;
  const choice = await vscode.window.showInformationMessage(headline, 'Open Scorecard');
  if (choice === 'Open Scorecard') openScorecard(summary);
}
