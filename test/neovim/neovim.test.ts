// A real third-party LSP client: Neovim (0.7, Debian 12) attaches to dist/server.js over stdio
// and receives the diagnostics any LSP client gets. Run by `npm run test:neovim`, which needs
// `nvim` on the PATH (`.ci/run` installs it); without it the suite fails, it never skips.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { SERVER } from '../helpers/lspClient';
import { REPO, tempWorkspace } from '../helpers/workspace';

interface NeovimResult {
  ok: boolean;
  uri: string;
  diagnostics: { code: string; source: string; message: string; range: { start: { line: number } } }[];
}

function attach(root: string, file: string): NeovimResult {
  const out = join(root, 'nvim-result.json');
  const result = spawnSync('nvim', ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${join(REPO, 'test/neovim/attach.lua')}`], {
    env: { ...process.env, TWELVE_FACTOR_SERVER: SERVER, TWELVE_FACTOR_ROOT: root, TWELVE_FACTOR_FILE: join(root, file), TWELVE_FACTOR_OUT: out },
    timeout: 30_000,
    encoding: 'utf8',
  });
  assert.equal(result.error, undefined, `nvim failed to run: ${String(result.error)}`);
  return JSON.parse(readFileSync(out, 'utf8')) as NeovimResult;
}

describe('Neovim as an LSP client', () => {
  const workspace = tempWorkspace();
  after(() => workspace.dispose());

  it('is installed', () => {
    let version: string;
    try {
      version = execFileSync('nvim', ['--version'], { encoding: 'utf8' }).split('\n')[0]!;
    } catch (error) {
      assert.fail(`nvim is not on the PATH (${(error as Error).message}): install Neovim (Debian: apt-get install neovim) to run this suite`);
    }
    assert.match(version, /^NVIM v0\.\d+/);
  });

  it('attaches and receives the example server file\'s diagnostics', () => {
    const result = attach(workspace.root, 'src/server.js');
    assert.equal(result.ok, true, 'diagnostics arrived in time');
    assert.ok(result.uri.endsWith('/src/server.js'));
    const codes = new Set(result.diagnostics.map((d) => d.code));
    for (const rule of ['hardcoded-credential', 'file-logger', 'memory-session-store', 'startup-migration']) {
      assert.ok(codes.has(rule), `Neovim got ${rule}`);
    }
    assert.ok(result.diagnostics.every((d) => d.source === 'twelve-factor'));
  });

  it('gets the same diagnostics for a Python file', () => {
    const result = attach(workspace.root, 'services/recommendations/app.py');
    assert.equal(result.ok, true, 'diagnostics arrived in time');
    const codes = new Set(result.diagnostics.map((d) => d.code));
    for (const rule of ['hardcoded-credential', 'file-logger', 'memory-session-store', 'startup-migration']) {
      assert.ok(codes.has(rule), `Neovim got ${rule} for Python`);
    }
  });
});
