// startup-migration on JS/TS beyond its examples: which shapes get a fix (and which do not),
// that fixed files still parse, and which paths count as one-off scripts or tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { applyEdits } from '../../server/src/engine/fixes/apply';
import { startupMigration } from '../../server/src/engine/rules/startup-migration';
import { isOneOffOrTestFile } from '../../server/src/engine/rules/startup-migration/javascript-paths';
import { scan } from '../../server/src/engine/scan';
import { fileScope } from '../../server/src/engine/scope';
import type { Finding, MoveToScriptFix } from '../../server/src/engine/types';
import { exampleSets } from '../../server/src/engine/rules/examples';
import { parseMarkers } from '../helpers/markers';

function findings(path: string, code: string): Finding[] {
  return scan({ path }, code, {}, [startupMigration]);
}

function onlyFix(path: string, code: string): MoveToScriptFix | undefined {
  const [finding, ...rest] = findings(path, code);
  assert.ok(finding, `expected a finding in:\n${code}`);
  assert.equal(rest.length, 0);
  return finding.fix?.kind === 'move-to-script' ? finding.fix : undefined;
}

function fixed(path: string, code: string): string {
  const fix = onlyFix(path, code);
  assert.ok(fix, `expected a fix for:\n${code}`);
  return applyEdits(code, fix.edits);
}

