import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, cliAudit, fileWithRule, isCode, openFile, ours, startOf, waitFor, workspaceFile } from './helpers';
import { applyAction, fileText, quickFixesAt, revertAll, titles } from './fixes';
import { suite, suiteSetup, suiteTeardown, test } from './tdd';

const MOVE_TO_ENV = /^Move to environment variable ([A-Z][A-Z0-9_]*)/;
const QUOTED = /^(['"`])(.*)\1$/s;

const lines = (text: string | undefined) => (text ?? '').split(/\r?\n/);

suite('Quick fix: move a hardcoded credential to an environment variable', () => {
  suiteSetup(() => activeExtension().then(() => undefined));
  suiteTeardown(revertAll);

  test('it rewrites the code, fills .env and .env.example, ignores .env in git, and one undo restores the file', async () => {
    // A credential written as a plain string literal: the simplest case to state the expected file for.
    const { uri, findings } = fileWithRule(cliAudit(), 'hardcoded-credential', isCode);
    const editor = await openFile(uri);
    const document = editor.document;
    const before = document.getText();
    const diagnostic = await waitFor('a hardcoded-credential diagnostic on a string literal', () => findings
      .map((finding) => ours(uri, 'hardcoded-credential').find((d) => d.range.start.isEqual(startOf(finding))))
      .find((d) => d && literalAt(document, d.range)));
    const { range: literalRange, secret } = literalAt(document, diagnostic.range)!;

    const actions = await quickFixesAt(uri, diagnostic);
    const move = actions.find((action) => MOVE_TO_ENV.test(action.title));
    assert.ok(move, `no "Move to environment variable" action among: ${titles(actions)}`);
    assert.equal(move.isPreferred, true, `"${move.title}" should be the preferred fix (line ${diagnostic.range.start.line + 1})`);
    const envName = MOVE_TO_ENV.exec(move.title)![1]!;

    await applyAction(move);
    const [start, end] = [document.offsetAt(literalRange.start), document.offsetAt(literalRange.end)];
    const expected = `${before.slice(0, start)}process.env.${envName}${before.slice(end)}`;
    // On a timeout, show the difference rather than only that it timed out.
    await waitFor('the fixed file', () => document.getText() === expected).catch(() => assert.equal(document.getText(), expected));

    const root = (name: string) => workspaceFile(name);
    const dotenv = lines(await fileText(root('.env')));
    assert.ok(dotenv.some((line) => new RegExp(`^${envName}=(['"]?)${escape(secret)}\\1$`).test(line)), `.env lacks ${envName}=<the value>`);
    const example = lines(await fileText(root('.env.example')));
    const exampleLine = example.find((line) => line.startsWith(`${envName}=`));
    assert.ok(exampleLine !== undefined, `.env.example lacks ${envName}=`);
    assert.ok(!exampleLine.includes(secret), '.env.example must not contain the secret');
    const gitignore = lines(await fileText(root('.gitignore'))).map((line) => line.trim());
    assert.ok(gitignore.some((line) => line === '.env' || line === '/.env' || line === '.env*'), '.gitignore does not ignore .env');
    await waitFor('the finding to go', () => !ours(uri, 'hardcoded-credential').some((d) => d.range.start.isEqual(diagnostic.range.start)));

    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    await waitFor('one undo to restore the file', () => document.getText() === before);
  });
});

/** The quoted string literal a diagnostic marks, whether its range holds the quotes or only the value. */
function literalAt(document: vscode.TextDocument, range: vscode.Range): { range: vscode.Range; secret: string } | undefined {
  const quoted = QUOTED.exec(document.getText(range));
  if (quoted) return { range, secret: quoted[2]! };
  const widened = new vscode.Range(range.start.translate(0, -1), range.end.translate(0, 1));
  const around = QUOTED.exec(document.getText(widened));
  return around && around[2] === document.getText(range) ? { range: widened, secret: around[2] } : undefined;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
