// Factor X across files in the editor: an open compose file shows the divergence with a related
// location in the production config, and the finding follows that config when it changes on disk.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { TestClient } from '../helpers/lspClient';

const COMPOSE = 'services:\n  web:\n    build: .\n  db:\n    image: mysql:8.0\n';

describe('dev-prod-divergence over LSP', () => {
  const root = mkdtempSync(join(tmpdir(), 'tfl-parity-'));
  mkdirSync(join(root, '.git'));
  mkdirSync(join(root, 'config'));
  writeFileSync(join(root, 'Gemfile'), "source 'https://rubygems.org'\n");
  const databaseYml = join(root, 'config', 'database.yml');
  writeFileSync(databaseYml, 'development:\n  adapter: mysql2\nproduction:\n  adapter: postgresql\n');
  const client = new TestClient({ workspace: root });

  before(() => client.initialize());
  after(async () => {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  });

  it('reports the compose image with the production adapter as related information, and follows changes of the config', async () => {
    const uri = client.open('docker-compose.yml', COMPOSE, 'dockercompose');
    const [diagnostic] = await client.nextDiagnostics(uri, (list) => list.some((d) => d.code === 'dev-prod-divergence'));
    assert.equal(diagnostic!.range.start.line, 4);
    assert.deepEqual(
      diagnostic!.relatedInformation?.map((info) => `${info.location.uri}:${info.location.range.start.line}`),
      [`${pathToFileURL(databaseYml).href}:3`],
    );

    writeFileSync(databaseYml, 'development:\n  adapter: mysql2\nproduction:\n  adapter: mysql2\n');
    const since = client.publishCount(uri);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(databaseYml).href, type: 2 }] });
    await client.nextDiagnostics(uri, (list) => !list.some((d) => d.code === 'dev-prod-divergence'), since);
    client.close(uri);
  });
});
