// The VSIX is lean: only what the installed extension loads (no CLI, no sources, no tests), with
// the Marketplace README and a manifest without npm's fields. Packs a real VSIX with vsce.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const REPO = join(__dirname, '..', '..');
const VSCE = join(REPO, 'node_modules', '@vscode', 'vsce', 'vsce');

/** Every file the extension loads or the Marketplace shows, and nothing else. */
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^CHANGELOG\.md$/,
  /^dist\/(extension|server|scanWorker)\.js$/,
  /^dist\/(server|scanWorker)\.bundle\.js$/,
  /^dist\/grammars\/[\w-]+\.wasm$/,
  /^dist\/twelve-factor\.schema\.json$/,
  /^syntaxes\/[\w.-]+\.json$/,
  /^images\/icon\.png$/,
];

describe('VSIX', () => {
  const temp = mkdtempSync(join(tmpdir(), 'tfl-vsix-'));
  after(() => rmSync(temp, { recursive: true, force: true }));
  let staging = '';
  let listed: string[] = [];
  let vsix = '';

  before(async () => {
    const { packageVsix } = (await import(join(REPO, 'scripts', 'e2e', 'package.mjs'))) as { packageVsix: (out: string) => string };
    vsix = packageVsix(join(temp, 'twelve-factor-lint.vsix'));
    staging = join(REPO, 'out', 'vsix-staging');
    const ls = spawnSync(process.execPath, [VSCE, 'ls', '--no-dependencies'], { cwd: staging, encoding: 'utf8' });
    assert.equal(ls.status, 0, ls.stderr);
    listed = ls.stdout.trim().split('\n');
  });

  it('holds only what the extension loads: no CLI, sources, tests or maps', () => {
    for (const file of listed) assert.ok(ALLOWED.some((pattern) => pattern.test(file)), `the VSIX ships ${file}`);
    for (const needed of ['dist/extension.js', 'dist/server.js', 'dist/server.bundle.js', 'dist/scanWorker.js', 'dist/scanWorker.bundle.js', 'dist/grammars/tree-sitter.wasm', 'dist/twelve-factor.schema.json', 'images/icon.png']) {
      assert.ok(listed.includes(needed), `the VSIX lacks ${needed}`);
    }
    assert.ok(!listed.includes('dist/cli.js') && !listed.includes('dist/cli.bundle.js'));
    // Code caches are built on the user's machine, for its V8 (server/src/entry/bundleLoader.ts).
    assert.ok(!listed.some((file) => file.endsWith('.cache')));
    // The server and its scan worker each carry the engine (about 1 MB compressed each), plus the grammars.
    assert.ok(statSync(vsix).size < 4 * 1024 * 1024, `the VSIX weighs ${statSync(vsix).size} bytes`);
  });

  it('carries the Marketplace README and a manifest without npm fields', () => {
    assert.equal(readFileSync(join(staging, 'README.md'), 'utf8'), readFileSync(join(REPO, 'docs', 'marketplace.md'), 'utf8'));
    const manifest = JSON.parse(readFileSync(join(staging, 'package.json'), 'utf8'));
    for (const field of ['bin', 'files', 'scripts', 'devDependencies', 'private']) assert.equal(manifest[field], undefined, field);
    for (const field of ['repository', 'bugs', 'homepage', 'license', 'icon', 'publisher']) assert.ok(manifest[field], field);
  });
});
