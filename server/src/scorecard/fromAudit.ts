// The bridge from an audit (CLI or workspace) to the scorecard.
import type { AuditResult } from '../auditRun';
import type { Rule } from '../engine/rule';
import { allFindings } from '../format/summary';
import type { ScorecardInput } from './model';

export function scorecardInput(result: AuditResult, rules: readonly Rule[]): ScorecardInput {
  const severities = result.config.rules ?? {};
  return {
    root: result.root,
    apps: result.apps,
    findings: allFindings(result),
    enabledRules: rules.filter((rule) => (severities[rule.meta.id] ?? rule.meta.defaultSeverity) !== 'off'),
  };
}
