// A docs-named folder that holds an app is the app's in the editor too (docsFolderFacts.ts), and the server keeps the
// answer per folder: a check reuses it until a watched file that decides it changes (workspace/didChangeWatchedFiles),
// then reads the folder again.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient } from '../helpers/lspClient';

const ERROR = 1;
const INFORMATION = 3;
const SETTINGS = "DEBUG = False\nEMAIL_HOST_PASSWORD = 'Vq7-plover-Rkd2'\n";

describe('docs folders over LSP', () => {
  const root = mkdtempSync(join(tmpdir(), 'tfl-docs-folders-'));
  mkdirSync(join(root, '.git'));
  mkdirSync(join(root, 'website', 'website'), { recursive: true });
  writeFileSync(join(root, 'website', 'README.md'), '# Site\n');
  // On disk as well as open: `website/website/` holds settings.py, an app's marker, once `website/` is no docs site.
  writeFileSync(join(root, 'website', 'website', 'settings.py'), SETTINGS);
  const client = new TestClient({ workspace: root });

  before(() => client.initialize());
  after(async () => {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  });

  const credential = (line: number, severity?: number) => (list: Diagnostic[]) =>
    list.some((d) => d.code === 'hardcoded-credential' && d.range.start.line === line && (severity === undefined || d.severity === severity));

  /** The credential's severity in the first publish (after `since`) that reports it on `line`. */
  async function severityOn(uri: string, line: number, since: number): Promise<number | undefined> {
    const diagnostics = await client.nextDiagnostics(uri, credential(line), since);
    return diagnostics.find((d) => d.code === 'hardcoded-credential')!.severity;
  }

  it('keeps the answer until the deciding file changes, then reads the folder again', async () => {
    const uri = client.open('website/website/settings.py', SETTINGS, 'python');
    assert.equal(await severityOn(uri, 1, 0), INFORMATION, 'without an app marker `website/` is a docs site');

    // manage.py appears, but no watched-file event says so: the next check reuses the answer it has.
    const manage = join(root, 'website', 'manage.py');
    writeFileSync(manage, "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'website.settings')\n");
    let since = client.publishCount(uri);
    client.change(uri, `# mail\n${SETTINGS}`);
    assert.equal(await severityOn(uri, 2, since), INFORMATION, 'the cached answer, not a new listing');

    since = client.publishCount(uri);
    // After the event `website/` holds a Django app: its settings are the app's. (A check of the earlier version may
    // still publish; the event's check follows it.)
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(manage).href, type: 1 }] });
    await client.nextDiagnostics(uri, credential(2, ERROR), since);

    // And a docs site again once it is gone.
    rmSync(manage);
    since = client.publishCount(uri);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(manage).href, type: 3 }] });
    await client.nextDiagnostics(uri, credential(2, INFORMATION), since);
    client.close(uri);
  });
});
