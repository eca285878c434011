// A broken .twelve-factor.json in the editor: one clear message naming the file, the line and
// the problem; a diagnostic on the config file at that line; the defaults apply meanwhile; and
// once the file is fixed, the diagnostic goes and the config applies.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { TestClient, until } from '../helpers/lspClient';

const ERROR = 1;
const LOGGER = "const winston = require('winston');\nmodule.exports = winston.createLogger({ transports: [new winston.transports.File({ filename: 'app.log' })] });\n";

describe('a broken config file over LSP', () => {
  const root = mkdtempSync(join(tmpdir(), 'tfl-config-'));
  mkdirSync(join(root, '.git'));
  const configPath = join(root, '.twelve-factor.json');
  // Line 3 holds the problem: a severity that does not exist.
  writeFileSync(configPath, '{\n  "ignore": ["dist/**"],\n  "rules": { "file-logger": "loud" }\n}\n');
  const configUri = pathToFileURL(configPath).href;
  const client = new TestClient({ workspace: root });

  before(() => client.initialize());
  after(async () => {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  });

  it('shows one error message naming the file, the line and the problem, and that the defaults apply', async () => {
    const errors = () => client.messages.filter((message) => message.type === ERROR);
    await until(() => (errors().length > 0 ? true : undefined), 'the config error message');
    const [message] = errors();
    assert.ok(message!.message.includes(configPath), message!.message);
    assert.match(message!.message, /:3:\d+: severity of 'file-logger' must be one of/);
    assert.match(message!.message, /Using the defaults/);
    // Opening files does not repeat it.
    const uri = client.open('src/logger.js', LOGGER, 'javascript');
    await client.nextDiagnostics(uri, (list) => list.length > 0);
    assert.equal(errors().length, 1);
    client.close(uri);
  });

  it('puts a diagnostic on the config file, on the line of the problem', async () => {
    const [diagnostic, ...rest] = await client.nextDiagnostics(configUri, (list) => list.length > 0);
    assert.equal(rest.length, 0);
    assert.equal(diagnostic!.range.start.line, 2);
    assert.equal(diagnostic!.severity, ERROR);
    assert.match(String(diagnostic!.message), /severity of 'file-logger'.*defaults apply/);
  });

  it('applies the defaults meanwhile: the file logger is reported at its default severity', async () => {
    const uri = client.open('src/logger2.js', LOGGER, 'javascript');
    const diagnostics = await client.nextDiagnostics(uri, (list) => list.some((d) => d.code === 'file-logger'));
    assert.equal(diagnostics.find((d) => d.code === 'file-logger')!.severity, 2 /* warning, the default */);
    client.close(uri);
  });

  it('clears the diagnostic and applies the config once the file is fixed', async () => {
    writeFileSync(configPath, '{\n  "ignore": ["dist/**"],\n  "rules": { "file-logger": "off" }\n}\n');
    const since = client.publishCount(configUri);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    await client.nextDiagnostics(configUri, (list) => list.length === 0, since);
    const uri = client.open('src/logger3.js', `${LOGGER}const password = 'Zq8vN3kLmP2xR7tWq4';\n`, 'javascript');
    const diagnostics = await client.nextDiagnostics(uri, (list) => list.length > 0);
    assert.deepEqual(diagnostics.map((d) => d.code), ['hardcoded-credential']);
    client.close(uri);
  });

  it('a JSON syntax error names its line too', async () => {
    writeFileSync(configPath, '{\n  "ignore": ["dist/**"],\n  "rules": { "file-logger": "off" \n');
    const since = client.publishCount(configUri);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    const [diagnostic] = await client.nextDiagnostics(configUri, (list) => list.length > 0, since);
    assert.match(String(diagnostic!.message), /invalid JSON/);
    assert.ok(diagnostic!.range.start.line >= 2, `line ${diagnostic!.range.start.line}`);
    const messages = client.messages.filter((message) => message.type === ERROR);
    assert.match(messages.at(-1)!.message, /invalid JSON/);
  });

  it('survives a client that cannot show the message (it answers the request with an error)', async () => {
    writeFileSync(configPath, '{ "rules": { "file-logger": "loud" } }\n');
    const plain = new TestClient({ workspace: root });
    try {
      await plain.initialize();
      await new Promise((next) => setTimeout(next, 1000));
      const uri = plain.open('src/logger4.js', LOGGER, 'javascript');
      await plain.nextDiagnostics(uri, (list) => list.some((d) => d.code === 'file-logger'));
      assert.ok(plain.alive);
    } finally {
      await plain.shutdown();
    }
  });
});
