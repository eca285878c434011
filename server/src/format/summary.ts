// Counts shared by every output format.
import type { AuditResult, SkipCounts } from '../auditRun';
import type { Rule } from '../engine/rule';
import { SEVERITIES, type Factor, type Finding, type Severity } from '../engine/types';
import { byFactorOrder } from './factors';

export interface Summary {
  filesScanned: number;
  filesSkipped: SkipCounts;
  findings: number;
  /** Every factor a rule checks, zero included, in the methodology's order. */
  byFactor: Partial<Record<Factor, number>>;
  /** Every rule, zero included. */
  byRule: Record<string, number>;
  bySeverity: Record<Severity, number>;
  durationMs: number;
}

export function summarize(result: AuditResult, rules: readonly Rule[]): Summary {
  const factors = [...new Set(rules.map((rule) => rule.meta.factor))].sort(byFactorOrder);
  const byFactor: Partial<Record<Factor, number>> = Object.fromEntries(factors.map((factor) => [factor, 0]));
  const byRule: Record<string, number> = Object.fromEntries(rules.map((rule) => [rule.meta.id, 0]));
  const bySeverity = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
  const findings = allFindings(result);
  for (const finding of findings) {
    byFactor[finding.factor] = (byFactor[finding.factor] ?? 0) + 1;
    byRule[finding.ruleId] = (byRule[finding.ruleId] ?? 0) + 1;
    bySeverity[finding.severity]++;
  }
  return {
    filesScanned: result.scannedCount,
    filesSkipped: { ...result.skipped },
    findings: findings.length,
    byFactor,
    byRule,
    bySeverity,
    durationMs: result.durationMs,
  };
}

export function allFindings(result: AuditResult): Array<Finding & { path: string }> {
  return result.files.flatMap((file) => file.findings.map((finding) => ({ ...finding, path: file.path })));
}

export function skippedTotal(skipped: SkipCounts): number {
  return skipped.tooLarge + skipped.binary + skipped.unreadable + skipped.failed;
}

/** 1-based line and column; `end` points just past the last character, as in SARIF. */
export function oneBased(finding: { range: Finding['range'] }) {
  return {
    start: { line: finding.range.start.line + 1, column: finding.range.start.character + 1 },
    end: { line: finding.range.end.line + 1, column: finding.range.end.character + 1 },
  };
}
