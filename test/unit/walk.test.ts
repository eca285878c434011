// The file walker: what an audit reads, what it leaves out, and why.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parseConfig } from '../../server/src/engine/config';
import { findProjectConfig, isGitIgnored, loadProjectConfig, walk, type SkipReason, type WalkOptions } from '../../server/src/walk';

function tree(files: Record<string, string | Uint8Array>, git = true): string {
  const root = mkdtempSync(join(tmpdir(), 'tfl-walk-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  if (git) mkdirSync(join(root, '.git'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

async function walked(roots: string[], options: WalkOptions = {}): Promise<string[]> {
  const paths: string[] = [];
  for await (const file of walk(roots, options)) paths.push(file.relativePath);
  return paths;
}

describe('walk', () => {
  it('yields the files the engine reads, sorted, with posix paths, never .git or node_modules', async () => {
    const root = tree({
      'src/app.ts': 'x',
      'src/util/a.js': 'x',
      'README.md': 'x',
      'logo.png': 'x',
      'Dockerfile': 'x',
      '.env.example': 'x',
      'node_modules/pkg/index.js': 'x',
      '.git/hooks/pre-commit.js': 'x',
      'packages/a/node_modules/b/index.js': 'x',
      'types.d.ts': 'x',
    });
    assert.deepEqual(await walked([root]), ['.env.example', 'Dockerfile', 'src/app.ts', 'src/util/a.js']);
  });

  it('reads a script without an extension by its #! line, and leaves other extensionless files out (a Makefile is known by name)', async () => {
    const root = tree({
      'bin/hubot': '#!/bin/sh\nexport HUBOT_LOG_LEVEL=info\n',
      'bin/console': '#!/usr/bin/env ruby\nrequire "irb"\n',
      'script/sync': '#!/usr/bin/env -S python3 -u\nprint(1)\n',
      'bin/www': '#!/usr/bin/env node\nrequire("../app")\n',
      'bin/run.pl': '#!/usr/bin/perl\n',
      'bin/tool': '#!/usr/bin/perl\nprint 1;\n',
      'Makefile': 'all:\n\ttrue\n',
      'LICENSE': 'MIT',
    });
    const files: Record<string, string> = {};
    for await (const file of walk([root])) files[file.relativePath] = file.language;
    // A Makefile is known by its name (read for credentials), not by a #! line.
    assert.deepEqual(files, { Makefile: 'makefile', 'bin/console': 'ruby', 'bin/hubot': 'shell', 'bin/www': 'javascript', 'script/sync': 'python' });
  });

  it('honours .gitignore at every level, with negation, and .git/info/exclude', async () => {
    const root = tree({
      '.gitignore': 'dist/\n*.log.js\n.env\n',
      '.git/info/exclude': 'local.js\n',
      'dist/bundle.js': 'x',
      'debug.log.js': 'x',
      '.env': 'A=1',
      'local.js': 'x',
      'app.js': 'x',
      'pkg/.gitignore': 'generated/\n!keep.log.js\n',
      'pkg/generated/out.js': 'x',
      'pkg/keep.log.js': 'x',
      'pkg/index.js': 'x',
      'other/generated/kept.js': 'x',
    });
    assert.deepEqual(await walked([root]), ['app.js', 'other/generated/kept.js', 'pkg/index.js', 'pkg/keep.log.js']);
  });

  it('applies .gitignore files above the walked folder, up to the repository root', async () => {
    const root = tree({ '.gitignore': 'secret-stuff/\n', 'app/secret-stuff/a.js': 'x', 'app/b.js': 'x' });
    assert.deepEqual(await walked([join(root, 'app')]), ['b.js']);
  });

  it("skips the config's ignore globs, relative to the config's folder, and the config file itself", async () => {
    const root = tree({
      'src/a.js': 'x',
      'src/a.test.js': 'x',
      'fixtures/x.js': 'x',
      'deep/fixtures/y.js': 'x',
      '.twelve-factor.json': '{}',
    });
    const { config } = parseConfig('{ "ignore": ["**/*.test.js", "**/fixtures"] }', 'c');
    assert.deepEqual(await walked([root], { config, configDir: root }), ['src/a.js']);
  });

  it('skips and counts oversized and binary files; a UTF-16 file is not binary', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('const a = 1;', 'utf16le')]);
    const root = tree({ 'big.js': 'x'.repeat(2000), 'bin.js': Buffer.from([0x61, 0x00, 0x62]), 'wide.js': utf16, 'ok.js': 'x' });
    const skipped: string[] = [];
    const onSkip = (path: string, reason: SkipReason) => skipped.push(`${path.slice(root.length + 1)} ${reason}`);
    assert.deepEqual(await walked([root], { maxFileSize: 1000, onSkip }), ['ok.js', 'wide.js']);
    assert.deepEqual(skipped, ['big.js tooLarge', 'bin.js binary']);
  });

  it('uses the config maxFileSize when no explicit limit is given', async () => {
    const root = tree({ 'big.js': 'x'.repeat(200), 'small.js': 'x' });
    const { config } = parseConfig('{ "maxFileSize": 100 }', 'c');
    assert.deepEqual(await walked([root], { config }), ['small.js']);
  });

  it('scans a file named directly even if git ignores it, and says so', async () => {
    const root = tree({ '.gitignore': '.env\n', '.env': 'A=1' });
    const files = [];
    for await (const file of walk([join(root, '.env')])) files.push(file);
    assert.deepEqual(files.map((f) => [f.relativePath, f.gitIgnored]), [['.env', true]]);
  });

  it('reports gitIgnored false for a reachable .env in a repository, and outside one that no .gitignore lists it in', async () => {
    const inRepo = tree({ '.env': 'A=1' });
    const outside = tree({ '.env': 'A=1' }, false);
    const flags = async (root: string) => {
      const result = [];
      for await (const file of walk([root])) result.push(file.gitIgnored);
      return result;
    };
    assert.deepEqual(await flags(inRepo), [false]);
    assert.deepEqual(await flags(outside), [false]);
  });

  it('does not follow symbolic links', async () => {
    const root = tree({ 'real/a.js': 'x' });
    symlinkSync(join(root, 'real'), join(root, 'link'));
    symlinkSync(join(root, 'real/a.js'), join(root, 'b.js'));
    assert.deepEqual(await walked([root]), ['real/a.js']);
  });

  it('rejects a root that does not exist', async () => {
    await assert.rejects(walked(['/definitely/not/here']), /no such file or directory/);
  });

  it('reads synchronously but gives the thread back while walking a large tree', async () => {
    // A language server walks the workspace on the thread that answers its client.
    const files: Record<string, string> = {};
    for (let folder = 0; folder < 40; folder++) for (let file = 0; file < 60; file++) files[`f${folder}/m${file}.js`] = 'x';
    const root = tree(files);
    let turns = 0;
    let counting = true;
    const count = () => {
      turns++;
      if (counting) setImmediate(count);
    };
    setImmediate(count);
    const started = performance.now();
    const paths = await walked([root]);
    const elapsed = performance.now() - started;
    counting = false;
    assert.equal(paths.length, 2400);
    // One turn per slice at least; a walk shorter than a slice may not need one.
    if (elapsed > 30) assert.ok(turns >= 2, `${turns} turns in ${elapsed.toFixed(0)} ms`);
  });
});

