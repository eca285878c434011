import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, cliAudit, closeAllEditors, findingsByFile, ours, waitFor } from './helpers';
import { suite, suiteSetup, test } from './tdd';

interface AuditSummary {
  filesScanned: number;
  findings: number;
  byFactor: Record<string, number>;
  byRule: Record<string, number>;
  durationMs: number;
}

// Runs first, while no file of the workspace has been opened.
suite('Audit Workspace', () => {
  suiteSetup(async () => {
    await activeExtension();
    await closeAllEditors();
  });

  test('its summary matches the CLI JSON for the same folder', async () => {
    const cli = cliAudit();
    const summary = await vscode.commands.executeCommand<AuditSummary>('twelveFactor.auditWorkspace');
    assert.ok(summary, 'twelveFactor.auditWorkspace returned nothing');
    assert.ok(cli.summary.findings > 0, 'the CLI finds nothing in the example app');
    assert.equal(summary.findings, cli.summary.findings, 'findings');
    assert.equal(summary.filesScanned, cli.summary.filesScanned, 'filesScanned');
    assert.deepEqual(summary.byRule, cli.summary.byRule, 'byRule');
    assert.deepEqual(summary.byFactor, cli.summary.byFactor, 'byFactor');
    assert.equal(typeof summary.durationMs, 'number');
  });

  test('it shows diagnostics for files that were never opened', async () => {
    const cli = cliAudit();
    const openPaths = new Set(vscode.workspace.textDocuments.map((document) => document.uri.fsPath));
    const files = [...findingsByFile(cli)].map(([path, findings]) => ({ uri: vscode.Uri.file(path), count: findings.length }));
    const neverOpened = files.filter((file) => !openPaths.has(file.uri.fsPath));
    assert.ok(neverOpened.length > 0, 'every flagged file is open: nothing to check');
    await waitFor('diagnostics for every never-opened file the CLI flags', () =>
      neverOpened.every((file) => ours(file.uri).length === file.count));
  });

  test('Show Scorecard opens the scorecard webview', async () => {
    await vscode.commands.executeCommand('twelveFactor.showReport');
    await waitFor('a scorecard webview tab', () =>
      vscode.window.tabGroups.all.some((group) =>
        group.tabs.some((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('twelveFactor.scorecard'))));
    await closeAllEditors();
  });
});
