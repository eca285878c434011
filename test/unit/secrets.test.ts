// The shared secrets vocabulary: credential names, placeholders, secret-like values, URL
// passwords, env names. Token formats are in secrets-tokens.test.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { generateKeyPairSync } from 'node:crypto';
import {
  credentialName,
  envNameFrom,
  findTokens,
  findUrlPassword,
  isLocalDefaultAt,
  findUrlPasswords,
  isCredentialName,
  isPlaceholder,
  isNeverSecretLike,
  isSecretLikeValue,
  looksRandom,
  splitWords,
  urlEnvName,
} from '../../server/src/engine/secrets';
import { isWordList, looksLikePattern } from '../../server/src/engine/secrets/entropy';

describe('isCredentialName', () => {
  const credentials = [
    'password', 'passwd', 'pwd', 'DB_PASSWORD', 'dbPassword', 'dbpassword', 'db_pass', 'dbPass', 'SMTP_PW', 'secret',
    'clientSecret', 'CLIENT_SECRET', 'client-secret', 'accessToken', 'refresh_token', 'authToken', 'apiToken',
    'bearerToken', 'token', 'apiKey', 'API_KEY', 'x-api-key', 'apikey', 'privateKey', 'PRIVATE_KEY', 'credentials',
    'auth', 'authorization', 'secretKey', 'signingKey', 'encryptionKey', 'masterKey', 'sessionSecret', 'cookieSecret',
    'jwtSecret', 'JWT_SECRET', 'AWS_SECRET_ACCESS_KEY', 'secretAccessKey', 'secretOrKey', 'passphrase', 'apiKey2',
    'DB_PASSWORD_PROD', 'passwordValue', 'newPassword', 'URL_SIGNING_KEY', 'linkHmacSecret', 'pathSignatureKey', 'ALGOLIA_ADMIN_API_KEY', 'searchApiKey', 'SHOPIFY_STOREFRONT_ACCESS_TOKEN',
    // A password in the app's own language: pt, es (with and without its tilde), fr, de, nl, ru, tr, pl.
    'senha', 'DB_SENHA', 'senhaBanco', 'contraseña', 'CONTRASEÑA_SMTP', 'contrasena', 'mot_de_passe', 'motDePasse', 'app.sftp.mot-de-passe',
    'DB_MDP', 'passwort', 'smtpKennwort', 'wachtwoord', 'SMTP_WACHTWOORD', 'PAROL', 'sifre', 'haslo',
  ];
  const notCredentials = [
    'pass', 'tokenizer', 'passport', 'bypass', 'compass', 'keyboard', 'secretary', 'passage', 'tokens_count',
    'passwordField', 'passwordLabel', 'passwordPlaceholder', 'passwordRegex', 'passwordMinLength', 'passwordHash',
    'hashedPassword', 'forgotPasswordUrl', 'PASSWORD_RESET_ROUTE', 'tokenEndpoint', 'secretName', 'secretKeyRef',
    'accessKeyId', 'nextToken', 'pageToken', 'csrfToken', 'maxTokens', 'cacheKey', 'primaryKey', 'publicKey',
    'publishableKey', 'PREFIX_LEGACY_API_KEY', 'showPassword', 'isPassword', 'renderPass', 'firstPass', 'allPass', 'usernameField', 'key',
    'keys', 'tokens', 'passwordErrorMessage', 'tokenType', 'secretArn', 'TOKEN_KEY', 'storageKey',
    'urlPassword', 'linkSecret', 'routeToken', 'search_only_api_key', 'ALGOLIA_SEARCH_ONLY_API_KEY', 'typesenseSearchOnlyKey',
    // es `clave` is a key or a code far more often than a password; a lone `mdp` is a Markov decision process as often.
    'clave', 'CLAVE_CACHE', 'mdp', 'senhaField', 'senhaLabel', 'confirmarSenhaPlaceholder', 'passe', 'de_passe',
  ];
  for (const name of credentials) it(`"${name}" names a credential`, () => assert.equal(isCredentialName(name), true));
  for (const name of notCredentials) it(`"${name}" does not`, () => assert.equal(isCredentialName(name), false));

  it('says what the credential is, and how sure the name is', () => {
    assert.deepEqual(credentialName('dbPassword'), { noun: 'password', strength: 'strong' });
    assert.deepEqual(credentialName('apiKey'), { noun: 'API key', strength: 'strong' });
    // A generated SESSION_KEY signs cookies (gorilla/sessions, Flask); `sessionKey = 'user_session'` names a slot, so only weak.
    assert.deepEqual(credentialName('SESSION_KEY')?.strength, 'weak');
    assert.deepEqual(credentialName('token'), { noun: 'token', strength: 'weak' });
    assert.deepEqual(credentialName('auth'), { noun: 'credential', strength: 'weak' });
  });

  it('splits every naming style into the same words', () => {
    for (const name of ['dbPassword', 'DB_PASSWORD', 'db-password', 'db.password', 'dbpassword', 'DBPassword']) {
      assert.deepEqual(splitWords(name), ['db', 'password'], name);
    }
  });
});

