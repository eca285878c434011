// Every known token format: a freshly generated value is found with its exact range, a near miss
// is not, random values of the right shape are found (property test), and each regex stays linear.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { findTokens, mayHoldToken, TOKEN_FORMATS, type TokenFormat } from '../../server/src/engine/secrets';
import { BIP39_WORDS } from '../../server/src/engine/secrets/bip39Words';
import { NOT_BIP39_WORDS, SEED_PHRASE_QUICK, WORD_RUN } from '../../server/src/engine/secrets/mnemonic';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;
const HEX = '0123456789abcdef';
const B32 = `${UPPER}234567`;
const B64URL = `${ALNUM}_-`;
const BECH32 = 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L';

/** Random characters from an alphabet: fixture values are generated, never real keys. */
const r = (alphabet: string, length: number): string => Array.from(randomBytes(length), (byte) => alphabet[byte % alphabet.length]).join('');
const b64url = (text: string): string => Buffer.from(text).toString('base64url');

interface Sample {
  /** The secret as it appears in `text`. */
  secret: string;
  /** The text searched; defaults to the secret in a line of code. */
  text?: string;
  /** Text with the same look that must NOT be found as this format. */
  nearMiss: string;
}

const jwt = (header: object): string =>
  `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify({ sub: r(HEX, 12), iat: 1_700_000_000 }))}.${randomBytes(32).toString('base64url')}`;
const pemBody = (): string => randomBytes(120).toString('base64').replace(/(.{64})/g, '$1\n');

