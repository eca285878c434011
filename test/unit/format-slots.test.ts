// printf-style formats: which name the text before a verb gives the argument it stands for
// (`password=%s`, a URL's `://%s:%s@`), positional verbs, `%%`; total and bounded on any input.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formatArgumentName } from '../../server/src/engine/secrets/formatSlots';

describe('format slots', () => {
  it('names an argument by the key before its verb', () => {
    const dsn = 'host=%s port=5432 user=%s password=%s dbname=app';
    assert.deepEqual([0, 1, 2].map((slot) => formatArgumentName(dsn, slot)), ['host', 'user', 'password']);
    assert.equal(formatArgumentName('jdbc:postgresql://%s:5432/app?user=%s&password=%s', 2), 'password');
    assert.equal(formatArgumentName('100%% done, token=%s', 0), 'token');
    assert.equal(formatArgumentName('%2$s and api_key=%1$s', 0), 'api_key');
  });

  it("names the password of a URL's user info, and nothing in prose", () => {
    assert.equal(formatArgumentName('smtp://%s:%s@%s:587', 1), 'password');
    assert.equal(formatArgumentName('smtp://%s:%s@%s:587', 0), undefined);
    assert.equal(formatArgumentName('Hello %s, your password is %s', 1), undefined);
    assert.equal(formatArgumentName('password=%s', 3), undefined);
  });

  it("names the password of go-sql-driver's DSN, which has no scheme", () => {
    assert.equal(formatArgumentName('%s:%s@tcp(%s:3306)/%s?parseTime=true', 1), 'password');
    assert.equal(formatArgumentName('%s:%s@unix(/run/mysqld.sock)/shop', 1), 'password');
    assert.equal(formatArgumentName('%s:%s@/shop', 1), 'password');
    assert.equal(formatArgumentName('%s:%s@tcp(%s)/%s', 0), undefined);
    assert.notEqual(formatArgumentName('at %s:%s@home', 1), 'password');
  });

  it('is total, and any name it gives is written in the format', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.nat(6), (format, slot) => {
        const name = formatArgumentName(format, slot);
        assert.ok(name === undefined || name === 'password' || format.includes(name));
      }),
    );
  });

  it('stays fast on long adversarial formats', () => {
    const started = performance.now();
    formatArgumentName('a='.repeat(900) + '%s'.repeat(100), 99);
    formatArgumentName('%'.repeat(1999), 5);
    assert.ok(performance.now() - started < 200);
  });
});
