import * as assert from 'node:assert/strict';
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
});
