// Quick-fixes over LSP, applied to a temp workspace as an editor would: the resulting files
// (code, .env, .env.example, .gitignore, package.json), code that still parses, TypeScript that
// still type-checks, versioned edits, and clients without create-file support.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import ts from 'typescript';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { scan } from '../../server/src/engine/scan';
import { actionsFor, TestClient, until } from '../helpers/lspClient';
import { applyWorkspaceEdit } from '../helpers/workspaceEdit';
import { REPO, tempWorkspace } from '../helpers/workspace';

type Workspace = ReturnType<typeof tempWorkspace>;

async function resolved(client: TestClient, action: CodeAction): Promise<CodeAction> {
  return action.edit ? action : ((await client.connection.sendRequest('codeAction/resolve', action)) as CodeAction);
}

/** Opens `path`, waits for a diagnostic of `rule` on the line containing `needle`, returns its quick-fixes. */
async function fixesAt(client: TestClient, workspace: Workspace, path: string, rule: string, needle: string, languageId = 'javascript') {
  const text = workspace.read(path);
  const line = text.split('\n').findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, `${needle} in ${path}`);
  const since = client.publishCount(client.uri(path));
  const uri = client.open(path, text, languageId);
  const matches = (d: Diagnostic) => d.code === rule && d.range.start.line === line;
  const diagnostics = await client.nextDiagnostics(uri, (list) => list.some(matches), since);
  const diagnostic = diagnostics.find(matches)!;
  return { uri, diagnostic, actions: await actionsFor(client, uri, diagnostic) };
}

