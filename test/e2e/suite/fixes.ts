// Code actions as a user gets them from the lightbulb: asked for at a diagnostic, applied through
// their WorkspaceEdit and/or command, exactly as VS Code does.
import * as vscode from 'vscode';
import { ours, waitFor } from './helpers';

export async function quickFixesAt(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
    // The last argument resolves lazily computed edits, as the lightbulb does when one is picked.
    'vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value, 100,
  );
  // A bare Command carries its id as a string in `command`; a CodeAction carries a Command object there.
  return (actions ?? []).filter((action): action is vscode.CodeAction => typeof action.command !== 'string');
}

export async function applyAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit && !(await vscode.workspace.applyEdit(action.edit))) throw new Error(`applying "${action.title}" failed`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

export const IGNORE_TITLE = /^Ignore (\S+ )?on this line/;
export const DOCS_TITLE = /^Open (rule )?documentation/;
export const isGeneric = (action: vscode.CodeAction) => IGNORE_TITLE.test(action.title) || DOCS_TITLE.test(action.title);
export const titles = (actions: vscode.CodeAction[]) => actions.map((action) => action.title).join(' | ');

/** The diagnostic of `ruleId` on the open file; waits for the server to publish it. */
export async function diagnosticOf(uri: vscode.Uri, ruleId: string, line?: number): Promise<vscode.Diagnostic> {
  return waitFor(`${ruleId} diagnostic${line === undefined ? '' : ` on line ${line + 1}`}`, () =>
    ours(uri, ruleId).find((d) => line === undefined || d.range.start.line === line));
}

export async function fileText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return (await vscode.workspace.openTextDocument(uri)).getText();
  } catch {
    return undefined;
  }
}

/** Reverts every file the test changed so the next test starts from the example as shipped. */
export async function revertAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty || document.isUntitled) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
}
