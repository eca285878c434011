// Scans the lines one commit added to one file. A diff holds fragments, not files: a line such as
// `  password: 'x',` is an object member that parses as nothing on its own. So each run of added
// lines that starts like a member is scanned inside a container where members are legal in its
// language, and every other run as it is (statements); findings map back to their file lines.
import { languageOf } from '../engine/languages/detect';
import type { Rule } from '../engine/rule';
import { scan } from '../engine/scan';
import type { Finding, LanguageId, ScanOptions } from '../engine/types';
import type { AddedLines, Hunk } from './logParser';

interface Container {
  /** Whether a run's first line is a member (`key: value`, `'key' => value`). */
  member: RegExp;
  /** A line before and a line after a run of members. */
  members: readonly [string, string];
  /** A line before and a line after a run of statements; none when they parse at the top level. */
  statements?: readonly [string, string];
}

const KEY_COLON = /^\s*(?:['"`]?[\w$.-]+['"`]?|\[[^\]]+\])\s*:(?!:)/;
const ARROW = /^\s*(?:['"][^'"]+['"]|:?\w+)\s*=>/;
/** Ruby hashes: `key: value` or `'key' => value`. */
const RUBY_MEMBER = /^\s*(?:['"`]?[\w$.-]+['"`]?\s*:(?!:)|(?:['"][^'"]+['"]|:?\w+)\s*=>)/;

/** Per language: how a run of added lines parses. Languages not listed are read line by line anyway. */
const CONTAINERS: Partial<Record<LanguageId, Container>> = {
  javascript: { member: KEY_COLON, members: ['({', '})'] },
  typescript: { member: KEY_COLON, members: ['({', '})'] },
  python: { member: /^\s*['"][^'"]+['"]\s*:/, members: ['{', '}'] },
  ruby: { member: RUBY_MEMBER, members: ['{', '}'] },
  php: { member: ARROW, members: ['<?php [', '];'], statements: ['<?php', ''] },
  go: { member: /^\s*\w+\s*:[^=]/, members: ['var _ = struct{}{', '}'], statements: ['func _() {', '}'] },
  json: { member: /^\s*"/, members: ['{', '}'] },
};

export interface AddedFinding {
  /** 1-based line in the file as the commit left it. */
  line: number;
  finding: Finding & { secretDigest: string };
  /** The secret itself, to look it up in HEAD; in memory only, never written. */
  value: string;
}

/** The credential findings on the added lines; only those about a secret value. */
export function scanAddedLines(change: AddedLines, options: ScanOptions, rules: readonly Rule[]): AddedFinding[] {
  const language = languageOf(change.path);
  if (!language) return [];
  // A committed .env was, by being committed, not ignored by git at the time.
  const scanOptions: ScanOptions = { ...options, ...(language === 'dotenv' ? { gitIgnored: false } : {}) };
  const container = CONTAINERS[language];
  const members = container ? change.hunks.filter((hunk) => container.member.test(hunk.lines[0] ?? '')) : [];
  const statements = change.hunks.filter((hunk) => !members.includes(hunk));
  const found = new Map<string, AddedFinding>();
  const scanRuns = (runs: readonly Hunk[], wrapper: readonly [string, string] | undefined) => {
    if (runs.length === 0) return;
    const { text, fileLines } = fragmentOf(runs);
    const wrapped = wrapper ? `${wrapper[0]}\n${text}\n${wrapper[1]}\n` : text;
    const offset = wrapper ? 1 : 0;
    for (const finding of scan({ path: change.path, language }, wrapped, scanOptions, rules)) {
      const line = fileLines[finding.range.start.line - offset];
      if (finding.secretDigest === undefined || line === undefined || line < 0) continue;
      const key = `${line}\n${finding.secretDigest}`;
      if (!found.has(key)) found.set(key, { line, finding: finding as AddedFinding['finding'], value: valueOf(finding, wrapped) });
    }
  };
  scanRuns(members, container?.members);
  scanRuns(statements, container?.statements);
  return [...found.values()].sort((a, b) => a.line - b.line);
}

/** The secret a finding is about: the fix's value when it has one, else its span without quotes. */
function valueOf(finding: Finding, text: string): string {
  if (finding.fix?.kind === 'move-to-env') return finding.fix.value;
  const span = text.slice(finding.span.start, finding.span.end);
  return /^(['"`]).*\1$/s.test(span) ? span.slice(1, -1) : span;
}

/**
 * The runs, separated by a blank line, with their common indentation removed (so an indented
 * Python or YAML fragment parses at the top level); `fileLines[i]` is line i's number in the
 * file, -1 for a separator.
 */
function fragmentOf(runs: readonly Hunk[]): { text: string; fileLines: number[] } {
  const lines: string[] = [];
  const fileLines: number[] = [];
  runs.forEach((run, index) => {
    if (index > 0) {
      lines.push('');
      fileLines.push(-1);
    }
    run.lines.forEach((line, offset) => {
      lines.push(line);
      fileLines.push(run.firstLine + offset);
    });
  });
  const indent = commonIndent(lines);
  return { text: lines.map((line) => line.slice(indent)).join('\n'), fileLines };
}

function commonIndent(lines: readonly string[]): number {
  let common: string | undefined;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const indent = /^[ \t]*/.exec(line)![0];
    if (common === undefined) common = indent;
    else while (!indent.startsWith(common)) common = common.slice(0, -1);
    if (common === '') return 0;
  }
  return common?.length ?? 0;
}