describe('startup-migration fixes', () => {
  it('offers no fix for sequelize.sync(): there is no one-off CLI that does the same', () => {
    assert.equal(onlyFix('src/server.js', `const { sequelize } = require('./models');\nawait sequelize.sync();\nsequelize.close();\n`), undefined);
  });

  it('offers no fix when the removal would break or change the code around it', () => {
    const head = `const knex = require('./db');\napp.locals.knex = knex;\n`;
    const unsafe = [
      'if (ready) knex.migrate.latest();\n',
      'knex.migrate.latest().then((result) => console.log(result));\n',
      'knex.migrate.latest().then(() => app.listen(3000)).catch(() => process.exit(1));\n',
      'knex.migrate.latest().then(async () => { await warmUp(); app.listen(3000); });\n',
      "knex.migrate.latest({ directory: './db/migrations' });\n",
      'app.use(cors()); knex.migrate.latest();\n',
      'const server = 1;\nknex.migrate.latest().then(() => {\n  const server = app.listen(3000);\n});\n',
      'knex.migrate.latest().then(() => {\n  app.locals.banner = `multi\n  line`;\n});\n',
    ];
    for (const tail of unsafe) assert.equal(onlyFix('src/server.js', head + tail), undefined, tail);
  });

  it('withdraws the fix rather than leave a local unused', () => {
    const code = `const knex = require('knex')(require('./knexfile'));\nknex.migrate.latest();\napp.listen(3000);\n`;
    assert.equal(onlyFix('src/server.js', code), undefined);
  });

  it('removes one name from an import list and keeps the others', () => {
    const code = `import { execSync, spawn } from 'child_process';\nexecSync('npx knex migrate:latest');\nspawn('node', ['worker.js']);\napp.listen(3000);\n`;
    assert.equal(fixed('src/server.ts', code), `import { spawn } from 'child_process';\nspawn('node', ['worker.js']);\napp.listen(3000);\n`);
    assert.equal(onlyFix('src/server.ts', code)?.command, 'knex migrate:latest');
  });

  it('keeps CRLF line endings and indentation when unwrapping a then-callback', () => {
    const code = 'function start() {\r\n  knex.migrate.latest().then(function () {\r\n    app.listen(3000);\r\n  });\r\n}\r\nstart(knex);\r\n';
    assert.equal(fixed('src/index.js', code), 'function start() {\r\n  app.listen(3000);\r\n}\r\nstart(knex);\r\n');
  });

  it('names the TypeORM CLI for the data source module, or offers nothing when the data source is in this file', () => {
    const imported = (path: string, specifier: string): string | undefined =>
      onlyFix(path, `import { AppDataSource } from '${specifier}';\nawait AppDataSource.initialize();\nawait AppDataSource.runMigrations();\n`)?.command;
    assert.equal(imported('src/index.js', './db/data-source'), 'typeorm migration:run -d src/db/data-source.js');
    assert.equal(imported('src/index.ts', '../config/data-source.js'), 'typeorm-ts-node-esm migration:run -d config/data-source.ts');
    assert.equal(imported('index.ts', '../data-source'), undefined);
    const local = `import { DataSource } from 'typeorm';\nconst ds = new DataSource({ type: 'postgres' });\nawait ds.initialize();\nawait ds.runMigrations();\n`;
    assert.equal(onlyFix('src/index.ts', local), undefined);
  });

  it('leaves every fixed example parseable', () => {
    for (const example of exampleSets('startup-migration', 'javascript').flatMap((set) => set.examples.invalid)) {
      if (example.output === undefined) continue;
      const source = ts.createSourceFile(example.path, example.output, ts.ScriptTarget.Latest, true);
      const diagnostics = (source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
      assert.deepEqual(diagnostics.map((d) => d.messageText), [], example.name);
      assert.ok(parseMarkers(example.code).code !== example.output, 'the fix changes the file');
    }
  });
});

describe('startup-migration start path', () => {
  it('reports a function that starts the server even if nothing here calls it', () => {
    const code = `export async function main() {\n  await knex.migrate.latest();\n  app.listen(3000);\n}\n`;
    assert.equal(findings('src/main.js', code).length, 1);
  });

  it('follows calls through helper functions and stops on recursion', () => {
    const code = `async function migrate() { await knex.migrate.latest(); }\nasync function retry() { try { await migrate(); } catch { await retry(); } }\nretry();\n`;
    assert.equal(findings('src/boot.js', code).length, 1);
    const unreached = `async function loop() { await knex.migrate.latest(); await loop(); }\nmodule.exports = loop;\n`;
    assert.equal(findings('src/boot.js', unreached).length, 0);
  });

  it('reports a default-on flag, stays silent on an opt-in one', () => {
    const guarded = (condition: string) => `if (${condition}) knex.migrate.latest();\napp.listen(3000);\n`;
    assert.equal(findings('src/server.js', guarded("process.env.SKIP_MIGRATIONS !== 'true'")).length, 1);
    assert.equal(findings('src/server.js', guarded("process.env.AUTO_MIGRATE === '1'")).length, 0);
    assert.equal(findings('src/server.js', guarded('process.env.DATABASE_URL')).length, 1);
  });
});

describe('startup-migration paths', () => {
  const oneOff = [
    'scripts/migrate.ts', 'bin/setup.js', 'db/migrate/20240101-users.js', 'src/migrations/1700000000000-init.ts',
    'src/db/seeds/users.js', 'src/migrate.js', 'src/run-migrations.ts', 'src/db-migrate.ts', 'seed.js', 'src/setup-db.js',
    'knexfile.js', 'src/setupDb.ts', 'src/app.test.ts', 'src/app.spec.js', 'e2e/global-setup.ts', 'jest.setup.js', 'src/globalSetup.ts',
  ];
  // Test folders are the engine's file scope, where no rule about the deployed app runs.
  const testFolders = ['test/helpers.js', 'src/__tests__/db.ts', 'src/test-utils/db.ts', 'packages/api/tests/setup.ts'];
  const startPaths = ['src/server.js', 'src/index.ts', 'src/app.module.ts', 'src/database.ts', 'src/latest.ts', 'src/db/index.js', 'server.mjs'];

  it('treats scripts, migration and seed files, and test set-up files as one-off', () => {
    for (const path of oneOff) assert.equal(isOneOffOrTestFile(path), true, path);
  });

  it('leaves test folders to the file scope, which the config can override', () => {
    const code = 'knex.migrate.latest();\napp.listen(3000);\n';
    for (const path of testFolders) {
      assert.equal(fileScope(path), 'test', path);
      assert.equal(findings(path, code).length, 0, path);
      assert.equal(scan({ path }, code, { scopes: { app: ['**'] } }, [startupMigration]).length, 1, path);
    }
  });

  it('treats application files as possible start paths', () => {
    for (const path of startPaths) assert.equal(isOneOffOrTestFile(path), false, path);
  });
});
