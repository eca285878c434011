// A fix applies whole or is not offered: never when .env is a folder (a Python venv named .env),
// a link out of the workspace or a dangling link; never in a document that is no file in a
// workspace folder; and an unsaved .env buffer counts over the disk.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { quickFixes, serverOverExample } from '../helpers/codeActions';
import { TestClient } from '../helpers/lspClient';
import { tempWorkspace } from '../helpers/workspace';
import { applyWorkspaceEdit } from '../helpers/workspaceEdit';

const CONFIG = "module.exports = { db: { password: 'Vq7rT2mXk9LpZ4sW' } };\n";

async function moveActions(client: TestClient, path: string, text: string): Promise<CodeAction[]> {
  const uri = client.uri(path);
  const since = client.publishCount(uri);
  client.open(path, text, 'javascript');
  const diagnostics = await client.nextDiagnostics(uri, (list) => list.some((d) => d.code === 'hardcoded-credential'), since);
  const actions = await quickFixes(client, uri, diagnostics.find((d) => d.code === 'hardcoded-credential') as Diagnostic);
  const moves = actions.filter((action) => action.title.startsWith('Move to environment variable'));
  return Promise.all(moves.map(async (action) => (action.edit ? action : ((await client.connection.sendRequest('codeAction/resolve', action)) as CodeAction))));
}

describe('move-to-env is not offered when the .env edit cannot land', () => {
  const server = serverOverExample();
  const outside = mkdtempSync(join(tmpdir(), 'tfl-outside-'));
  after(() => rmSync(outside, { recursive: true, force: true }));

  const cases: Array<[string, (root: string) => void]> = [
    ['.env is a folder (a Python venv)', (root) => mkdirSync(join(root, '.env', 'bin'), { recursive: true })],
    ['.env is a link out of the workspace', (root) => symlinkSync(join(outside, 'stolen.env'), join(root, '.env'))],
    ['.env is a link to an existing file outside', (root) => {
      writeFileSync(join(outside, 'real.env'), 'A=1\n');
      symlinkSync(join(outside, 'real.env'), join(root, '.env'));
    }],
    ['.env.example is a link out of the workspace', (root) => symlinkSync(join(outside, 'example'), join(root, '.env.example'))],
    ['.env is a link to /dev/zero', (root) => symlinkSync('/dev/zero', join(root, '.env'))],
  ];
  for (const [name, arrange] of cases) {
    it(name, async () => {
      const { client, workspace } = server;
      for (const file of ['.env', '.env.example']) rmSync(join(workspace.root, file), { recursive: true, force: true });
      arrange(workspace.root);
      assert.deepEqual(await moveActions(client, 'src/config.js', CONFIG), []);
      assert.deepEqual(readdirSync(outside).filter((file) => !file.startsWith('real')), [], 'nothing written outside');
    });
  }

  it('is offered again once .env is a plain file (the refusal is about the file, not the finding)', async () => {

    const { client, workspace } = server;
    for (const file of ['.env', '.env.example']) rmSync(join(workspace.root, file), { recursive: true, force: true });
    writeFileSync(join(workspace.root, '.env'), 'PORT=3000\n');
    assert.equal((await moveActions(client, 'src/config.js', CONFIG)).length, 1);
  });
});

describe('fixes in documents that are no file in a workspace folder', () => {
  const server = serverOverExample();

  it('offers no move for an untitled: document (it would write .env into the server\'s working directory)', async () => {
    const { client } = server;
    const uri = 'untitled:Untitled-1';
    const since = client.publishCount(uri);
    void client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'javascript', version: 1, text: CONFIG } });
    const diagnostics = await client.nextDiagnostics(uri, (list) => list.some((d) => d.code === 'hardcoded-credential'), since);
    const actions = await quickFixes(client, uri, diagnostics.find((d) => d.code === 'hardcoded-credential') as Diagnostic);
    assert.ok(actions.length > 0, 'the request was answered');
    assert.deepEqual(actions.filter((action) => /^Move/.test(action.title)), []);
  });
});

