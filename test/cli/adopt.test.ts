// Adopting the linter on an existing repository, through the built CLI on real git repositories:
// a baseline that accepts today's findings, audits of what changed or is staged, and the history.
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fakePassword, fakeStripeKey, tempRepo, type TempRepo } from '../helpers/gitRepo';
import { runCli } from './helpers';

/** A temporary repository, removed after the suite. */
function suiteRepo(init = true): TempRepo {
  const repo = tempRepo(init);
  after(() => repo.dispose());
  return repo;
}

const reportedLines = (stdout: string) => JSON.parse(stdout).findings.map((f: { path: string; range: { start: { line: number } } }) => `${f.path}:${f.range.start.line}`);

describe('baseline, through the CLI', () => {
  const repo = suiteRepo();
  const keys = [fakeStripeKey(), fakeStripeKey()];
  repo.write('src/billing config.js', `module.exports = { stripeKey: '${keys[0]}' };\n`);
  repo.write('src/logger.js', "const winston = require('winston');\nmodule.exports = new winston.transports.File({ filename: 'app.log' });\n");
  repo.commit('app');

  it('writes a baseline that makes the audit pass, and says how many findings it accepted', () => {
    const taken = runCli(['baseline'], repo.root);
    assert.equal(taken.code, 0, taken.stderr);
    assert.match(taken.stdout, /Wrote \.twelve-factor-baseline\.json: 2 findings in 2 files accepted/);
    const audit = runCli(['audit'], repo.root);
    assert.equal(audit.code, 0, audit.stdout);
    assert.match(audit.stdout, /2 findings accepted by the baseline, not shown/);
    assert.ok(!readFileSync(join(repo.root, '.twelve-factor-baseline.json'), 'utf8').includes(keys[0]!.slice(8, 16)));
  });

  it('reports a new secret alone and fails; --no-baseline reports everything', () => {
    repo.write('src/billing config.js', `module.exports = { stripeKey: '${keys[0]}' };\nexports.refundKey = '${keys[1]}';\n`);
    const audit = runCli(['audit', '--format', 'json'], repo.root);
    assert.equal(audit.code, 1);
    assert.deepEqual(reportedLines(audit.stdout), ['src/billing config.js:2']);
    assert.equal(JSON.parse(audit.stdout).baseline.accepted, 2);
    const all = runCli(['audit', '--no-baseline', '--format', 'json'], repo.root);
    assert.equal(JSON.parse(all.stdout).findings.length, 3);
    assert.ok(!audit.stdout.includes(keys[1]!) && !all.stdout.includes(keys[1]!));
  });

  it('lists a stale entry, and baseline --prune drops it', () => {
    repo.write('src/logger.js', 'module.exports = console;\n');
    const audit = runCli(['audit'], repo.root);
    assert.match(audit.stdout, /1 baseline entry no longer matches a finding .*baseline --prune/);
    assert.match(audit.stdout, /src\/logger\.js {2}file-logger/);
    const pruned = runCli(['baseline', '--prune'], repo.root);
    assert.match(pruned.stdout, /Dropped 1 stale entry from \.twelve-factor-baseline\.json; 1 entry remain/);
    const after = runCli(['audit', '--format', 'json'], repo.root);
    assert.deepEqual(JSON.parse(after.stdout).baseline.stale, []);
  });

  it('refuses a broken baseline file with one clear error', () => {
    const broken = join(repo.root, 'broken.json');
    repo.write('broken.json', '{"version": 1, "salt": "x", "entries": []}');
    const audit = runCli(['audit', '--baseline', broken], repo.root);
    assert.equal(audit.code, 2);
    assert.match(audit.stderr, /broken\.json: "salt" must be 32 hex digits/);
  });
});