const SAMPLES: Record<string, () => Sample> = {
  'aws-access-key-id': () => ({ secret: `AKIA${r(B32, 16)}`, nearMiss: `AKIA${r(B32, 15)}` }),
  'alibaba-access-key-id': () => ({ secret: `LTAI5t${r(ALNUM, 18)}`, nearMiss: `LTAI5t${r(ALNUM, 21)}` }),
  'apollo-graph-key': () => ({ secret: `service:shop-graph:Ab3${r(B64URL, 19)}`, nearMiss: 'service:orders:OrderCreatedEventHandl' }),
  'aws-secret-access-key': () => {
    const secret = r(`${ALNUM}/+`, 40);
    return { secret, text: `aws_secret_access_key = ${secret}`, nearMiss: `secret_access_key = ${secret}` };
  },
  'github-pat': () => ({ secret: `ghp_${r(ALNUM, 36)}`, nearMiss: `ghp_${r(ALNUM, 35)}` }),
  'github-oauth': () => ({ secret: `gho_${r(ALNUM, 36)}`, nearMiss: `gho_${r(ALNUM, 37)}` }),
  'github-user-to-server': () => ({ secret: `ghu_${r(ALNUM, 36)}`, nearMiss: `ghu-${r(ALNUM, 36)}` }),
  'github-server-to-server': () => ({ secret: `ghs_${r(ALNUM, 36)}`, nearMiss: `xghs_${r(ALNUM, 36)}` }),
  'github-refresh': () => ({ secret: `ghr_${r(ALNUM, 36)}`, nearMiss: `ghr_${r(ALNUM, 30)}` }),
  'github-fine-grained': () => ({ secret: `github_pat_${r(ALNUM, 22)}_${r(ALNUM, 59)}`, nearMiss: `github_pat_${r(ALNUM, 22)}_${r(ALNUM, 50)}` }),
  gitlab: () => ({ secret: `glpat-${r(ALNUM, 20)}`, nearMiss: `glpat-${r(ALNUM, 19)}` }),
  'slack-token': () => ({ secret: `xoxb-${r(DIGITS, 12)}-${r(DIGITS, 13)}-${r(ALNUM, 24)}`, nearMiss: `xoxq-${r(DIGITS, 12)}-${r(DIGITS, 13)}-${r(ALNUM, 24)}` }),
  'slack-webhook': () => ({
    secret: `https://hooks.slack.com/services/T${r(UPPER, 10)}/B${r(UPPER, 10)}/${r(ALNUM, 24)}`,
    nearMiss: `https://hooks.slack.com/services/T${r(UPPER, 10)}`,
  }),
  'stripe-secret': () => ({ secret: `sk_live_${r(ALNUM, 24)}`, nearMiss: `pk_live_${r(ALNUM, 24)}` }),
  'stripe-restricted': () => ({ secret: `rk_test_${r(ALNUM, 24)}`, nearMiss: `rk_prod_${r(ALNUM, 24)}` }),
  'supabase-secret': () => ({ secret: `sb_secret_${r(ALNUM, 31)}`, nearMiss: `sb_secret_${r(ALNUM, 12)}` }),
  'stripe-webhook-secret': () => ({ secret: `whsec_${r(ALNUM, 32)}`, nearMiss: `whsec_${r(ALNUM, 20)}` }),
  sendgrid: () => ({ secret: `SG.${r(B64URL, 22)}.${r(B64URL, 43)}`, nearMiss: `SG.${r(ALNUM, 22)}.${r(ALNUM, 40)}` }),
  'google-api-key': () => ({ secret: `AIza${r(B64URL, 35)}`, nearMiss: `AIza${r(ALNUM, 30)}` }),
  'google-oauth-client-secret': () => ({ secret: `GOCSPX-${r(B64URL, 28)}`, nearMiss: `GOCSPX-${r(ALNUM, 12)}` }),
  npm: () => ({ secret: `npm_${r(ALNUM, 36)}`, nearMiss: `npm_${r(ALNUM, 20)}` }),
  'openai-project': () => ({ secret: `sk-proj-${r(B64URL, 120)}`, nearMiss: `sk-proj-${r(ALNUM, 30)}` }),
  'openai-legacy': () => ({ secret: `sk-${r(ALNUM, 20)}T3BlbkFJ${r(ALNUM, 20)}`, nearMiss: `sk-${r(ALNUM, 20)}T3BlbkFX${r(ALNUM, 20)}` }),
  anthropic: () => ({ secret: `sk-ant-api03-${r(B64URL, 93)}AA`, nearMiss: `sk-ant-api03-${r(ALNUM, 60)}` }),
  jwt: () => ({ secret: jwt({ alg: 'HS256', typ: 'JWT' }), nearMiss: jwt({ typ: 'JWT', kid: r(HEX, 8) }) }),
  'private-key': () => ({
    secret: `-----BEGIN RSA PRIVATE KEY-----\n${pemBody()}\n-----END RSA PRIVATE KEY-----`,
    nearMiss: `-----BEGIN PUBLIC KEY-----\n${pemBody()}\n-----END PUBLIC KEY-----\nif (pem.startsWith('-----BEGIN PRIVATE KEY-----'))`,
  }),
  mailgun: () => ({ secret: `key-${r(HEX, 32)}`, nearMiss: `cache-key-${r(HEX, 32)}` }),
  'mailgun-private': () => ({ secret: `${r(HEX, 32)}-${r(HEX, 8)}-${r(HEX, 8)}`, nearMiss: `${r(HEX, 8)}-${r(HEX, 4)}-${r(HEX, 4)}-${r(HEX, 4)}-${r(HEX, 12)}` }),
  'slack-app-token': () => ({ secret: `xapp-1-A${r(UPPER + DIGITS, 10)}-${r(DIGITS, 13)}-${r(HEX, 64)}`, nearMiss: `xapp-1-A${r(UPPER + DIGITS, 10)}-${r(DIGITS, 13)}-${r(HEX, 40)}` }),
  shopify: () => ({ secret: `shpat_${r(HEX, 32)}`, nearMiss: `shpxx_${r(HEX, 32)}` }),
  heroku: () => ({ secret: `HRKU-AA${r(B64URL, 58)}`, nearMiss: `HRKU-AB${r(B64URL, 58)}` }),
  digitalocean: () => ({ secret: `dop_v1_${r(HEX, 64)}`, nearMiss: `dop_v2_${r(HEX, 64)}` }),
  'discord-bot': () => {
    // The first part is the bot's id in base64; the same shape around any other text is no token.
    const secret = `${b64url(`1${r(DIGITS, 18)}`)}.${r(B64URL, 6)}.${r(B64URL, 38)}`;
    return { secret, text: `client.run('${secret}')`, nearMiss: `client.login('M${r(ALNUM, 25)}.${r(B64URL, 6)}.${r(B64URL, 38)}');` };
  },
  'alchemy-url': () => ({ secret: `https://eth-mainnet.g.alchemy.com/v2/${r(B64URL, 32)}`, nearMiss: `https://eth-mainnet.g.alchemy.com/v2/${r(B64URL, 12)}` }),
  'infura-url': () => ({ secret: `https://mainnet.infura.io/v3/${r(HEX, 32)}`, nearMiss: `https://mainnet.infura.io/v3/${r(HEX, 31)}` }),
  'discord-webhook': () => ({
    secret: `https://discord.com/api/webhooks/${r(DIGITS, 18)}/${r(B64URL, 68)}`,
    nearMiss: `https://discord.com/api/webhooks/${r(DIGITS, 18)}/short`,
  }),
  ably: () => {
    // Only the part after the colon is the secret; its app and key ids before it are not.
    const secret = `Ab3${r(B64URL, 40)}`;
    return { secret, text: `new Ably.Rest('${r(ALNUM, 6)}.${r(ALNUM, 6)}:${secret}')`, nearMiss: `new Ably.Rest('${r(ALNUM, 6)}.${r(ALNUM, 6)}:Ab3${r(B64URL, 39)}')` };
  },
  square: () => ({ secret: `EAAA${r(B64URL, 60)}`, nearMiss: `EAAB${r(B64URL, 60)}` }),
  vault: () => ({ secret: `hvs.${r(B64URL, 95)}`, nearMiss: `hvs.${r(B64URL, 50)}` }),
  doppler: () => ({ secret: `dp.st.${r(ALNUM, 43)}`, nearMiss: `dp.xx.${r(ALNUM, 43)}` }),
  'azure-storage-key': () => {
    const secret = `${r(`${ALNUM}+/`, 86)}==`;
    return { secret, text: `DefaultEndpointsProtocol=https;AccountName=shop;AccountKey=${secret};EndpointSuffix=core.windows.net`, nearMiss: `AccountKey=${r(ALNUM, 40)}==` };
  },
  'azure-sas': () => {
    const secret = `${r(`${ALNUM}+/`, 43)}=`.replace(/\+/g, '%2B').replace(/\//g, '%2F').replace(/=$/, '%3D');
    const query = `sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-01-01T00:00:00Z&spr=https&sig=`;
    return { secret, text: `https://shop.blob.core.windows.net/media?${query}${secret}`, nearMiss: `https://mystorageaccount.blob.core.windows.net/media?${query}${secret}` };
  },
  'conda-channel-token': () => {
    const secret = `${r(LOWER, 2)}-${r(HEX, 8)}-${r(HEX, 4)}-${r(HEX, 4)}-${r(HEX, 12)}`;
    return { secret, text: `  - https://conda.anaconda.org/t/${secret}/acme-internal`, nearMiss: `  - https://conda.anaconda.org/acme-internal/t/short/` };
  },
  'convex-deploy-key': () => ({ secret: `prod:happy-otter-${r(DIGITS, 3)}|${r(`${ALNUM}+/`, 80)}`, nearMiss: `dev:happy-otter-${r(DIGITS, 3)}` }),
  appwrite: () => ({ secret: `standard_${r(HEX, 256)}`, nearMiss: `standard_${r(HEX, 128)}` }),
  databricks: () => ({ secret: `dapi${r(HEX, 32)}`, nearMiss: `dapi${r(HEX, 31)}` }),
  pypi: () => ({ secret: `pypi-AgEIcHlwaS5vcmc${r(B64URL, 70)}`, nearMiss: `pypi-${r(B64URL, 70)}` }),
  huggingface: () => ({ secret: `hf_${r(UPPER + LOWER, 34)}`, nearMiss: `hf_${r(UPPER + LOWER, 33)}` }),
  postman: () => ({ secret: `PMAK-${r(HEX, 24)}-${r(HEX, 34)}`, nearMiss: `PMAK-${r(HEX, 24)}-${r(HEX, 33)}` }),
  linear: () => ({ secret: `lin_api_${r(ALNUM, 40)}`, nearMiss: `lin_api_${r(ALNUM, 39)}` }),
  newrelic: () => ({ secret: `NRAK-${r(UPPER + DIGITS, 27)}`, nearMiss: `NRAK-${r(UPPER + DIGITS, 26)}` }),
  'grafana-cloud': () => ({
    secret: `glc_${Buffer.from(JSON.stringify({ o: r(DIGITS, 6), n: 'fleet-agent', k: r(ALNUM, 32), m: { r: 'eu' } })).toString('base64')}`,
    nearMiss: `glc_${r(ALNUM, 30)}`,
  }),
  'newrelic-license': () => ({ secret: `${r(HEX, 36)}NRAL`, nearMiss: `${r(HEX, 35)}NRAL` }),
  grafana: () => ({ secret: `glsa_${r(ALNUM, 32)}_${r(HEX, 8)}`, nearMiss: `glsa_${r(ALNUM, 32)}_${r(HEX, 7)}` }),
  'sentry-user': () => ({ secret: `sntryu_${r(HEX, 64)}`, nearMiss: `sntryu_${r(HEX, 63)}` }),
  age: () => ({ secret: `AGE-SECRET-KEY-1${r(BECH32, 58)}`, nearMiss: `AGE-SECRET-KEY-1${r(BECH32, 57)}` }),
  telegram: () => ({ secret: `${r('123456789', 9)}:AA${r(B64URL, 33)}`, nearMiss: `${r('123456789', 7)}:AA${r(B64URL, 33)}` }),
  // Twelve distinct words from the list; a near miss swaps one for a word that is not in it.
  'bip39-mnemonic': () => {
    const words = [...BIP39_WORDS];
    const phrase = [...new Set(Array.from(randomBytes(16), (byte, i) => words[(byte * 8 + i * 131) % words.length]!))].slice(0, 12);
    return { secret: phrase.join(' '), nearMiss: ['the', ...phrase.slice(1)].join(' ') };
  },
  // kubeconfig's client-key-data: a PEM block base64-encoded; a certificate so encoded is public.
  'private-key-base64': () => ({
    secret: Buffer.from(`-----BEGIN EC PRIVATE KEY-----\n${pemBody()}-----END EC PRIVATE KEY-----\n`).toString('base64'),
    nearMiss: Buffer.from(`-----BEGIN CERTIFICATE-----\n${pemBody()}-----END CERTIFICATE-----\n`).toString('base64'),
  }),
  // An RSA private key's DER bytes (a PKCS#8 header, random body) in base64; a certificate's as long (its SEQUENCE then
  // another, no version 0) is public.
  'private-key-der': () => ({
    secret: Buffer.concat([Buffer.from('308204bf020100300d06092a864886f70d0101010500048204a9', 'hex'), randomBytes(0x04bf + 4 - 26)]).toString('base64'),
    nearMiss: Buffer.concat([Buffer.from('308204bf308203a7a003020102', 'hex'), randomBytes(0x04bf + 4 - 13)]).toString('base64'),
  }),
  rubygems: () => ({ secret: `rubygems_${r(HEX, 48)}`, nearMiss: `rubygems_${r(HEX, 40)}` }),
  mailchimp: () => ({ secret: `${r(HEX, 32)}-us${r(DIGITS, 2)}`, nearMiss: `${r(HEX, 32)}-uk${r(DIGITS, 2)}` }),
};

describe('token formats', () => {
  it('has a generated sample for every format, and at least 20 formats', () => {
    assert.deepEqual(TOKEN_FORMATS.map((format) => format.id).filter((id) => !(id in SAMPLES)), []);
    assert.ok(TOKEN_FORMATS.length >= 20);
  });

  for (const format of TOKEN_FORMATS) {
    const make = SAMPLES[format.id];
    if (!make) continue;
    it(`finds a ${format.name} with its exact range, and not a near miss`, () => {
      const sample = make();
      const text = sample.text ?? `const value = "${sample.secret}";`;
      const found = findTokens(text).filter((match) => match.id === format.id);
      assert.deepEqual(found.map((match) => text.slice(match.start, match.end)), [sample.secret]);
      assert.equal(found[0]?.envName, format.envName);
      assert.deepEqual(findTokens(sample.nearMiss).filter((match) => match.id === format.id), [], `near miss: ${sample.nearMiss}`);
    });
  }

  it('skips dummies in a known shape', () => {
    const notReal = `eyJhbGciOiJIUzI1NiJ9.${b64url(JSON.stringify({ sub: 'staging-bot' }))}.not-a-real-signature`;
    for (const dummy of ['ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'AKIAXXXXXXXXXXXXXXXX', 'sk_live_000000000000000000000000', `AKIA${'ABCDEFGHI'}EXAMPLE`, notReal]) {
      assert.deepEqual(findTokens(dummy), [], dummy);
    }
  });

  it("takes a JWT only with a signature of its algorithm's length: a test's `invalid_signature` was never signed", () => {
    const body = b64url(JSON.stringify({ id: 'admin', exp: 9_999_999_999 }));
    const token = (alg: string, signature: string) => `${b64url(JSON.stringify({ alg, typ: 'JWT' }))}.${body}.${signature}`;
    const signed: [string, number][] = [['HS256', 32], ['HS384', 48], ['HS512', 64], ['ES256', 64], ['ES384', 96], ['ES512', 132], ['EdDSA', 64], ['RS256', 256], ['PS512', 512]];
    for (const [alg, bytes] of signed) {
      assert.equal(findTokens(token(alg, randomBytes(bytes).toString('base64url'))).length, 1, `${alg} signed`);
      assert.deepEqual(findTokens(token(alg, randomBytes(bytes - 2).toString('base64url'))), [], `${alg} cut short`);
    }
    assert.deepEqual(findTokens(token('HS256', 'invalid_signature')), []);
    assert.equal(findTokens(token('XS999', randomBytes(20).toString('base64url'))).length, 1, 'an algorithm not listed is taken as is');
  });

  it('reports each token once when formats overlap', () => {
    const text = `Authorization: Bearer ghp_${r(ALNUM, 36)} and sk_live_${r(ALNUM, 30)}`;
    assert.deepEqual(findTokens(text).map((match) => match.id), ['github-pat', 'stripe-secret']);
  });
});

describe('token formats (property)', () => {
  const shapes: [string, string, string, number][] = [
    ['github-pat', 'ghp_', ALNUM, 36],
    ['stripe-secret', 'sk_live_', ALNUM, 24],
    ['aws-access-key-id', 'AKIA', B32, 16],
    ['npm', 'npm_', ALNUM, 36],
    ['google-api-key', 'AIza', B64URL, 35],
  ];
  const separators = fc.string({ unit: fc.constantFrom(' ', '"', "'", '=', ':', ',', '(', ')', '\n'), minLength: 1, maxLength: 6 });
  for (const [id, prefix, alphabet, length] of shapes) {
    it(`finds any ${id} of the right alphabet and length, wherever it sits`, () => {
      // Values with few distinct characters are dummies by design (`ghp_xxxx…`), so they are excluded here.
      const body = fc
        .string({ unit: fc.constantFrom(...alphabet), minLength: length, maxLength: length })
        .filter((value) => new Set(value).size >= 8 && !/example|placeholder|dummy|xxxxx|00000000|12345678|abcdefgh/i.test(value));
      fc.assert(
        fc.property(separators, body, separators, (before, value, after) => {
          const token = prefix + value;
          const text = `${before}${token}${after}`;
          const found = findTokens(text).filter((match) => match.id === id);
          return found.length === 1 && text.slice(found[0]!.start, found[0]!.end) === token;
        }),
        { numRuns: 200 },
      );
    });
  }
});

describe('token formats (linear time)', () => {
  const LIMIT_MS = 100;
  const size = 200_000;
  const fastest = (run: () => void): number => {
    let best = Infinity;
    for (let attempt = 0; attempt < 5; attempt++) {
      const start = performance.now();
      run();
      best = Math.min(best, performance.now() - start);
    }
    return best;
  };
  const adversarial = (format: TokenFormat, sample: string): string[] => {
    const prefix = sample.slice(0, Math.min(16, sample.length - 1));
    const keyword = format.keywords[0] ?? '';
    return [
      prefix + 'a'.repeat(size),
      prefix + '0'.repeat(size),
      sample.slice(0, -1).repeat(Math.ceil(size / sample.length)),
      `${prefix}.`.repeat(Math.ceil(size / (prefix.length + 1))),
      `${keyword} `.repeat(Math.ceil(size / (keyword.length + 1))) + prefix + 'A'.repeat(size),
    ];
  };
  for (const format of TOKEN_FORMATS) {
    const make = SAMPLES[format.id];
    if (!make) continue;
    it(`${format.id} runs in linear time on adversarial input`, () => {
      for (const text of adversarial(format, make().secret)) {
        const elapsed = fastest(() => findTokens(text, [format]));
        assert.ok(elapsed < LIMIT_MS, `${format.id}: ${elapsed.toFixed(1)} ms on ${JSON.stringify(text.slice(0, 40))}…`);
      }
    });
  }
});

describe('token formats: the quick test a prefilter runs instead of the pattern', () => {
  it('passes wherever the pattern finds what validation accepts, on every sample and on generated text around near-shapes', () => {
    const quickFormats = TOKEN_FORMATS.filter((format) => format.quick && format.pattern);
    assert.ok(quickFormats.length > 0);
    // A sample of the format between pieces of its own alphabet and separators (hex runs of lengths
    // near the shape's, dashes, breaks), so the match sits at every kind of edge, or is broken by one.
    const hex = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: length, maxLength: length });
    const piece = fc.oneof(fc.integer({ min: 0, max: 9 }).chain(hex), fc.integer({ min: 31, max: 33 }).chain(hex), fc.constantFrom('-', ' ', '"', "'", '\n', 'key-', '_', 'G'));
    const pieces = fc.array(piece, { maxLength: 4 }).map((parts) => parts.join(''));
    for (const format of quickFormats) {
      const make = SAMPLES[format.id];
      assert.ok(make, `${format.id} has a sample`);
      let matched = 0;
      fc.assert(
        fc.property(pieces, fc.boolean(), pieces, (before, withSample, after) => {
          const sample = make();
          const text = `${before}${withSample ? (sample.text ?? sample.secret) : ''}${after}`;
          const found = [...text.matchAll(new RegExp(format.pattern!.source, 'g'))].some((match) => format.validate?.(match[1] ?? match[0]) ?? true);
          if (!found) return true;
          matched++;
          return format.quick!.test(text);
        }),
        { numRuns: 1000, seed: 7 },
      );
      assert.ok(matched > 50, `${format.id}: only ${matched} generated texts matched its pattern`);
    }
  });
});

