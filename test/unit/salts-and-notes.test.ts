// Round 28's value judgements beyond the rule's examples: a generated salt is never read as a regular expression, whatever
// pattern tokens it holds by chance (WordPress' `)*?`, probe28c); the name-less note of a secrets file only where the name
// really says nothing (`REF_TOKEN_SECRET`, probe28 4).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { looksLikePattern } from '../../server/src/engine/secrets/entropy';
import { scan } from '../../server/src/engine/scan';
import { Grammars } from '../../server/src/grammars';

/** api.wordpress.org/secret-key's alphabet (wp_generate_password with special characters, no quote or backslash). */
const WORDPRESS_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*()-_ []{}<>~`+=,.;:/?|';
/** Django's get_random_secret_key. */
const DJANGO_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)';

const salt = (alphabet: string, length: number) => fc.array(fc.constantFrom(...alphabet), { minLength: length, maxLength: length }).map((chars) => chars.join(''));
/** A salt with a pattern's tokens put in at random places: `)*?`, `]+`, `(?`, `[^`. */
const withTokens = fc.tuple(salt(WORDPRESS_ALPHABET, 58), fc.array(fc.constantFrom(')*?', ']+', '(?', '[^', ')+', ']*', '+?'), { minLength: 2, maxLength: 4 }), fc.nat()).map(([base, tokens, at]) => {
  let value = base;
  for (const token of tokens) {
    const place = at % (value.length + 1);
    value = value.slice(0, place) + token + value.slice(place);
  }
  return value.slice(0, 64);
});

describe('generated salts are no patterns', () => {
  it('WordPress and Django salts, with or without tokens put in', () => {
    fc.assert(fc.property(fc.oneof(salt(WORDPRESS_ALPHABET, 64), withTokens, salt(DJANGO_ALPHABET, 50)), (value) => !looksLikePattern(value)), { numRuns: 2000 });
  });

  it('a WordPress salt under AUTH_KEY is reported, whatever tokens it holds', async () => {
    const grammars = new Grammars();
    await grammars.ensure('php');
    const printable = withTokens.filter((value) => !value.includes("'"));
    fc.assert(
      fc.property(printable, (value) => {
        const findings = scan({ path: 'wp-config.php' }, `<?php\ndefine( 'AUTH_KEY', '${value}' );\n`, { treeSitter: grammars });
        return findings.some((finding) => finding.ruleId === 'hardcoded-credential' && finding.severity === 'error');
      }),
      { numRuns: 150 },
    );
  });

  it('patterns that escape still read as patterns', () => {
    for (const value of ['[^\\W\\d]\\w*', '^\\+?(?:\\d[\\s-]?)*?\\d{7,}$', '^(?:[a-z0-9-]+\\.)+[a-z]{2,}$']) assert.equal(looksLikePattern(value), true, value);
  });
});

describe("the name-less note of a file of secrets", () => {
  const messages = (text: string) => scan({ path: '.env' }, text, { gitIgnored: false }).filter((finding) => finding.ruleId === 'hardcoded-credential' && finding.severity === 'error').map((finding) => finding.message);
  it('is not given under a name that ends in a credential\'s words', () => {
    for (const name of ['REF_TOKEN_SECRET', 'REF_SECRET', 'COMMON_SECRET']) {
      const [message] = messages(`${name}=258226463ba7579326d056f85731fd074abd50852a902fdb\n`);
      assert.ok(message !== undefined, name);
      assert.ok(!message.includes('says nothing of a credential'), `${name}: ${message}`);
    }
  });

  it('is given under a name that says nothing', () => {
    const [message] = messages('WEATHER_FEED=258226463ba7579326d056f85731fd074abd50852a902fdb\n');
    assert.ok(message?.includes('says nothing of a credential'), message);
  });
});