describe('audit --staged', () => {
  const repo = suiteRepo();
  const staged = fakePassword();
  repo.write('README.md', '# app\n');
  repo.write('old name.js', `const stripeKey = '${fakeStripeKey()}';\n`);
  repo.write('gone.js', `const stripeKey = '${fakeStripeKey()}';\n`);
  repo.commit('start');

  it('reads the staged content, not the working tree', () => {
    repo.write('src/db settings.js', `module.exports = { db: { password: '${staged}' } };\n`);
    repo.git('add', 'src/db settings.js');
    repo.write('src/db settings.js', 'module.exports = { db: { password: process.env.DB_PASSWORD } };\n');
    const audit = runCli(['audit', '--staged', '--format', 'json'], repo.root);
    assert.equal(audit.code, 1, audit.stderr);
    assert.deepEqual(reportedLines(audit.stdout), ['src/db settings.js:1']);
    assert.ok(!audit.stdout.includes(staged));
  });

  it('narrows to the files a hook passes, and --quiet prints only what fails', () => {
    const hook = runCli(['audit', '--staged', '--quiet', 'src/db settings.js', 'README.md'], repo.root);
    assert.equal(hook.code, 1);
    assert.match(hook.stdout, /src\/db settings\.js\n {2}1:\d+ +error/);
    const other = runCli(['audit', '--staged', '--quiet', 'README.md'], repo.root);
    assert.deepEqual([other.code, other.stdout], [0, '']);
  });

  it('passes when the staged content is clean, whatever the working tree holds', () => {
    repo.git('add', 'src/db settings.js');
    repo.write('src/db settings.js', `module.exports = { db: { password: '${fakePassword()}' } };\n`);
    const audit = runCli(['audit', '--staged'], repo.root);
    assert.equal(audit.code, 0, audit.stdout);
  });

  it('follows a staged rename to the new path and skips a staged deletion', () => {
    repo.git('mv', 'old name.js', 'new name.js');
    repo.git('rm', '-q', 'gone.js');
    const audit = runCli(['audit', '--staged', '--format', 'json'], repo.root);
    assert.deepEqual(reportedLines(audit.stdout), ['new name.js:1']);
  });

  it("reads a docs-named folder that holds an app as the app's, as the walked audit does (docsFolderFacts.ts)", () => {
    const django = suiteRepo();
    const password = fakePassword();
    django.write('website/manage.py', "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'website.settings')\n");
    django.write('website/website/settings.py', `DEBUG = False\nEMAIL_HOST_PASSWORD = '${password}'\n`);
    django.write('docs/connect.py', `import psycopg2\nconn = psycopg2.connect(host='localhost', user='analyst', password='${fakePassword()}')\n`);
    django.git('add', '-A');
    const scopes = (stdout: string) =>
      JSON.parse(stdout)
        .findings.filter((f: { ruleId: string }) => f.ruleId === 'hardcoded-credential')
        .map((f: { path: string; severity: string; scope: string }) => `${f.path}:${f.severity}:${f.scope}`)
        .sort();
    const staged = runCli(['audit', '--staged', '--format', 'json'], django.root);
    const walked = runCli(['audit', '--format', 'json'], django.root);
    assert.deepEqual(scopes(staged.stdout), ['docs/connect.py:info:docs', 'website/website/settings.py:error:app']);
    assert.deepEqual(scopes(staged.stdout), scopes(walked.stdout));
    assert.ok(!staged.stdout.includes(password));
  });

  it("decides a docs-named folder from the index, not the working tree: the commit's folders", () => {
    const scopes = (root: string) =>
      JSON.parse(runCli(['audit', '--staged', '--format', 'json'], root).stdout)
        .findings.filter((f: { ruleId: string }) => f.ruleId === 'hardcoded-credential')
        .map((f: { path: string; severity: string; scope: string }) => `${f.path}:${f.severity}:${f.scope}`);
    const settings = () => `DEBUG = False\nEMAIL_HOST_PASSWORD = '${fakePassword()}'\n`;
    // Staged with its manage.py, which the working tree has since lost: the commit holds a Django app in website/.
    const staged = suiteRepo();
    staged.write('website/manage.py', "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'website.settings')\n");
    staged.write('website/website/settings.py', settings());
    staged.git('add', '-A');
    rmSync(join(staged.root, 'website', 'manage.py'));
    assert.deepEqual(scopes(staged.root), ['website/website/settings.py:error:app']);
    // A manage.py in the working tree only, not staged: the commit holds a docs site's settings.py.
    const unstaged = suiteRepo();
    unstaged.write('website/website/settings.py', settings());
    unstaged.git('add', '-A');
    unstaged.write('website/manage.py', 'import os\n');
    assert.deepEqual(scopes(unstaged.root), ['website/website/settings.py:info:docs']);
    // A manifest is read as staged: Docusaurus' package.json in the index, an Express one in the working tree.
    const manifest = suiteRepo();
    manifest.write('website/package.json', '{ "dependencies": { "@docusaurus/core": "3.1.0" } }\n');
    manifest.write('website/snippets/connect.js', `module.exports = { db: { password: '${fakePassword()}' } };\n`);
    manifest.git('add', '-A');
    manifest.write('website/package.json', '{ "dependencies": { "express": "^4.18.2" } }\n');
    assert.deepEqual(scopes(manifest.root), ['website/snippets/connect.js:info:docs']);
    manifest.git('add', '-A');
    assert.deepEqual(scopes(manifest.root), ['website/snippets/connect.js:error:app']);
  });

  it('says clearly that it needs a git repository', () => {
    const outside = suiteRepo(false);
    const audit = runCli(['audit', '--staged'], outside.root);
    assert.equal(audit.code, 2);
    assert.match(audit.stderr, /not a git repository: .* \(--changed and --staged need one\)/);
  });
});

