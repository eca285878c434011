// A `.env` committed before .gitignore listed it is in every clone: the editor asks git, as the audit
// does, and says so on the open file. An untrusted workspace runs no git and takes .gitignore's word.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fakePassword, tempRepo } from '../helpers/gitRepo';
import { TestClient } from '../helpers/lspClient';

const TRACKED = /git tracks this \.env file although \.gitignore lists it/;

describe('a .env that git tracks although .gitignore lists it, in the editor', () => {
  const repo = tempRepo();
  const text = `DB_PASSWORD=${fakePassword()}\n`;
  const trusted = new TestClient({ workspace: repo.root });
  const untrusted = new TestClient({ workspace: repo.root, initializationOptions: { trusted: false } });

  before(async () => {
    repo.write('.env.production', text);
    repo.write('app.js', 'console.log(process.env.DB_PASSWORD);\n');
    repo.commit('production settings');
    repo.write('.gitignore', '.env*\n');
    repo.commit('ignore env files');
    await trusted.initialize();
    await untrusted.initialize();
  });
  after(async () => {
    await trusted.shutdown();
    await untrusted.shutdown();
    repo.dispose();
  });

  it('is reported as tracked, its value too; untracked, the next check clears both', async () => {
    const uri = trusted.open('.env.production', text, 'dotenv');
    const diagnostics = await trusted.nextDiagnostics(uri, (list) => list.some((d) => TRACKED.test(String(d.message))));
    assert.equal(diagnostics.length, 2, diagnostics.map((d) => d.message).join('\n'));
    assert.ok(!diagnostics.some((d) => String(d.message).includes(text.trim().slice('DB_PASSWORD='.length))), 'the secret is never echoed');

    repo.git('rm', '-q', '--cached', '.env.production');
    const since = trusted.publishCount(uri);
    trusted.change(uri, `${text}# moved to the platform's secrets\n`);
    await trusted.nextDiagnostics(uri, (list) => list.length === 0, since);
  });

  it('an untrusted workspace runs no git: .gitignore says ignored, so nothing is reported', async () => {
    repo.git('add', '-f', '.env.production');
    const uri = untrusted.open('.env.production', text, 'dotenv');
    // A round trip after the check: a trusted server has published by then.
    await untrusted.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
      context: { diagnostics: [], only: ['quickfix'] },
    });
    assert.equal(untrusted.latest(uri), undefined);
  });
});
