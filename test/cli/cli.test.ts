// The built CLI end to end: exit codes, options, what is scanned, and the three formats.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv-draft-04';
import { randomToken, runCli, workspace } from './helpers';

const SARIF_SCHEMA = join(__dirname, '..', '..', 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');

// Shapes every rule surely reports.
const credential = (secret: string) => `const dbPassword = '${secret}';\nmodule.exports = { dbPassword };\n`;
const FILE_LOGGER =
  "const winston = require('winston');\n" +
  "const logger = winston.createLogger({ transports: [new winston.transports.File({ filename: 'app.log' })] });\n" +
  'module.exports = logger;\n';
const MEMORY_SESSION =
  "const express = require('express');\nconst session = require('express-session');\n" +
  'const app = express();\napp.use(session({ secret: process.env.S }));\nmodule.exports = app;\n';
const STARTUP_MIGRATION = "import { sequelize } from './db.js';\n\nawait sequelize.sync();\n";

interface JsonFinding {
  ruleId: string;
  path: string;
  severity: string;
  range: { start: { line: number; column: number } };
}

function auditJson(cwd: string, ...args: string[]) {
  const run = runCli(['audit', ...args, '--format', 'json'], cwd);
  return { ...run, json: JSON.parse(run.stdout) as { findings: JsonFinding[]; summary: Record<string, unknown> } };
}

const paths = (findings: JsonFinding[]) => findings.map((f) => `${f.path} ${f.ruleId}`).sort();

describe('twelve-factor-lint CLI', () => {
  it('says so in one line and exits 0 when clean', () => {
    const root = workspace({ 'src/a.js': 'const port = process.env.PORT;\n', 'src/b.ts': 'export {};\n' });
    const run = runCli(['audit'], root);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^✔ No Twelve-Factor problems found in 2 files \(\d+ ms\)\.\n$/);
    assert.equal(run.stderr, '', 'no progress line when stderr is not a terminal');
  });

  it('lists findings grouped by file with hint and factor summary, and exits 1 on an error', () => {
    const root = workspace({ 'src/config.js': credential(randomToken(20)), 'src/logger.js': FILE_LOGGER });
    const run = runCli(['audit', '.'], root);
    assert.equal(run.code, 1, run.stdout + run.stderr);
    const lines = run.stdout.split('\n');
    const heading = lines.indexOf('src/config.js');
    assert.ok(heading >= 0, run.stdout);
    assert.match(lines[heading + 1]!, /^ {2}1:20 {2}error {2}Factor III: .+ {2}hardcoded-credential$/);
    assert.ok(lines.includes('src/logger.js'));
    assert.match(run.stdout, /^hardcoded-credential +↳ Read the value from the environment/m);
    assert.match(run.stdout, /^file-logger +↳ /m);
    assert.match(run.stdout, /✖ 2 problems \(1 error, 1 warning\)/);
    assert.match(run.stdout, /\n  III Config: 1 · XI Logs: 1\n/);
    assert.ok(!run.stdout.includes('\u001b['), 'no colour when stdout is not a terminal');
  });

  it('reports the four factors on the shapes they are about', () => {
    const root = workspace({
      'src/config.js': credential(randomToken(20)),
      'src/logger.js': FILE_LOGGER,
      'src/app.js': MEMORY_SESSION,
      'src/server.js': STARTUP_MIGRATION,
    });
    const { json } = auditJson(root);
    const found = new Set(json.findings.map((f) => `${f.path} ${f.ruleId}`));
    for (const expected of [
      'src/config.js hardcoded-credential',
      'src/logger.js file-logger',
      'src/app.js memory-session-store',
      'src/server.js startup-migration',
    ]) {
      assert.ok(found.has(expected), `expected ${expected} in ${[...found].join(', ')}`);
    }
  });

  it('reads a script without an extension by its #! line, in one job and in several', () => {
    const secret = `ghp_${randomToken(36)}`;
    const root = workspace({
      'bin/hubot': `#!/bin/sh\nexport HUBOT_GITHUB_TOKEN=${secret}\nexec node_modules/.bin/hubot "$@"\n`,
      'bin/console': `#!/usr/bin/env ruby\nGITHUB_TOKEN = '${secret}'\n`,
      'bin/notes': 'remember the milk\n',
    });
    for (const jobs of ['1', '2']) {
      const { json } = auditJson(root, '--jobs', jobs);
      assert.deepEqual(paths(json.findings), ['bin/console hardcoded-credential', 'bin/hubot hardcoded-credential'], `--jobs ${jobs}`);
    }
  });

  it('exits 0 on warnings unless --fail-on or the config lowers the bar; --exit-zero always exits 0', () => {
    const root = workspace({ 'src/logger.js': FILE_LOGGER });
    assert.equal(runCli(['audit'], root).code, 0);
    assert.equal(runCli(['audit', '--fail-on', 'warning'], root).code, 1);
    assert.equal(runCli(['audit', '--fail-on=hint'], root).code, 1);
    writeFileSync(join(root, '.twelve-factor.json'), '{ "failOn": "warning" }');
    assert.equal(runCli(['audit'], root).code, 1);
    assert.equal(runCli(['audit', '--fail-on', 'error'], root).code, 0, 'the flag wins over the config');
    assert.equal(runCli(['audit', '--exit-zero'], root).code, 0);
    const secretRoot = workspace({ 'a.js': credential(randomToken(20)) });
    const run = runCli(['audit', '--exit-zero'], secretRoot);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /hardcoded-credential/);
  });

  it('a password guessed from its name in a test is info and does not fail; --min-confidence filters guesses', () => {
    const root = workspace({ 'test/login.test.js': "const password = 'admin123';\n", 'src/db.js': credential('s3cretHorse') });
    const run = auditJson(root);
    assert.equal(run.code, 1, 'the app file still fails');
    assert.deepEqual(run.json.findings.map((f) => `${f.path} ${f.severity}`).sort(), ['src/db.js error', 'test/login.test.js info']);
    assert.equal(runCli(['audit', 'test'], root).code, 0, 'audited alone, a test folder');
    writeFileSync(join(root, '.twelve-factor.json'), '{ "scopes": { "test": ["src/db.js"] } }');
    assert.equal(runCli(['audit'], root).code, 0, 'the config puts the other file in test scope');
    assert.deepEqual(auditJson(root, '--min-confidence', 'format').json.findings, []);
    assert.match(runCli(['audit', '--min-confidence', 'sure'], root).stderr, /--min-confidence must be one of format, structure/);
  });

  it('--quiet shows only findings at or above --fail-on, and nothing at all when none is left', () => {
    const root = workspace({ 'src/config.js': credential(randomToken(20)), 'src/logger.js': FILE_LOGGER });
    const run = runCli(['audit', '--quiet'], root);
    assert.match(run.stdout, /hardcoded-credential/);
    assert.doesNotMatch(run.stdout, /file-logger/);
    const warningsOnly = runCli(['audit', '-q'], workspace({ 'src/logger.js': FILE_LOGGER }));
    assert.deepEqual([warningsOnly.code, warningsOnly.stdout, warningsOnly.stderr], [0, '', '']);
    const nothingScanned = runCli(['audit', '--quiet'], workspace({ 'notes.txt': 'hello' }));
    assert.deepEqual([nothingScanned.code, nothingScanned.stdout, nothingScanned.stderr], [0, '', '']);
  });

  it('prints each rule\'s hint once, in a footer, however many findings it has', () => {
    const root = workspace({ 'a.js': credential(randomToken(20)), 'b.js': credential(randomToken(20)), 'c.js': credential(randomToken(20)) });
    const run = runCli(['audit'], root);
    assert.equal(run.stdout.match(/hardcoded-credential +↳/g)?.length, 1, run.stdout);
    assert.equal(run.stdout.match(/docs\/rules\/hardcoded-credential\.md/g)?.length, 1);
    assert.ok(run.stdout.indexOf('↳') > run.stdout.lastIndexOf('c.js'), 'the hint comes after the findings');
  });

  it('says on stderr when nothing was scanned or a named file was left out', () => {
    const root = workspace({ '.twelve-factor.json': '{ "ignore": ["legacy/**"] }', 'legacy/a.js': credential(randomToken(20)), 'notes.txt': 'x' });
    const named = runCli(['audit', 'legacy/a.js', 'notes.txt'], root);
    assert.equal(named.code, 0);
    assert.equal(
      named.stderr,
      'twelve-factor-lint: legacy/a.js was not scanned: ignored by the config\n' +
        'twelve-factor-lint: notes.txt was not scanned: not a file type the rules read\n',
    );
    const folder = runCli(['audit', 'legacy'], root);
    assert.match(folder.stderr, /^twelve-factor-lint: no file was scanned in legacy: /);
    assert.match(folder.stdout, /in 0 files/);
  });

  it('prints paths relative to the working directory, wherever the scanned folder is', () => {
    const root = workspace({ 'app/src/config.js': credential(randomToken(20)) });
    assert.deepEqual(paths(auditJson(root, 'app').json.findings), ['app/src/config.js hardcoded-credential']);
    assert.deepEqual(paths(auditJson(join(root, 'app', 'src'), '..').json.findings), ['config.js hardcoded-credential']);
  });

  it('exits 2 with one line on stderr for usage errors', () => {
    const root = workspace({ 'a.js': 'x' });
    for (const args of [
      ['audit', '--bogus'],
      ['audit', '--format', 'xml'],
      ['audit', '--fail-on', 'fatal'],
      ['audit', '--max-file-size', 'big'],
      ['audit', 'missing-folder'],
      ['lint'],
      ['rules', '--fail-on', 'error'],
    ]) {
      const run = runCli(args, root);
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.stderr, /^twelve-factor-lint: [^\n]+\n$/, args.join(' '));
      assert.equal(run.stdout, '');
    }
  });

  it('suggests the flag or command that was probably meant', () => {
    const root = workspace({ 'a.js': 'x' });
    assert.equal(runCli(['audit', '--qiuet'], root).stderr, "twelve-factor-lint: unknown option '--qiuet' (did you mean '--quiet'?)\n");
    assert.equal(runCli(['audit', '--fail-om=error'], root).stderr, "twelve-factor-lint: unknown option '--fail-om' (did you mean '--fail-on'?)\n");
    assert.equal(runCli(['audti', '.'], root).stderr, "twelve-factor-lint: unknown command 'audti' (did you mean 'audit'?)\n");
    assert.match(runCli(['lint'], root).stderr, /unknown command 'lint' \(expected one of audit, baseline, history, rules/);
  });

  it('--output writes the report to a file, creating its folder, and nothing to stdout', () => {
    const root = workspace({ 'a.js': credential(randomToken(20)) });
    const run = runCli(['audit', '--format', 'json', '--output', 'reports/ci/report.json'], root);
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    assert.equal(JSON.parse(readFileSync(join(root, 'reports/ci/report.json'), 'utf8')).findings[0].ruleId, 'hardcoded-credential');
  });

  it('honours .gitignore files, nested ones included', () => {
    const root = workspace({
      '.gitignore': 'build/\n',
      'build/config.js': credential(randomToken(20)),
      'pkg/.gitignore': 'generated/\n',
      'pkg/generated/config.js': credential(randomToken(20)),
      'pkg/config.js': credential(randomToken(20)),
      'src/config.js': credential(randomToken(20)),
    });
    assert.deepEqual(paths(auditJson(root).json.findings), ['pkg/config.js hardcoded-credential', 'src/config.js hardcoded-credential']);
  });

  it("skips the config file's ignore globs and turned-off rules", () => {
    const root = workspace({
      '.twelve-factor.json': '{\n  // legacy code is audited separately\n  "ignore": ["legacy/**"],\n  "rules": { "file-logger": "off" }\n}\n',
      'legacy/config.js': credential(randomToken(20)),
      'src/config.js': credential(randomToken(20)),
      'src/logger.js': FILE_LOGGER,
    });
    assert.deepEqual(paths(auditJson(root).json.findings), ['src/config.js hardcoded-credential']);
  });

  it('skips binary and oversized files and says how many and why', () => {
    const root = workspace({
      'big.js': `${credential(randomToken(20))}${'// padding\n'.repeat(20)}`,
      'blob.js': Buffer.concat([Buffer.from(credential(randomToken(20))), Buffer.from([0, 1, 2])]),
      'ok.js': 'export {};\n',
    });
    const { json, code } = auditJson(root, '--max-file-size', '200');
    assert.equal(code, 0);
    assert.equal(json.summary['filesScanned'], 1);
    assert.deepEqual(json.summary['filesSkipped'], { tooLarge: 1, binary: 1, unreadable: 0, failed: 0 });
    assert.match(runCli(['audit', '--max-file-size', '200'], root).stdout, /skipped 2 files \(1 too large, 1 binary\)/);
  });

  it('exits 2 on a broken config file, naming file, line and column', () => {
    const root = workspace({ '.twelve-factor.json': '{\n  "rules": {\n    "file-loger": "off"\n  }\n}\n', 'a.js': 'x' });
    const run = runCli(['audit'], root);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, "twelve-factor-lint: .twelve-factor.json:3:5: unknown rule 'file-loger' (did you mean 'file-logger'?)\n");
    const syntax = workspace({ 'conf.json': '{ "failOn": "warning" ', 'a.js': 'x' });
    const broken = runCli(['audit', '--config', 'conf.json'], syntax);
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /^twelve-factor-lint: conf\.json:1:\d+: invalid JSON: /);
    assert.equal(runCli(['audit', '--config', 'nope.json'], syntax).code, 2);
  });

  it('prints one message per config problem, and scans nothing', () => {
    const root = workspace({
      '.twelve-factor.json': '{\n  "rules": { "file-logger": "on", "file-loger": "off" },\n  "failOn": "fatal",\n  "ignores": []\n}\n',
      'a.js': credential(randomToken(20)),
    });
    const run = runCli(['audit'], root);
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.deepEqual(run.stderr.trimEnd().split('\n'), [
      "twelve-factor-lint: .twelve-factor.json:2:29: severity of 'file-logger' must be one of error, warning, info, hint, off",
      "twelve-factor-lint: .twelve-factor.json:2:35: unknown rule 'file-loger' (did you mean 'file-logger'?)",
      'twelve-factor-lint: .twelve-factor.json:3:13: failOn must be one of error, warning, info, hint',
      "twelve-factor-lint: .twelve-factor.json:4:3: unknown option 'ignores' (did you mean 'ignore'?)",
    ]);
  });

  it('reports a .env that git does not ignore, and never reads one it ignores', () => {
    const env = `DB_PASSWORD=${randomToken(18)}\n`;
    const exposed = workspace({ '.env': env, 'app.js': 'export {};\n' });
    assert.ok(auditJson(exposed).json.findings.some((f) => f.path === '.env'), 'an unignored .env is reported');
    const ignored = workspace({ '.gitignore': '.env\n', '.env': env, 'app.js': 'export {};\n' });
    const { json, code } = auditJson(ignored);
    assert.equal(code, 0);
    assert.deepEqual(json.findings, []);
    assert.equal(json.summary['filesScanned'], 1);
  });

  it('reads a .env committed under the bare name `env` as a .env, in a repository or not, unless ignored', () => {
    const env = `APP_ENV=production\nS3_SECRET_KEY=${randomToken(32)}\n`;
    for (const git of [true, false]) {
      const exposed = workspace({ env, 'main.go': 'package main\n' }, { git });
      assert.ok(auditJson(exposed).json.findings.some((f) => f.path === 'env'), `an unignored bare env is reported (git: ${git})`);
      const ignored = workspace({ '.gitignore': 'env\n', env, 'main.go': 'package main\n' }, { git });
      assert.deepEqual(auditJson(ignored).json.findings.filter((f) => f.path === 'env'), [], `an ignored bare env is silent (git: ${git})`);
    }
  });

  it('rules lists every rule, as text or JSON', () => {
    const root = workspace({});
    const ids = ['hardcoded-credential', 'file-logger', 'memory-session-store', 'startup-migration'];
    const rules = runCli(['rules'], root).stdout;
    for (const id of ids) assert.match(rules, new RegExp(`^${id} `, 'm'));
    const json = JSON.parse(runCli(['rules', '--format', 'json'], root).stdout) as Array<{ id: string; factor: string; defaultSeverity: string; docsUrl: string }>;
    for (const id of ids) assert.ok(json.some((rule) => rule.id === id && rule.docsUrl.endsWith(`/${id}.md`)), id);
  });

  it('-v/--version print the version; -h/--help and help print usage, per command too', () => {
    const root = workspace({});
    for (const flag of ['-v', '--version']) assert.match(runCli([flag], root).stdout, /^\d+\.\d+\.\d+\n$/);
    for (const args of [[], ['-h'], ['--help'], ['help']]) {
      const help = runCli(args, root);
      assert.equal(help.code, 0);
      assert.match(help.stdout, /^Usage: twelve-factor-lint <command>/);
      assert.match(help.stdout, /^ {2}audit +Scan/m);
    }
    for (const args of [['audit', '-h'], ['help', 'audit']]) {
      const help = runCli(args, root).stdout;
      assert.match(help, /^Usage: twelve-factor-lint audit \[paths\.\.\.\]/);
      assert.match(help, /--fail-on SEVERITY/);
    }
    assert.match(runCli(['rules', '--help'], root).stdout, /--format text\|json/);
  });

  it('colours text only when asked and allowed', () => {
    const root = workspace({ 'logger.js': FILE_LOGGER });
    assert.match(runCli(['audit'], root, { FORCE_COLOR: '1' }).stdout, /\u001b\[33mwarning/);
    assert.doesNotMatch(runCli(['audit', '--no-color'], root, { FORCE_COLOR: '1' }).stdout, /\u001b\[/);
    assert.doesNotMatch(runCli(['audit'], root, { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout, /\u001b\[/);
  });
});

describe('CLI SARIF', () => {
  it('is valid SARIF 2.1.0 with relative uris and fingerprints that survive an inserted line', () => {
    const root = workspace({ 'src/config.js': credential(randomToken(20)), 'src/logger.js': FILE_LOGGER });
    const sarifOf = () => JSON.parse(runCli(['audit', '--format', 'sarif'], root).stdout);
    const sarif = sarifOf();
    const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false }).compile(
      JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8')),
    );
    assert.ok(validate(structuredClone(sarif)), JSON.stringify(validate.errors, null, 2));
    const results = sarif.runs[0].results as Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }>; partialFingerprints: Record<string, string> }>;
    assert.ok(results.length >= 2);
    for (const result of results) {
      const location = result.locations[0]!.physicalLocation.artifactLocation;
      assert.match(location.uri, /^src\/(config|logger)\.js$/);
      assert.equal(location.uriBaseId, '%SRCROOT%');
    }
    const before = results.map((r) => r.partialFingerprints['twelveFactor/v1']).sort();
    const file = join(root, 'src/config.js');
    writeFileSync(file, `'use strict';\n// moved down\n${readFileSync(file, 'utf8')}`);
    const after = (sarifOf().runs[0].results as typeof results).map((r) => r.partialFingerprints['twelveFactor/v1']).sort();
    assert.deepEqual(after, before);
  });
});

describe('secrets in output', () => {
  it('no format ever contains a full secret', () => {
    const password = randomToken(20);
    const token = `ghp_${randomToken(36)}`;
    const dbPassword = randomToken(16);
    const envSecret = randomToken(24);
    const root = workspace({
      'src/config.js': `const password = "${password}";\nconst token = '${token}';\nconst dbUrl = "postgres://app:${dbPassword}@db.internal:5432/shop";\nmodule.exports = { password, token, dbUrl };\n`,
      '.env': `JWT_SECRET=${envSecret}\n`,
    });
    const secrets = [password, token, dbPassword, envSecret];
    const json = auditJson(root).json;
    assert.ok(json.findings.length >= 3, `expected the secrets to be found: ${JSON.stringify(json.findings)}`);
    for (const format of ['text', 'json', 'sarif']) {
      const run = runCli(['audit', '--format', format], root, { FORCE_COLOR: '1' });
      for (const secret of secrets) {
        assert.ok(!run.stdout.includes(secret) && !run.stderr.includes(secret), `${format} output leaks a secret`);
      }
    }
  });
});
