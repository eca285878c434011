// The npm package, as a user gets it: `npm pack` (prepack builds dist/), then the tarball
// installed with --offline into an empty folder (it has no dependencies: the bundles carry them),
// and both front doors run from there: `npx twelve-factor-lint audit .` and the LSP server bin.
// Slow (a production build and an install): `npm run test:package`, run by .ci/run.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TestClient, until } from '../helpers/lspClient';
import { randomToken } from '../cli/helpers';

const REPO = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { name: string; version: string; private?: boolean; bin: Record<string, string> };

/** What the tarball may hold, and nothing else: no sources, tests, fixtures, examples or source maps. */
const ALLOWED = [/^package\.json$/, /^README\.md$/, /^LICENSE$/, /^CHANGELOG\.md$/, /^dist\/(cli|server|scanWorker)(\.bundle)?\.js$/, /^dist\/grammars\/[\w-]+\.wasm$/, /^dist\/twelve-factor\.schema\.json$/];

/** An environment without the outer `npm run`'s npm_* config, which an inner npm would read back as its own. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name) && name !== 'INIT_CWD'));
}

function npm(args: string[], cwd: string): string {
  const result = spawnSync('npm', args, { cwd, encoding: 'utf8', env: cleanEnv(), timeout: 300_000 });
  assert.equal(result.status, 0, `npm ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
}

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

describe('npm package', () => {
  const temp = mkdtempSync(join(tmpdir(), 'tfl-pack-'));
  after(() => rmSync(temp, { recursive: true, force: true }));
  let files: string[] = [];
  let tarball = '';
  const project = join(temp, 'project');

  before(() => {
    const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', temp], REPO)) as Array<{ filename: string; files: Array<{ path: string }> }>;
    files = packed!.files.map((file) => file.path);
    tarball = join(temp, packed!.filename);
    mkdirSync(project);
    npm(['install', '--offline', '--no-audit', '--no-fund', tarball], project);
  });

  it('is public, with a bin for the CLI and one for the language server', () => {
    assert.notEqual(manifest.private, true);
    assert.deepEqual(manifest.bin, { 'twelve-factor-lint': 'dist/cli.js', 'twelve-factor-lint-server': 'dist/server.js' });
  });

  it('holds the bundles and grammars, and no test, fixture, example or source file', () => {
    for (const file of files) assert.ok(ALLOWED.some((pattern) => pattern.test(file)), `the tarball ships ${file}`);
    for (const needed of ['dist/cli.js', 'dist/cli.bundle.js', 'dist/server.js', 'dist/server.bundle.js', 'dist/scanWorker.js', 'dist/scanWorker.bundle.js', 'dist/grammars/tree-sitter.wasm', 'dist/grammars/tree-sitter-python.wasm', 'README.md', 'LICENSE']) {
      assert.ok(files.includes(needed), `the tarball lacks ${needed}`);
    }
  });

  it('`npx twelve-factor-lint audit .` works where it was installed, Python grammar included', () => {
    write(project, {
      'src/config.js': `const dbPassword = '${randomToken(20)}';\nmodule.exports = { dbPassword };\n`,
      'app/settings.py': `import os\nSECRET_KEY = "${randomToken(40)}"\n`,
    });
    const run = spawnSync('npx', ['twelve-factor-lint', 'audit', '.', '--format', 'json'], { cwd: project, encoding: 'utf8', env: cleanEnv() });
    assert.equal(run.status, 1, run.stderr);
    const report = JSON.parse(run.stdout) as { tool: { version: string }; findings: Array<{ path: string; ruleId: string }> };
    assert.equal(report.tool.version, manifest.version);
    const found = report.findings.map((finding) => `${finding.path} ${finding.ruleId}`);
    assert.ok(found.includes('src/config.js hardcoded-credential'), found.join(', '));
    assert.ok(found.includes('app/settings.py hardcoded-credential'), found.join(', '));
    assert.ok(!found.some((path) => path.startsWith('node_modules/')), 'node_modules is never scanned');
    assert.match(spawnSync('npx', ['twelve-factor-lint', '--version'], { cwd: project, encoding: 'utf8', env: cleanEnv() }).stdout, new RegExp(`^${manifest.version.replace(/\./g, '\\.')}\n$`));
  });

  it('the installed language server bin answers an LSP client', async () => {
    write(project, { 'src/logger.js': "const winston = require('winston');\nmodule.exports = winston.createLogger({ transports: [new winston.transports.File({ filename: 'app.log' })] });\n" });
    const client = new TestClient({ workspace: project, command: [join(project, 'node_modules', '.bin', 'twelve-factor-lint-server')], env: cleanEnv() });
    try {
      await client.initialize();
      const uri = client.open('src/logger.js', readFileSync(join(project, 'src/logger.js'), 'utf8'), 'javascript');
      const published = await until(() => client.diagnostics.get(uri)?.find((params) => params.diagnostics.length > 0), 'diagnostics from the installed server', 60_000);
      assert.equal(published.uri, pathToFileURL(join(project, 'src/logger.js')).href);
      // winston is not in the test project's package.json, so Factor II speaks up too.
      assert.deepEqual(published.diagnostics.map((diagnostic) => diagnostic.code).sort(), ['file-logger', 'undeclared-dependency']);
    } finally {
      await client.shutdown();
    }
  });
});
