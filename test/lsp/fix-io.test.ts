// Quick-fix requests block the LSP thread on nothing: no synchronous child process on any request
// path (code actions, their resolution, executeCommand, the audit), and no synchronous read,
// stat or write of a file a fix touches. The server runs with a preload that records such calls.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { COMMANDS, type AuditSummary } from '../../server/src/protocol';
import { quickFixes } from '../helpers/codeActions';
import { SERVER, TestClient } from '../helpers/lspClient';
import { tempWorkspace } from '../helpers/workspace';

const RECORDER = resolve(__dirname, '../helpers/recordSyncCalls.cjs');
const CONFIG = "module.exports = { db: { password: 'Gq5vN8rTz2LkW7xB' } };\n";

interface SyncCall {
  call: string;
  target?: string;
}

describe('quick-fix requests run nothing synchronously', () => {
  const logFolder = mkdtempSync(join(tmpdir(), 'tfl-sync-log-'));
  const log = join(logFolder, 'calls.jsonl');
  const workspace = tempWorkspace();
  const client = new TestClient({
    workspace: workspace.root,
    command: [process.execPath, '--require', RECORDER, SERVER],
    env: { ...process.env, TFL_SYNC_LOG: log },
    capabilities: { workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } } },
  });
  const recorded = (): SyncCall[] => readFileSync(log, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as SyncCall);
  const childProcesses = (calls: SyncCall[]) => calls.filter((entry) => /^(execSync|execFileSync|spawnSync)$/.test(entry.call));

  before(async () => {
    // A .env on disk makes the fix ask git whether it is tracked (a child process).
    workspace.write('.env', 'PORT=3000\n');
    workspace.write('src/config.js', CONFIG);
    writeFileSync(log, '');
    await client.initialize();
    client.connection.onRequest('workspace/applyEdit', () => ({ applied: true }));
  });
  after(async () => {
    await client.shutdown();
    workspace.dispose();
    rmSync(logFolder, { recursive: true, force: true });
  });

  it('code actions, their resolution and the applyFix command: no sync child process, no sync I/O on .env and friends', async () => {
    const uri = client.uri('src/config.js');
    const since = client.publishCount(uri);
    client.open('src/config.js', CONFIG, 'javascript');
    const diagnostics = await client.nextDiagnostics(uri, (list) => list.some((d) => d.code === 'hardcoded-credential'), since);
    writeFileSync(log, '');
    const actions = await quickFixes(client, uri, diagnostics.find((d) => d.code === 'hardcoded-credential') as Diagnostic);
    const move = actions.find((action) => action.title.startsWith('Move to environment variable'));
    assert.ok(move?.data, 'a lazily resolved move-to-env fix is offered');
    const resolved = (await client.connection.sendRequest('codeAction/resolve', move)) as CodeAction;
    assert.ok(resolved.edit, 'the fix resolves to an edit');
    await client.connection.sendRequest('workspace/executeCommand', { command: COMMANDS.applyFix, arguments: [move.data] });
    assert.deepEqual(recorded(), []);
  });

  it('the workspace audit starts no synchronous child process', async () => {
    writeFileSync(log, '');
    const summary = (await client.connection.sendRequest('workspace/executeCommand', { command: COMMANDS.auditWorkspace, arguments: [] })) as AuditSummary;
    assert.ok(summary.filesScanned > 0, 'the audit ran');
    assert.deepEqual(childProcesses(recorded()), []);
  });

  it('the recorder sees what it must catch (a sync read of .env in the server process would be logged)', () => {
    // The same preload in this process: proof that the empty logs above are not a recorder that records nothing.
    const probe = join(logFolder, 'probe.jsonl');
    const preload = `process.env.TFL_SYNC_LOG=${JSON.stringify(probe)};require(${JSON.stringify(RECORDER)});`;
    const script = `${preload}const fs=require('node:fs');try{fs.existsSync(${JSON.stringify(join(workspace.root, '.env'))})}catch{};require('node:child_process').spawnSync(process.execPath,['-e','0']);`;
    execFileSync(process.execPath, ['-e', script]);
    assert.deepEqual(readFileSync(probe, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as SyncCall), [
      { call: 'existsSync', target: '.env' },
      { call: 'spawnSync', target: process.execPath.split('/').pop() },
    ]);
  });
});

describe('code-action handling translates LSP only', () => {
  const source = (file: string) => readFileSync(resolve(__dirname, '../../server/src', file), 'utf8');

  it('codeActions.ts imports no file system, process or git module: fixFiles.ts does the I/O', () => {
    const imports = [...source('codeActions.ts').matchAll(/from '([^']+)'/g)].map((match) => match[1]);
    assert.deepEqual(imports.filter((name) => /^(node:)?(fs|child_process)|\/(safeRead|git|gitTracked|gitignore)$/.test(name!)), []);
  });

  it('fixFiles.ts calls no synchronous API', () => {
    assert.deepEqual(source('fixFiles.ts').match(/\w+Sync\b/g) ?? [], []);
  });
});
