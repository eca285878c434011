// The baseline on a real repository: accepted findings stay accepted when their code moves or is
// reformatted, a new or changed secret is found alone, stale entries are reported and pruned, and
// the baseline file never holds a secret or any part of one.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { auditPaths, type AuditResult } from '../../server/src/auditRun';
import { BASELINE_FILE_NAME, parseBaseline, readBaseline, serializeBaseline, writeBaseline } from '../../server/src/baseline/file';
import { newSalt } from '../../server/src/baseline/key';
import { applyBaseline, entriesFor, loadBaseline, withBaseline, withoutStale } from '../../server/src/baseline/match';
import { fakePassword, fakeStripeKey, tempRepo, type TempRepo } from '../helpers/gitRepo';

const stripeKey = fakeStripeKey();
const dbPassword = fakePassword();
const CONFIG = `module.exports = {\n  db: { password: '${dbPassword}' },\n  stripeKey: '${stripeKey}',\n};\n`;
const LOGGER = `const winston = require('winston');\nmodule.exports = winston.createLogger({ transports: [new winston.transports.File({ filename: 'app.log' })] });\n`;

async function audit(repo: TempRepo): Promise<AuditResult> {
  return auditPaths([repo.root], { base: repo.root });
}

/** Takes a baseline of the repository as `baseline` does. */
async function takeBaseline(repo: TempRepo): Promise<string> {
  const path = join(repo.root, BASELINE_FILE_NAME);
  const loaded = withBaseline(path, { salt: newSalt(), entries: [] });
  writeBaseline(path, { salt: loaded.baseline.salt, entries: await entriesFor(await audit(repo), loaded) });
  return path;
}

async function auditWithBaseline(repo: TempRepo) {
  return applyBaseline(await audit(repo), loadBaseline(join(repo.root, BASELINE_FILE_NAME)), [repo.root]);
}

const reported = (result: AuditResult) => result.files.flatMap((file) => file.findings.map((finding) => `${file.path}:${finding.range.start.line + 1}:${finding.ruleId}`));

describe('baseline', () => {
  let repo: TempRepo;
  let baselinePath: string;

  before(async () => {
    repo = tempRepo();
    repo.write('src/config.js', CONFIG);
    repo.write('src/logger.js', LOGGER);
    repo.commit('app');
    baselinePath = await takeBaseline(repo);
  });
  after(() => repo.dispose());

  it('accepts every finding it was taken from, and counts them', async () => {
    const before = await audit(repo);
    assert.equal(before.files.flatMap((file) => file.findings).length, 3);
    const result = await auditWithBaseline(repo);
    assert.deepEqual(reported(result), []);
    assert.equal(result.baseline.accepted, 3);
    assert.deepEqual(result.baseline.stale, []);
  });

  it('holds rule, file and fingerprint per finding, sorted, and no part of any secret', () => {
    const text = readFileSync(baselinePath, 'utf8');
    const baseline = parseBaseline(text, baselinePath);
    assert.deepEqual(
      baseline.entries.map((entry) => `${entry.file} ${entry.rule}`),
      ['src/config.js hardcoded-credential', 'src/config.js hardcoded-credential', 'src/logger.js file-logger'],
    );
    assert.equal(serializeBaseline({ ...baseline, entries: [...baseline.entries].reverse() }), text, 'same entries, same bytes');
    for (const secret of [stripeKey, dbPassword]) {
      for (let start = 0; start + 6 <= secret.length; start++) {
        assert.ok(!text.includes(secret.slice(start, start + 6)), 'no 6-character piece of a secret');
      }
    }
  });

  it('still matches after the code moves, lines are added above and it is reformatted', async () => {
    const moved = `// settings\n\n\nconst stripe   =   "${stripeKey}";\nmodule.exports = {\n  stripeKey: stripe,\n  db: {\n    password:\n      "${dbPassword}",\n  },\n};\n`;
    repo.write('src/config.js', moved);
    repo.write('src/logger.js', `// logging\n\n${LOGGER}`);
    const result = await auditWithBaseline(repo);
    assert.deepEqual(reported(result), []);
    assert.equal(result.baseline.accepted, 3);
    repo.write('src/config.js', CONFIG);
    repo.write('src/logger.js', LOGGER);
  });

  it('reports a new secret alone', async () => {
    const newKey = fakeStripeKey();
    repo.write('src/config.js', CONFIG.replace('};', `  billingKey: '${newKey}',\n};`));
    const result = await auditWithBaseline(repo);
    assert.deepEqual(reported(result), ['src/config.js:4:hardcoded-credential']);
    assert.equal(result.baseline.accepted, 3);
    repo.write('src/config.js', CONFIG);
  });

  it('reports a changed value, and the entry of the old value as stale', async () => {
    repo.write('src/config.js', CONFIG.replace(dbPassword, fakePassword()));
    const result = await auditWithBaseline(repo);
    assert.deepEqual(reported(result), ['src/config.js:2:hardcoded-credential']);
    assert.equal(result.baseline.stale.length, 1);
    assert.deepEqual({ ...result.baseline.stale[0], fingerprint: undefined }, { rule: 'hardcoded-credential', file: 'src/config.js', fingerprint: undefined });
    repo.write('src/config.js', CONFIG);
  });

  it('reports a fixed finding as stale only when its file was audited, and prune drops it', async () => {
    repo.write('src/logger.js', `module.exports = console;\n`);
    const elsewhere = await applyBaseline(await auditPaths([join(repo.root, 'src/config.js')], { base: repo.root }), loadBaseline(baselinePath), [join(repo.root, 'src/config.js')]);
    assert.deepEqual(elsewhere.baseline.stale, []);
    const result = await auditWithBaseline(repo);
    assert.deepEqual(result.baseline.stale.map((entry) => `${entry.file} ${entry.rule}`), ['src/logger.js file-logger']);

    const loaded = loadBaseline(baselinePath);
    writeBaseline(baselinePath, withoutStale(loaded, result.baseline.stale.map((stale) => loaded.baseline.entries.find((entry) => entry.fingerprint === stale.fingerprint)!)));
    assert.equal(readBaseline(baselinePath).entries.length, 2);
    const afterPrune = await auditWithBaseline(repo);
    assert.deepEqual(afterPrune.baseline.stale, []);
    assert.equal(afterPrune.baseline.accepted, 2);
  });
});
