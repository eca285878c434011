// The built CLI over the adversarial corpus: it finishes within the documented bound, never
// crashes, says which files it skipped for size, still finds what it should in the odd files
// (UTF-16, names with spaces), and never prints a generated secret.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { writeCorpus } from './corpus';
import { runTimed, type TimedRun } from './timed';
import { CLI_DEFAULT_LIMIT_MS, CLI_PEAK_RSS_BYTES, CLI_RAISED_LIMIT_MS, RAISED_LIMIT_BYTES, scaled } from './limits';

describe('CLI over the adversarial corpus', () => {
  const corpus = writeCorpus();
  const secrets = corpus.secrets;
  after(() => corpus.dispose());

  let defaultRun: TimedRun;
  let raisedRun: TimedRun;
  before(async () => {
    defaultRun = await runTimed(['audit', '.', '--format', 'json', '--exit-zero'], corpus.root, scaled(CLI_DEFAULT_LIMIT_MS) * 2);
    raisedRun = await runTimed(['audit', '.', '--format', 'json', '--exit-zero', '--max-file-size', String(RAISED_LIMIT_BYTES)], corpus.root, scaled(CLI_RAISED_LIMIT_MS) * 2);
  });

  it('finishes with the default size limit within the bound, exit 0, no internal error', () => {
    assert.equal(defaultRun.code, 0, defaultRun.stderr.slice(-2000));
    assert.ok(!defaultRun.stderr.includes('internal error'), defaultRun.stderr.slice(-2000));
    assert.ok(defaultRun.ms < scaled(CLI_DEFAULT_LIMIT_MS), `took ${defaultRun.ms.toFixed(0)} ms`);
  });

  it('skips the files over the limit and says so in the summary (JSON and text)', async () => {
    const report = JSON.parse(defaultRun.stdout) as { summary: { filesSkipped: { tooLarge: number; binary: number } } };
    const tooLarge = corpus.cases.filter((file) => file.bytes.length > 1024 * 1024).length;
    assert.ok(tooLarge >= 3, 'the 10 MB file and the 3 MB literals at least');
    assert.equal(report.summary.filesSkipped.tooLarge, tooLarge);
    assert.equal(report.summary.filesSkipped.binary, 1, 'binary.js holds NUL bytes');
    const text = await runTimed(['audit', '.', '--exit-zero'], corpus.root, scaled(CLI_DEFAULT_LIMIT_MS) * 2);
    assert.match(text.stdout, new RegExp(`${tooLarge} too large`));
  });

  it('scans everything with the limit raised, within the bound and the memory bound', () => {
    assert.equal(raisedRun.code, 0, raisedRun.stderr.slice(-2000));
    assert.ok(raisedRun.ms < scaled(CLI_RAISED_LIMIT_MS), `took ${raisedRun.ms.toFixed(0)} ms`);
    const report = JSON.parse(raisedRun.stdout) as { summary: { filesSkipped: { tooLarge: number } } };
    assert.equal(report.summary.filesSkipped.tooLarge, 0);
    if (raisedRun.peakRssBytes !== undefined) assert.ok(raisedRun.peakRssBytes < CLI_PEAK_RSS_BYTES, `peak RSS ${raisedRun.peakRssBytes} bytes`);
  });

  it('still finds the credential in a UTF-16 file and in a file whose name has spaces and non-ASCII', () => {
    const report = JSON.parse(defaultRun.stdout) as { findings: { path: string; ruleId: string }[] };
    const paths = [...new Set(report.findings.filter((f) => f.ruleId === 'hardcoded-credential').map((f) => f.path))];
    assert.ok(paths.includes('utf16le.js'), paths.join(', '));
    assert.ok(paths.includes('src/with spaces/ünïcødé 名前 🚀.js'), paths.join(', '));
  });

  it('never prints a generated secret, in either run, on stdout or stderr', () => {
    for (const run of [defaultRun, raisedRun]) {
      for (const secret of secrets) {
        assert.ok(!run.stdout.includes(secret) && !run.stderr.includes(secret), `a secret of ${secret.length} chars was printed`);
      }
    }
  });
});
