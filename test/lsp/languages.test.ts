// Beyond JavaScript over LSP: a Python and a Go file get the same rules, with exact ranges.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestClient } from '../helpers/lspClient';
import { tempWorkspace } from '../helpers/workspace';

describe('Python and Go over LSP', () => {
  const workspace = tempWorkspace();
  const client = new TestClient({ workspace: workspace.root });

  before(() => client.initialize());
  after(async () => {
    await client.shutdown();
    workspace.dispose();
  });

  const all = ['hardcoded-credential', 'file-logger', 'memory-session-store', 'startup-migration'];
  const cases = [
    { path: 'services/recommendations/app.py', languageId: 'python', secret: 'nQ4vT8kZ2pW6yR1mX9sB3dF7', rules: all },
    // The inventory service keeps no sessions.
    { path: 'services/inventory/main.go', languageId: 'go', secret: 'Zr8Kq2Wx5Nv9Tm3L', rules: all.filter((r) => r !== 'memory-session-store') },
  ];
  for (const { path, languageId, secret, rules } of cases) {
    it(`reports ${rules.join(', ')} in ${path}`, async () => {
      const text = workspace.read(path);
      const uri = client.open(path, text, languageId);
      const diagnostics = await client.nextDiagnostics(uri, (list) => rules.every((rule) => list.some((d) => d.code === rule)));
      const credential = diagnostics.find((d) => d.code === 'hardcoded-credential' && text.split('\n')[d.range.start.line]!.includes(secret))!;
      const line = text.split('\n')[credential.range.start.line]!;
      assert.equal(line.slice(credential.range.start.character, credential.range.end.character), `"${secret}"`);
      assert.ok(diagnostics.every((d) => !String(d.message).includes(secret)));
      client.close(uri);
    });
  }
});