describe('isPlaceholder', () => {
  const placeholders = [
    '', '   ', 'changeme', 'change-me', 'CHANGE_ME', 'EDITME', 'edit-me', 'changeit', '<your-key>', '<password>', 'your-api-key',
    'YOUR_TOKEN_HERE', 'yourSecretHere', 'xxx', 'XXXXXXXX', '***', '********', '${DB_PASSWORD}', '${env:SECRET}',
    '{{ db_password }}', '%DB_PASSWORD%', '%env(APP_SECRET)%', '%env(resolve:MAILER_DSN)%', '%kernel.secret%', '$DB_PASSWORD', 'process.env.SECRET', 'TODO', 'dummy', 'example',
    'test', 'secret', 'password', 'pass', 'Password1!', 'password123', 'test1234', 'secret_key', 'jwt-secret',
    'api-key-goes-here', 'aaaa', '123456', 'abcdef', 'new-password', 'current-password', 'user_password',
    'redacted', 'sk_live_xxxxxxxxxxxx', 'put-your-key-here', '[your key]', 'placeholder-token', '@db.password@', '__PAYMENT_API_KEY__', '#{ApiKey}#',
    'local-dev-only', 'not-for-production', 'dev-session-secret-not-used-in-prod', 'not-a-real-key', 'something',
    'AABBCCDDAABBCCDDAABBCCDDAABBCCDDAABBCCDD', 'abcabcabc', 'test_session_secret_for_acme_oidc_testing_only', 'test_encryption_key_for_acme_oidc_32ch', 'reset_password_jwt_secret_for_testing', 'fake-stripe-key-for-billing',
    'ENC[AES256_GCM,data:kX9vQ2pLm4Rt,iv:3fYq8ZbW1nVt6hKs0aLp2mXc4dEr5gTy7uIo9pAs1dF=,tag:Qw3eR5tY7uI9oP1aS3dF5g==,type:str]',
    'ENC[PKCS7,MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEhMIIBHQIBADAFMAACAQEwDQYJKoZIhvcNAQEBBQAEggEAq9Lx2Vb7]',
  ];
  const secrets = ['hunter2', 'keyboard cat', 'superSecret', 'my-session-secret-2024', 'p@ssw0rd!', 'Tr0ub4dor&3', 's3cr3t-Pa55', 'admin', 'root', 'jwt-dev-secret', 'local-keycloak-secret', 'acme-session-secret-2024', 'test-Kq8vR2mX-secret'];
  for (const value of placeholders) it(`"${value}" is a placeholder`, () => assert.equal(isPlaceholder(value), true));
  for (const value of secrets) it(`"${value}" is not`, () => assert.equal(isPlaceholder(value), false));
});

