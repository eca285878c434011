// The built CLI over each hostile repository: it ends within the time and memory bounds, with the
// expected exit code, finds what it should, and nothing the repository names ever runs.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { hostileCases } from './hostile';
import { HOSTILE_REPO_MS, HOSTILE_REPO_RSS_BYTES, scaled } from './limits';
import { runTimed } from './timed';

describe('CLI over hostile repositories', () => {
  const cases = hostileCases();
  after(() => cases.forEach((hostile) => hostile.dispose()));
  for (const hostile of cases) {
    it(hostile.name, async () => {
      const run = await runTimed(['audit', ...hostile.args, '--format', 'json'], hostile.cwd, scaled(HOSTILE_REPO_MS) * 2);
      const mib = run.peakRssBytes === undefined ? '?' : (run.peakRssBytes / 1024 ** 2).toFixed(0);
      console.log(`hostile repository: ${hostile.name}: ${Math.round(run.ms)} ms, peak RSS ${mib} MiB, exit ${run.code}`);
      assert.ok(run.ms < scaled(HOSTILE_REPO_MS), `${Math.round(run.ms)} ms`);
      if (run.peakRssBytes !== undefined) assert.ok(run.peakRssBytes < HOSTILE_REPO_RSS_BYTES, `${mib} MiB`);
      assert.equal(run.code, hostile.expectedExit, run.stderr.slice(-1000));
      assert.doesNotMatch(run.stderr, /internal error/);
      if (hostile.findsIn) {
        const report = JSON.parse(run.stdout) as { findings: Array<{ path: string; ruleId: string }> };
        assert.ok(report.findings.some((finding) => finding.path === hostile.findsIn && finding.ruleId === 'hardcoded-credential'), `a credential in ${hostile.findsIn}`);
      }
      if (hostile.says) assert.match(run.stderr + run.stdout, hostile.says);
      if (hostile.ran) assert.equal(hostile.ran(), false, 'a command from the repository ran');
    });
  }
});
