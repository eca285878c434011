// The scorecard's doors: the JSON summary per factor, and the headline shared by HTML and Markdown.
import type { AuditResult } from '../auditRun';
import type { Rule } from '../engine/rule';
import { skippedTotal, summarize } from '../format/summary';
import { scorecardInput } from './fromAudit';
import { scorecardHtml } from './html';
import { buildScorecard, type Scorecard } from './model';
import { auditHeadline } from './headline';

export { buildScorecard, type Scorecard } from './model';
export { scorecardHtml } from './html';
export { scorecardMarkdown } from './markdown';
export { auditHeadline } from './headline';

/** The CLI's scorecard of one audit. */
export function auditScorecard(result: AuditResult, rules: readonly Rule[]): Scorecard {
  return buildScorecard([scorecardInput(result, rules)]);
}


export function formatHtml(result: AuditResult, rules: readonly Rule[]): string {
  const summary = summarize(result, rules);
  const headline = auditHeadline(summary.filesScanned, skippedTotal(summary.filesSkipped), summary.findings, summary.durationMs);
  return scorecardHtml(auditScorecard(result, rules), { headline });
}

/** Per app, per factor: state and counts, without repeating the findings the JSON lists already. */
export function scorecardSummary(card: Scorecard) {
  return card.apps.map((app) => ({
    app: app.app,
    findings: app.findings,
    factors: app.factors.map((score) => ({
      factor: score.factor,
      name: score.name,
      state: score.state,
      rules: score.rules,
      bySeverity: score.bySeverity,
      ...(score.manualCheck ? { manualCheck: score.manualCheck } : {}),
    })),
  }));
}