describe('isSecretLikeValue', () => {
  it('accepts plausible secrets under a credential name, even at low entropy', () => {
    for (const value of ['hunter2', 'keyboard cat', 'superSecret', 'p@ssw0rd!', 's3cr3t-Pa55', 'Sh0pPass!', '65124a7ce8123c5d06cbb824bba271d9', 'qwhr tzkd mbvx pnle']) {
      assert.equal(isSecretLikeValue(value), true, value);
    }
  });

  it('rejects UI text, labels, references, hashes and configuration words', () => {
    const notSecrets = [
      'Enter your password', 'Password must be at least 8 characters', 'Mot de passe', 'Show password', 'Password',
      'Contraseña', 'Invalid token.', '/reset-password', './keys/private.pem', 'service-account.json',
      '/etc/ssl/private/key.pem', 'DB_PASSWORD', 'auth.password', 'input[type=password]', '#password',
      '$2b$10$xq65qBCyPtVsLrqMInJR2RJrb.nIeSWcWj4fRi5DN2a84CffcY3kG', 'HS256', 'sha256', 'include', 'same-origin',
      'https://example.com/token', 'admin@example.com', 'application/json', 'read:user', 'Bearer <token>', 'abc',
    ];
    for (const value of notSecrets) assert.equal(isSecretLikeValue(value), false, value);
  });

  it("rejects a monitoring system's names and macros, not a password with a dot or a bracket in it", () => {
    const names = ['{$VAULT.TOKEN}', 'PVEAPIToken={$PVE.TOKEN.ID}={$PVE.TOKEN.SECRET}', 'jmx[{#JMXOBJ},BrokerVersion]', 'system.cpu.load[all,avg1]', 'vm.memory.total[hrStorageSize.Memory]', 'squid[cacheDnsSvcTime.5]', 'etcd.http.requests.4xx.rate', 'aws.s3.5xx_errors', 'zyxel.3500_8pd.cpuusage'];
    for (const value of names) assert.equal(isSecretLikeValue(value, { name: 'password' }), false, value);
    const passwords = ['hunter2.0', 'Tr0ub4dor&3', 'p@ss.w0rd', 'Xk3v.9mT2.pLw8', 's3cr3t.2024'];
    for (const value of passwords) assert.equal(isSecretLikeValue(value, { name: 'password' }), true, value);
  });

  it('rejects a value that spells its own name (an enum-like constant)', () => {
    assert.equal(isSecretLikeValue('bad_token', { name: 'badToken' }), false);
    assert.equal(isSecretLikeValue('acquireToken', { name: 'AcquireToken' }), false);
    assert.equal(isSecretLikeValue('superSecret', { name: 'jwtSecret' }), true);
  });

  it('needs a random-looking value under a weak name', () => {
    assert.equal(isSecretLikeValue('return', { weakName: true }), false);
    assert.equal(isSecretLikeValue('basic', { weakName: true }), false);
    assert.equal(isSecretLikeValue('0e811177-5c70-4b15-b47f-fdb577764346', { weakName: true }), false);
    assert.equal(isSecretLikeValue('q8ZtR2mWx4Lp9VbN3cKj', { weakName: true }), true);
    assert.equal(isSecretLikeValue('Bearer q8ZtR2mWx4Lp9VbN3cKj', { weakName: true }), true);
  });

  it('reads the password inside Basic credentials', () => {
    const basic = (pair: string): string => `Basic ${Buffer.from(pair).toString('base64')}`;
    assert.equal(isSecretLikeValue(basic('user:password'), { weakName: true }), false);
    assert.equal(isSecretLikeValue(basic('deploy:q8ZtR2mWx4Lp9VbN3cKj'), { weakName: true }), true);
  });

  it('treats entropy as a signal only: a git SHA looks random but is not reported under a weak name', () => {
    assert.equal(looksRandom('0cf34e0abad40cd5b18e50ba2e1fa9081eb956be'), false);
    assert.equal(looksRandom('aaaaaaaaaaaaaaaaaaaa'), false);
    assert.equal(looksRandom('q8ZtR2mWx4Lp9VbN3cKj'), true);
  });
});

describe('looksRandom beside names and patterns', () => {
  it('reads identifiers, key names and regular expressions as no noise', () => {
    for (const value of ['google_oauth2_csrf_token', 'EVP_PKEY_new_raw_private_key', 'Setup-Requires-Dist', 'orders/cache/entry2', 'DescribeScalingParametersResponse', 'refreshTokenRequest', '__currentStepValid']) {
      assert.equal(isWordList(value), true, value);
      assert.equal(looksRandom(value), false, value);
    }
    for (const value of ['[^\\W\\d]\\w*', '(\\\\\\\\|[^"\\\\])*?"', '^(?:[a-z0-9-]+\\.)+[a-z]{2,}$']) assert.equal(looksLikePattern(value), true, value);
  });

  it('still reads generated tokens as random, separators or not', () => {
    // 3,000 base64url and hex-with-dashes tokens from a seeded generator (the same on every run):
    // none is a word list or a pattern.
    let state = 0x2545f491;
    const bytes = (count: number) =>
      Buffer.from(
        Array.from({ length: count }, () => {
          state ^= state << 13;
          state ^= state >>> 17;
          state ^= state << 5;
          return state & 0xff;
        }),
      );
    for (let round = 0; round < 1000; round++) {
      const base64url = bytes(18).toString('base64url');
      const dashed = bytes(12).toString('hex').replace(/(.{6})/g, '$1-').slice(0, -1);
      const mixed = `${bytes(6).toString('base64url')}_${bytes(6).toString('base64url')}`;
      for (const token of [base64url, dashed, mixed]) {
        assert.equal(isWordList(token) || looksLikePattern(token), false, token);
      }
    }
  });
});

