// Calls that take a secret, so a literal passed there is a credential whatever it is named:
// `jwt.sign(payload, '...')`, `new Sequelize(db, user, '...')`, `session({ secret })`.
import ts from 'typescript';
import { dottedName, requiredModule, resolvedName, stringValue, unwrap } from '../../languages/ts-ast';

export interface SecretArgument {
  envName: string;
  /** What it is, for the message: "secret", "password", "secret key". */
  noun: string;
}

export interface SecretApi {
  /** The callee as written, for messages: `jwt.sign`, `new Sequelize`, `require('stripe')`. */
  label: string;
  /** Arguments by position that take a secret. */
  positional?: ReadonlyMap<number, SecretArgument>;
  /** Prefix for env names of keys in object arguments: `session({ secret })` -> SESSION_SECRET. */
  prefix?: string;
  /** Keys of object arguments that hold a secret here although the key alone does not say so. */
  secretKeys?: ReadonlySet<string>;
  /** The first argument whose object `secretKeys` apply to: a JWT's payload (argument 0) may hold any `key`. */
  secretKeysFrom?: number;
  /** Keys of object arguments whose entries map a user to a password: express-basic-auth's `users`. */
  passwordMaps?: ReadonlySet<string>;
}

interface ApiEntry {
  /** Matches the callee resolved through imports (`jsonwebtoken.sign`), or its conventional local name (`jwt.sign`). */
  callee: RegExp;
  api: Omit<SecretApi, 'label'>;
  /** The first argument must be one of these strings: WebCrypto's `importKey('raw', …)` takes a secret, `'spki'` a public key. */
  firstArgumentIn?: ReadonlySet<string>;
}

const positional = (index: number, envName: string, noun: string): ReadonlyMap<number, SecretArgument> =>
  new Map([[index, { envName, noun }]]);

