// The human output: findings grouped by file, eslint-style, then a short summary.
import type { AuditResult, SkipCounts } from '../auditRun';
import type { Rule } from '../engine/rule';
import type { Factor, Finding, Severity } from '../engine/types';
import { FACTOR_NAMES } from './factors';
import { skippedTotal, summarize } from './summary';
import { TOOL } from './tool';

export interface TextOptions {
  color: boolean;
}

type Paint = (code: number, text: string) => string;

const SEVERITY_COLOR: Record<Severity, number> = { error: 31, warning: 33, info: 36, hint: 90 };
const DIM = 90;
const BOLD = 1;
const UNDERLINE = 4;
const GREEN = 32;

export function formatText(result: AuditResult, rules: readonly Rule[], options: TextOptions): string {
  const paint: Paint = options.color ? (code, text) => `\u001b[${code}m${text}\u001b[0m` : (_code, text) => text;
  const summary = summarize(result, rules);
  const files = plural(summary.filesScanned, 'file');
  const skipped = skippedNote(summary.filesSkipped);
  if (summary.findings === 0) {
    const clean = `${paint(GREEN, '✔')} No Twelve-Factor problems found in ${files} (${summary.durationMs} ms)${skipped}.`;
    return `${[clean, ...baselineLines(result, paint)].join('\n')}\n`;
  }
  const out: string[] = [];
  for (const file of result.files) out.push(...fileBlock(file.path, file.findings, paint), '');
  out.push(...hintFooter(result, paint), '');
  const severities = (Object.entries(summary.bySeverity) as Array<[Severity, number]>)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => plural(count, severity, severity === 'info' ? 'info' : undefined));
  out.push(paint(BOLD, `${paint(SEVERITY_COLOR[worst(summary.bySeverity)], '✖')} ${plural(summary.findings, 'problem')} (${severities.join(', ')})`));
  // Only the factors with findings: with twelve factors checked, a row of zeros hides the news.
  const factors = (Object.entries(summary.byFactor) as Array<[Factor, number]>).filter(([, count]) => count > 0).map(
    ([factor, count]) => `${factor} ${FACTOR_NAMES[factor]}: ${count}`,
  );
  out.push(`  ${factors.join(' · ')}`);
  out.push(paint(DIM, `  Scanned ${files} in ${summary.durationMs} ms${skipped}.`));
  out.push(...baselineLines(result, paint));
  return `${out.join('\n')}\n`;
}

/** What the baseline accepted, and its entries that matched nothing (fixed, or the value changed). */
function baselineLines(result: AuditResult, paint: Paint): string[] {
  if (!result.baseline) return [];
  const { accepted, stale } = result.baseline;
  const lines = accepted > 0 ? [paint(DIM, `  ${plural(accepted, 'finding')} accepted by the baseline, not shown.`)] : [];
  if (stale.length === 0) return lines;
  lines.push(`  ${plural(stale.length, 'baseline entry', 'baseline entries')} no longer ${stale.length === 1 ? 'matches' : 'match'} a finding (fixed, or the value changed); \`${TOOL.name} baseline --prune\` drops ${stale.length === 1 ? 'it' : 'them'}:`);
  for (const entry of stale) lines.push(paint(DIM, `    ${entry.file}  ${entry.rule}`));
  return lines;
}

function fileBlock(path: string, findings: readonly Finding[], paint: Paint): string[] {
  const positions = findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1}`);
  const positionWidth = Math.max(...positions.map((p) => p.length));
  const severityWidth = Math.max(...findings.map((f) => f.severity.length));
  const lines = [paint(UNDERLINE, path)];
  findings.forEach((finding, index) => {
    const position = paint(DIM, positions[index]!.padEnd(positionWidth));
    const severity = paint(SEVERITY_COLOR[finding.severity], finding.severity.padEnd(severityWidth));
    lines.push(`  ${position}  ${severity}  ${finding.message}  ${paint(DIM, finding.ruleId)}`);
  });
  return lines;
}

/** How to fix, once per rule that reported (in order of first finding), not under every finding. */
function hintFooter(result: AuditResult, paint: Paint): string[] {
  const byRule = new Map<string, Finding>();
  for (const file of result.files) for (const finding of file.findings) if (!byRule.has(finding.ruleId)) byRule.set(finding.ruleId, finding);
  const width = Math.max(...[...byRule.keys()].map((id) => id.length));
  return [...byRule.values()].flatMap((finding) => [
    `${paint(BOLD, finding.ruleId.padEnd(width))}  ↳ ${finding.hint}`,
    paint(DIM, `${' '.repeat(width)}    ${finding.docsUrl}`),
  ]);
}

function skippedNote(skipped: SkipCounts): string {
  const total = skippedTotal(skipped);
  if (total === 0) return '';
  const reasons = [
    skipped.tooLarge && `${skipped.tooLarge} too large`,
    skipped.binary && `${skipped.binary} binary`,
    skipped.unreadable && `${skipped.unreadable} unreadable`,
    skipped.failed && `${skipped.failed} failed to scan`,
  ].filter(Boolean);
  return `; skipped ${plural(total, 'file')} (${reasons.join(', ')})`;
}

function worst(bySeverity: Record<Severity, number>): Severity {
  return (Object.keys(bySeverity) as Severity[]).find((severity) => bySeverity[severity] > 0) ?? 'hint';
}

function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count} ${count === 1 ? word : pluralWord}`;
}