describe('isNeverSecretLike', () => {
  // Prefilters pass over a literal it rejects: it must reject only what isSecretLikeValue rejects
  // however it is asked (weak or strong name, sink, comparison, any name).
  const shaped = fc.oneof(
    fc.constantFrom('same-origin', 'include', 'HS256', 'utf-8', 'Bearer', '', 'abc', 'xxxx', 'changeme', '${DB_PASSWORD}', 'DB_PASSWORD', 'config.db.password',
      './keys/app.pem', 'https://api.example.com/v1', 'ops@example.com', '$2b$10$abcdefghijklmnopqrstuv', '{bcrypt}$2a$10$x', '{noop}s3cr3t-Pass', 'read:user', 'required|min:8',
      'abandon ability able about above absent absorb abstract absurd abuse access accident', 'Enter your password', 'Kennwort bestätigen', 'session_secret_key_here'),
    fc.stringMatching(/^[a-z]{1,8}(?:[._-][a-z]{1,8}){0,3}$/),
    fc.stringMatching(/^[A-Za-z0-9+/=_$.:@{}\- ]{0,40}$/),
    fc.string({ maxLength: 30 }),
  );
  const options = fc.record({ weakName: fc.boolean(), sink: fc.boolean(), comparison: fc.boolean(), name: fc.option(fc.constantFrom('password', 'apiKey', 'seedPhrase', 'jwtSecret', 'includeToken', 'sameOrigin'), { nil: undefined }) });

  it('rejects only values that isSecretLikeValue rejects under every option', () => {
    fc.assert(
      fc.property(shaped, options, (value, { name, ...rest }) => {
        if (isNeverSecretLike(value)) assert.equal(isSecretLikeValue(value, { ...rest, ...(name ? { name } : {}) }), false, value);
      }),
      { numRuns: 3000 },
    );
  });

  it('rejects keywords, references and placeholders, and keeps passwords, passphrases and mnemonics', () => {
    for (const value of ['same-origin', 'HS256', 'abc', './keys/app.pem', 'DB_PASSWORD', 'config.db.password', '$2b$10$abcdefghijklmnopqrstuv']) assert.equal(isNeverSecretLike(value), true, value);
    for (const value of ['hunter22', 'q8ZtR2mWx4Lp9VbN3cKj', 'A String Very Very Strong!!@##$', 'abandon ability able about above absent absorb abstract absurd abuse access accident', '{noop}s3cr3t-Pass']) {
      assert.equal(isNeverSecretLike(value), false, value);
    }
  });
});