describe('an unsaved .env buffer', () => {
  const server = serverOverExample();

  it('counts over the disk: two fixes in a row never reuse a name, and both values survive', async () => {

    const { client, workspace } = server;
    writeFileSync(join(workspace.root, 'src/a.js'), "exports.db = { password: 'Vq7rT2mXk9LpZ4sW' };\n");
    writeFileSync(join(workspace.root, 'src/b.js'), "exports.db = { password: 'Hs3nP8wQz6RtY2mL' };\n");
    const buffers = new Map<string, string>();
    const first = await moveActions(client, 'src/a.js', "exports.db = { password: 'Vq7rT2mXk9LpZ4sW' };\n");
    applyWorkspaceEdit(first[0]!.edit!, buffers);
    // The editor keeps .env open and unsaved: the disk still has the old text.
    const envUri = client.uri('.env');
    const envText = buffers.get(envUri)!;
    writeFileSync(join(workspace.root, '.env'), '');
    client.open('.env', envText, 'dotenv');
    const second = await moveActions(client, 'src/b.js', "exports.db = { password: 'Hs3nP8wQz6RtY2mL' };\n");
    applyWorkspaceEdit(second[0]!.edit!, buffers);
    const env = buffers.get(envUri)!;
    assert.match(env, /^DB_PASSWORD=Vq7rT2mXk9LpZ4sW$/m);
    assert.match(env, /=Hs3nP8wQz6RtY2mL$/m);
    assert.equal(env.match(/^DB_PASSWORD=/gm)?.length, 1, env);
    assert.ok(existsSync(join(workspace.root, '.env')));
  });
});

describe('unsaved neighbour buffers: a fix reads and edits what the editor holds', () => {
  const server = serverOverExample();
  const SECRET = "exports.db = { password: 'Wm4tK9qRz7HvX2nP' };\n";

  /** Opens each neighbour as an unsaved buffer, runs the move on src/a.js, applies it to the buffers, closes them. */
  async function moveWithOpen(disk: Record<string, string | undefined>, open: Record<string, string>, source = SECRET): Promise<{ edit: CodeAction['edit']; buffers: Map<string, string> }> {
    const { client, workspace } = server;
    for (const [file, text] of Object.entries(disk)) {
      rmSync(join(workspace.root, file), { force: true });
      if (text !== undefined) writeFileSync(join(workspace.root, file), text);
    }
    const buffers = new Map<string, string>();
    for (const [file, text] of Object.entries(open)) buffers.set(client.open(file, text, 'plaintext'), text);
    writeFileSync(join(workspace.root, 'src/a.js'), source);
    const [move] = await moveActions(client, 'src/a.js', source);
    assert.ok(move?.edit, 'the move is offered');
    applyWorkspaceEdit(move.edit, buffers);
    for (const file of Object.keys(open)) client.close(client.uri(file));
    return { edit: move.edit, buffers };
  }

  it('edits an open .env against its open version, without creating it again', async () => {
    const { client } = server;
    const { edit, buffers } = await moveWithOpen({ '.env': undefined }, { '.env': 'PORT=3000\n' });
    const envUri = client.uri('.env');
    const changes = edit!.documentChanges ?? [];
    assert.equal(changes.some((change) => 'kind' in change && change.kind === 'create' && change.uri === envUri), false, 'no CreateFile for a file the editor has open');
    const envEdit = changes.find((change) => 'textDocument' in change && change.textDocument.uri === envUri);
    assert.ok(envEdit && 'textDocument' in envEdit);
    assert.equal(envEdit.textDocument.version, 1, 'versioned against the open buffer');
    assert.equal(buffers.get(envUri), 'PORT=3000\nDB_PASSWORD=Wm4tK9qRz7HvX2nP\n');
  });

  it('reuses a name only for the same value: the same secret again adds nothing to the unsaved .env', async () => {
    const { client } = server;
    const { edit, buffers } = await moveWithOpen({ '.env': '' }, { '.env': 'DB_PASSWORD=Wm4tK9qRz7HvX2nP\n' });
    assert.equal(buffers.get(client.uri('.env')), 'DB_PASSWORD=Wm4tK9qRz7HvX2nP\n');
    const touched = (edit!.documentChanges ?? []).map((change) => ('textDocument' in change ? change.textDocument.uri : 'uri' in change ? change.uri : change.newUri));
    assert.equal(touched.includes(client.uri('.env')), false, 'no .env edit');
    assert.match(readFileSync(join(server.workspace.root, 'src/a.js'), 'utf8'), /process\.env\.DB_PASSWORD\b/);
  });

  it('keeps the lines of an unsaved .env.example and adds the name to them', async () => {
    const { client } = server;
    const { buffers } = await moveWithOpen({ '.env': '', '.env.example': 'PORT=\n' }, { '.env.example': 'PORT=\nAPI_URL=\n' });
    assert.equal(buffers.get(client.uri('.env.example')), 'PORT=\nAPI_URL=\nDB_PASSWORD=\n');
  });

  it('reads an unsaved .gitignore over the disk: .env is ignored once the buffer is saved', async () => {
    const { client } = server;
    // The disk still ignores .env; the user removed that line in the editor and has not saved.
    const { buffers } = await moveWithOpen({ '.env': '', '.gitignore': '.env\nnode_modules\n' }, { '.gitignore': 'node_modules\n' });
    assert.match(buffers.get(client.uri('.gitignore'))!, /^node_modules\n(.*\n)*\.env\n$/);
  });
});

