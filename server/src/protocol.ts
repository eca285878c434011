// Every name shared by the client and the server: commands, custom notifications, settings.
import type { Scorecard } from './scorecard/model';

export const SOURCE = 'twelve-factor';
export const SETTINGS_SECTION = 'twelveFactor';

export const COMMANDS = {
  /** Server-provided: audits every workspace folder, returns an AuditSummary. */
  auditWorkspace: 'twelveFactor.auditWorkspace',
  /** Server-provided: applies a fix by computing and sending a workspace/applyEdit (clients without create-file support). */
  applyFix: 'twelveFactor.applyFix',
  /** Server-provided: opens a rule's documentation page through window/showDocument (any LSP client). */
  openRuleDocs: 'twelveFactor.openRuleDocs',
  /** Client-side. */
  restartServer: 'twelveFactor.restartServer',
  showOutput: 'twelveFactor.showOutput',
  /** Client-side: the scorecard webview of the last audit (audits first when there is none). */
  showReport: 'twelveFactor.showReport',
} as const;

/** Server -> client: counts for the status bar. */
export const STATUS_NOTIFICATION = 'twelveFactor/status';

export interface StatusParams {
  /** Findings currently published, across all files. */
  findings: number;
  auditing: boolean;
}

export interface AuditSummary {
  folders: string[];
  filesScanned: number;
  filesSkipped: number;
  skipped: Record<string, number>;
  findings: number;
  byFactor: Record<string, number>;
  byRule: Record<string, number>;
  bySeverity: Record<string, number>;
  durationMs: number;
  cancelled: boolean;
  /** The twelve factors per app: what the scorecard webview shows. */
  scorecard: Scorecard;
  /** The same scorecard as Markdown, for LSP clients without a webview: findings as links. */
  reportMarkdown: string;
}
