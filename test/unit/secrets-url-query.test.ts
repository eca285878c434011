// Credentials in URL query parameters (`sftp://host?password=…`, Camel's `secretKey=RAW(…)`): what
// is found, what stays silent, and that hostile text stays linear.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { findUrlQuerySecrets } from '../../server/src/engine/secrets';

const generated = (length: number): string => randomBytes(length).toString('base64').replace(/[+/=]/g, 'x').slice(0, length);

/** The values found, as text. */
const found = (text: string): string[] => findUrlQuerySecrets(text).map((secret) => text.slice(secret.start, secret.end));

describe('findUrlQuerySecrets', () => {
  it('finds a credential-named parameter of a URL or a scheme-first URI', () => {
    const password = `Kx-${generated(12)}`;
    assert.deepEqual(found(`sftp://trade@sftp.example.com/outbox?password=${password}&delete=true`), [password]);
    const key = generated(32);
    assert.deepEqual(found(`https://api.example.com/v1/search?q=books&api_key=${key}`), [key]);
    assert.deepEqual(found(`kafka:orders?brokers=b1:9092;saslPassword=${password}`), [password]);
  });

  it("reads inside Camel's RAW(), which may hold separators", () => {
    const secret = `${generated(20)}&${generated(19)}`;
    const text = `aws2-s3://bucket?accessKey=trade&secretKey=RAW(${secret})&region=eu-central-1`;
    assert.deepEqual(found(text), [secret]);
    assert.deepEqual(findUrlQuerySecrets(text).map((entry) => entry.name), ['secretKey']);
  });

  it('stays silent on placeholders, parameters that name no credential, and text that is no URL', () => {
    assert.deepEqual(found('smtps://smtp.example.com:465?username=books&password={{smtp.password}}'), []);
    assert.deepEqual(found('jdbc:postgresql://db/app?password=${DB_PASSWORD}'), []);
    assert.deepEqual(found('https://example.com/reset?token=&next=/home'), []);
    assert.deepEqual(found('sftp://host/outbox?delete=true&passiveMode=true&sortBy=file:name'), []);
    assert.deepEqual(found(`the password=${generated(16)} is not a URL`), []);
  });

  it('stays linear on hostile input', () => {
    const size = 200_000;
    const texts = ['x:?password=RAW('.repeat(size / 16), `x:${'?a=&'.repeat(size / 4)}`, `x:${'&token=b'.repeat(size / 8)}`, `x:?password=${'a'.repeat(size)}`];
    for (const text of texts) {
      let best = Infinity;
      for (let attempt = 0; attempt < 3; attempt++) {
        const start = performance.now();
        findUrlQuerySecrets(text);
        best = Math.min(best, performance.now() - start);
      }
      // Linear work on 200k characters takes milliseconds; a quadratic scan would take minutes. The
      // bound leaves room for a loaded machine.
      assert.ok(best < 1000, `${best.toFixed(1)} ms on ${JSON.stringify(text.slice(0, 30))}…`);
    }
  });
});