const APIS: readonly ApiEntry[] = [
  { callee: /^(?:express-session|cookie-session|session|cookieSession|expressSession)$/, api: { prefix: 'session', secretKeys: new Set(['secret', 'keys']) } },
  // jsonwebtoken, and any module named for JWTs: `hono/jwt`, `jwt-simple` (encode/decode), `@tsndr/cloudflare-worker-jwt`.
  // `@fastify/jwt`'s and fast-jwt's `app.jwt.sign(payload, { key: '…' })`: the options' key is the secret.
  {
    callee: /^(?:jsonwebtoken|jwt|(?:[@\w.-]+\/)*[\w.-]*jwt(?:-simple)?)\.(?:sign|verify|encode|decode)$/,
    api: { positional: positional(1, 'JWT_SECRET', 'secret'), prefix: 'jwt', secretKeys: new Set(['key', 'secret', 'privateKey']), secretKeysFrom: 1 },
  },
  {
    callee: /^(?:express-jwt(?:\.expressjwt)?|expressjwt|expressJwt|koa-jwt|passport-jwt\.Strategy|JwtStrategy|@nestjs\/jwt\.JwtModule\.register|JwtModule\.register)$/,
    api: { prefix: 'jwt', secretKeys: new Set(['secret']) },
  },
  { callee: /^(?:sequelize(?:\.Sequelize)?|Sequelize)$/, api: { positional: positional(2, 'DB_PASSWORD', 'password'), prefix: 'db' } },
  // otplib's `authenticator.generate('<seed>')`/`totp.check(token, '<seed>')`: a one-time-password generator's shared seed.
  { callee: /^otplib\.(?:authenticator|totp|hotp)\.generate$/, api: { positional: positional(0, 'TOTP_SECRET', 'TOTP secret'), prefix: 'totp' } },
  { callee: /^otplib\.(?:authenticator|totp|hotp)\.keyuri$/, api: { positional: positional(2, 'TOTP_SECRET', 'TOTP secret'), prefix: 'totp' } },
  { callee: /^otplib\.(?:authenticator|totp)\.(?:check|verify)$/, api: { positional: positional(1, 'TOTP_SECRET', 'TOTP secret'), prefix: 'totp' } },
  { callee: /^(?:stripe(?:\.Stripe)?|Stripe)$/, api: { positional: positional(0, 'STRIPE_SECRET_KEY', 'secret key'), prefix: 'stripe' } },
  { callee: /^(?:crypto\.)?createHmac$/, api: { positional: positional(1, 'HMAC_SECRET', 'HMAC key') } },
  // Node's ciphers, and the password-based createCipher/createDecipher of older code: the key or the password.
  { callee: /^(?:crypto\.)?create(?:Cipher|Decipher)(?:iv)?$/, api: { positional: positional(1, 'ENCRYPTION_KEY', 'encryption key') } },
  // A key derived from a literal password is as known as the password: `crypto.pbkdf2Sync('…', salt, …)`, `scryptSync`.
  { callee: /^(?:crypto\.)?(?:pbkdf2|pbkdf2Sync|scrypt|scryptSync)$/, api: { positional: positional(0, 'ENCRYPTION_PASSPHRASE', 'passphrase') } },
  // crypto-js: `CryptoJS.AES.encrypt(data, '…')` takes a passphrase (or key), `CryptoJS.HmacSHA256(data, '…')` a key;
  // also as its modules (`crypto-js/aes`, `crypto-js/hmac-sha256`).
  { callee: /^(?:crypto-js|CryptoJS)\.(?:AES|DES|TripleDES|Rabbit|RabbitLegacy|RC4|RC4Drop)\.(?:encrypt|decrypt)$|^crypto-js\/(?:aes|tripledes|rabbit|rc4)\.(?:encrypt|decrypt)$/, api: { positional: positional(1, 'ENCRYPTION_KEY', 'encryption key') } },
  { callee: /^(?:crypto-js|CryptoJS)\.Hmac(?:MD5|SHA1|SHA224|SHA256|SHA384|SHA512|SHA3|RIPEMD160)$|^crypto-js\/hmac-(?:md5|sha1|sha224|sha256|sha384|sha512|sha3|ripemd160)$/, api: { positional: positional(1, 'HMAC_SECRET', 'HMAC key') } },
  // web-push's `setVapidDetails(subject, publicKey, '…')`: the VAPID private key signs every push.
  { callee: /^(?:web-push|webpush)\.setVapidDetails$/, api: { positional: positional(2, 'VAPID_PRIVATE_KEY', 'VAPID private key') } },
  // Encryption helpers built from one secret: cryptr's `new Cryptr('…')`, `require('simple-encryptor')('…')`.
  { callee: /^(?:cryptr|Cryptr|simple-encryptor)$/, api: { positional: positional(0, 'ENCRYPTION_KEY', 'encryption key') } },
  // WebCrypto (browsers, Deno, Workers, Node): the key material of a raw (HMAC, AES) or PKCS #8 (private) key.
  { callee: /^(?:(?:globalThis|window|self)\.)?crypto\.subtle\.importKey$/, api: { positional: positional(1, 'SIGNING_KEY', 'key') }, firstArgumentIn: new Set(['raw', 'pkcs8']) },
  // What a password hasher is handed is the password in plain text (a seeded admin, a default account): hashing it
  // at start-up does not keep it out of the source, as Spring's `passwordEncoder.encode("…")` (jvm-argument-shapes.ts).
  { callee: /^(?:bcrypt|bcryptjs|bcrypt-nodejs|argon2)\.(?:hash|hashSync)$/, api: { positional: positional(0, 'ADMIN_PASSWORD', 'password') } },
  { callee: /^(?:cookie-parser|cookieParser)$/, api: { positional: positional(0, 'COOKIE_SECRET', 'secret') } },
  { callee: /^(?:twilio|Twilio)$/, api: { positional: positional(1, 'TWILIO_AUTH_TOKEN', 'auth token'), prefix: 'twilio' } },
  { callee: /^@sendgrid\/mail\.setApiKey$/, api: { positional: positional(0, 'SENDGRID_API_KEY', 'API key') } },
  { callee: /^(?:express-basic-auth|basicAuth)$/, api: { prefix: 'basic_auth', passwordMaps: new Set(['users']) } },
  // A wallet built from a literal holds the account's private key: `new ethers.Wallet('0x…', provider)`.
  { callee: /^ethers(?:\.ethers)?\.Wallet$/, api: { positional: positional(0, 'WALLET_PRIVATE_KEY', 'private key') } },
  // viem's and web3.js' `privateKeyToAccount('0x…')` (`web3.eth.accounts.privateKeyToAccount`), an account added to web3's wallet.
  { callee: /^(?:viem\/accounts\.|(?:\w+\.)*accounts\.)?privateKeyToAccount$|^(?:\w+\.)*accounts\.wallet\.add$/, api: { positional: positional(0, 'WALLET_PRIVATE_KEY', 'private key') } },
  // The AWS CDK's escape hatch writes its argument into the template in plain text: `SecretValue.unsafePlainText('…')`.
  { callee: /^(?:aws-cdk-lib|@aws-cdk\/core|cdk)?\.?SecretValue\.(?:unsafePlainText|plainText)$/, api: { positional: positional(0, 'SECRET_VALUE', 'secret') } },
  {
    callee: /^(?:mysql2?(?:\/promise)?\.(?:createConnection|createPool|createPoolCluster)|pg\.(?:Pool|Client)|knex|typeorm\.(?:createConnection|DataSource)|mssql\.(?:connect|ConnectionPool)|oracledb\.(?:getConnection|createPool)|postgres)$/,
    api: { prefix: 'db' },
  },
  { callee: /^mongoose\.(?:connect|createConnection)$/, api: { prefix: 'mongodb' } },
  { callee: /^(?:ioredis(?:\.Redis|\.Cluster)?|Redis|redis\.createClient)$/, api: { prefix: 'redis' } },
  { callee: /^nodemailer\.createTransport$/, api: { prefix: 'smtp' } },
  { callee: /^(?:aws-sdk(?:\.\w+)*|@aws-sdk\/[\w-]+\.\w+|AWS\.\w+(?:\.\w+)*)$/, api: { prefix: 'aws' } },
  { callee: /^(?:openai(?:\.OpenAI)?|OpenAI)$/, api: { prefix: 'openai' } },
  { callee: /^(?:@anthropic-ai\/sdk(?:\.Anthropic)?|Anthropic)$/, api: { prefix: 'anthropic' } },
];

