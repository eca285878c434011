// The server as any LSP client sees it: push diagnostics on open, on change, cleared on close.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestClient } from '../helpers/lspClient';
import { tempWorkspace } from '../helpers/workspace';

describe('diagnostics over LSP', () => {
  const workspace = tempWorkspace();
  let settings: Record<string, unknown> = {};
  const client = new TestClient({ workspace: workspace.root, settings: () => settings });

  before(() => client.initialize());
  after(async () => {
    await client.shutdown();
    workspace.dispose();
  });

  it('publishes every core rule for the shop server on open, with code, link, source and a precise range', async () => {
    const uri = client.open('src/server.js', workspace.read('src/server.js'), 'javascript');
    const diagnostics = await client.nextDiagnostics(uri, (list) => list.length > 0);
    const codes = new Set(diagnostics.map((d) => d.code));
    for (const rule of ['hardcoded-credential', 'file-logger', 'memory-session-store', 'startup-migration']) {
      assert.ok(codes.has(rule), `expected ${rule} in ${[...codes].join(', ')}`);
    }
    for (const diagnostic of diagnostics) {
      assert.equal(diagnostic.source, 'twelve-factor');
      assert.match(diagnostic.codeDescription!.href, new RegExp(`docs/rules/${diagnostic.code}\\.md$`));
      assert.match(String(diagnostic.message), /^Factor (I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII):/);
    }
    const sync = diagnostics.find((d) => d.code === 'startup-migration')!;
    const line = workspace.read('src/server.js').split('\n')[sync.range.start.line]!;
    assert.equal(line.slice(sync.range.start.character, sync.range.end.character), 'sequelize.sync({ alter: true })');
    client.close(uri);
  });

  it('updates on change: a typed password appears, and goes when deleted', async () => {
    const clean = "const express = require('express');\nmodule.exports = express();\n";
    const uri = client.open('src/typing.js', clean, 'javascript');
    const typed = `${clean}const dbPassword = 'Qm9vZ2llV29vZ2llOTk';\n`;
    let since = client.publishCount(uri);
    client.change(uri, typed);
    const withSecret = await client.nextDiagnostics(uri, (list) => list.length === 1, since);
    assert.equal(withSecret[0]!.code, 'hardcoded-credential');
    assert.deepEqual(withSecret[0]!.range, { start: { line: 2, character: 19 }, end: { line: 2, character: 40 } });
    assert.ok(!String(withSecret[0]!.message).includes('Qm9vZ2llV29vZ2llOTk'), 'the message never shows the secret');
    since = client.publishCount(uri);
    client.change(uri, clean);
    await client.nextDiagnostics(uri, (list) => list.length === 0, since);
    client.close(uri);
  });

  it('debounces typing and never publishes a stale version', async () => {
    const uri = client.open('src/burst.js', '', 'javascript');
    let text = '';
    for (let i = 0; i < 20; i++) {
      text += `const token${i} = process.env.TOKEN_${i};\n`;
      client.change(uri, text);
    }
    const finalVersion = client.change(uri, `${text}const apiKey = 'c2VjcmV0LXZhbHVlLTQyNDI0Mg';\n`);
    await client.nextDiagnostics(uri, (list) => list.length === 1);
    const versions = (client.diagnostics.get(uri) ?? []).map((p) => p.version);
    assert.ok(versions.length <= 3, `expected a debounced handful of publishes, got ${versions.length}`);
    assert.equal(versions.at(-1), finalVersion);
    client.close(uri);
  });

  it('clears a document\'s diagnostics when it closes', async () => {
    const uri = client.open('src/config.js', workspace.read('src/config.js'), 'javascript');
    await client.nextDiagnostics(uri, (list) => list.length > 0);
    const since = client.publishCount(uri);
    client.close(uri);
    await client.nextDiagnostics(uri, (list) => list.length === 0, since);
  });

  it('re-reads settings on change and drops a rule turned off', async () => {
    const uri = client.open('src/logger.js', workspace.read('src/logger.js'), 'javascript');
    await client.nextDiagnostics(uri, (list) => list.some((d) => d.code === 'file-logger'));
    settings = { rules: { 'file-logger': 'off' } };
    const since = client.publishCount(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.nextDiagnostics(uri, (list) => !list.some((d) => d.code === 'file-logger'), since);
    settings = {};
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    client.close(uri);
  });
});
