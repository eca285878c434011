// The worker pool must not change what an audit finds: the same findings, in the same order,
// with the same skip counts, whether one thread scans or several workers do.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { auditPaths, type AuditResult } from '../../server/src/auditRun';
import { runCli } from './helpers';

const REPO = join(__dirname, '..', '..');
/**
 * Every language the engine reads, with findings of every rule, plus hard negatives. The first
 * root's own config applies (the repository's ignores its examples and fixtures).
 */
const TREES = [join(REPO, 'examples', 'black-friday-shop'), join(REPO, 'test', 'fixtures')];

function comparable(result: AuditResult) {
  return { files: result.files, scannedCount: result.scannedCount, skipped: result.skipped };
}

describe('audit with a worker pool', () => {
  it('finds exactly what one thread finds, in the same order', async () => {
    const single = await auditPaths(TREES, { base: REPO, jobs: 1 });
    const pooled = await auditPaths(TREES, { base: REPO, jobs: 2 });
    assert.ok(single.files.length >= 10, `the trees have findings in many files (got ${single.files.length})`);
    assert.ok(new Set(single.files.flatMap((file) => file.findings.map((finding) => finding.ruleId))).size >= 4);
    assert.deepEqual(comparable(pooled), comparable(single));
  });

  it('stops the workers when aborted', async () => {
    const controller = new AbortController();
    const aborted = auditPaths(TREES, {
      base: REPO,
      jobs: 2,
      signal: controller.signal,
      onProgress: (done) => done === 2 && controller.abort(new Error('cancelled')),
    });
    await assert.rejects(aborted, /cancelled/);
  });

  it('takes --jobs on the command line, and the same JSON comes out', () => {
    const run = (jobs: string) => runCli(['audit', 'examples/black-friday-shop', '--format', 'json', '--jobs', jobs, '--exit-zero'], REPO);
    const withoutDuration = (stdout: string) => stdout.replace(/"durationMs": \d+/, '');
    const one = run('1');
    const two = run('2');
    assert.equal(one.code, 0, one.stderr);
    assert.ok(JSON.parse(one.stdout).findings.length > 0);
    assert.equal(withoutDuration(two.stdout), withoutDuration(one.stdout));
    const bad = runCli(['audit', 'examples/black-friday-shop', '--jobs', '0'], REPO);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--jobs must be a positive whole number/);
  });
});
