// Factor I in the editor: an open manifest's paths are judged against the git repository holding the
// workspace folder (a folder opened on one service of a monorepo still sees the monorepo), and outside
// git against the workspace folder itself.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TestClient } from '../helpers/lspClient';

const MANIFEST = '{\n  "name": "api",\n  "dependencies": {\n    "shared": "file:../shared",\n    "legacy-auth": "file:../../../legacy-auth"\n  }\n}\n';

/** A workspace folder opened on `services/api`, in a repository at its grandparent (`git`) or in no repository. */
function openOn(git: boolean): { root: string; client: TestClient } {
  const root = mkdtempSync(join(tmpdir(), 'tfl-codebase-'));
  if (git) mkdirSync(join(root, '.git'));
  const folder = join(root, 'services', 'api');
  mkdirSync(folder, { recursive: true });
  return { root, client: new TestClient({ workspace: folder }) };
}

for (const git of [true, false]) {
  describe(`dependency-outside-codebase over LSP, ${git ? 'in a repository above the workspace folder' : 'outside git'}`, () => {
    const { root, client } = openOn(git);
    before(() => client.initialize());
    after(async () => {
      await client.shutdown();
      rmSync(root, { recursive: true, force: true });
    });

    it(git ? 'reports only the path that leaves the repository' : 'judges the paths against the workspace folder', async () => {
      const uri = client.open('package.json', MANIFEST, 'json');
      const diagnostics = await client.nextDiagnostics(uri, (list) => list.some((d) => d.code === 'dependency-outside-codebase'));
      const lines = diagnostics.filter((d) => d.code === 'dependency-outside-codebase').map((d) => d.range.start.line);
      assert.deepEqual(lines, git ? [4] : [3, 4]);
      client.close(uri);
    });
  });
}
