// No output ever shows a secret in full. One workspace full of freshly generated secrets (every
// format the rules know, in every file kind), then everything a user or a log can see is
// collected: diagnostics (message, related information, data), hover answers, code action titles
// and commands, window messages, log and trace notifications, the server's stderr, the audit's
// Markdown report, the CLI's text/JSON/SARIF output and its error output for a broken config.
// Each secret, and a plain hash of it, must appear nowhere.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { CLI } from '../cli/helpers';
import { TestClient } from '../helpers/lspClient';
import { randomChars } from '../robustness/corpus';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const UPPER32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Fresh secrets in the shapes the rules know; the value a leak would show is the whole string. */
function generateSecrets() {
  return {
    password: randomChars(22),
    stripe: `sk_live_${randomChars(32)}`,
    awsId: `AKIA${randomChars(16, UPPER32)}`,
    awsSecret: randomChars(40, BASE64),
    github: `ghp_${randomChars(36)}`,
    urlPassword: randomChars(18),
    pemBody: Array.from({ length: 6 }, () => randomChars(64, BASE64)).join('\n'),
    envValue: randomChars(26),
    composePassword: randomChars(21),
    propertiesPassword: randomChars(19),
    dockerPassword: randomChars(23),
    jsonToken: randomChars(30),
    pythonPassword: randomChars(24),
    sessionSecret: randomChars(25),
  };
}

function workspaceFiles(s: ReturnType<typeof generateSecrets>): Record<string, string> {
  return {
    'src/config.js': [
      `const dbPassword = '${s.password}';`,
      `const stripe = require('stripe')('${s.stripe}');`,
      `const aws = { accessKeyId: '${s.awsId}', secretAccessKey: '${s.awsSecret}' };`,
      `const token = process.env.GITHUB_TOKEN || '${s.github}';`,
      `const url = 'postgres://shop:${s.urlPassword}@db.internal.example.net:5432/shop';`,
      `const key = \`-----BEGIN RSA PRIVATE KEY-----\n${s.pemBody}\n-----END RSA PRIVATE KEY-----\`;`,
      `app.use(session({ secret: '${s.sessionSecret}' }));`,
      'module.exports = { dbPassword, stripe, aws, token, url, key };',
      '',
    ].join('\n'),
    '.env': `API_SECRET=${s.envValue}\n`,
    'docker-compose.yml': `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${s.composePassword}\n`,
    'src/main/resources/application.properties': `spring.datasource.password=${s.propertiesPassword}\n`,
    Dockerfile: `FROM node:20\nENV DB_PASSWORD=${s.dockerPassword}\nCMD ["node", "server.js"]\n`,
    'config/default.json': JSON.stringify({ api: { token: s.jsonToken } }, null, 2),
    'app/settings.py': `DATABASE_PASSWORD = "${s.pythonPassword}"\n`,
  };
}

/** The value, and plain (unkeyed) hashes of it: a fingerprint must not be either. */
function forms(secret: string): string[] {
  return [secret, ...['md5', 'sha1', 'sha256'].map((algorithm) => createHash(algorithm).update(secret).digest('hex'))];
}

function assertNoSecret(output: string, secrets: readonly string[], where: string): void {
  for (const secret of secrets) {
    for (const form of forms(secret)) assert.ok(!output.includes(form), `${where} shows a secret (${secret.length} chars) or its plain hash`);
    // A long secret must not be shown in long pieces either: no 12-character run of it.
    for (let i = 0; i + 12 <= secret.length; i += 6) assert.ok(!output.includes(secret.slice(i, i + 12)), `${where} shows part of a secret`);
  }
}