describe('a fallback whose variable .env already sets to another value', () => {
  const FALLBACK = "const secret = process.env.SESSION_SECRET || 'Tz6pLq3vW9xK2mNb';\nmodule.exports = { secret };\n";
  const textDocument = {
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, resolveSupport: { properties: ['edit'] }, dataSupport: true, disabledSupport: true },
  };
  const workspace = tempWorkspace();
  const client = new TestClient({ workspace: workspace.root, capabilities: { textDocument } });
  before(async () => {
    workspace.write('.env', 'SESSION_SECRET=Rk2hV8cYw5nQ7tJd\n');
    workspace.write('.gitignore', '.env\n');
    await client.initialize();
  });
  after(async () => {
    await client.shutdown();
    workspace.dispose();
  });

  it('keeps both values: no move, and the editor says why (names only, no value)', async () => {
    const uri = client.uri('src/session.js');
    const since = client.publishCount(uri);
    client.open('src/session.js', FALLBACK, 'javascript');
    const diagnostics = await client.nextDiagnostics(uri, (list) => list.some((d) => d.code === 'hardcoded-credential'), since);
    const actions = await quickFixes(client, uri, diagnostics.find((d) => d.code === 'hardcoded-credential') as Diagnostic);
    const moves = actions.filter((action) => /environment variable/i.test(action.title));
    assert.equal(moves.length, 1);
    assert.equal(moves[0]!.edit, undefined);
    assert.equal(moves[0]!.data, undefined, 'nothing to resolve into an edit');
    assert.match(moves[0]!.disabled?.reason ?? '', /\.env already sets SESSION_SECRET to another value/);
    assert.doesNotMatch(JSON.stringify(actions), /Tz6pLq3vW9xK2mNb|Rk2hV8cYw5nQ7tJd/);
    assert.equal(workspace.read('.env'), 'SESSION_SECRET=Rk2hV8cYw5nQ7tJd\n');
  });
});

describe('"Ignore in .twelve-factor.json" for a JSON file', () => {
  const server = serverOverExample();

  it('edits the config the editor holds unsaved, against its open version', async () => {
    const { client, workspace } = server;
    writeFileSync(join(workspace.root, '.twelve-factor.json'), '{}\n');
    const unsaved = '{\n  "ignore": ["dist/**"]\n}\n';
    const configUri = client.open('.twelve-factor.json', unsaved, 'jsonc');
    const path = 'config/production.json';
    const text = '{ "db": { "password": "Hq4mZ8tRw2KxV6pN" } }\n';
    mkdirSync(join(workspace.root, 'config'), { recursive: true });
    writeFileSync(join(workspace.root, path), text);
    const uri = client.uri(path);
    const since = client.publishCount(uri);
    client.open(path, text, 'json');
    const diagnostics = await client.nextDiagnostics(uri, (list) => list.some((d) => d.code === 'hardcoded-credential'), since);
    const actions = await quickFixes(client, uri, diagnostics.find((d) => d.code === 'hardcoded-credential') as Diagnostic);
    const ignore = actions.find((action) => action.title.includes('.twelve-factor.json'));
    assert.ok(ignore?.edit?.documentChanges, 'offered as a versioned edit');
    const change = ignore.edit.documentChanges.find((entry) => 'textDocument' in entry && entry.textDocument.uri === configUri);
    assert.ok(change && 'textDocument' in change && change.textDocument.version === 1, 'against the open buffer');
    const buffers = new Map([[configUri, unsaved]]);
    applyWorkspaceEdit(ignore.edit, buffers);
    assert.deepEqual(JSON.parse(buffers.get(configUri)!).ignore, ['dist/**', 'config/production.json']);
  });
});
