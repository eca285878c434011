// One fix = one undo, and its edits never overlap: every kind of quick-fix the server offers, in
// every language, taken from the rule examples (one example per rule, language and kind of fix),
// asked for over LSP as an editor would, and its WorkspaceEdit checked whole: each file edited by
// one change only, no two edits of a file overlapping, the code file versioned.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import type { CodeAction, Diagnostic, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { Grammars } from '../../server/src/grammars';
import { LANGUAGES, TREE_SITTER_LANGUAGES } from '../../server/src/engine/languages/catalogue';
import { languageOf } from '../../server/src/engine/languages/detect';
import { RULE_EXAMPLES } from '../../server/src/engine/rules/examples';
import { scan } from '../../server/src/engine/scan';
import { quickFixes, serverOverExample } from '../helpers/codeActions';
import { parseMarkers } from '../helpers/markers';
import { editProblems } from '../helpers/workspaceEdit';

interface Sample {
  key: string;
  ruleId: string;
  path: string;
  code: string;
}

async function samples(): Promise<Sample[]> {
  const grammars = new Grammars();
  for (const language of TREE_SITTER_LANGUAGES) await grammars.ensure(language);
  const seen = new Map<string, Sample>();
  for (const { ruleId, sets } of RULE_EXAMPLES) {
    for (const set of sets) {
      for (const example of set.examples.invalid) {
        if (example.options) continue;
        const { code } = parseMarkers(example.code);
        const language = languageOf(example.path);
        for (const finding of scan({ path: example.path }, code, { treeSitter: grammars })) {
          if (finding.ruleId !== ruleId || !finding.fix) continue;
          const key = `${ruleId} [${language}] ${finding.fix.kind}${'title' in finding.fix ? `: ${finding.fix.title}` : ''}`;
          if (!seen.has(key)) seen.set(key, { key, ruleId, path: example.path, code });
        }
      }
    }
  }
  return [...seen.values()];
}

async function resolved(client: ReturnType<typeof serverOverExample>['client'], action: CodeAction): Promise<CodeAction> {
  return action.edit || !action.data ? action : ((await client.connection.sendRequest('codeAction/resolve', action)) as CodeAction);
}

describe('every kind of quick-fix is one WorkspaceEdit whose edits never overlap', async () => {
  const server = serverOverExample();
  const all = await samples();

  it('covers fixes of every rule that has one, in more than one language', () => {
    const rules = new Set(all.map((sample) => sample.ruleId));
    assert.ok(rules.size >= 5, [...rules].join(', '));
    assert.ok(new Set(all.map((sample) => languageOf(sample.path))).size >= 6);
  });

  for (const sample of all) {
    it(sample.key, async () => {
      const { client, workspace } = server;
      mkdirSync(dirname(join(workspace.root, sample.path)), { recursive: true });
      workspace.write(sample.path, sample.code);
      const language = languageOf(sample.path)!;
      const uri = client.uri(sample.path);
      const since = client.publishCount(uri);
      client.open(sample.path, sample.code, LANGUAGES[language].editorIds[0]!);
      const matches = (d: Diagnostic) => d.code === sample.ruleId;
      const diagnostics = (await client.nextDiagnostics(uri, (list) => list.some(matches), since)).filter(matches);
      const checked: string[] = [];
      for (const diagnostic of diagnostics) {
        for (const action of await quickFixes(client, uri, diagnostic)) {
          const edit: WorkspaceEdit | undefined = (await resolved(client, action)).edit;
          if (!edit) continue;
          assert.deepEqual(editProblems(edit), [], `${action.title}`);
          checked.push(action.title);
        }
      }
      client.close(uri);
      assert.ok(checked.length > 0, `no edit offered for ${sample.key}`);
    });
  }
});
