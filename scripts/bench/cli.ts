// The CLI against secretlint (pinned devDependency, recommended preset, .secretlintrc.json) on
// the same corpus at 1x and 10x, interleaved so both see the same machine load; and one
// profiled run of ours, split into stages.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { BYTES_PER_LANE } from '../../server/src/auditRun';
import { buildCorpus, type Corpus } from './corpus';
import { measure, median, type Measurement } from './measure';
import { buildDevelopmentBundles, formatStages, stagesOf } from './profile';

const ROUNDS = { x1: 3, x10: 2 };
const TARGET_RATIO = 0.5;
const TARGET_PEAK_MIB = 250;

interface Side {
  wallMs: number;
  peakRssMiB: number | undefined;
}

export function benchCli(repo: string): string[] {
  const work = mkdtempSync(join(tmpdir(), 'tfl-bench-cli-'));
  try {
    const x1 = buildCorpus(repo, join(work, 'x1'), 1);
    const x10 = buildCorpus(repo, join(work, 'x10'), 10);
    const ours = (corpus: Corpus) => measure(process.execPath, [join(repo, 'dist', 'cli.js'), 'audit', '.', '--format', 'json', '--output', join(work, 'ours.json'), '--exit-zero'], corpus.root);
    const secretlint = (corpus: Corpus) =>
      measure(process.execPath, [join(repo, 'node_modules', 'secretlint', 'bin', 'secretlint.js'), '--secretlintrc', join(repo, '.secretlintrc.json'), '--format', 'json', '--output', join(work, 'secretlint.json'), '**/*'], corpus.root);
    // One untimed run each: the OS has both tools and the tree in its file cache, and our bundles
    // have their V8 code cache (server/src/entry/bundleLoader.ts), as on any run after the first.
    ours(x1);
    secretlint(x1);
    const at1 = sideBySide(x1, ROUNDS.x1, ours, secretlint);
    const at10 = sideBySide(x10, ROUNDS.x10, ours, secretlint);
    return report(repo, x1, at1, at10);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function sideBySide(corpus: Corpus, rounds: number, ours: (c: Corpus) => Measurement, theirs: (c: Corpus) => Measurement): { ours: Side; theirs: Side } {
  const a: Measurement[] = [];
  const b: Measurement[] = [];
  for (let round = 0; round < rounds; round++) {
    a.push(ours(corpus));
    b.push(theirs(corpus));
  }
  return { ours: summarize(a), theirs: summarize(b) };
}

function summarize(runs: Measurement[]): Side {
  const peaks = runs.map((run) => run.peakRssMiB).filter((peak): peak is number => peak !== undefined);
  return { wallMs: median(runs.map((run) => run.wallMs)), peakRssMiB: peaks.length > 0 ? Math.max(...peaks) : undefined };
}

/**
 * One profiled run at 1x, split into stages. Needs the development bundles (esbuild's module
 * markers name each function's source), so it rebuilds them: run it after the timed runs.
 */
export function profileCli(repo: string): string[] {
  const work = mkdtempSync(join(tmpdir(), 'tfl-bench-profile-'));
  try {
    buildDevelopmentBundles(repo);
    const corpus = buildCorpus(repo, join(work, 'x1'), 1);
    const dir = join(work, 'profile');
    const audit = [join(repo, 'dist', 'cli.js'), 'audit', '.', '--format', 'json', '--output', join(work, 'out.json'), '--exit-zero'];
    measure(process.execPath, audit, corpus.root); // builds the code cache, as the timed runs had it
    measure(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, ...audit], corpus.root);
    return ['CLI: where the time goes (1x, one profiled run, CPU of every thread)', formatStages(stagesOf(dir), { waiting: true })];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function report(repo: string, corpus: Corpus, at1: { ours: Side; theirs: Side }, at10: { ours: Side; theirs: Side }): string[] {
  const secretlintVersion = (JSON.parse(readFileSync(join(repo, 'node_modules', 'secretlint', 'package.json'), 'utf8')) as { version: string }).version;
  const mib = (peak: number | undefined) => (peak === undefined ? 'n/a' : `${peak.toFixed(0)} MiB`);
  const side = (s: Side) => `${(s.wallMs / 1000).toFixed(2)} s, ${mib(s.peakRssMiB)}`.padEnd(20);
  const row = (label: string, r: { ours: Side; theirs: Side }) =>
    `  ${label.padEnd(30)} ${side(r.ours)} ${side(r.theirs)} ${(r.ours.wallMs / r.theirs.wallMs).toFixed(2)}`;
  const timeGrowth = at10.ours.wallMs / at1.ours.wallMs;
  const peakGrowth = (at10.ours.peakRssMiB ?? NaN) / (at1.ours.peakRssMiB ?? NaN);
  const peak = Math.max(at1.ours.peakRssMiB ?? 0, at10.ours.peakRssMiB ?? 0);
  return [
    `CLI audit, every rule, default --jobs (one lane per ${BYTES_PER_LANE / 2 ** 20} MiB, at most ${availableParallelism()}), vs secretlint ${secretlintVersion} (recommended preset); median wall, max peak RSS`,
    `  corpus: ${corpus.packages.join(' ')}`,
    `  ${''.padEnd(30)} ${'twelve-factor-lint'.padEnd(20)} ${`secretlint`.padEnd(20)} ratio (target <= ${TARGET_RATIO})`,
    row(`1x: ${corpus.files} files, ${(corpus.bytes / 2 ** 20).toFixed(1)} MiB`, at1),
    row(`10x: ${corpus.files * 10} files, ${((corpus.bytes * 10) / 2 ** 20).toFixed(0)} MiB`, at10),
    `  linearity: 10x files took ${timeGrowth.toFixed(1)}x the time (target <= 10), peak ${peakGrowth.toFixed(2)}x; peak ${peak.toFixed(0)} MiB (target <= ${TARGET_PEAK_MIB})`,
  ];
}
