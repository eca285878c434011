// The JSON output: a stable shape, documented in docs/cli.md. Bump `version` on any breaking change.
import type { AuditResult } from '../auditRun';
import type { BaselineOutcome } from '../baseline/match';
import type { Rule } from '../engine/rule';
import { toPosix } from '../gitignore';
import { auditScorecard, scorecardSummary } from '../scorecard';
import { allFindings, oneBased, summarize } from './summary';
import { TOOL } from './tool';

export function formatJson(result: AuditResult, rules: readonly Rule[]): string {
  const report = {
    version: 1,
    tool: { name: TOOL.name, version: TOOL.version },
    root: toPosix(result.root),
    summary: summarize(result, rules),
    // Files that could not be checked: never clean (the CLI exits 1 for them unless --allow-unchecked).
    unchecked: result.unchecked,
    // The twelve factors per app, in order: clean, findings by severity, or to check by hand.
    scorecard: scorecardSummary(auditScorecard(result, rules)),
    // Fields are picked one by one: a finding's fix carries the secret value and must never be written.
    findings: allFindings(result).map((finding) => ({
      ruleId: finding.ruleId,
      factor: finding.factor,
      severity: finding.severity,
      confidence: finding.confidence,
      scope: finding.scope,
      path: finding.path,
      range: oneBased(finding),
      message: finding.message,
      hint: finding.hint,
      docsUrl: finding.docsUrl,
      fingerprint: finding.fingerprint,
      // `path` only for a place in another file (a production config), relative like the finding's.
      ...(finding.related?.length ? { related: finding.related.map((place) => ({ ...(place.path !== undefined ? { path: place.path } : {}), range: oneBased(place), message: place.message })) } : {}),
    })),
    // Set when a baseline applied: how many findings it accepted, which entries matched nothing.
    ...(result.baseline ? { baseline: baselineReport(result.baseline) } : {}),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** The baseline part of a report; shared by the JSON and SARIF outputs. */
export function baselineReport(outcome: BaselineOutcome) {
  return {
    file: toPosix(outcome.path),
    accepted: outcome.accepted,
    stale: outcome.stale.map((entry) => ({ rule: entry.rule, file: entry.file, fingerprint: entry.fingerprint })),
  };
}
