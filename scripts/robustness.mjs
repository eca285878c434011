// `npm run test:robustness`: generates the adversarial corpus into os.tmpdir(), runs the built
// CLI over it (default and raised size limit) measuring wall time and peak RSS, runs the
// robustness tests (the hostile repositories among them: links to /dev/zero, FIFOs, hostile git
// config, backtracking globs, deep trees, huge chains, each timed and memory-bounded), property,
// regex, position, fuzz, leak and config-error tests, and prints a summary table for
// docs/robustness.md. Exit code: non-zero when a test or a bound fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(REPO, 'dist', 'cli.js');
const TESTS = [
  'test/robustness',
  'test/unit/regex-linear.test.ts',
  'test/unit/scan-properties.test.ts',
  'test/unit/positions.test.ts',
  'test/lsp/fuzz.test.ts',
  'test/lsp/leaks.test.ts',
  'test/lsp/config-errors.test.ts',
];

function run(command, args, options = {}) {
  return spawnSync(command, args, { cwd: REPO, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, ...options });
}

if (!existsSync(CLI)) {
  console.error('dist/cli.js is missing: run `npm run build` first');
  process.exit(2);
}

// The corpus module is TypeScript; tsx writes it and prints where.
const made = run(process.execPath, ['--import', 'tsx', '-e', "const c = require('./test/robustness/corpus'); const w = c.writeCorpus(); console.log(JSON.stringify({ root: w.root, files: w.cases.map((f) => [f.path, f.bytes.length, f.what]) }));"]);
if (made.status !== 0) {
  console.error(made.stderr);
  process.exit(2);
}
const corpus = JSON.parse(made.stdout.trim().split('\n').pop());

/** One CLI run under /usr/bin/time -v (peak RSS), falling back to wall time alone. */
function measure(extraArgs) {
  const hasTime = existsSync('/usr/bin/time');
  const args = ['audit', '.', '--format', 'json', '--exit-zero', ...extraArgs];
  const started = performance.now();
  const result = hasTime
    ? run('/usr/bin/time', ['-v', process.execPath, CLI, ...args], { cwd: corpus.root })
    : run(process.execPath, [CLI, ...args], { cwd: corpus.root });
  const ms = performance.now() - started;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? '');
  let summary;
  try {
    summary = JSON.parse(result.stdout).summary;
  } catch {
    summary = undefined;
  }
  return { code: result.status, ms, peakMiB: rss ? Number(rss[1]) / 1024 : undefined, summary, stderr: result.stderr };
}

const cliDefault = measure([]);
const cliRaised = measure(['--max-file-size', String(16 * 1024 * 1024)]);
run('rm', ['-rf', corpus.root]);

const tests = run(process.execPath, ['test/run.mjs', ...TESTS], { stdio: ['ignore', 'pipe', 'inherit'] });
process.stdout.write(tests.stdout);
const slowestServer = /slowest server answer: (\d+) ms \(([^)]*)\)/.exec(tests.stdout);
const slowestFuzz = /slowest answer during the fuzz: (\d+) ms/.exec(tests.stdout);
const hostile = [...tests.stdout.matchAll(/^hostile repository( \(server\))?: (.*): (\d+) ms(?:, peak RSS (\S+) MiB)?/gm)];
const counts = Object.fromEntries([...tests.stdout.matchAll(/^ℹ (tests|pass|fail|todo) (\d+)/gm)].map((m) => [m[1], Number(m[2])]));

const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const rows = [
  ['corpus', `${corpus.files.length} files, ${mib(corpus.files.reduce((sum, [, size]) => sum + size, 0))}`],
  ['CLI, default 1 MiB limit', `${(cliDefault.ms / 1000).toFixed(1)} s, peak RSS ${cliDefault.peakMiB?.toFixed(0) ?? '?'} MiB, exit ${cliDefault.code}, skipped ${JSON.stringify(cliDefault.summary?.filesSkipped ?? {})}`],
  ['CLI, limit raised to 16 MiB', `${(cliRaised.ms / 1000).toFixed(1)} s, peak RSS ${cliRaised.peakMiB?.toFixed(0) ?? '?'} MiB, exit ${cliRaised.code}, ${cliRaised.summary?.filesScanned ?? '?'} files scanned`],
  ['slowest server answer (corpus, limit raised)', slowestServer ? `${slowestServer[1]} ms (${slowestServer[2]})` : 'not measured'],
  ['slowest server answer (didChange fuzz)', slowestFuzz ? `${slowestFuzz[1]} ms` : 'not measured'],
  ...hostile.map((m) => [`hostile ${m[1] ? 'server' : 'CLI'}: ${m[2]}`, `${m[3]} ms${m[4] ? `, peak RSS ${m[4]} MiB` : ''}`]),
  ['tests', `${counts.pass ?? '?'} passed, ${counts.fail ?? '?'} failed, ${counts.todo ?? 0} todo`],
];
const width = Math.max(...rows.map(([name]) => name.length));
console.log('\nRobustness summary');
for (const [name, value] of rows) console.log(`  ${name.padEnd(width)}  ${value}`);
if (cliDefault.code !== 0 || cliRaised.code !== 0) console.error(`CLI failed:\n${cliDefault.stderr.slice(-2000)}\n${cliRaised.stderr.slice(-2000)}`);

const readmeBounds = readFileSync(join(REPO, 'test/robustness/limits.ts'), 'utf8').match(/export const \w+ = [^;]+;/g) ?? [];
console.log(`  bounds (test/robustness/limits.ts): ${readmeBounds.map((line) => line.replace('export const ', '').replace(';', '')).join(', ')}`);
process.exit(tests.status === 0 && cliDefault.code === 0 && cliRaised.code === 0 ? 0 : 1);
