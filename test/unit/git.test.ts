// server/src/git.ts: the one way the project runs git. Hostile repository config names commands
// (fsmonitor, filter drivers, textconv, pager); none of them may run, whatever git is asked.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { GitError, gitAllowed, gitArguments, gitEnvironment, runGit, streamGit } from '../../server/src/git';
import { isTrackedByGit } from '../../server/src/gitTracked';
import { committedBareRepo, fsmonitorRepo } from '../helpers/hostileRepos';

async function lines(iterable: AsyncIterable<string>): Promise<string[]> {
  const all: string[] = [];
  for await (const line of iterable) all.push(line);
  return all;
}

describe('runGit in a repository whose config names commands', () => {
  const repo = fsmonitorRepo();
  after(() => repo.dispose());
  const options = { cwd: repo.root, root: repo.root };

  it('lists, stages nothing, diffs and logs without running the fsmonitor, filter, textconv or pager', async () => {
    execFileSync('git', ['-c', 'user.name=a', '-c', 'user.email=a@example.invalid', '-c', 'core.fsmonitor=false', '-c', 'filter.evil.clean=cat', '-c', 'filter.evil.process=', 'commit', '-q', '--allow-empty', '-m', 'empty'], { cwd: repo.root, stdio: 'ignore' });
    // A changed stat makes git re-read the work-tree file through the clean filter.
    writeFileSync(join(repo.root, 'config.js'), "module.exports = { db: { password: 'changed-in-place' } };\n");
    assert.equal((await runGit(['ls-files', '--error-unmatch', '--', '.env'], options)).code, 1);
    assert.equal((await runGit(['status', '--porcelain'], options)).code, 0);
    assert.equal((await runGit(['diff', '--stat'], options)).code, 0);
    assert.match((await lines(streamGit(['log', '-p', '--format=%H'], options)))[0] ?? '', /^[0-9a-f]{40}$/);
    assert.equal(repo.ran(), false, 'a command from .git/config ran');
  });

  it('puts the neutral config before the subcommand and turns diff drivers off where git diffs', async () => {
    const args = await gitArguments(['log', '-p'], options);
    const at = args.indexOf('log');
    for (const setting of ['core.fsmonitor=false', 'core.hooksPath=/dev/null', 'safe.bareRepository=explicit', 'diff.external=', 'filter.evil.clean=', 'filter.evil.process=', 'diff.evil.textconv=']) {
      const index = args.indexOf(setting);
      assert.ok(index > 0 && index < at && args[index - 1] === '-c', `${setting} in ${args.join(' ')}`);
    }
    assert.deepEqual(args.slice(at, at + 3), ['log', '--no-ext-diff', '--no-textconv']);
    assert.ok(args.includes('--no-pager'));
    await assert.rejects(gitArguments(['--git-dir=/elsewhere', 'status'], options), GitError);
  });

  it('sees a tracked .env as tracked and an untracked one as untracked', async () => {
    assert.equal(await isTrackedByGit(join(repo.root, '.env'), repo.root), false);
    execFileSync('git', ['-c', 'core.fsmonitor=false', '-c', 'filter.evil.clean=cat', '-c', 'filter.evil.process=', 'add', '.env'], { cwd: repo.root });
    assert.equal(await isTrackedByGit(join(repo.root, '.env'), repo.root), true);
    assert.equal(repo.ran(), false);
  });
});

describe('runGit in a committed folder laid out as a bare repository, after a real clone', () => {
  const repo = committedBareRepo();
  after(() => repo.dispose());

  it('refuses the implicit bare repository instead of reading its config', async () => {
    const result = await runGit(['ls-files', '--', '.env'], { cwd: repo.app, root: repo.root });
    assert.notEqual(result.code, 0);
    assert.match(result.stderr, /bare repository/);
    assert.equal(await isTrackedByGit(join(repo.app, '.env'), repo.root), undefined, 'unknown, never "untracked"');
    assert.equal(repo.ran(), false);
  });
});

describe('runGit fences', () => {
  const base = mkdtempSync(join(tmpdir(), 'tfl-git-'));
  after(() => rmSync(base, { recursive: true, force: true }));

  it('discovers no repository above the workspace root', async () => {
    execFileSync('git', ['init', '-q'], { cwd: base });
    const root = join(base, 'workspace');
    mkdirSync(root);
    const result = await runGit(['rev-parse', '--git-dir'], { cwd: root, root });
    assert.notEqual(result.code, 0);
    assert.match(result.stderr, /not a git repository/);
  });

  it('drops the GIT_* environment that would choose another repository or config', () => {
    process.env['GIT_DIR'] = '/elsewhere/.git';
    process.env['GIT_CONFIG_PARAMETERS'] = "'core.fsmonitor'='touch /tmp/x'";
    try {
      const env = gitEnvironment(base);
      assert.equal(env['GIT_DIR'], undefined);
      assert.equal(env['GIT_CONFIG_PARAMETERS'], undefined);
      assert.equal(env['GIT_CONFIG_NOSYSTEM'], '1');
      assert.equal(env['GIT_TERMINAL_PROMPT'], '0');
      assert.equal(env['GIT_CEILING_DIRECTORIES'], tmpdir());
    } finally {
      delete process.env['GIT_DIR'];
      delete process.env['GIT_CONFIG_PARAMETERS'];
    }
  });

  it('bounds the output and the time', async () => {
    const root = join(base, 'bounded');
    mkdirSync(root);
    execFileSync('git', ['init', '-q'], { cwd: root });
    await assert.rejects(runGit(['hash-object', '--stdin'], { cwd: root, root, input: 'x', maxBytes: 8 }), /more than 8 bytes/);
    // 32 MiB through a 64 KiB pipe takes many event-loop turns, so git cannot finish before a 1 ms
    // timer fires (with empty input it sometimes did, under load: a flaky test).
    const slowInput = Buffer.alloc(32 * 1024 * 1024, 'x');
    await assert.rejects(runGit(['hash-object', '--stdin'], { cwd: root, root, input: slowInput, timeoutMs: 1, maxBytes: 1024 }), /timed out/);
  });

  it('runs nothing at all in an untrusted workspace', () => {
    assert.equal(gitAllowed(false), false);
    assert.equal(gitAllowed(true), true);
  });
});
