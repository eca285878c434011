import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, cliAudit, fileWithRule, openFile, ours, waitFor, waitForDiagnostics, waitForNoDiagnostics } from './helpers';
import { suite, suiteSetup, teardown, test } from './tdd';

const settings = () => vscode.workspace.getConfiguration('twelveFactor');
const reset = async (key: string) => settings().update(key, undefined, vscode.ConfigurationTarget.Workspace);

suite('Settings', () => {
  suiteSetup(() => activeExtension().then(() => undefined));
  teardown(async () => {
    await reset('rules');
    await reset('enable');
  });

  test('turning a rule off removes its diagnostics and leaves the others; turning it back on restores them', async () => {
    const report = cliAudit();
    const { uri, findings } = fileWithRule(report, 'file-logger');
    await openFile(uri);
    await waitFor(`${findings.length} file-logger diagnostics`, () => ours(uri, 'file-logger').length === findings.length);
    const others = ours(uri).filter((d) => !findings.some((f) => f.range.start.line - 1 === d.range.start.line)).length;

    await settings().update('rules', { 'file-logger': 'off' }, vscode.ConfigurationTarget.Workspace);
    await waitForNoDiagnostics(uri, 'file-logger');
    assert.equal(ours(uri).length, others, 'other rules keep their diagnostics');

    await reset('rules');
    await waitFor('file-logger diagnostics back', () => ours(uri, 'file-logger').length === findings.length);
  });

  test('a severity set in settings is the severity shown', async () => {
    const { uri } = fileWithRule(cliAudit(), 'memory-session-store');
    await openFile(uri);
    await waitForDiagnostics(uri, 'memory-session-store');
    await settings().update('rules', { 'memory-session-store': 'hint' }, vscode.ConfigurationTarget.Workspace);
    await waitFor('memory-session-store as hints', () => {
      const found = ours(uri, 'memory-session-store');
      return found.length > 0 && found.every((d) => d.severity === vscode.DiagnosticSeverity.Hint);
    });
  });

  test('twelveFactor.enable = false clears every diagnostic', async () => {
    const { uri } = fileWithRule(cliAudit(), 'hardcoded-credential');
    await openFile(uri);
    await waitForDiagnostics(uri);
    await settings().update('enable', false, vscode.ConfigurationTarget.Workspace);
    await waitForNoDiagnostics(uri);
    await reset('enable');
    await waitForDiagnostics(uri, 'hardcoded-credential');
  });
});
