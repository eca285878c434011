// Fingerprints use a public key, so nothing hashed may hold a value: a guessed value must not be
// confirmable by recomputing a fingerprint. The test: changing only a value leaves every
// fingerprint as it was (so the value was never part of what was hashed).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { withoutValues } from '../../server/src/engine/fingerprint';
import { scan } from '../../server/src/engine/scan';

const word = () => `v${randomBytes(6).toString('hex')}`;

function fingerprints(path: string, text: string, gitIgnored?: boolean): string[] {
  return scan({ path }, text, gitIgnored === undefined ? {} : { gitIgnored }).map((finding) => finding.fingerprint);
}

describe('fingerprints hold no value', () => {
  it('a .env line git does not ignore, with no recognised secret, is not hashed with its value', () => {
    const a = fingerprints('.env', 'DB_PASSWORD=sunshine42\n', false);
    const b = fingerprints('.env', `DB_PASSWORD=${word()}\n`, false);
    assert.ok(a.length > 0, 'the unignored .env is reported');
    assert.deepEqual(a, b);
  });

  it('a secret finding does not hash the other values on its line (another secret among them)', () => {
    const line = (other: string) => `module.exports = { user: 'shop', password: 'Zx8vQ2mR7tLp4sWk', apiToken: '${other}' };\n`;
    const first = fingerprints('src/config.js', line('Hq3nB8cF6jDy1gVe'));
    const second = fingerprints('src/config.js', line('Pt5wK9eR2uNx7mLc'));
    assert.equal(first.length, 2);
    assert.equal(first[0], second[0], 'the password finding does not depend on the token');
  });

  it('a finding about no secret keeps names and structure, leaves values out', () => {
    assert.equal(withoutValues("new winston.transports.File({ filename: 'logs/app.log' })"), withoutValues("new winston.transports.File({ filename: 'other.log' })"));
    assert.notEqual(withoutValues('sequelize.sync()'), withoutValues('knex.migrate.latest()'));
    assert.ok(!withoutValues('DB_PASSWORD=sunshine42 # prod').includes('sunshine42'));
  });
});