function parses(path: string, text: string): boolean {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  return (source as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length === 0;
}

function typeErrors(path: string): string[] {
  const program = ts.createProgram([path], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    types: ['node'],
    typeRoots: [join(REPO, 'node_modules/@types')],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

function rulesIn(path: string, text: string): string[] {
  return scan({ path }, text).map((finding) => finding.ruleId);
}

describe('quick-fixes over LSP', () => {
  let workspace: Workspace;
  let client: TestClient;

  before(async () => {
    workspace = tempWorkspace();
    client = new TestClient({ workspace: workspace.root });
    await client.initialize();
  });
  after(async () => {
    await client.shutdown();
    workspace.dispose();
  });

  it('moves a hardcoded password to .env: code, .env, .env.example and .gitignore in one edit', async () => {
    const { actions } = await fixesAt(client, workspace, 'src/config.js', 'hardcoded-credential', "password: '");
    const move = actions.find((a) => a.title === 'Move to environment variable DB_PASSWORD');
    assert.ok(move, `titles: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(move.kind, 'quickfix');
    assert.ok(!JSON.stringify(actions).includes('ApEZFfb7TRLHv4'), 'listing actions never sends the secret');
    applyWorkspaceEdit((await resolved(client, move)).edit!);
    const code = workspace.read('src/config.js');
    assert.match(code, /password: process\.env\.DB_PASSWORD,/);
    assert.ok(!code.includes('ApEZFfb7TRLHv4'));
    assert.ok(parses('config.js', code));
    assert.match(workspace.read('.env'), /^DB_PASSWORD=ApEZFfb7TRLHv4$/m);
    assert.match(workspace.read('.env.example'), /^DB_PASSWORD=$/m);
    assert.match(workspace.read('.gitignore'), /^\.env$/m);
  });

  it('drops a literal fallback and keeps the name the code reads', async () => {
    const { actions } = await fixesAt(client, workspace, 'src/config.js', 'hardcoded-credential', 'JWT_SECRET ||');
    const move = actions.find((a) => a.title === 'Move to environment variable JWT_SECRET')!;
    applyWorkspaceEdit((await resolved(client, move)).edit!);
    const code = workspace.read('src/config.js');
    assert.match(code, /jwtSecret: process\.env\.JWT_SECRET,/);
    assert.match(workspace.read('.env'), /^JWT_SECRET=AEvE0Jr4oBaDpby3K259$/m);
    assert.match(workspace.read('.env'), /^DB_PASSWORD=/m, 'earlier values stay');
    assert.equal(workspace.read('.gitignore').match(/^\.env$/gm)?.length, 1, 'never a duplicate ignore line');
  });

  it('leaves TypeScript that type-checks as before', async () => {
    workspace.write(
      'src/payments.ts',
      [
        'interface PaymentConfig { apiKey: string; webhookSecret: string }',
        "export const payments: PaymentConfig = { apiKey: 'sk_live_Q3xT9mK2vR8nL5pW7zY4bC6d', webhookSecret: 'whsec_k8Jm2Qx7Vn4Rt9Lp3Zs6' };",
        'export function header(secret: string): string { return secret.toUpperCase(); }',
        'header(payments.apiKey);',
        '',
      ].join('\n'),
    );
    const path = join(workspace.root, 'src/payments.ts');
    assert.deepEqual(typeErrors(path), []);
    const { actions } = await fixesAt(client, workspace, 'src/payments.ts', 'hardcoded-credential', "apiKey: 'sk_live", 'typescript');
    const move = actions.find((a) => a.title.startsWith('Move to environment variable'))!;
    applyWorkspaceEdit((await resolved(client, move)).edit!);
    const code = workspace.read('src/payments.ts');
    assert.ok(!code.includes('sk_live_Q3xT9mK2vR8nL5pW7zY4bC6d'));
    assert.deepEqual(typeErrors(path), [], code);
  });

  it("switches a winston logger's file transports to one Console transport", async () => {
    const { actions } = await fixesAt(client, workspace, 'src/logger.js', 'file-logger', 'error.log');
    const fix = actions.find((a) => /console|stdout/i.test(a.title));
    assert.ok(fix, `titles: ${actions.map((a) => a.title).join(' | ')}`);
    applyWorkspaceEdit((await resolved(client, fix)).edit!);
    const code = workspace.read('src/logger.js');
    assert.ok(parses('logger.js', code));
    assert.equal(code.match(/transports\.Console\(/g)?.length, 1, code);
    assert.ok(!code.includes('combined.log') && !code.includes('error.log'), code);
  });

  it('moves sessions to Redis from REDIS_URL, adding the imports', async () => {
    const { actions } = await fixesAt(client, workspace, 'src/server.js', 'memory-session-store', 'session({');
    const fix = actions.find((a) => /redis/i.test(a.title));
    assert.ok(fix, `titles: ${actions.map((a) => a.title).join(' | ')}`);
    applyWorkspaceEdit((await resolved(client, fix)).edit!);
    const code = workspace.read('src/server.js');
    assert.ok(parses('server.js', code));
    assert.match(code, /require\('connect-redis'\)/);
    assert.match(code, /process\.env\.REDIS_URL/);
    assert.ok(!rulesIn('src/server.js', code).includes('memory-session-store'));
  });

  it('takes a migration off the start path into an npm "migrate" script', async () => {
    workspace.write(
      'src/boot.js',
      [
        "const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });",
        "const app = require('express')();",
        'app.locals.db = knex;',
        'async function start() {',
        '  await knex.migrate.latest();',
        '  app.listen(3000);',
        '}',
        'start();',
        '',
      ].join('\n'),
    );
    const { actions } = await fixesAt(client, workspace, 'src/boot.js', 'startup-migration', 'migrate.latest');
    const fix = actions.find((a) => /script/i.test(a.title));
    assert.ok(fix, `titles: ${actions.map((a) => a.title).join(' | ')}`);
    applyWorkspaceEdit((await resolved(client, fix)).edit!);
    const code = workspace.read('src/boot.js');
    assert.ok(!code.includes('migrate.latest'));
    assert.ok(parses('boot.js', code));
    const scripts = (JSON.parse(workspace.read('package.json')) as { scripts: Record<string, string> }).scripts;
    assert.equal(scripts.migrate, 'knex migrate:latest');
    assert.equal(scripts.start, 'knex migrate:latest && node src/server.js', 'other scripts untouched');
  });

  it('offers "Ignore on this line", which silences exactly that finding', async () => {
    const { actions } = await fixesAt(client, workspace, 'src/routes/checkout.js', 'hardcoded-credential', "new Stripe('");
    const ignore = actions.find((a) => a.title === 'Ignore hardcoded-credential on this line')!;
    applyWorkspaceEdit(ignore.edit!);
    const code = workspace.read('src/routes/checkout.js');
    assert.match(code, /\/\/ twelve-factor-ignore-next-line hardcoded-credential\nconst stripe = new Stripe/);
    assert.ok(!rulesIn('src/routes/checkout.js', code).includes('hardcoded-credential'));
  });

  it('offers the rule documentation through the server (window/showDocument)', async () => {
    const { actions } = await fixesAt(client, workspace, 'src/routes/cart.js', 'memory-session-store', 'new Map()');
    const docs = actions.find((a) => a.title === 'Open documentation for memory-session-store')!;
    const shown: unknown[] = [];
    client.connection.onRequest('window/showDocument', (params) => {
      shown.push(params);
      return { success: true };
    });
    await client.connection.sendRequest('workspace/executeCommand', docs.command);
    assert.deepEqual(shown, [{ uri: docs.command!.arguments![0], external: true }]);
    assert.match(String(docs.command!.arguments![0]), /docs\/rules\/memory-session-store\.md$/);
  });

  it('gives no edit once the document has changed since the diagnostic (versioned edits)', async () => {
    const text = "const apiToken = 'Zt8qL3vN6xB1mK9pR4wY';\n";
    workspace.write('src/stale.js', text);
    const stale = client.open('src/stale.js', text, 'javascript');
    const [diagnostic] = await client.nextDiagnostics(stale, (list) => list.length === 1);
    const [move] = await actionsFor(client, stale, diagnostic!);
    client.change(stale, `// a line above\n${text}`);
    const result = (await client.connection.sendRequest('codeAction/resolve', move)) as CodeAction;
    assert.equal(result.edit, undefined);
  });
});

describe('quick-fixes for clients that cannot create files in an edit', () => {
  const workspace = tempWorkspace();
  const client = new TestClient({
    workspace: workspace.root,
    capabilities: {
      workspace: { configuration: true, workspaceEdit: { documentChanges: false }, applyEdit: true },
      textDocument: { codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } } },
    },
  });
  const applied: unknown[] = [];

  before(async () => {
    client.connection.onRequest('workspace/applyEdit', (params: { edit: Parameters<typeof applyWorkspaceEdit>[0] }) => {
      applyWorkspaceEdit(params.edit);
      applied.push(params);
      return { applied: true };
    });
    await client.initialize();
  });
  after(async () => {
    await client.shutdown();
    workspace.dispose();
  });

  it('runs the fix as a server command that creates .env first, then applies plain edits', async () => {
    const { actions } = await fixesAt(client, workspace, 'src/config.js', 'hardcoded-credential', "password: '");
    const move = actions.find((a) => a.title === 'Move to environment variable DB_PASSWORD')!;
    assert.equal(move.edit, undefined);
    assert.equal(move.command?.command, 'twelveFactor.applyFix');
    assert.ok(!JSON.stringify(move).includes('ApEZFfb7TRLHv4'));
    await client.connection.sendRequest('workspace/executeCommand', move.command);
    await until(() => (applied.length > 0 ? true : undefined), 'workspace/applyEdit');
    assert.ok(existsSync(join(workspace.root, '.env')));
    assert.match(readFileSync(join(workspace.root, '.env'), 'utf8'), /^DB_PASSWORD=ApEZFfb7TRLHv4$/m);
    assert.match(workspace.read('src/config.js'), /password: process\.env\.DB_PASSWORD,/);
  });
});

describe('a finding where the language needs a constant', () => {
  // A TypeScript enum member cannot hold `process.env.X!`: the finding stays, the fix does not.
  const enumSource = "export enum Keys {\n  ApiKey = 'Qm9hcmQ3x2vKpW1tZrYe',\n}\n";

  async function actionsOnEnum(capabilities: Record<string, unknown>) {
    const workspace = tempWorkspace();
    const client = new TestClient({ workspace: workspace.root, capabilities });
    await client.initialize();
    try {
      workspace.write('src/keys.ts', enumSource);
      return (await fixesAt(client, workspace, 'src/keys.ts', 'hardcoded-credential', 'ApiKey =', 'typescript')).actions;
    } finally {
      await client.shutdown();
      workspace.dispose();
    }
  }

  it('shows the move as a disabled action with the reason to a client that supports it', async () => {
    const codeAction = { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, resolveSupport: { properties: ['edit'] }, dataSupport: true, disabledSupport: true };
    const actions = await actionsOnEnum({ textDocument: { codeAction } });
    const withheld = actions.find((action) => action.disabled);
    assert.ok(withheld, `titles: ${actions.map((a) => a.title).join(' | ')}`);
    assert.match(withheld.disabled!.reason, /enum member needs a constant/);
    assert.equal(withheld.edit, undefined);
    assert.equal(withheld.data, undefined);
    assert.ok(!JSON.stringify(actions).includes('Qm9hcmQ3x2vKpW1tZrYe'));
  });

  it('offers no move at all to a client without disabled actions; ignoring the line stays', async () => {
    const actions = await actionsOnEnum({});
    assert.deepEqual(actions.filter((action) => /^Move to/.test(action.title)), []);
    assert.ok(actions.some((action) => action.title === 'Ignore hardcoded-credential on this line'));
  });
});

describe('JSON has no comments: ignoring goes through .twelve-factor.json', () => {
  const json = '{\n  "db": { "password": "Wq8vTzLm2RkYp4Xn" }\n}\n';

  async function ignoreAction(setUp: (workspace: Workspace) => void) {
    const workspace = tempWorkspace();
    setUp(workspace);
    const client = new TestClient({ workspace: workspace.root });
    await client.initialize();
    workspace.write('src/production.json', json);
    const { actions } = await fixesAt(client, workspace, 'src/production.json', 'hardcoded-credential', '"password"', 'json');
    return { workspace, client, actions };
  }

  it('creates the config with the schema key and the file in ignore, never the value; no comment offered', async () => {
    const { workspace, client, actions } = await ignoreAction((w) => rmSync(join(w.root, '.twelve-factor.json'), { force: true }));
    try {
      assert.ok(!actions.some((action) => /on this line/.test(action.title)), 'no ignore comment in JSON');
      const ignore = actions.find((action) => /\.twelve-factor\.json/.test(action.title));
      assert.ok(ignore?.edit, `titles: ${actions.map((a) => a.title).join(' | ')}`);
      applyWorkspaceEdit(ignore.edit);
      const config = JSON.parse(workspace.read('.twelve-factor.json')) as { $schema: string; ignore: string[] };
      assert.match(config.$schema, /twelve-factor\.schema\.json$/);
      assert.deepEqual(config.ignore, ['src/production.json']);
      assert.ok(!workspace.read('.twelve-factor.json').includes('Wq8vTzLm2RkYp4Xn'));
    } finally {
      await client.shutdown();
      workspace.dispose();
    }
  });

  it('adds to an existing config in one edit, keeping its comments', async () => {
    const existing = '{\n  // the team agreed on this\n  "ignore": ["dist/**"],\n  "failOn": "warning"\n}\n';
    const { workspace, client, actions } = await ignoreAction((w) => w.write('.twelve-factor.json', existing));
    try {
      const ignore = actions.find((action) => /\.twelve-factor\.json/.test(action.title))!;
      assert.equal(ignore.edit?.documentChanges?.length, 1, 'one change: one undo');
      applyWorkspaceEdit(ignore.edit!);
      const text = workspace.read('.twelve-factor.json');
      assert.match(text, /\/\/ the team agreed on this/);
      assert.match(text, /"ignore": \[\s*"dist\/\*\*",\s*"src\/production\.json"\s*\]/);
      assert.match(text, /"failOn": "warning"/);
    } finally {
      await client.shutdown();
      workspace.dispose();
    }
  });
});
