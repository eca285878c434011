// A generated hex key is a secret whatever its length (probe30c 4: 512, 1024 and 2048 hex characters were silent, a
// 1,000-character cap and a base64 RSA-ciphertext shape that 512 hex characters also fit), in every language; the same
// blob under a digest's or a public key's name stays silent, and a counted or repeated fill is no key.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { scan } from '../../server/src/engine/scan';
import { isNeverSecretLike, isSecretLikeValue } from '../../server/src/engine/secrets/values';
import { grammarsLoadedBefore } from '../helpers/grammars';

const grammars = grammarsLoadedBefore();

/** `length` hex characters drawn as a generator draws them, in one case. */
function hexOf(length: number, seed: number, upper: boolean): string {
  const hex = randomBytes(Math.ceil(length / 2) + (seed % 3)).toString('hex').slice(0, length);
  return upper ? hex.toUpperCase() : hex;
}

const LENGTHS = fc.integer({ min: 32, max: 16_384 });

describe('long generated hex keys', () => {
  it('are secret-like under a secret\'s name at every length from 32 to 16,384, and never pre-judged silent', () => {
    fc.assert(
      fc.property(LENGTHS, fc.nat(), fc.boolean(), (length, seed, upper) => {
        const hex = hexOf(length, seed, upper);
        assert.equal(isSecretLikeValue(hex, { name: 'SECRET_KEY' }), true, `${length} hex characters`);
        assert.equal(isNeverSecretLike(hex), false, `${length} hex characters`);
      }),
      { numRuns: 200 },
    );
  });

  it('the powers of two that were silent (512, 1024, 2048) and their neighbours are errors in Python, JSON, YAML and Go', () => {
    for (const length of [256, 511, 512, 513, 768, 1024, 2048, 4096]) {
      const hex = hexOf(length, 0, false);
      const files: [string, string][] = [
        ['shop/settings.py', `SECRET_KEY = "${hex}"\n`],
        ['config/default.json', `{ "authentication": { "secret": "${hex}" } }\n`],
        ['configs/config.yaml', `jwt:\n  secret: ${hex}\n`],
        ['internal/auth/key.go', `package auth\n\nvar signingSecret = "${hex}"\n`],
      ];
      for (const [path, code] of files) {
        const found = scan({ path }, code, { treeSitter: grammars }).filter((finding) => finding.ruleId === 'hardcoded-credential');
        assert.deepEqual(found.map((finding) => finding.severity), ['error'], `${length} hex characters in ${path}`);
      }
    }
  });

  it('under a digest\'s, a checksum\'s or a public key\'s name the same blob stays silent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 64, max: 4096 }), fc.constantFrom('RELEASE_SHA512', 'STATIC_MANIFEST_DIGEST', 'BUNDLE_CHECKSUM', 'DEVICE_PUBLIC_KEY'), (length, name) => {
        const code = `${name} = "${hexOf(length, 1, false)}"\n`;
        assert.deepEqual(scan({ path: 'shop/settings.py' }, code, { treeSitter: grammars }).filter((finding) => finding.ruleId === 'hardcoded-credential'), [], `${name}, ${length}`);
      }),
      { numRuns: 40 },
    );
  });

  it('a counted or repeated hex fill past 1,000 characters is no key', () => {
    const counted = '0123456789abcdef'.repeat(80);
    const repeated = 'deadbeef'.repeat(200);
    assert.equal(isSecretLikeValue(counted, { name: 'SECRET_KEY' }), false);
    assert.equal(isSecretLikeValue(repeated, { name: 'SECRET_KEY' }), false);
  });
});
