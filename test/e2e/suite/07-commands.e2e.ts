import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import { activeExtension, cliAudit, fileWithRule, openFile, ours, waitFor, waitForDiagnostics } from './helpers';
import { suite, suiteSetup, test } from './tdd';

const COMMANDS = ['twelveFactor.auditWorkspace', 'twelveFactor.openRuleDocs', 'twelveFactor.restartServer', 'twelveFactor.showOutput'];

suite('Commands', () => {
  suiteSetup(() => activeExtension().then(() => undefined));

  test('every command of the extension is registered', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(COMMANDS.filter((command) => !registered.has(command)), []);
  });

  test('Restart Server brings the diagnostics of open files back', async () => {
    const { uri, findings } = fileWithRule(cliAudit(), 'startup-migration');
    await openFile(uri);
    await waitForDiagnostics(uri, 'startup-migration');
    await vscode.commands.executeCommand('twelveFactor.restartServer');
    // The restarted server publishes afresh; wait until it shows the same findings again.
    await waitFor('the startup-migration findings after the restart', () => ours(uri, 'startup-migration').length === findings.length);
    const summary = await vscode.commands.executeCommand<{ findings: number }>('twelveFactor.auditWorkspace');
    assert.ok(summary && summary.findings > 0, 'the restarted server answers the audit command');
  });

  test('a crashed server is restarted and checks again', async () => {
    const { uri, findings } = fileWithRule(cliAudit(), 'file-logger');
    await openFile(uri);
    await waitForDiagnostics(uri, 'file-logger');
    const serverPath = `${(await activeExtension()).extensionPath}/dist/server.js`;
    const before = serverPids(serverPath);
    assert.equal(before.length, 1, `one server process runs (${before.join(', ')})`);
    process.kill(before[0]!, 'SIGKILL');
    const after = await waitFor('a new server process', () => {
      const pids = serverPids(serverPath).filter((pid) => !before.includes(pid));
      return pids.length === 1 ? pids : undefined;
    });
    assert.notEqual(after[0], before[0]);
    // The new server republishes the open file's findings and answers requests.
    await waitFor('the file-logger findings after the crash', () => ours(uri, 'file-logger').length === findings.length);
    const summary = await vscode.commands.executeCommand<{ findings: number }>('twelveFactor.auditWorkspace');
    assert.ok(summary && summary.findings > 0, 'the restarted server answers the audit command');
  });
});

/** PIDs of language server processes started from this extension's bundle. */
function serverPids(serverPath: string): number[] {
  try {
    return execFileSync('pgrep', ['-f', serverPath], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}
