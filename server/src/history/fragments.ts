// Scans the lines commits added. A diff holds fragments, not files: a line such as
// `  password: 'x',` is an object member that parses as nothing on its own. So each run of added
// lines that starts like a member is scanned inside a container where members are legal in its
// language, and every other run as it is (statements). Parsing has a fixed cost per document, so
// small fragments that close everything they open (strings, comments, brackets) are scanned many
// to a document, each in its own container; the others alone. Findings map back to file lines.
import { languageOf } from '../engine/languages/detect';
import type { Rule } from '../engine/rule';
import { scan } from '../engine/scan';
import type { Finding, LanguageId, ScanOptions } from '../engine/types';
import { isClosed } from './closed';
import type { AddedLines, Hunk } from './logParser';

interface Syntax {
  /** A first line for every document (PHP's open tag). */
  header?: string;
  /** Whether a run's first line is a member (`key: value`, `'key' => value`). */
  member?: RegExp;
  /** Lines before and after a run of members. */
  members?: readonly [string, string];
  /** Lines before and after a run of statements; none when they parse at the top level. */
  statements?: readonly [string, string];
  /** A line between two fragments of one document; undefined: one fragment per document. */
  separator?: string;
}

const KEY_COLON = /^\s*(?:['"`]?[\w$.-]+['"`]?|\[[^\]]+\])\s*:(?!:)/;
const ARROW = /^\s*(?:['"][^'"]+['"]|:?\w+)\s*=>/;
/** Ruby hashes: `key: value` or `'key' => value`. */
const RUBY_MEMBER = /^\s*(?:['"`]?[\w$.-]+['"`]?\s*:(?!:)|(?:['"][^'"]+['"]|:?\w+)\s*=>)/;

/** Per language: how a run of added lines parses. Languages not listed are read line by line. */
const SYNTAX: Partial<Record<LanguageId, Syntax>> = {
  javascript: { member: KEY_COLON, members: ['({', '});'], separator: ';' },
  typescript: { member: KEY_COLON, members: ['({', '});'], separator: ';' },
  python: { member: /^\s*['"][^'"]+['"]\s*:/, members: ['{', '}'], separator: '' },
  ruby: { member: RUBY_MEMBER, members: ['{', '}'], separator: '' },
  php: { header: '<?php', member: ARROW, members: ['[', '];'], separator: ';' },
  go: { member: /^\s*\w+\s*:[^=]/, members: ['var _ = struct{}{', '}'], statements: ['func _() {', '}'], separator: '' },
  java: { separator: '' },
  kotlin: { separator: '' },
  json: { member: /^\s*"/, members: ['{', '}'] },
};

/** Fragments per document, and characters per batched fragment. */
const BATCH_FRAGMENTS = 64;
const MAX_BATCHED_LENGTH = 4096;

export interface AddedFinding {
  /** 1-based line in the file as the commit left it. */
  line: number;
  finding: Finding & { secretDigest: string };
  /** The secret itself, to look it up in HEAD; in memory only, never written. */
  value: string;
}

/** A run of added lines of one file, in one container. */
interface Fragment {
  change: number;
  language: LanguageId;
  member: boolean;
  text: string;
  /** The file line of each line of `text`; -1 for a separator between hunks. */
  fileLines: number[];
}

/**
 * The credential findings (those about a secret value) on the added lines of each change, in
 * the order given; within a change, by line.
 */
export function scanAddedLines(changes: readonly AddedLines[], options: ScanOptions, rules: readonly Rule[]): AddedFinding[][] {
  const found = changes.map(() => new Map<string, AddedFinding>());
  const batches = new Map<string, Fragment[]>();
  const flush = (group: Fragment[]) => scanDocument(group, changes, options, rules, found);
  changes.forEach((change, index) => {
    for (const fragment of fragmentsOf(change, index)) {
      const syntax = SYNTAX[fragment.language];
      if (syntax?.separator === undefined || fragment.text.length > MAX_BATCHED_LENGTH || !isClosed(fragment.text, fragment.language)) {
        flush([fragment]);
        continue;
      }
      const key = `${fragment.language}:${fragment.member}`;
      const group = batches.get(key) ?? [];
      group.push(fragment);
      batches.set(key, group);
      if (group.length >= BATCH_FRAGMENTS) flush(group.splice(0));
    }
  });
  for (const group of batches.values()) if (group.length > 0) flush(group);
  return found.map((byKey) => [...byKey.values()].sort((a, b) => a.line - b.line));
}

/** A change's runs that start like members, and its other runs. */
function fragmentsOf(change: AddedLines, index: number): Fragment[] {
  const language = languageOf(change.path);
  if (!language) return [];
  const member = SYNTAX[language]?.member;
  const members = member ? change.hunks.filter((hunk) => member.test(hunk.lines[0] ?? '')) : [];
  const statements = change.hunks.filter((hunk) => !members.includes(hunk));
  return [
    ...(members.length > 0 ? [{ change: index, language, member: true, ...textOf(members) }] : []),
    ...(statements.length > 0 ? [{ change: index, language, member: false, ...textOf(statements) }] : []),
  ];
}

/** Scans fragments of one language and kind as one document; records findings per change. */
function scanDocument(
  fragments: readonly Fragment[],
  changes: readonly AddedLines[],
  options: ScanOptions,
  rules: readonly Rule[],
  found: Array<Map<string, AddedFinding>>,
): void {
  const { language, member } = fragments[0]!;
  const syntax = SYNTAX[language] ?? {};
  const wrapper = member ? syntax.members : syntax.statements;
  const lines: string[] = syntax.header !== undefined ? [syntax.header] : [];
  const owners: Array<{ fragment: Fragment; fileLine: number } | undefined> = lines.map(() => undefined);
  const add = (line: string, owner?: { fragment: Fragment; fileLine: number }) => {
    lines.push(line);
    owners.push(owner);
  };
  for (const fragment of fragments) {
    if (wrapper) add(wrapper[0]);
    fragment.text.split('\n').forEach((line, index) => add(line, { fragment, fileLine: fragment.fileLines[index]! }));
    if (wrapper) add(wrapper[1]);
    if (syntax.separator !== undefined) add(syntax.separator);
  }
  const text = lines.join('\n');
  const path = changes[fragments[0]!.change]!.path;
  // A committed .env was, by being committed, not ignored by git at the time.
  const scanOptions = language === 'dotenv' ? { ...options, gitIgnored: false } : options;
  for (const finding of scan({ path, language }, text, scanOptions, rules)) {
    const owner = owners[finding.range.start.line];
    if (finding.secretDigest === undefined || !owner || owner.fileLine < 0) continue;
    const byKey = found[owner.fragment.change]!;
    const key = `${owner.fileLine}\n${finding.secretDigest}`;
    if (!byKey.has(key)) byKey.set(key, { line: owner.fileLine, finding: finding as AddedFinding['finding'], value: valueOf(finding, text) });
  }
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
function textOf(runs: readonly Hunk[]): { text: string; fileLines: number[] } {
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