describe('audit --changed', () => {
  const repo = suiteRepo();
  repo.write('kept.js', `const stripeKey = '${fakeStripeKey()}';\n`);
  repo.write('moved.js', 'module.exports = 1;\n');
  repo.write('deleted.js', 'module.exports = 2;\n');
  repo.commit('main');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write('feature/new file.js', `const stripeKey = '${fakeStripeKey()}';\n`);
  repo.commit('feature work');
  repo.git('mv', 'moved.js', 'renamed.js');
  repo.write('renamed.js', `module.exports = { password: '${fakePassword()}' };\n`);
  repo.remove('deleted.js');
  repo.write('untracked.js', `const stripeKey = '${fakeStripeKey()}';\n`);

  it('scans files changed since the merge base with main, and untracked files, not the others', () => {
    const audit = runCli(['audit', '--changed', '--format', 'json'], repo.root);
    assert.equal(audit.code, 1, audit.stderr);
    assert.deepEqual(reportedLines(audit.stdout).sort(), ['feature/new file.js:1', 'renamed.js:1', 'untracked.js:1']);
  });

  it('compares with --since REF instead', () => {
    const audit = runCli(['audit', '--changed', '--since', 'HEAD', '--format', 'json'], repo.root);
    assert.deepEqual(reportedLines(audit.stdout).sort(), ['renamed.js:1', 'untracked.js:1']);
    // A ref that looks like an option is looked up as a ref, never passed to git as an option.
    const unknown = runCli(['audit', '--changed', '--since=--output=x'], repo.root);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown commit: --output=x/);
  });
});

describe('history, through the CLI', () => {
  const repo = suiteRepo();
  const key = fakeStripeKey();
  repo.write('app.js', "const express = require('express');\n");
  repo.commit('start');
  repo.write('config.js', `module.exports = {\n  stripeKey: '${key}',\n};\n`);
  const added = repo.commit('add billing');
  repo.write('config.js', 'module.exports = {\n  stripeKey: process.env.STRIPE_KEY,\n};\n');
  repo.commit('read it from the environment');

  it('reports the secret added in one commit and removed in the next, once, as still in history', () => {
    const text = runCli(['history'], repo.root);
    assert.equal(text.code, 1);
    assert.match(text.stdout, new RegExp(`config\\.js:2\\n  ${added.slice(0, 12)} \\d{4}-\\d\\d-\\d\\d  Factor III: hardcoded Stripe secret key in "stripeKey"\\n  removed, but still in history: rotate it`));
    assert.match(text.stdout, /1 credential in the history, 1 of them no longer in HEAD/);
    const json = JSON.parse(runCli(['history', '--format', 'json'], repo.root).stdout);
    assert.deepEqual(
      json.findings.map((f: { commit: string; path: string; line: number; removedFromHead: boolean }) => [f.commit, f.path, f.line, f.removedFromHead]),
      [[added, 'config.js', 2, true]],
    );
    const sarif = JSON.parse(runCli(['history', '--format', 'sarif'], repo.root).stdout);
    assert.equal(sarif.runs[0].results.length, 1);
    assert.equal(sarif.runs[0].results[0].properties.commit, added);
    for (const output of [text.stdout, JSON.stringify(json), JSON.stringify(sarif)]) {
      assert.ok(!output.includes(key.slice(8)), 'the value, or its random part, is never written');
    }
  });

  it('outside a repository: one clear error', () => {
    const outside = suiteRepo(false);
    const run = runCli(['history'], outside.root);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /not a git repository/);
  });
});
