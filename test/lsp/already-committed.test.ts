// A credential that a commit already holds says so in the editor: moving it to .env does not take
// it out of the history. The answer comes from git in the background; an untrusted workspace runs
// no git and gets no such note.
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fakePassword, fakeStripeKey, tempRepo } from '../helpers/gitRepo';
import { TestClient, until } from '../helpers/lspClient';

const COMMITTED = /Already committed: moving it to \.env is not enough, rotate it\./;

describe('already committed, in the editor', () => {
  const repo = tempRepo();
  const committedKey = fakeStripeKey();
  const committed = `module.exports = {\n  stripeKey: '${committedKey}',\n};\n`;
  const withNew = `module.exports = {\n  stripeKey: '${committedKey}',\n  dbPassword: '${fakePassword()}',\n};\n`;
  const trusted = new TestClient({ workspace: repo.root });
  // A `git` first on PATH that only leaves a mark: any process the untrusted server starts shows.
  const bin = mkdtempSync(join(tmpdir(), 'tfl-fake-git-'));
  const spawned = join(bin, 'SPAWNED');
  writeFileSync(join(bin, 'git'), `#!/bin/sh\ntouch '${spawned}'\nexit 1\n`);
  chmodSync(join(bin, 'git'), 0o755);
  const env = { ...process.env, PATH: `${bin}${delimiter}${process.env['PATH'] ?? ''}` };
  const untrusted = new TestClient({ workspace: repo.root, initializationOptions: { trusted: false }, env });

  before(async () => {
    repo.write('src/config.js', committed);
    repo.commit('config with a key');
    repo.write('src/config.js', `module.exports = {\n  stripeKey: process.env.STRIPE_KEY,\n};\n`);
    repo.commit('read the key from the environment');
    await trusted.initialize();
    await untrusted.initialize();
  });
  after(async () => {
    await trusted.shutdown();
    await untrusted.shutdown();
    repo.dispose();
    rmSync(bin, { recursive: true, force: true });
  });

  it('says so on a credential an earlier commit holds, and not on a new one', async () => {
    const uri = trusted.open('src/config.js', withNew, 'javascript');
    const diagnostics = await trusted.nextDiagnostics(uri, (list) => list.some((d) => COMMITTED.test(String(d.message))));
    assert.deepEqual(
      diagnostics.map((d) => [d.range.start.line, COMMITTED.test(String(d.message))]),
      [
        [1, true],
        [2, false],
      ],
    );
  });

  it('runs no git in an untrusted workspace', async () => {
    const uri = untrusted.open('src/config.js', withNew, 'javascript');
    const diagnostics = await untrusted.nextDiagnostics(uri, (list) => list.length === 2);
    // A round trip after the diagnostics: a trusted server has started git by then.
    await untrusted.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[0]!.range,
      context: { diagnostics, only: ['quickfix'] },
    });
    assert.equal(existsSync(spawned), false, 'a process ran in an untrusted workspace');
    assert.ok(untrusted.latest(uri)!.every((d) => !COMMITTED.test(String(d.message))));
  });

  it('the same fake git is started by a trusted server (so the check above can fail)', async () => {
    const probe = new TestClient({ workspace: repo.root, env });
    try {
      await probe.initialize();
      probe.open('src/config.js', withNew, 'javascript');
      await until(() => (existsSync(spawned) ? true : undefined), 'the trusted server to start git');
    } finally {
      await probe.shutdown();
    }
  });
});
