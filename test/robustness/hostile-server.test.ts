// The language server opened on hostile repositories: links to /dev/zero as .gitignore, .env and
// config file (which once killed it at start), FIFOs, a deep tree. It starts, answers within the
// bound, publishes the credential it should, and is still alive.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { TestClient } from '../helpers/lspClient';
import { hostileCases } from './hostile';
import { HOSTILE_REPO_MS, scaled } from './limits';

describe('server over hostile repositories', () => {
  // A root the editor opens is a folder; the symlinked-root case is the CLI's.
  const cases = hostileCases().filter((hostile) => hostile.args[0] === '.');
  after(() => cases.forEach((hostile) => hostile.dispose()));
  for (const hostile of cases) {
    it(hostile.name, async () => {
      const client = new TestClient({ workspace: hostile.cwd });
      try {
        const started = performance.now();
        await client.initialize();
        const uri = client.open(hostile.credentialFile, readFileSync(join(hostile.cwd, hostile.credentialFile), 'utf8'), 'javascript');
        const diagnostics = await client.nextDiagnostics(uri, (list) => list.some((d) => d.code === 'hardcoded-credential'));
        const ms = performance.now() - started;
        console.log(`hostile repository (server): ${hostile.name}: first diagnostics in ${Math.round(ms)} ms`);
        assert.ok(ms < scaled(HOSTILE_REPO_MS), `${Math.round(ms)} ms`);
        assert.ok(diagnostics.length > 0);
        await client.connection.sendRequest('textDocument/codeAction', {
          textDocument: { uri },
          range: diagnostics[0]!.range,
          context: { diagnostics },
        });
        assert.ok(client.alive, 'the server is still running');
        if (hostile.ran) assert.equal(hostile.ran(), false);
      } finally {
        await client.shutdown();
      }
    });
  }
});