describe('no output shows a secret', () => {
  const secrets = generateSecrets();
  const values = Object.values(secrets).flatMap((value) => value.split('\n'));
  const files = workspaceFiles(secrets);
  const root = mkdtempSync(join(tmpdir(), 'tfl-leaks-'));
  mkdirSync(join(root, '.git'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const client = new TestClient({ workspace: root });
  const seen: string[] = [];
  let diagnostics: Diagnostic[] = [];

  before(async () => {
    await client.initialize();
    await client.connection.sendNotification('$/setTrace', { value: 'verbose' });
  });
  after(async () => {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  });

  it('the fixtures are found: every file kind reports its secret', async () => {
    for (const [path, text] of Object.entries(files)) {
      const languageId = path.endsWith('.py') ? 'python' : path.endsWith('.json') ? 'json' : path.endsWith('.yml') ? 'yaml' : path === 'Dockerfile' ? 'dockerfile' : path === '.env' ? 'dotenv' : path.endsWith('.properties') ? 'properties' : 'javascript';
      const uri = client.open(path, text, languageId);
      const published = await client.nextDiagnostics(uri, (list) => list.length > 0);
      diagnostics.push(...published);
    }
    assert.ok(diagnostics.length >= 12, `${diagnostics.length} diagnostics`);
  });

  it('diagnostics: message, related information, data, code', () => {
    assertNoSecret(JSON.stringify(diagnostics), values, 'a diagnostic');
  });

  it('code actions: titles, commands and their arguments (the resolved edit carries the value to .env by design)', async () => {
    for (const diagnostic of diagnostics) {
      const uri = [...client.diagnostics.entries()].find(([, list]) => list.some((p) => p.diagnostics.includes(diagnostic)))?.[0];
      if (!uri) continue;
      const actions = (await client.connection.sendRequest<CodeAction[] | null>('textDocument/codeAction', {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
      })) ?? [];
      for (const action of actions) {
        seen.push(JSON.stringify({ title: action.title, command: action.command, data: action.data, diagnostics: action.diagnostics }));
        if (action.data !== undefined) {
          const resolved = await client.connection.sendRequest<CodeAction>('codeAction/resolve', action);
          seen.push(JSON.stringify({ title: resolved.title, command: resolved.command }));
        }
      }
    }
    assert.ok(seen.length > 0);
    assertNoSecret(seen.join('\n'), values, 'a code action');
  });

  it('hover answers (the server offers none, so any answer or error must still be clean)', async () => {
    const uri = client.uri('src/config.js');
    const answer = await client.connection
      .sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 22 } })
      .catch((error: Error) => error.message);
    assertNoSecret(JSON.stringify(answer ?? null), values, 'a hover');
  });

  it('the audit report, window messages, log and trace notifications, and stderr', async () => {
    const summary = (await client.connection.sendRequest('workspace/executeCommand', { command: 'twelveFactor.auditWorkspace', arguments: [] })) as {
      reportMarkdown: string;
      findings: number;
    };
    assert.ok(summary.findings >= 12);
    assertNoSecret(summary.reportMarkdown, values, 'the Markdown audit report');
    assertNoSecret(JSON.stringify(client.messages), values, 'a window message');
    assertNoSecret(JSON.stringify(client.notifications.filter((n) => n.method !== 'textDocument/publishDiagnostics')), values, 'a log or trace notification');
    assertNoSecret(JSON.stringify(client.notifications), values, 'any notification, diagnostics included');
    assertNoSecret(client.traffic.join(''), values, 'the server\'s stderr');
  });

  it('the CLI in text, JSON and SARIF, and its errors for a broken config naming a secret', () => {
    for (const format of ['text', 'json', 'sarif']) {
      const run = spawnSync(process.execPath, [CLI, 'audit', '.', '--format', format], { cwd: root, encoding: 'utf8' });
      assert.equal(run.status, 1, run.stderr);
      assertNoSecret(run.stdout + run.stderr, values, `CLI --format ${format}`);
    }
    // allowedValues holds secret-like values; a config error must not echo them.
    writeFileSync(join(root, '.twelve-factor.json'), `{\n  "allowedValues": ["${secrets.password}", 42],\n  "rules": { "${secrets.envValue}": "error" }\n`);
    const broken = spawnSync(process.execPath, [CLI, 'audit', '.'], { cwd: root, encoding: 'utf8' });
    assert.equal(broken.status, 2);
    assert.match(broken.stderr, /\.twelve-factor\.json:\d+:\d+/);
    assertNoSecret(broken.stdout + broken.stderr, [secrets.password], 'a CLI config error');
  });
});
