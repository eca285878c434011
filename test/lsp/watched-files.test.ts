// Every editor gets the server's watched files, not only VS Code: the server registers the whole table
// (watchedFiles.ts) through client/registerCapability with a client that offers dynamic registration, and an edited
// dependency manifest, announced by workspace/didChangeWatchedFiles, changes an open file's findings.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import picomatch from 'picomatch';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { WATCHED_FILES } from '../../server/src/watchedFiles';
import { TestClient } from '../helpers/lspClient';

interface Registration {
  method: string;
  registerOptions?: { watchers?: { globPattern: string }[] };
}

/** A client that records what the server registers; `capabilities` replaces the helper's VS Code-like workspace ones. */
function recordingClient(root: string, capabilities?: Record<string, unknown>): { client: TestClient; registered: Registration[] } {
  const client = new TestClient({ workspace: root, ...(capabilities ? { capabilities } : {}) });
  const registered: Registration[] = [];
  client.connection.onRequest('client/registerCapability', (params: { registrations: Registration[] }) => {
    registered.push(...params.registrations);
    return null;
  });
  return { client, registered };
}

const watchedGlobs = (registered: Registration[]) =>
  registered.filter((r) => r.method === 'workspace/didChangeWatchedFiles').flatMap((r) => r.registerOptions?.watchers?.map((w) => w.globPattern) ?? []);

describe('watched files over LSP', () => {
  const root = mkdtempSync(join(tmpdir(), 'tfl-watched-'));
  mkdirSync(join(root, '.git'));
  mkdirSync(join(root, 'src'));
  const manifest = join(root, 'package.json');
  writeFileSync(manifest, '{ "name": "shop", "dependencies": { "express": "^4.19.2" } }\n');
  const { client, registered } = recordingClient(root);

  before(() => client.initialize());
  after(async () => {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  });

  it('registers every glob of the one table, covering manifests, deploy files, alias configs and docs-folder markers', async () => {
    for (let i = 0; i < 100 && watchedGlobs(registered).length === 0; i++) await new Promise((done) => setTimeout(done, 20));
    const globs = watchedGlobs(registered);
    assert.deepEqual(globs, [...WATCHED_FILES]);
    const watched = (path: string) => globs.some((glob) => picomatch.isMatch(path, glob, { dot: true }));
    for (const path of ['package.json', 'api/requirements-prod.txt', 'requirements/base.txt', 'Dockerfile', 'vite.config.ts', '.babelrc', 'config/database.yml', 'deploy/prod/web.yaml', 'website/manage.py', 'Makefile', 'mk/db.mk', 'artisan', '.twelve-factor.json']) {
      assert.ok(watched(path), `${path} is watched`);
    }
    assert.ok(!watched('src/app.js'), 'a source file is no event');
  });

  it('an edited package.json, announced by the event, changes the open file\'s finding', async () => {
    const undeclared = (list: Diagnostic[]) => list.some((d) => d.code === 'undeclared-dependency' && d.range.start.line === 1);
    const uri = client.open('src/app.js', "const express = require('express');\nconst slugify = require('slugify');\n", 'javascript');
    await client.nextDiagnostics(uri, undeclared, 0);

    // Declared on disk, but no event yet: the next check keeps the cached manifest.
    writeFileSync(manifest, '{ "name": "shop", "dependencies": { "express": "^4.19.2", "slugify": "^1.6.6" } }\n');
    let since = client.publishCount(uri);
    client.change(uri, "const express = require('express');\nconst slugify = require('slugify');\n// routes\n");
    await client.nextDiagnostics(uri, undeclared, since);

    since = client.publishCount(uri);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(manifest).href, type: 2 }] });
    await client.nextDiagnostics(uri, (list) => !undeclared(list), since);
    client.close(uri);
  });
});

describe('watched files, a client without dynamic registration', () => {
  const root = mkdtempSync(join(tmpdir(), 'tfl-watched-static-'));
  // Neovim 0.7 offers no dynamic registration of watched files: LSP says not to send one.
  const { client, registered } = recordingClient(root, { workspace: { configuration: true } });

  before(() => client.initialize());
  after(async () => {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  });

  it('is sent no watched-files registration', async () => {
    // A request the server answers after its initialized handler ran: the registrations are in by then.
    await new Promise((done) => setTimeout(done, 300));
    assert.deepEqual(watchedGlobs(registered), []);
  });
});
