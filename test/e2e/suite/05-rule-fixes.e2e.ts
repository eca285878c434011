import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activeExtension, cliAudit, filesWithRule, fileWithRule, isCode, openFile, ours, RULES, startOf, waitFor, type CliReport,
} from './helpers';
import { applyAction, diagnosticOf, DOCS_TITLE, IGNORE_TITLE, isGeneric, quickFixesAt, revertAll, titles } from './fixes';
import { setup, suite, suiteSetup, suiteTeardown, test } from './tdd';

const MOVE_TO_ENV = /^Move to environment variable/;

// Not every finding has a rule-specific fix (a Map of users has no drop-in replacement): take the first that does.
async function firstRuleFix(report: CliReport, rule: string) {
  const seen = new Set<string>();
  for (const { uri, findings } of filesWithRule(report, rule)) {
    await openFile(uri);
    for (const finding of findings) {
      const actions = await quickFixesAt(uri, await diagnosticOf(uri, rule, startOf(finding).line));
      for (const action of actions) seen.add(action.title);
      const fix = actions.find((action) => !isGeneric(action) && !MOVE_TO_ENV.test(action.title));
      if (fix) return { found: { uri, fix }, seen: [...seen] };
    }
  }
  return { found: undefined, seen: [...seen] };
}

suite('Quick fixes of each rule', () => {
  let report: CliReport;
  suiteSetup(async () => {
    await activeExtension();
    report = cliAudit();
  });
  setup(revertAll);
  suiteTeardown(revertAll);

  for (const rule of RULES.filter((id) => id !== 'hardcoded-credential')) {
    test(`${rule}: its own fix removes the finding`, async () => {
      const { found, seen } = await firstRuleFix(report, rule);
      assert.ok(found, `no ${rule} fix among: ${seen.join(' | ')}`);
      const { uri, fix } = found;
      const document = await vscode.workspace.openTextDocument(uri);
      const [textBefore, countBefore] = [document.getText(), ours(uri, rule).length];
      await applyAction(fix);
      await waitFor(`"${fix.title}" to change the file`, () => document.getText() !== textBefore);
      await waitFor(`"${fix.title}" to remove a ${rule} finding`, () => ours(uri, rule).length < countBefore);
    });
  }

  for (const rule of RULES) {
    test(`${rule}: "Ignore on this line" adds the comment and silences the finding`, async () => {
      const { uri, findings } = fileWithRule(report, rule, isCode);
      const editor = await openFile(uri);
      const line = startOf(findings[0]!).line;
      const diagnostic = await diagnosticOf(uri, rule, line);
      const actions = await quickFixesAt(uri, diagnostic);
      const ignore = actions.find((action) => IGNORE_TITLE.test(action.title) && action.title.includes(rule));
      assert.ok(ignore, `no "Ignore ${rule} on this line" among: ${titles(actions)}`);
      await applyAction(ignore);
      const comment = await waitFor('the ignore comment', () => {
        const text = editor.document.lineAt(line).text;
        return text.trim() === `// twelve-factor-ignore-next-line ${rule}` && text;
      });
      // Same indentation as the line it silences, which moved one line down.
      const silenced = editor.document.lineAt(line + 1).text;
      assert.equal(comment.length - comment.trimStart().length, silenced.length - silenced.trimStart().length);
      await waitFor(`the ${rule} finding on that line to go`, () => !ours(uri, rule).some((d) => d.range.start.line === line + 1));
    });
  }

  test('"Open rule documentation" opens the rule\'s docs page', async () => {
    const { uri, findings } = fileWithRule(report, 'file-logger');
    await openFile(uri);
    const diagnostic = await diagnosticOf(uri, 'file-logger', startOf(findings[0]!).line);
    const actions = await quickFixesAt(uri, diagnostic);
    const docs = actions.find((action) => DOCS_TITLE.test(action.title));
    assert.ok(docs?.command, `no "Open documentation" command among: ${titles(actions)}`);
    assert.equal(docs.command.command, 'twelveFactor.openRuleDocs');
    assert.ok(JSON.stringify(docs.command.arguments ?? []).includes('file-logger'), 'the command names the rule');
    assert.ok(!docs.edit, 'opening docs changes no file');
  });
});
