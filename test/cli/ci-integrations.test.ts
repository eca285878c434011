// CI and hook front doors. The GitHub Action (action.yml): its steps call action/run.sh, run here
// as the runner would, with GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files and the built CLI. The
// pre-commit hook (.pre-commit-hooks.yaml): its entry run on the files pre-commit would pass.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parse } from 'yaml';
import { tempRepo } from '../helpers/gitRepo';
import { CLI, randomToken, runCli, workspace } from './helpers';

const REPO = join(__dirname, '..', '..');
const SCRIPT = join(REPO, 'action', 'run.sh');

interface Step {
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

function runStep(command: 'audit' | 'gate', cwd: string, env: Record<string, string>) {
  const outputFile = join(cwd, '.github-output');
  const summaryFile = join(cwd, '.github-summary');
  const result = spawnSync('bash', [SCRIPT, command], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', TWELVE_FACTOR_CLI: CLI, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, ...env },
  });
  const read = (file: string) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return '';
    }
  };
  const outputs = Object.fromEntries(read(outputFile).trim().split('\n').filter(Boolean).map((line) => line.split(/=(.*)/s).slice(0, 2)));
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, outputs, summary: read(summaryFile) };
}

const credentialFile = () => `const dbPassword = '${randomToken(20)}';\nmodule.exports = { dbPassword };\n`;
const FILE_LOGGER = "const winston = require('winston');\nmodule.exports = winston.createLogger({ transports: [new winston.transports.File({ filename: 'app.log' })] });\n";

describe('GitHub Action', () => {
  const action = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    runs: { using: string; steps: Step[] };
  };

  it('is a composite action: audit, upload the SARIF to code scanning, then gate on --fail-on', () => {
    assert.equal(action.runs.using, 'composite');
    const [audit, upload, gate] = action.runs.steps;
    assert.match(audit?.run ?? '', /action\/run\.sh" audit$/);
    assert.equal(audit?.env?.['TFL_FAIL_ON'], '${{ inputs.fail-on }}');
    assert.match(upload?.uses ?? '', /^github\/codeql-action\/upload-sarif@v\d+$/);
    assert.equal(upload?.with?.['sarif_file'], '${{ steps.audit.outputs.sarif-file }}');
    assert.match(upload?.if ?? '', /always\(\)/, 'the upload runs when there are findings');
    assert.match(gate?.run ?? '', /action\/run\.sh" gate$/);
    assert.equal(gate?.env?.['TFL_EXIT_CODE'], '${{ steps.audit.outputs.exit-code }}');
    for (const step of action.runs.steps) if (step.run) assert.doesNotMatch(step.run, /\$\{\{/, 'inputs reach scripts through env, never spliced into shell');
  });

  it('audit writes valid SARIF and records exit code and count; the gate then fails the job', () => {
    const root = workspace({ 'src/config.js': credentialFile(), 'src/log.js': FILE_LOGGER });
    const audit = runStep('audit', root, { TFL_PATHS: '.', TFL_SARIF: 'reports/tfl.sarif', TFL_FAIL_ON: 'error' });
    assert.equal(audit.code, 0, audit.stderr);
    assert.deepEqual(audit.outputs, { 'exit-code': '1', 'sarif-file': 'reports/tfl.sarif', findings: '2' });
    const sarif = JSON.parse(readFileSync(join(root, 'reports/tfl.sarif'), 'utf8'));
    assert.equal(sarif.version, '2.1.0');
    assert.deepEqual(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId).sort(), ['file-logger', 'hardcoded-credential']);
    assert.match(audit.summary, /2 finding\(s\)/);
    const gate = runStep('gate', root, { TFL_EXIT_CODE: audit.outputs['exit-code']!, TFL_FAIL_ON: 'error' });
    assert.equal(gate.code, 1);
    assert.match(gate.stdout, /^::error title=Twelve-Factor Lint::findings at or above --fail-on error/m);
  });

  it('a warning passes the gate at fail-on error and fails it at fail-on warning', () => {
    const root = workspace({ 'src/log.js': FILE_LOGGER });
    const lenient = runStep('audit', root, { TFL_FAIL_ON: 'error' });
    assert.equal(lenient.outputs['exit-code'], '0');
    assert.equal(runStep('gate', root, { TFL_EXIT_CODE: '0' }).code, 0);
    const strict = runStep('audit', root, { TFL_FAIL_ON: 'warning' });
    assert.equal(strict.outputs['exit-code'], '1');
    assert.equal(strict.outputs['findings'], '1');
  });

  it('a broken config fails the audit step itself, with the CLI message, and writes no upload input', () => {
    const root = workspace({ '.twelve-factor.json': '{ "rules": { "file-loger": "off" } }', 'a.js': 'export {};\n' });
    const audit = runStep('audit', root, {});
    assert.equal(audit.code, 2);
    assert.match(audit.stderr, /unknown rule 'file-loger'/);
    assert.equal(audit.outputs['exit-code'], '2');
    assert.equal(audit.outputs['findings'], undefined);
  });

  it('audits only the given paths', () => {
    const root = workspace({ 'src/config.js': credentialFile(), 'legacy/config.js': credentialFile() });
    const audit = runStep('audit', root, { TFL_PATHS: 'src' });
    assert.equal(audit.outputs['findings'], '1');
    const sarif = JSON.parse(readFileSync(join(root, 'twelve-factor.sarif'), 'utf8'));
    assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'src/config.js');
  });
});

describe('pre-commit hook', () => {
  const [hook] = parse(readFileSync(join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; entry: string; language: string; pass_filenames: boolean }>;
  const entryArgs = () => {
    const [command, ...args] = hook!.entry.split(/\s+/);
    assert.equal(command, 'twelve-factor-lint', 'the entry runs the package bin');
    return args;
  };

  it('is a node hook named twelve-factor-lint that gets the staged files', () => {
    assert.equal(hook?.id, 'twelve-factor-lint');
    assert.equal(hook?.language, 'node');
    assert.equal(hook?.pass_filenames, true);
  });

  it('blocks a commit whose staged content holds a credential, and is silent on a clean one', () => {
    const repo = tempRepo();
    after(() => repo.dispose());
    repo.write('src/log.js', FILE_LOGGER);
    repo.write('README.md', '# app\n');
    repo.commit('app');
    repo.write('src/config.js', credentialFile());
    repo.git('add', 'src/config.js');
    // What pre-commit runs: the entry, then the staged file names.
    const blocked = runCli([...entryArgs(), 'src/config.js', 'README.md'], repo.root);
    assert.equal(blocked.code, 1, blocked.stderr);
    assert.match(blocked.stdout, /src\/config\.js\n {2}1:20 {2}error/);
    repo.write('src/config.js', 'module.exports = { dbPassword: process.env.DB_PASSWORD };\n');
    repo.git('add', 'src/config.js');
    repo.write('src/config.js', credentialFile()); // unstaged: not part of the commit
    const clean = runCli([...entryArgs(), 'src/config.js', 'src/log.js', 'README.md'], repo.root);
    assert.deepEqual([clean.code, clean.stdout, clean.stderr], [0, '', ''], 'the staged content is clean; a warning below failOn stays silent');
  });
});
