// "Audit Workspace" over LSP: progress with percentages, diagnostics for files never opened,
// a summary that matches the CLI's JSON, stale results cleared, and cancellation.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TestClient, until } from '../helpers/lspClient';
import { REPO, tempWorkspace } from '../helpers/workspace';

interface Summary {
  filesScanned: number;
  findings: number;
  byFactor: Record<string, number>;
  byRule: Record<string, number>;
  cancelled: boolean;
  reportMarkdown: string;
}

describe('audit workspace over LSP', () => {
  const workspace = tempWorkspace();
  const client = new TestClient({ workspace: workspace.root });

  before(() => client.initialize());
  after(async () => {
    await client.shutdown();
    workspace.dispose();
  });

  it('publishes findings for files never opened, reports progress, and matches the CLI', async () => {
    const summary = (await client.connection.sendRequest('workspace/executeCommand', {
      command: 'twelveFactor.auditWorkspace',
      arguments: [],
    })) as Summary;
    assert.equal(summary.cancelled, false);
    assert.ok(summary.findings > 0);
    const cli = JSON.parse(
      execFileSync(process.execPath, [join(REPO, 'dist/cli.js'), 'audit', workspace.root, '--format', 'json', '--exit-zero'], { encoding: 'utf8' }),
    ) as { summary: { filesScanned: number; findings: number; byFactor: Record<string, number>; byRule: Record<string, number> } };
    assert.equal(summary.findings, cli.summary.findings);
    assert.equal(summary.filesScanned, cli.summary.filesScanned);
    assert.deepEqual(summary.byRule, cli.summary.byRule);
    assert.deepEqual(summary.byFactor, cli.summary.byFactor);
    for (const factor of ['III', 'VI', 'XI', 'XII']) assert.ok(summary.byFactor[factor]! > 0, `factor ${factor} found`);

    const checkout = client.latest(client.uri('src/routes/checkout.js'));
    assert.ok(checkout?.some((d) => d.code === 'hardcoded-credential'), 'a never-opened file gets diagnostics');
    const compose = client.latest(client.uri('docker-compose.yml'));
    assert.ok(compose?.some((d) => d.code === 'hardcoded-credential'), 'config files are audited too');

    const reports = client.progress.map((p) => (p as { value: { kind: string; percentage?: number } }).value);
    assert.equal(reports[0]?.kind, 'begin');
    assert.equal(reports.at(-1)?.kind, 'end');
    assert.ok(reports.some((r) => r.kind === 'report' && r.percentage === 100));
    assert.match(summary.reportMarkdown, /\| ❌ III\. Config \| \d+ errors? /);
    assert.match(summary.reportMarkdown, /\| ✅ I\. Codebase \| clean \|/);
    assert.ok(!summary.reportMarkdown.includes('sk_live_EzSDEBjtIFtRmNBm4YjRtcBo'), 'the report never shows a secret');
  });

  it('clears findings that no longer hold when the audit runs again', async () => {
    rmSync(join(workspace.root, 'src/routes/checkout.js'));
    const uri = client.uri('src/routes/checkout.js');
    const since = client.publishCount(uri);
    await client.connection.sendRequest('workspace/executeCommand', { command: 'twelveFactor.auditWorkspace', arguments: [] });
    await client.nextDiagnostics(uri, (list) => list.length === 0, since);
  });

  it('stops when the user cancels its progress, and says so', async () => {
    const big = tempWorkspace();
    const bigClient = new TestClient({ workspace: big.root });
    try {
      for (let i = 0; i < 3000; i++) big.write(`src/module${i}.js`, `const value${i} = process.env.VALUE_${i};\nmodule.exports = value${i};\n`);
      await bigClient.initialize();
      const pending = bigClient.connection.sendRequest('workspace/executeCommand', {
        command: 'twelveFactor.auditWorkspace',
        arguments: [],
      }) as Promise<Summary>;
      const token = await until(() => {
        const report = bigClient.progress.find((p) => (p as { value: { kind: string } }).value.kind === 'report');
        return (report as { token: string | number } | undefined)?.token;
      }, 'the first progress report');
      await bigClient.connection.sendNotification('window/workDoneProgress/cancel', { token });
      const summary = await pending;
      assert.equal(summary.cancelled, true);
      assert.ok(summary.filesScanned < 3000, `stopped early (${summary.filesScanned} files)`);
      assert.ok(bigClient.alive);
    } finally {
      await bigClient.shutdown();
      big.dispose();
    }
  });
});