/** Keys of an options object that hold a secret because of the call it is given to (`session({ secret })`). */
export const API_SECRET_KEYS: ReadonlySet<string> = new Set(APIS.flatMap((entry) => [...(entry.api.secretKeys ?? [])]));

/**
 * A word every callee of APIS that takes a secret by position or by a key of its own (`secretKeys`)
 * spells (lowercase), or the module it is bound from does: a file without any of them passes no
 * literal to such a parameter. The other APIS only label a key whose own name says credential
 * (`createTransport({ auth: { pass } })`), which the name prefilter (javascript-prefilter.ts) sees.
 */
const API_FRAGMENTS = /session|jwt|jsonwebtoken|sequelize|stripe|hmac|cipheriv|createcipher|createdecipher|cookieparser|cookie-parser|twilio|setapikey|basicauth|basic-auth|wallet|secretvalue|importkey|otplib|pbkdf2|scrypt|crypto-?js|cryptr|simple-encryptor|setvapiddetails|bcrypt|argon2/;

/** Whether the file may pass a literal to one of the secret-taking APIs' secret parameters. */
export function mayCallSecretApi(lowered: string): boolean {
  return API_FRAGMENTS.test(lowered);
}

/** The secret-taking API this call is, if any. */
export function secretApiOf(call: ts.CallExpression | ts.NewExpression, bindings: ReadonlyMap<string, string>): SecretApi | undefined {
  const callee = calleeId(call, bindings);
  if (callee === undefined) return undefined;
  const entry = APIS.find((candidate) => candidate.callee.test(callee));
  if (entry?.firstArgumentIn && !entry.firstArgumentIn.has(stringValue(call.arguments?.[0]) ?? '')) return undefined;
  return entry && { ...entry.api, label: calleeLabel(call) };
}

/** `jsonwebtoken.sign` for `jwt.sign` with `const jwt = require('jsonwebtoken')`; `stripe` for `require('stripe')(...)`. */
function calleeId(call: ts.CallExpression | ts.NewExpression, bindings: ReadonlyMap<string, string>): string | undefined {
  const callee = unwrap(call.expression);
  const id = requiredModule(callee)?.path ?? resolvedName(callee, bindings);
  return id?.replace(/^node:/, '');
}

function calleeLabel(call: ts.CallExpression | ts.NewExpression): string {
  const callee = unwrap(call.expression);
  const required = ts.isCallExpression(callee) ? requiredModule(callee) : undefined;
  const name = required ? `require('${required.path}')` : (dottedName(callee) ?? 'this call');
  return ts.isNewExpression(call) ? `new ${name}` : name;
}
