// `history`: every credential a commit ever added, once, at its first commit, and whether HEAD
// still holds it. One `git log -p` stream read line by line; the keyword prefilter decides which
// files' added lines reach a parser at all.
import { performance } from 'node:perf_hooks';
import { toScanOptions, type ProjectConfig } from '../engine/config';
import { languageOf } from '../engine/languages/detect';
import type { Rule } from '../engine/rule';
import { RULES } from '../engine/rules';
import type { Finding } from '../engine/types';
import { GitError, streamGit } from '../git';
import { GitChangesError, repositoryOf, resolveRef, runSafely } from '../gitChanges';
import { Grammars } from '../grammars';
import { scanAddedLines, type AddedFinding } from './fragments';
import { LOG_FORMAT, LogParser, type AddedLines, type ParseCounts } from './logParser';
import { KeywordMatcher } from './select';

export const HISTORY_RULE = 'hardcoded-credential';

export interface HistoryOptions {
  /** A folder inside the repository. */
  root: string;
  /** Only commits after this one (`REF..HEAD`). */
  since?: string;
  /** Only the newest N commits. */
  maxCommits?: number;
  /** Only commits that touched these paths (relative to the repository root). */
  paths?: readonly string[];
  config: ProjectConfig;
  /** Added text of one file in one commit larger than this is skipped (and counted). */
  maxFileSize: number;
  grammars?: Grammars;
  onProgress?: (counts: ParseCounts) => void;
  /** Whether to look each credential up in HEAD (default: yes). */
  checkHead?: boolean;
}

export interface HistoryFinding {
  commit: string;
  /** Committer date, ISO 8601. */
  date: string;
  path: string;
  /** 1-based, in the file as the commit left it. */
  line: number;
  finding: Finding & { secretDigest: string };
  /** True only when HEAD was searched and no longer holds the value. */
  removed: boolean;
}

export interface HistoryResult {
  /** The repository's top folder: finding paths are relative to it. */
  repoRoot: string;
  findings: HistoryFinding[];
  counts: ParseCounts & { tooLarge: number };
  durationMs: number;
}

/** A long history is one long stream: bounded by what a machine can hold, not by a short timeout. */
const STREAM_TIMEOUT_MS = 60 * 60 * 1000;
const STREAM_MAX_BYTES = Number.MAX_SAFE_INTEGER;
/** File changes scanned together: their small fragments share parses (fragments.ts). */
const BATCH_CHANGES = 256;

export async function scanHistory(options: HistoryOptions, rules: readonly Rule[] = RULES): Promise<HistoryResult> {
  const started = performance.now();
  const repoRoot = repositoryOf(options.root);
  const git = { cwd: repoRoot, root: repoRoot };
  await requireCommits(repoRoot);
  const range = options.since === undefined ? 'HEAD' : `${await resolveRef(repoRoot, options.since)}..HEAD`;
  const credentialRules = rules.filter((rule) => rule.meta.id === HISTORY_RULE);
  const scanOptions = { ...toScanOptions(options.config), treeSitter: options.grammars ?? new Grammars() };
  const grammars = scanOptions.treeSitter;

  const firstSeen = new Map<string, HistoryFinding & { value: string }>();
  const pending: AddedLines[] = [];
  const parser = new LogParser(linePrefilter(credentialRules), (change) => pending.push(change));
  let tooLarge = 0;
  const args = [
    'log', '-p', '--no-ext-diff', '--no-textconv', '--no-color', '--no-renames', '-U0', '--reverse',
    `--format=${LOG_FORMAT}`,
    ...(options.maxCommits !== undefined ? [`--max-count=${options.maxCommits}`] : []),
    range, '--', ...(options.paths ?? []),
  ];
  let lastProgress = 0;
  try {
    for await (const line of streamGit(args, { ...git, timeoutMs: STREAM_TIMEOUT_MS, maxBytes: STREAM_MAX_BYTES })) {
      parser.line(line);
      if (pending.length >= BATCH_CHANGES) tooLarge += await scanPending(pending, firstSeen, { scanOptions, grammars, credentialRules, maxFileSize: options.maxFileSize });
      if (options.onProgress && parser.counts.commits !== lastProgress) {
        lastProgress = parser.counts.commits;
        options.onProgress(parser.counts);
      }
    }
  } catch (error) {
    throw error instanceof GitError ? new GitChangesError(`git log failed: ${error.message}`) : error;
  }
  parser.end();
  tooLarge += await scanPending(pending, firstSeen, { scanOptions, grammars, credentialRules, maxFileSize: options.maxFileSize });

  const found = [...firstSeen.values()];
  const inHead = options.checkHead === false ? undefined : await valuesInHead(found.map((item) => item.value), repoRoot);
  const findings = found.map(({ value, ...item }) => ({ ...item, removed: inHead !== undefined && !inHead.has(value) }));
  return { repoRoot, findings, counts: { ...parser.counts, tooLarge }, durationMs: Math.round(performance.now() - started) };
}

