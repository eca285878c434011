// The bundled examples are the product's demo and its plainest acceptance test: the shop that
// breaks the four factors reports each of them, in every language it has, and the shop that
// follows them reports nothing.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from './helpers';

const REPO = join(__dirname, '..', '..');

interface JsonReport {
  summary: { findings: number; byFactor: Record<string, number>; byRule: Record<string, number> };
  findings: { ruleId: string; path: string }[];
}

function audit(example: string): { code: number | null; report: JsonReport } {
  const run = runCli(['audit', `examples/${example}`, '--format', 'json'], REPO);
  return { code: run.code, report: JSON.parse(run.stdout) as JsonReport };
}

describe('the bundled examples', () => {
  it('black-friday-shop breaks factors II to XII, in JavaScript, Python, Go and its config', () => {
    const { code, report } = audit('black-friday-shop');
    assert.equal(code, 1, 'credentials are errors, so the audit fails');
    for (const factor of ['II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']) assert.ok((report.summary.byFactor[factor] ?? 0) > 0, `factor ${factor}`);
    const rulesIn = (suffix: string) => new Set(report.findings.filter((f) => f.path.endsWith(suffix)).map((f) => f.ruleId));
    assert.deepEqual([...rulesIn('src/server.js')].sort(), ['file-logger', 'hardcoded-credential', 'memory-session-store', 'no-graceful-shutdown', 'startup-migration']);
    assert.deepEqual([...rulesIn('app.py')].sort(), ['file-logger', 'hardcoded-backing-service', 'hardcoded-credential', 'memory-session-store', 'startup-migration', 'undeclared-dependency']);
    assert.deepEqual([...rulesIn('checkout.js')].sort(), ['hardcoded-credential', 'undeclared-dependency']);
    assert.deepEqual([...rulesIn('main.go')].sort(), ['file-logger', 'hardcoded-backing-service', 'hardcoded-credential', 'hardcoded-port', 'no-graceful-shutdown', 'startup-migration']);
    assert.deepEqual([...rulesIn('docker-compose.yml')], ['hardcoded-credential']);
    assert.deepEqual([...rulesIn('package.json')], ['startup-migration'], 'dependency names are not secrets');
    assert.deepEqual([...rulesIn('knexfile.js')], ['dev-prod-divergence']);
    assert.deepEqual([...rulesIn('Dockerfile')].sort(), ['daemonized-process', 'no-graceful-shutdown', 'runtime-build-step']);
  });

  it('twelve-factor-shop follows the factors: no finding at all', () => {
    const { code, report } = audit('twelve-factor-shop');
    assert.equal(code, 0);
    assert.deepEqual(report.findings, []);
  });
});
