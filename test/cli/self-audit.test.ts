// The repository audits itself clean: its own .twelve-factor.json leaves out the rule examples,
// test fixtures and example apps (deliberate violations); everything else must pass, as a user's
// repository would in CI.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from './helpers';

const REPO = join(__dirname, '..', '..');

describe('twelve-factor-lint on its own repository', () => {
  it('`audit .` at the root reports no finding and exits 0', () => {
    const run = runCli(['audit', '.', '--format', 'json'], REPO);
    const report = JSON.parse(run.stdout) as { summary: { filesScanned: number }; findings: Array<{ path: string; ruleId: string; range: { start: { line: number } } }> };
    const found = report.findings.map((finding) => `${finding.path}:${finding.range.start.line} ${finding.ruleId}`);
    assert.deepEqual(found, [], 'fix the code, or mark a deliberate case with a twelve-factor-ignore comment that says why');
    assert.equal(run.code, 0);
    assert.ok(report.summary.filesScanned > 100, `the product code is scanned (${report.summary.filesScanned} files)`);
  });
});
