// Measures `twelve-factor-lint history` on a generated repository with many commits whose diffs
// are real source text (files from node_modules, edited commit by commit), with a few generated
// fake keys planted and removed along the way. Prints commits/s and MiB/s of diff text.
//   node scripts/bench-history.mjs [--commits 5000] [--repo DIR (reuse)] [--keep]
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { commits: { type: 'string' }, repo: { type: 'string' }, keep: { type: 'boolean' } } });
const COMMITS = Number(values.commits ?? 5000);
const REPO = resolve(new URL('..', import.meta.url).pathname);
const CLI = join(REPO, 'dist/cli.js');
const GIT_ENV = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };

/** A deterministic generator, so two runs build the same history. */
let seed = 12345;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = (list) => list[Math.floor(random() * list.length)];
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const fakeKey = () => `sk_live_${Array.from(randomBytes(24), (byte) => ALNUM[byte % ALNUM.length]).join('')}`;

/** Real source files: the text of the dependencies this repository installs. */
function sourcePool() {
  const files = [];
  const visit = (folder, depth) => {
    if (files.length >= 3000 || depth > 6) return;
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      const stats = statSync(path, { throwIfNoEntry: false });
      if (!stats) continue;
      if (stats.isDirectory()) visit(path, depth + 1);
      else if (/\.(js|ts|json|md|py|go|java|rb|php|yml)$/.test(name) && stats.size > 200 && stats.size < 48 * 1024) files.push(path);
    }
  };
  visit(join(REPO, 'node_modules'), 0);
  return files.map((path) => ({ ext: path.split('.').pop(), lines: readFileSync(path, 'utf8').split('\n') }));
}

/** A fast-import stream: each commit edits 1-4 files with windows of real lines; some add or delete files. */
function generate(root) {
  const pool = sourcePool();
  const tree = new Map();
  const chunks = [];
  const planted = [];
  let fileCounter = 0;
  const newPath = (ext) => `src/module${(fileCounter++).toString().padStart(5, '0')}.${ext}`;
  for (let commit = 1; commit <= COMMITS; commit++) {
    const changes = [];
    const touches = commit === 1 ? 150 : 1 + Math.floor(random() * 4);
    for (let touch = 0; touch < touches; touch++) {
      const paths = [...tree.keys()];
      const roll = random();
      if (commit === 1 || roll < 0.15 || paths.length < 50) {
        const source = pick(pool);
        const path = newPath(source.ext);
        tree.set(path, [...source.lines]);
        changes.push(`M 100644 inline ${path}`, data(tree.get(path).join('\n')));
      } else if (roll < 0.2) {
        const path = pick(paths);
        tree.delete(path);
        changes.push(`D ${path}`);
      } else {
        const path = pick(paths);
        const lines = tree.get(path);
        const source = pick(pool).lines;
        const at = Math.floor(random() * lines.length);
        const from = Math.floor(random() * Math.max(1, source.length - 40));
        lines.splice(at, Math.floor(random() * 12), ...source.slice(from, from + 1 + Math.floor(random() * 30)));
        changes.push(`M 100644 inline ${path}`, data(lines.join('\n')));
      }
    }
    if (commit % 500 === 0) {
      const key = fakeKey();
      planted.push(key);
      changes.push(`M 100644 inline config/billing${commit}.js`, data(`module.exports = {\n  stripeKey: '${key}',\n};\n`));
    }
    if (commit % 1000 === 0) changes.push(`D config/billing${commit - 500}.js`);
    const when = 1_600_000_000 + commit * 3600;
    chunks.push(`commit refs/heads/main\ncommitter Bench <bench@example.com> ${when} +0000\n${data(`change ${commit}`)}`, ...changes, '');
  }
  const stream = `${chunks.join('\n')}\n`;
  execFileSync('git', ['init', '-q', '-b', 'main', root], { env: GIT_ENV });
  execFileSync('git', ['fast-import', '--quiet'], { cwd: root, input: stream, env: GIT_ENV, maxBuffer: 1 << 30 });
  execFileSync('git', ['checkout', '-q', '-f', 'main'], { cwd: root, env: GIT_ENV });
  return planted.length;
}

function data(text) {
  return `data ${Buffer.byteLength(text)}\n${text}`;
}

const root = values.repo ? resolve(values.repo) : mkdtempSync(join(tmpdir(), 'tfl-history-bench-'));
if (!values.repo || !existsSync(join(root, '.git'))) {
  const started = Date.now();
  const planted = generate(root);
  console.log(`generated ${COMMITS} commits (${planted} planted keys) in ${root} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
const diffBytes = execFileSync('git', ['log', '-p', '--no-ext-diff', '--no-textconv', '--no-renames', '-U0', '--format=%H'], { cwd: root, env: GIT_ENV, maxBuffer: 2 ** 31 }).length;
const commits = Number(execFileSync('git', ['rev-list', '--count', 'HEAD'], { cwd: root, env: GIT_ENV, encoding: 'utf8' }).trim());

const runs = [];
let report;
for (let run = 0; run < 3; run++) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [CLI, 'history', root, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  runs.push(Number(process.hrtime.bigint() - started) / 1e9);
  if (result.status !== 0 && result.status !== 1) throw new Error(`history failed: ${result.stderr}`);
  report = JSON.parse(result.stdout);
}
const seconds = runs.sort((a, b) => a - b)[1];
console.log(
  `history: ${commits} commits, ${(diffBytes / 2 ** 20).toFixed(1)} MiB of diff text, ${report.findings.length} credentials ` +
    `in ${seconds.toFixed(2)} s (median of 3): ${Math.round(commits / seconds)} commits/s, ${(diffBytes / 2 ** 20 / seconds).toFixed(1)} MiB/s`,
);
if (!values.keep && !values.repo) rmSync(root, { recursive: true, force: true });
