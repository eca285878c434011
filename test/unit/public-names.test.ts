// One table of browser prefixes and one of a pair's public halves (secrets/notSecretNames.ts), read by every check that
// asks: the .env and config reading of a Google web key, the name-less secrets-file reading, names.ts' key qualifiers and
// the positional reading of the literal after a public half (public-half.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { secretAfterPublicHalf } from '../../server/src/engine/rules/hardcoded-credential/public-half';
import { BROWSER_PREFIX, endsOnPublicHalfKey, PUBLIC_HALF_WORDS } from '../../server/src/engine/secrets/notSecretNames';

describe('browser prefixes', () => {
  it("holds every bundler's prefix, in any case", () => {
    for (const prefix of ['NEXT_PUBLIC_', 'VITE_', 'REACT_APP_', 'VUE_APP_', 'NUXT_PUBLIC_', 'PUBLIC_', 'EXPO_PUBLIC_', 'GATSBY_']) {
      assert.ok(BROWSER_PREFIX.test(`${prefix}FIREBASE_API_KEY`), prefix);
      assert.ok(BROWSER_PREFIX.test(`${prefix.toLowerCase()}firebase_api_key`), prefix.toLowerCase());
    }
  });

  it('only as the first word', () => {
    for (const name of ['FIREBASE_VITE_KEY', 'APP_PUBLIC_KEY', 'VITEST_TOKEN', 'NEXT_PUBLICATION_KEY']) assert.ok(!BROWSER_PREFIX.test(name), name);
  });
});

describe("a pair's public halves", () => {
  it("a key so qualified names no secret, by the same table the positional reading uses", () => {
    assert.deepEqual([...PUBLIC_HALF_WORDS].sort(), ['access', 'consumer']);
    for (const name of ['MINIO_ACCESS_KEY', 'twitterConsumerKey', 'accessKey']) assert.ok(endsOnPublicHalfKey(name), name);
  });

  it('the literal after each public half is its secret half; after another name it is not', () => {
    for (const name of ['publicKey', 'client_id', 'accessKeyId', 'consumerKey', 'access_key', 'appId', 'application_id', 'accountSid']) {
      assert.equal(secretAfterPublicHalf(name, 'Client')?.name, 'secret', name);
    }
    for (const name of ['secretKey', 'clientName', 'keyName', 'region']) assert.equal(secretAfterPublicHalf(name, 'Client'), undefined, name);
  });
});
