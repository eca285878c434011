// The outputs of `history`: text, JSON and SARIF. A credential is named by the kind of value and
// where it was added (commit, date, file, line); the value itself is never written.
import { resolve } from 'node:path';
import { RULES } from '../engine/rules';
import { displayPath } from '../displayPath';
import { toPosix } from '../gitignore';
import { HISTORY_RULE, type HistoryFinding, type HistoryResult } from '../history/history';
import { escapeControl } from '../scorecard/text';
import { SARIF_LEVEL, sarifDocument, sarifLocation } from './sarif';
import { TOOL } from './tool';

export const REMOVED_NOTE = 'removed, but still in history: rotate it';
export const PRESENT_NOTE = 'still in HEAD: rotate it and read it from the environment';

/** The finding's message up to its advice: what was found and where in the code, no value. */
function whatWasFound(found: HistoryFinding): string {
  return found.finding.message.split('; ')[0]!;
}

function stateOf(found: HistoryFinding): string {
  return found.removed ? REMOVED_NOTE : PRESENT_NOTE;
}

/** A finding's path from the repository's root, shown relative to the folder the report is for (the current one for the CLI). */
function reportPath(result: HistoryResult, found: HistoryFinding, base: string): string {
  return displayPath(base, resolve(result.repoRoot, found.path));
}

/** A path from the history for a terminal: no control character can rewrite the line. */
function shownPath(result: HistoryResult, found: HistoryFinding, base: string): string {
  return escapeControl(reportPath(result, found, base));
}

export function formatHistoryText(result: HistoryResult, options: { color: boolean; base: string }): string {
  const paint = options.color ? (code: number, text: string) => `\u001b[${code}m${text}\u001b[0m` : (_code: number, text: string) => text;
  const scanned = `Scanned ${result.counts.commits} commit${result.counts.commits === 1 ? '' : 's'} in ${(result.durationMs / 1000).toFixed(1)} s${tooLargeNote(result)}.`;
  if (result.findings.length === 0) return `${paint(32, '✔')} No credential in the history. ${scanned}\n`;
  const lines = result.findings.map((found) =>
    [
      `${paint(4, `${shownPath(result, found, options.base)}:${found.line}`)}`,
      `  ${paint(90, `${found.commit.slice(0, 12)} ${found.date.slice(0, 10)}`)}  ${whatWasFound(found)}`,
      `  ${paint(found.removed ? 31 : 33, stateOf(found))}`,
    ].join('\n'),
  );
  const removed = result.findings.filter((found) => found.removed).length;
  const summary = `${paint(31, '✖')} ${result.findings.length} credential${result.findings.length === 1 ? '' : 's'} in the history, ${removed} of them no longer in HEAD.`;
  return `${lines.join('\n\n')}\n\n${summary}\n  ${paint(90, scanned)}\n`;
}

function tooLargeNote(result: HistoryResult): string {
  const count = result.counts.tooLarge;
  return count === 0 ? '' : `; ${count} file change${count === 1 ? '' : 's'} too large to scan`;
}

export function formatHistoryJson(result: HistoryResult, options: { base: string }): string {
  const report = {
    version: 1,
    tool: { name: TOOL.name, version: TOOL.version },
    root: toPosix(result.repoRoot),
    summary: {
      commits: result.counts.commits,
      fileChanges: result.counts.files,
      credentials: result.findings.length,
      removedFromHead: result.findings.filter((found) => found.removed).length,
      tooLarge: result.counts.tooLarge,
      durationMs: result.durationMs,
    },
    // Fields picked one by one: a finding in memory carries its secret's digest, never written.
    findings: result.findings.map((found) => ({
      ruleId: found.finding.ruleId,
      commit: found.commit,
      date: found.date,
      path: reportPath(result, found, options.base),
      line: found.line,
      message: whatWasFound(found),
      removedFromHead: found.removed,
      advice: stateOf(found),
      fingerprint: found.finding.fingerprint,
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function formatHistorySarif(result: HistoryResult): string {
  const rules = RULES.filter((rule) => rule.meta.id === HISTORY_RULE);
  const results = result.findings.map((found) => ({
    ruleId: found.finding.ruleId,
    ruleIndex: 0,
    level: SARIF_LEVEL[found.finding.severity],
    message: { text: `${whatWasFound(found)}, added in commit ${found.commit.slice(0, 12)} (${found.date.slice(0, 10)}): ${stateOf(found)}.` },
    locations: [sarifLocation(found.path, { startLine: found.line })],
    partialFingerprints: { 'twelveFactor/history/v1': `${found.finding.fingerprint}:${found.commit.slice(0, 12)}` },
    properties: { commit: found.commit, date: found.date, removedFromHead: found.removed },
  }));
  return sarifDocument(result.repoRoot, rules, results);
}