interface ScanContext {
  scanOptions: ReturnType<typeof toScanOptions> & { treeSitter: Grammars };
  grammars: Grammars;
  credentialRules: readonly Rule[];
  maxFileSize: number;
}

/** Scans the queued file changes together; returns how many were too large to scan. */
async function scanPending(pending: AddedLines[], firstSeen: Map<string, HistoryFinding & { value: string }>, context: ScanContext): Promise<number> {
  const changes = pending.splice(0);
  const scannable = changes.filter((change) => addedSize(change) <= context.maxFileSize);
  for (const change of scannable) await context.grammars.ensure(languageOf(change.path));
  scanSafely(scannable, context).forEach((found, index) => {
    const change = scannable[index]!;
    for (const added of found) {
      if (firstSeen.has(added.finding.secretDigest)) continue;
      firstSeen.set(added.finding.secretDigest, {
        commit: change.commit,
        date: change.date,
        path: change.path,
        line: added.line,
        finding: added.finding,
        removed: false,
        value: added.value,
      });
    }
  });
  return changes.length - scannable.length;
}

/** A batch the engine cannot handle is scanned change by change, so one bad fragment loses only itself. */
function scanSafely(changes: readonly AddedLines[], context: ScanContext): AddedFinding[][] {
  try {
    return scanAddedLines(changes, context.scanOptions, context.credentialRules);
  } catch {
    return changes.map((change) => {
      try {
        return scanAddedLines([change], context.scanOptions, context.credentialRules)[0]!;
      } catch {
        return [];
      }
    });
  }
}

function addedSize(change: AddedLines): number {
  let size = 0;
  for (const hunk of change.hunks) for (const line of hunk.lines) size += line.length + 1;
  return size;
}

/**
 * The line prefilter: the words any credential check needs to see before it runs (checks that need
 * none report no secret), or one of the checks' patterns for what no word announces.
 */
export function linePrefilter(rules: readonly Rule[]): KeywordMatcher {
  const checks = rules.flatMap((rule) => rule.checks);
  const patterns = [...new Map(checks.flatMap((check) => check.patterns ?? []).map((pattern) => [pattern.source, pattern])).values()];
  return new KeywordMatcher([...new Set(checks.flatMap((check) => check.keywords))], patterns);
}

async function requireCommits(repoRoot: string): Promise<void> {
  const head = await runSafely(repoRoot, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  if (head.code !== 0) throw new GitChangesError('the repository has no commits yet');
}

/**
 * Which of the values HEAD's tree still holds, anywhere: one `git grep` with the values as fixed
 * patterns on stdin (never on the command line, where other users could read them). A value of
 * several lines is looked up by its longest line.
 */
async function valuesInHead(values: readonly string[], root: string): Promise<Set<string>> {
  const patterns = [...new Set(values.map(longestLine).filter((pattern) => pattern.length > 0))];
  if (patterns.length === 0) return new Set();
  const result = await runSafely(root, ['grep', '-F', '-I', '-o', '-h', '--no-color', '-f', '-', 'HEAD', '--'], {
    input: `${patterns.join('\n')}\n`,
    timeoutMs: 120_000,
  });
  // 1: nothing matched. Anything else unexpected: HEAD is not known to have dropped any value.
  if (result.code !== 0 && result.code !== 1) return new Set(values);
  const matches = result.stdout.toString('utf8').split('\n');
  return new Set(values.filter((value) => matches.some((match) => match.includes(longestLine(value)))));
}

function longestLine(value: string): string {
  return value.split(/\r?\n/).reduce((longest, line) => (line.length > longest.length ? line : longest), '');
}
