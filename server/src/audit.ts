import type { CancellationToken, Connection } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { join } from 'node:path';
import { auditPaths, type AuditResult } from './auditRun';
import { withBaselineApplied } from './baseline/editor';
import { toDiagnostic } from './diagnostics';
import { RULES } from './engine/rules';
import type { AuditSummary } from './protocol';
import { defaultJobs } from './pool/scanPool';
import { auditHeadline, buildScorecard, scorecardMarkdown } from './scorecard';
import { scorecardInput } from './scorecard/fromAudit';
import type { BaselineDisplay, SettingsStore } from './settings';
import type { Validator } from './validation';
import { effectiveConfig, type Workspace } from './workspace';

/**
 * "Audit Workspace": scans every workspace folder with the CLI's walker, publishes diagnostics
 * for files with findings (open files keep their live results), clears what a previous audit
 * published and no longer holds, reports progress and honours cancel.
 */
export class WorkspaceAudit {
  private auditUris = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly workspace: Workspace,
    private readonly settings: SettingsStore,
    private readonly validator: Validator,
    private readonly isOpen: (uri: string) => boolean,
  ) {}

  async run(token: CancellationToken): Promise<AuditSummary> {
    const progress = await this.connection.window.createWorkDoneProgress();
    progress.begin('Twelve-Factor: auditing the workspace', 0, 'finding files…', true);
    const abort = new AbortController();
    const cancelled = () => abort.abort();
    const disposables = [token.onCancellationRequested(cancelled), progress.token.onCancellationRequested(cancelled)];
    const results: AuditResult[] = [];
    const started = performance.now();
    try {
      const folders = this.workspace.folderPaths;
      for (const [index, folder] of folders.entries()) {
        results.push(await this.auditFolder(folder, abort.signal, (done, total) => {
          const share = total === 0 ? 1 : done / total;
          progress.report(Math.round(((index + share) / folders.length) * 100), `${done}/${total} files in ${folder}`);
        }));
      }
      this.publish(results);
      return summarize(results, Math.round(performance.now() - started), false);
    } catch (error) {
      if (abort.signal.aborted) return summarize(results, Math.round(performance.now() - started), true);
      throw error;
    } finally {
      disposables.forEach((disposable) => disposable.dispose());
      progress.done();
    }
  }

  /** A file the user changed or closed is no longer the audit's to show. */
  forget(uri: string): void {
    this.auditUris.delete(uri);
  }

  private async auditFolder(folder: string, signal: AbortSignal, onProgress: (done: number, total: number) => void): Promise<AuditResult> {
    const settings = await this.settings.get(URI.file(folder).toString());
    const loaded = this.workspace.config(folder);
    const config = effectiveConfig(loaded, settings);
    if (!settings.enable) config.rules = Object.fromEntries(RULES.map((rule) => [rule.meta.id, 'off' as const]));
    const shared = { dependencies: this.validator.dependencies, production: this.validator.production, sessions: this.validator.sessions, migrations: this.validator.migrations, settingsLoads: this.validator.settingsLoads, codebases: this.validator.codebases, docsFolders: this.validator.docsFolders, manifestRoot: folder };
    const result = await auditPaths([folder], { base: folder, config: { ...loaded, config }, signal, onProgress, jobs: defaultJobs(), jobsAtMost: true, inThisThread: false, ...shared });
    return this.withBaseline(folder, result, settings.baseline.display);
  }

  /** Findings the folder's baseline accepts are shown as the editor shows them: hints, or not at all. */
  private async withBaseline(folder: string, result: AuditResult, display: BaselineDisplay): Promise<AuditResult> {
    const baseline = this.workspace.baselines.of(folder);
    if (!baseline) return result;
    const files = [];
    for (const file of result.files) {
      const findings = await withBaselineApplied(baseline, join(result.root, file.path), file.findings, display);
      if (findings.length > 0) files.push({ ...file, findings });
    }
    return { ...result, files };
  }

  private publish(results: readonly AuditResult[]): void {
    const next = new Set<string>();
    for (const result of results) {
      for (const file of result.files) {
        const uri = URI.file(join(result.root, file.path)).toString();
        next.add(uri);
        if (!this.isOpen(uri)) this.validator.publish(uri, file.findings.map((finding) => toDiagnostic(finding, uri, result.root)));
      }
    }
    for (const uri of this.auditUris) if (!next.has(uri) && !this.isOpen(uri)) this.validator.publish(uri, []);
    this.auditUris = next;
  }
}

function summarize(results: readonly AuditResult[], durationMs: number, cancelled: boolean): AuditSummary {
  const count = (record: Record<string, number>, key: string) => (record[key] = (record[key] ?? 0) + 1);
  // Every rule and factor counted, zero included, as the CLI's JSON summary has them.
  const byFactor: Record<string, number> = Object.fromEntries(RULES.map((rule) => [rule.meta.factor, 0]));
  const byRule: Record<string, number> = Object.fromEntries(RULES.map((rule) => [rule.meta.id, 0]));
  const bySeverity: Record<string, number> = {};
  const skipped: Record<string, number> = {};
  let findings = 0;
  for (const result of results) {
    for (const [reason, n] of Object.entries(result.skipped)) skipped[reason] = (skipped[reason] ?? 0) + n;
    for (const finding of result.files.flatMap((file) => file.findings)) {
      findings++;
      count(byFactor, finding.factor);
      count(byRule, finding.ruleId);
      count(bySeverity, finding.severity);
    }
  }
  const summary: Omit<AuditSummary, 'reportMarkdown' | 'scorecard'> = {
    folders: results.map((result) => result.root),
    filesScanned: results.reduce((sum, result) => sum + result.scannedCount, 0),
    filesSkipped: Object.values(skipped).reduce((sum, n) => sum + n, 0),
    skipped,
    findings,
    byFactor,
    byRule,
    bySeverity,
    durationMs,
    cancelled,
  };
  const scorecard = buildScorecard(results.map((result) => scorecardInput(result, RULES)));
  const headline = auditHeadline(summary.filesScanned, summary.filesSkipped, findings, durationMs);
  return { ...summary, scorecard, reportMarkdown: scorecardMarkdown(scorecard, headline) };
}
