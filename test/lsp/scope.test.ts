// File scopes in the editor: a credential guessed from its name in a test file arrives as an
// Information diagnostic, one identified by its format stays an Error, and the config's `scopes`
// move a folder in or out of test scope in every language alike.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TestClient } from '../helpers/lspClient';

const ERROR = 1;
const INFORMATION = 3;
// Generated for this test, format-valid, never issued.
const GITHUB_TOKEN = `ghp_${'cqvNNgeBz4CDztRBW7igncUDYjGKjxh2bGCk'}`;

describe('file scopes over LSP', () => {
  const root = mkdtempSync(join(tmpdir(), 'tfl-scope-'));
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, '.twelve-factor.json'), JSON.stringify({ scopes: { test: ['qa/**'], app: ['tests/contract/**'] } }));
  const client = new TestClient({ workspace: root });

  before(() => client.initialize());
  after(async () => {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  });

  /** Severity per line of the credential diagnostics, once both lines are reported. */
  async function severities(path: string, text: string, language: string, lines: number): Promise<number[]> {
    const uri = client.open(path, text, language);
    const diagnostics = await client.nextDiagnostics(uri, (list) => list.filter((d) => d.code === 'hardcoded-credential').length === lines);
    client.close(uri);
    return diagnostics
      .filter((d) => d.code === 'hardcoded-credential')
      .sort((a, b) => a.range.start.line - b.range.start.line)
      .map((d) => d.severity!);
  }

  it('in a JS test: the name guess is Information and says why, the format-identified token an Error', async () => {
    const text = `const adminPassword = 'admin-Pass-7731';\nconst githubToken = '${GITHUB_TOKEN}';\n`;
    const uri = client.open('test/auth.test.js', text, 'javascript');
    const diagnostics = await client.nextDiagnostics(uri, (list) => list.length === 2);
    const [guess, token] = [...diagnostics].sort((a, b) => a.range.start.line - b.range.start.line);
    assert.equal(guess!.severity, INFORMATION);
    assert.match(String(guess!.message), /guess from the name in test code, so reported as information/);
    assert.equal(token!.severity, ERROR);
    assert.match(String(token!.message), /Identified by its format/);
    client.close(uri);
  });

  it('in a Python test the same: Information for the guess, Error for the token', async () => {
    const text = `ADMIN_PASSWORD = 'admin-Pass-7731'\nGITHUB_TOKEN = '${GITHUB_TOKEN}'\n`;
    assert.deepEqual(await severities('tests/test_auth.py', text, 'python', 2), [INFORMATION, ERROR]);
  });

  it('the config makes qa/ test code and takes tests/contract/ back as the app, in Go and PHP too', async () => {
    const go = 'package smoke\n\nconst adminPassword = "admin-Pass-7731"\n';
    assert.deepEqual(await severities('qa/smoke/login.go', go, 'go', 1), [INFORMATION]);
    assert.deepEqual(await severities('tests/contract/login.go', go, 'go', 1), [ERROR]);
    const php = "<?php\n$adminPassword = 'admin-Pass-7731';\n";
    assert.deepEqual(await severities('qa/LoginSmoke.php', php, 'php', 1), [INFORMATION]);
    assert.deepEqual(await severities('tests/contract/settings.php', php, 'php', 1), [ERROR]);
  });
});