describe('findUrlPassword', () => {
  const urls: [string, string][] = [
    ['postgres://app:pg-s3cret@db.internal:5432/app', 'pg-s3cret'],
    ['postgresql://app:pg-s3cret@db.internal/app', 'pg-s3cret'],
    ['mysql://root:Myq1-pass@10.0.0.4:3306/shop', 'Myq1-pass'],
    ['mariadb://app:maria-88@db/shop', 'maria-88'],
    ['mongodb://app:Mong0Pass@mongo-1.internal:27017/shop', 'Mong0Pass'],
    ['mongodb+srv://app:Mong0Pass@cluster0.abcde.mongodb.net/shop?retryWrites=true', 'Mong0Pass'],
    ['redis://:r3d1s-pw@cache.internal:6379/0', 'r3d1s-pw'],
    ['rediss://default:r3d1s-pw@cache.internal:6380', 'r3d1s-pw'],
    ['amqp://app:rabbit-77@broker.internal:5672/vhost', 'rabbit-77'],
    ['amqps://app:rabbit-77@broker.internal', 'rabbit-77'],
    ['mssql://sa:Str0ng!Pass@sql.internal:1433/db', 'Str0ng!Pass'],
    ['sqlserver://sa:Str0ng!Pass@sql.internal', 'Str0ng!Pass'],
    ['jdbc:postgresql://app:jdbcP4ss@db.internal:5432/app', 'jdbcP4ss'],
    ['smtp://mailer:smtp-pw-1@smtp.mail.test:587', 'smtp-pw-1'],
    ['smtps://mailer:smtp-pw-1@smtp.mail.test:465', 'smtp-pw-1'],
    ['ftp://deploy:ftp-pw-9@files.internal/upload', 'ftp-pw-9'],
    ['https://deploy:gh-d3ploy-pw@ci.internal/hook', 'gh-d3ploy-pw'],
    ['http://admin:adm1n-pw@192.168.1.10:8080/', 'adm1n-pw'],
    ['postgres://app:p@ss@db.internal/app', 'p@ss'],
    ['mysql+pymysql://app:Ab#9x?zQ@db.internal/shop', 'Ab#9x?zQ'],
    ['postgresql://app:Wq7%40vKp2Lz@db.internal/shop', 'Wq7%40vKp2Lz'],
  ];
  for (const [url, password] of urls) {
    it(`finds the password in ${url.slice(0, url.indexOf(':'))}://…`, () => {
      const text = `DATABASE = "${url}";`;
      const found = findUrlPassword(text);
      assert.ok(found, url);
      assert.equal(text.slice(found.start, found.end), password);
      assert.equal(text.slice(found.urlStart, found.urlEnd), url);
    });
  }

  const silent = [
    'postgres://app:${DB_PASSWORD}@db/app', 'postgres://app:<password>@db/app', 'postgres://app:password@db/app',
    'postgres://app:pass@db/app', 'mongodb://app:****@db/app', 'redis://:xxx@cache:6379', 'postgres://app:@db/app',
    'postgres://app@db/app', 'postgres://db.internal:5432/app', 'uri://us:pa@example.com',
    'https://example.com/login?user=a:b@c', 'postgres://app:%3Cpassword%3E@db/app',
    'https://status.internal:8080?next=ops@example.com', 'http://docs.internal:8080#/users/a@b',
  ];
  for (const url of silent) it(`stays silent on ${url}`, () => assert.equal(findUrlPassword(url), undefined));

  it('leaves alone a URL shown in help text of two sentences or more, and no other', () => {
    const help = 'Creates the master. The --db string is read at start.\nTo use MySQL instead, use something like:\n  --db=mysql://bb:Xk2pQ9wLm4@dbhost/bb\n';
    assert.deepEqual(findUrlPasswords(help), []);
    assert.equal(findUrlPasswords('Connecting to mysql://bb:Xk2pQ9wLm4@dbhost/bb now.').length, 1);
    assert.equal(findUrlPasswords('url: mysql://bb:Xk2pQ9wLm4@dbhost/bb\npool: 5\nname: the shop database.').length, 1);
    // The URL's own words are not the reader's: a long path of words is no sentence.
    assert.equal(findUrlPasswords('mysql://bb:Xk2pQ9wLm4@dbhost/one two three four. five six seven eight.').length, 1);
  });

  it('reads prose in one pass, whatever the text', () => {
    const words = `${'word '.repeat(40_000)}postgres://app:Xk2pQ9wLm4@db/app`;
    const started = performance.now();
    assert.equal(findUrlPasswords(words).length, 1);
    assert.ok(performance.now() - started < 500, 'linear in the words');
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => Array.isArray(findUrlPasswords(`${text} postgres://a:Xk2pQ9wLm4@db/x ${text}`))));
  });

  // Found, then reported as information by the credential rule: one policy with compose's POSTGRES_PASSWORD.
  const localDefaults = [
    'amqp://guest:guest@localhost:5672', 'postgres://postgres:postgres@db:5432/app', 'mysql://root:root@127.0.0.1/app', 'postgres://shop:shop@localhost/shop',
    'nats://walletd:walletd-local@nats:4222', 'postgres://shop:dev_shop@db/shop',
  ];
  for (const url of localDefaults) {
    it(`knows ${url} is a local default`, () => {
      const found = findUrlPassword(url)!;
      assert.ok(isLocalDefaultAt(url, found.start, found.end));
    });
  }
  it('a real password at a local host, or a default at a remote host, is not a local default', () => {
    for (const url of ['postgres://app:Xk29-pw@localhost/app', 'postgres://app:postgres@db.prod.internal/app', 'nats://walletd:walletd-prod@nats:4222', 'nats://walletd:walletd-local@nats.prod.internal:4222']) {
      const found = findUrlPassword(url)!;
      assert.ok(!isLocalDefaultAt(url, found.start, found.end), url);
    }
  });

  it('reads the login of a MySQL DSN and of Oracle EZConnect as a URL\'s, and a URL earlier on the line is not this one', () => {
    const at = (text: string, password: string, from = 0) => {
      const start = text.indexOf(password, from);
      return isLocalDefaultAt(text, start, start + password.length);
    };
    assert.ok(at('DSN: "shop:shop@tcp(mysql:3306)/shop"', 'shop', 10));
    assert.ok(at('sqlplus -L -s petclinic/petclinic@oracle:1521/FREEPDB1', 'petclinic', 24));
    assert.ok(!at('sqlplus shop/Jr5mWx8qNz3t@oracle:1521/SHOP', 'Jr5mWx8qNz3t'));
    assert.ok(!at('shop:shop@tcp(db.prod.internal:3306)/shop', 'shop', 5));
    assert.ok(at('A=postgres://x:y@db/a B=shop:shop@tcp(db)/shop', 'shop', 28));
  });

  it('finds every URL in a longer text', () => {
    const text = 'primary=postgres://a:first-pw@db1/x replica=postgres://b:second-pw@db2/x';
    assert.deepEqual(findUrlPasswords(text).map((url) => text.slice(url.start, url.end)), ['first-pw', 'second-pw']);
  });

  it('names the variable by scheme', () => {
    assert.equal(urlEnvName('postgresql'), 'DATABASE_URL');
    assert.equal(urlEnvName('jdbc:mysql'), 'DATABASE_URL');
    assert.equal(urlEnvName('mongodb+srv'), 'MONGODB_URL');
    assert.equal(urlEnvName('rediss'), 'REDIS_URL');
    assert.equal(urlEnvName('amqps'), 'AMQP_URL');
    assert.equal(urlEnvName('smtp'), 'SMTP_URL');
  });
});