describe("a seed phrase's quick test", () => {
  it('leaves out only words the BIP-39 list lacks, and is the list it names', () => {
    assert.deepEqual(NOT_BIP39_WORDS.filter((word) => BIP39_WORDS.has(word)), []);
    assert.equal(/\(\?:([a-z|]+)\)/.exec(SEED_PHRASE_QUICK.source)?.[1], NOT_BIP39_WORDS.join('|'));
  });

  it('passes every phrase of list words and holds back a doc comment of short words (kept web-tree-sitter bundles in the parse)', () => {
    const words = [...BIP39_WORDS];
    fc.assert(
      fc.property(fc.array(fc.nat(words.length - 1), { minLength: 12, maxLength: 24 }), fc.constantFrom('', ' ', '"', '\n', '// '), (picks, before) => {
        return SEED_PHRASE_QUICK.test(`${before}${picks.map((pick) => words[pick]).join(' ')}\n`);
      }),
      { numRuns: 300, seed: 19 },
    );
    const comment = ' * Find the smallest node within this node that spans the given byte range.\n';
    assert.equal(WORD_RUN_ONCE.test(comment), true, 'a run of twelve short words');
    assert.equal(SEED_PHRASE_QUICK.test(comment), false);
  });
});

const WORD_RUN_ONCE = new RegExp(WORD_RUN.source);