describe('isGitIgnored', () => {
  it('answers from the .gitignore files between the repository root and the file', () => {
    const root = tree({ '.gitignore': '.env\nbuild/\n', 'svc/.gitignore': '!.env\n' });
    assert.equal(isGitIgnored(root, '.env'), true);
    assert.equal(isGitIgnored(root, 'config/.env'), true);
    assert.equal(isGitIgnored(root, 'svc/.env'), false, 'a deeper negation re-includes');
    assert.equal(isGitIgnored(root, 'build/.env.local'), true, 'inside an ignored folder');
    assert.equal(isGitIgnored(root, '.env.production'), false);
  });

  it("outside a repository: the tree's own .gitignore files, and not ignored where none lists the file", () => {
    const outside = tree({ '.gitignore': '.env\n', 'svc/.gitignore': '!.env\n' }, false);
    assert.equal(isGitIgnored(outside, '.env'), true);
    assert.equal(isGitIgnored(outside, 'svc/.env'), false);
    assert.equal(isGitIgnored(outside, '.env.production'), false, 'listed nowhere: the first commit takes it');
    assert.equal(isGitIgnored(tree({ 'api/.gitignore': '.env\n' }, false), '.env'), false, 'a deeper .gitignore does not speak for the top');
    assert.equal(isGitIgnored(tree({}, false), '.env'), false);
  });
});

describe('project config on disk', () => {
  it('loads <root>/.twelve-factor.json, and the defaults when there is none', () => {
    const root = tree({ '.twelve-factor.json': '{ "failOn": "warning" }' });
    assert.equal(loadProjectConfig(root).config.failOn, 'warning');
    assert.deepEqual(loadProjectConfig(tree({})).errors, []);
  });

  it('finds the nearest config upwards, stopping at the repository root', () => {
    const root = tree({ '.twelve-factor.json': '{ "rules": { "hardcoded-credential" : "bad" } }', 'app/src/a.js': 'x' });
    const found = findProjectConfig(join(root, 'app/src'));
    assert.equal(found.dir, root);
    assert.deepEqual(found.errors.map((e) => [e.file, e.line, e.column]), [[join(root, '.twelve-factor.json'), 1, 39]]);
  });
});

describe('overlapping roots', () => {
  it('yields each file once', async () => {
    const root = tree({ 'src/a.js': 'x', 'b.js': 'x' });
    assert.deepEqual(await walked([root, join(root, 'src'), join(root, 'b.js')]), ['b.js', 'src/a.js']);
  });
});
