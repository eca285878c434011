import { randomBytes } from 'node:crypto';
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, openFile, waitForDiagnostics, waitForNoDiagnostics, workspaceFile } from './helpers';
import { suite, suiteSetup, test } from './tdd';

suite('Typing', () => {
  suiteSetup(() => activeExtension().then(() => undefined));

  test('typing a hardcoded password flags it; deleting it clears the flag', async () => {
    const uri = workspaceFile('src/typing-check.js');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode("'use strict';\n\nmodule.exports = {};\n"));
    const editor = await openFile(uri);
    const password = randomBytes(18).toString('base64url');
    const line = `const dbPassword = '${password}';\n`;
    const insertAt = new vscode.Position(1, 0);
    assert.ok(await editor.edit((edit) => edit.insert(insertAt, line)));
    const [diagnostic] = await waitForDiagnostics(uri, 'hardcoded-credential');
    assert.equal(diagnostic?.range.start.line, 1);
    assert.ok(!diagnostic?.message.includes(password), 'the message must not echo the secret');
    const typed = new vscode.Range(insertAt, new vscode.Position(2, 0));
    assert.ok(await editor.edit((edit) => edit.delete(typed)));
    await waitForNoDiagnostics(uri, 'hardcoded-credential');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.workspace.fs.delete(uri);
  });
});