describe('the token prefilter (mayHoldToken)', () => {
  const holds = (text: string, formats?: readonly TokenFormat[]) => mayHoldToken(text, text.toLowerCase(), formats);

  it("lets every format's sample through, inside a literal of any file", () => {
    for (const format of TOKEN_FORMATS) {
      const make = SAMPLES[format.id];
      if (!make) continue;
      const { secret, text } = make();
      const value = text ?? secret;
      assert.ok(holds(`export const value = ${JSON.stringify(value)};\n`, [format]), format.id);
      assert.ok(holds(`VALUE = ${JSON.stringify(value)}\n# the end\n`), `${format.id}, with every format`);
    }
  });

  it("holds back what the format's own validation rejects: prose in comments, a phrase with a word off the list", () => {
    const mnemonic = TOKEN_FORMATS.filter((format) => format.id === 'bip39-mnemonic');
    const prose = '// when the parser meets a token that cannot start an expression it reports one error and skips ahead\n';
    assert.ok(findTokens(prose.slice(3), mnemonic).length === 0 && prose.slice(3).split(' ').length >= 12);
    assert.equal(holds(prose, mnemonic), false);
    assert.equal(holds(`const words = ${JSON.stringify(SAMPLES['bip39-mnemonic']!().nearMiss)};\n`, mnemonic), false);
  });
});
