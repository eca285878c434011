// Asking for quick-fixes on a credential with a .env beside it made the server run git, and git
// ran whatever the repository's config named. Both hostile layouts: nothing from them may run;
// in an untrusted workspace no process runs at all (a `git` first on PATH would notice).
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { committedBareRepo, fsmonitorRepo, type HostileRepo } from '../helpers/hostileRepos';
import { TestClient } from '../helpers/lspClient';

async function askForFixes(client: TestClient, repo: HostileRepo): Promise<CodeAction[]> {
  const path = relative(repo.root, join(repo.app, 'config.js'));
  const uri = client.open(path, readFileSync(join(repo.app, 'config.js'), 'utf8'), 'javascript');
  const diagnostics = await client.nextDiagnostics(uri, (list) => list.some((d) => d.code === 'hardcoded-credential'));
  const diagnostic = diagnostics.find((d) => d.code === 'hardcoded-credential') as Diagnostic;
  const actions = (await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], only: ['quickfix'] },
  })) as CodeAction[];
  // Resolving is when the edit (and the git question) is computed for lazy clients.
  for (const action of actions) if (action.data) await client.connection.sendRequest('codeAction/resolve', action);
  return actions;
}

for (const [name, make] of [['a .git/config with fsmonitor and filter drivers', fsmonitorRepo], ['a committed bare-repository folder after git clone', committedBareRepo]] as const) {
  describe(`server code actions in ${name}`, () => {
    const repo = make();
    after(() => repo.dispose());

    it('runs nothing the repository names', async () => {
      const client = new TestClient({ workspace: repo.root });
      try {
        await client.initialize();
        const actions = await askForFixes(client, repo);
        assert.ok(actions.length > 0, 'the request was answered');
        assert.equal(repo.ran(), false, 'a command from the repository ran');
      } finally {
        await client.shutdown();
      }
    });
  });
}

describe('server in an untrusted workspace', () => {
  const repo = fsmonitorRepo();
  const bin = mkdtempSync(join(tmpdir(), 'tfl-fake-git-'));
  const spawned = join(bin, 'SPAWNED');
  after(() => {
    repo.dispose();
    rmSync(bin, { recursive: true, force: true });
  });

  it('runs no process at all, and offers no move-to-env fix it cannot check', async () => {
    writeFileSync(join(bin, 'git'), `#!/bin/sh\ntouch '${spawned}'\nexit 1\n`);
    chmodSync(join(bin, 'git'), 0o755);
    const client = new TestClient({
      workspace: repo.root,
      initializationOptions: { trusted: false },
      env: { ...process.env, PATH: `${bin}${delimiter}${process.env['PATH'] ?? ''}` },
    });
    try {
      await client.initialize();
      const actions = await askForFixes(client, repo);
      assert.ok(!actions.some((action) => action.title.startsWith('Move to environment variable')), 'git cannot say whether .env is tracked');
      assert.ok(actions.some((action) => action.title.startsWith('Ignore')), 'other actions stay');
      assert.equal(existsSync(spawned), false, 'a process ran in an untrusted workspace');
      assert.equal(repo.ran(), false);
    } finally {
      await client.shutdown();
    }
  });
});
