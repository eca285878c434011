// Every name shared by the client and the server: commands, custom notifications, settings.

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
  /** A Markdown report of the workspace: per factor, status, counts and findings as links. */
  reportMarkdown: string;
}