describe('envNameFrom', () => {
  const cases: [string[], string][] = [
    [['config', 'db', 'password'], 'DB_PASSWORD'],
    [['config.db.password'], 'DB_PASSWORD'],
    [['settings', 'stripe', 'secretKey'], 'STRIPE_SECRET_KEY'],
    [['module', 'exports', 'jwtSecret'], 'JWT_SECRET'],
    [['this', 'apiKey'], 'API_KEY'],
    [['process', 'env', 'JWT_SECRET'], 'JWT_SECRET'],
    [['options', 'clientSecret'], 'CLIENT_SECRET'],
    [['db', 'dbPassword'], 'DB_PASSWORD'],
    [['config', 'services', 'payments', 'stripe', 'apiKey'], 'STRIPE_API_KEY'],
    [['aws', 'credentials', 'secretAccessKey'], 'AWS_SECRET_ACCESS_KEY'],
    [['smtp', 'auth', 'pass'], 'SMTP_PASS'],
    [['oauth2Token'], 'OAUTH2_TOKEN'],
    [['pass'], 'PASSWORD'],
    [['x-api-key'], 'X_API_KEY'],
    [[], 'SECRET'],
  ];
  for (const [parts, expected] of cases) it(`${JSON.stringify(parts)} -> ${expected}`, () => assert.equal(envNameFrom(parts), expected));
});

describe('base64 DER private keys (no PEM armour)', () => {
  // Made here, never committed: a fresh key of each shape a payment SDK's setting holds.
  const formats = (text: string) => findTokens(text).map((token) => token.format);
  for (const modulusLength of [1024, 2048, 4096]) {
    it(`finds a ${modulusLength}-bit RSA key as PKCS#8 and PKCS#1, and not its public key or a cut-off copy`, () => {
      const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength });
      for (const type of ['pkcs8', 'pkcs1'] as const) {
        const der = privateKey.export({ type, format: 'der' }).toString('base64');
        assert.deepEqual(formats(`merchant-private-key=${der}`), ['base64-encoded private key'], type);
        assert.deepEqual(formats(`merchant-private-key=${der.slice(0, der.length - 40)}`), [], `${type} cut`);
      }
      assert.deepEqual(formats(`platform-public-key=${publicKey.export({ type: 'spki', format: 'der' }).toString('base64')}`), []);
    });
  }
});
