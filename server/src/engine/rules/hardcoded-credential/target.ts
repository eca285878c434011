// What a literal is for, as data, and the small readers shared by the target resolvers.
import ts from 'typescript';
import { dottedName } from '../../languages/ts-ast';
import { credentialName, envNameFrom, hasUiContainer, isUuid, splitWords, urlEnvName, type CredentialName } from '../../secrets';
import type { Span } from '../../types';

export interface Target {
  /** Assigned to a name, passed to a secret-taking API, or the fallback of an env read. */
  kind: 'name' | 'api' | 'fallback';
  /** For messages: `config.db.password`, `jwt.sign`, `process.env.JWT_SECRET`. Never the value. */
  label: string;
  /** The key or identifier the value is bound to (`password`, `JWT_SECRET`), when there is one. */
  name?: string;
  /** Set when the target says "credential"; a token format or a URL can make a literal one without it. */
  credential?: CredentialName;
  envName: string;
  /** What the move-to-env fix replaces when it is more than the literal: `process.env.X || 'lit'`. */
  fixSpan?: Span;
  existingEnvName?: string;
  /** No safe in-place fix: destructuring defaults, env defaults in schema libraries, writes to process.env. */
  noFix?: boolean;
  /** Why there is no fix, when it is a language rule the user should know (an enum member, a PHP constant). */
  noFixReason?: string;
  /** `process.env.X = 'lit'`: the code sets the variable itself. */
  envWrite?: boolean;
  /** `password == 'lit'`: compared with, not assigned; a plain word there is a state (`'reset'`). */
  comparison?: boolean;
  /** `f(password='lit')`: passed to a call but named by the keyword, so a guess from the name. */
  viaKeyword?: boolean;
  /** `session({ secret: 'lit' })`: an option of a call's options object, which names no setting by its own name. */
  callOption?: boolean;
  /** In config only development or tests load (Flask's `class DevelopmentConfig`): a placeholder fallback there is a laptop's. */
  localConfig?: boolean;
  /** In the settings module every deploy loads (Django's `settings.py`): a fill-me-in signing key there is the live one. */
  loadedSettings?: boolean;
}

export interface Scope {
  source: ts.SourceFile;
  bindings: ReadonlyMap<string, string>;
  /**
   * What a constant's later use as a secret argument makes of it (`const K = '…'` then
   * `createHmac(alg, K)`). Only the whole-file check sets it: the statement-local one cannot see the use.
   */
  secretUses?: {
    of(name: string): Target | undefined;
    /** What the first use of `name` as a secret argument inside `body` makes of it: a parameter's default, used in its own function. */
    within(body: ts.Node, name: string): Target | undefined;
  };
}

/**
 * Nodes a value passes through unchanged: parentheses, casts, `c ? a : b`, arrays, `Buffer.from(lit, 'hex')`,
 * `new TextEncoder().encode(lit)` (how jose and WebCrypto take an HMAC key).
 */
export function isTransparent(parent: ts.Node, node: ts.Node): boolean {
  if (ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent) || ts.isSatisfiesExpression(parent)) return true;
  if (ts.isNonNullExpression(parent) || ts.isTypeAssertionExpression(parent) || ts.isArrayLiteralExpression(parent)) return true;
  if (ts.isConditionalExpression(parent)) return node !== parent.condition;
  if (!ts.isCallExpression(parent) || parent.arguments[0] !== node) return false;
  // `JSON.stringify('…')`: how webpack's DefinePlugin and Vite's `define` take a value to inline.
  const callee = dottedName(parent.expression);
  return callee === 'Buffer.from' || callee === 'JSON.stringify' || JS_ENCODERS.has(callee ?? '') || isTextEncoding(parent.expression);
}

/**
 * Pure encoders and conversions: `encodeURIComponent('…')` is the same value escaped for a URL, so the name it is
 * bound to still names the literal (`const dbPassword = encodeURIComponent('…')`). `btoa('user:pass')` is read
 * before (basicEncodedTarget) as a Basic credential.
 */
const JS_ENCODERS = new Set(['encodeURIComponent', 'encodeURI', 'escape', 'btoa', 'String', 'querystring.escape']);

/**
 * The password slot of a connection URL composed around the value (`'mongodb+srv://user:' + encodeURIComponent('…')
 * + '@host'`), in any language: the value is that URL's password whatever name the whole is bound to.
 * No fix: the URL is built around the literal; moving the whole URL is the user's call.
 */
export function urlSlotTarget(scheme: string): Target {
  return { kind: 'name', label: `the password of a ${scheme} URL`, name: 'password', credential: { noun: 'password', strength: 'strong' }, envName: urlEnvName(scheme), noFix: true };
}

function isTextEncoding(callee: ts.Expression): boolean {
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'encode') return false;
  const encoder = callee.expression;
  return ts.isNewExpression(encoder) && ts.isIdentifier(encoder.expression) && encoder.expression.text === 'TextEncoder';
}

/**
 * The fallback of an env read (`getenv('X', 'lit')`, `X ?: 'lit'`, `X || 'lit'`), in any language:
 * the fix replaces `fixSpan` with the plain read of X; without one there is no in-place fix.
 */
export function envFallbackTarget(envName: string, label: string, fixSpan: Span | undefined): Target {
  const credential = credentialName(envName);
  return {
    kind: 'fallback',
    label: readLabel(label, envName),
    name: envName,
    ...(credential ? { credential } : {}),
    envName,
    existingEnvName: envName,
    ...(fixSpan ? { fixSpan } : { noFix: true }),
  };
}

/**
 * The read as the message shows it: the source text of a plain read (`ENV.fetch('X')`,
 * `process.env.X`), but never text that can hold a value. A second argument, a block, a chained
 * fallback or any other string than the variable's name (`ENV.fetch('X', 'sk_live_…')`,
 * `process.env.X || 'first' || 'second'`) gives way to a neutral wording.
 */
export function readLabel(sourceText: string, envName: string): string {
  const withoutName = sourceText.split(`'${envName}'`).join('').split(`"${envName}"`).join('').split(`\`${envName}\``).join('');
  const plainRead = /^[\w$.:>\-[\]()!\s]*$/.test(withoutName) && !withoutName.includes('(') === !withoutName.includes(')');
  return plainRead ? sourceText : `the environment variable ${envName}`;
}

/** A target named by a dotted path; UI containers (`messages.password`) name no credential. */
export function nameTarget(segments: readonly string[]): Target {
  const containers = segments.slice(0, -1);
  const last = segments[segments.length - 1] ?? '';
  const listed = namesIdentity(last) ? undefined : listedUnder(containers);
  const credential = hasUiContainer(containers, last) ? undefined : redisAuth(containers, last) ?? credentialName(last) ?? qualifiedKey(containers, last) ?? encryptionKey(containers, last) ?? ownersSalt(containers, last) ?? ownersPass(containers, last) ?? listed;
  return { kind: 'name', label: segments.join('.'), name: last, ...(credential ? { credential } : {}), envName: envNameFrom(segments) };
}

/** Branches of one choice looked at: a switch over environments or tenants has a handful. */
export const MAX_CHOICE_BRANCHES = 32;

/**
 * A literal that one branch of a choice gives where another branch reads a credential's env var is that
 * variable's value for one case, in every language that reads choices: Java's switch arms and ternaries,
 * Kotlin's `when`, PHP's `match` and ternaries, Go's switch cases. `envNameOf` reads a branch's env var; the
 * first credential's is the target, with no fix (the choice is not one read).
 */
export function choiceEnvTarget<Branch>(branches: readonly Branch[], envNameOf: (branch: Branch) => string | undefined): Target | undefined {
  for (const branch of branches.slice(0, MAX_CHOICE_BRANCHES)) {
    const envName = envNameOf(branch);
    const target = envName === undefined ? undefined : nameTarget([envName]);
    if (target?.credential) return { ...target, noFix: true };
  }
  return undefined;
}

/**
 * The same choice in JS/TS, Python and Ruby, as a fallback of the variable the other branch reads (`isProd ?
 * process.env.STRIPE_SECRET_KEY : '…'`, `os.environ["X"] if PROD else '…'`): a credential's variable first, else
 * any (hardcoded-backing-service judges `isProd ? process.env.REDIS_URL : 'redis://localhost'` as a default). No fix.
 */
export function choiceFallbackTarget<Branch>(branches: readonly Branch[], envNameOf: (branch: Branch) => string | undefined): Target | undefined {
  const names = branches.slice(0, MAX_CHOICE_BRANCHES).flatMap((branch) => envNameOf(branch) ?? []);
  const envName = names.find((name) => nameTarget([name]).credential) ?? names[0];
  return envName === undefined ? undefined : envFallbackTarget(envName, `the environment variable ${envName}`, undefined);
}

/**
 * What a choice's value is bound to, or the choice's env read: a credential's name wins, then a credential's
 * variable; between two plain ones the read says more than a plain name (`url = isProd ? process.env.REDIS_URL : …`),
 * an API the value is passed to more than the read.
 */
export function orChoice(target: Target | undefined, choice: Target | undefined): Target | undefined {
  if (!choice || target?.credential) return target;
  if (choice.credential || !target) return choice;
  return target.kind === 'name' ? choice : target;
}

/**
 * A function's returned value is what its name says, in every language that reads returns: `getPassword()` ->
 * password, `twilioAuthToken()` -> a token, PHP's `getApiKey()`, Go's `partnerAPIKey()` and `GetWebhookSecret()`.
 */
export function getterTarget(functionName: string | undefined): Target | undefined {
  if (functionName === undefined) return undefined;
  const property = /^[Gg]et([A-Z_]\w*)$/.exec(functionName)?.[1] ?? functionName;
  return { ...nameTarget([property]), label: `${functionName}()` };
}

/** Who, which and where a set of credentials is for: `client_id`, `username`, `grant_type`, `region`. */
const IDENTITY_WORDS = new Set(['id', 'sid', 'user', 'username', 'email', 'login', 'name', 'type', 'region', 'tenant', 'scope', 'scopes', 'host', 'url', 'uri', 'audience', 'issuer']);

/** `credentials: { client_id: '…', client_secret: '…' }`: the id says who the secret beside it is for. */
function namesIdentity(key: string): boolean {
  return IDENTITY_WORDS.has(splitWords(key).pop() ?? '');
}

/**
 * `SIGNING_SECRETS = { 'github' => '…' }`, `API_KEYS = { stripe: '…' }`: entries of a map named for
 * credentials in the plural are those credentials, keyed by who they are for. Weak: only a
 * generated value counts, so `TOKENS = { header: 'X-Token' }` stays silent.
 */
export function listedUnder(containers: readonly string[]): CredentialName | undefined {
  const holder = containers[containers.length - 1];
  if (holder === undefined || !/(?:secrets|tokens|keys|passwords|credentials)$/i.test(holder)) return undefined;
  const singular = credentialName(holder.replace(/s$/i, ''));
  return singular ? { noun: singular.noun, strength: 'weak' } : undefined;
}

/** A bare `key` under a strong qualifier is that key: Magento's `'crypt' => ['key' => …]`, `encryption.key`, `jwt.key`. */
function qualifiedKey(containers: readonly string[], last: string): CredentialName | undefined {
  const qualified = ownersKey(containers, last);
  return qualified?.strength === 'strong' ? qualified : undefined;
}

/** Type names' endings that say nothing of what the type holds: `SigningConfig`, `HmacSettings`, `JwtProperties`. */
const GENERIC_TYPE_SUFFIX = /(?:Config|Configuration|Settings|Options|Properties|Params)$/;

/**
 * CodeIgniter 4's `class Encryption { public string $key = '…'; }`, `object Jwt { const val KEY = "…" }`, a
 * `class Db { public $pass }`: a member whose name says nothing alone is named by its type, as a config key by
 * its parent (`encryption.key`, qualifiedKey and the owners' readers above); `Cache.key`, `Entry.key` stay names.
 */
export function typeMemberTarget(type: string, member: string): Target | undefined {
  if (credentialName(member)) return undefined;
  const holder = type.replace(GENERIC_TYPE_SUFFIX, '');
  const target = holder === '' ? undefined : nameTarget([holder, member]);
  return target?.credential ? { ...target, label: `${type}.${member}` } : undefined;
}

/** Owners whose keys are key material: an encryption's settings, a cipher object. */
const ENCRYPTION_OWNERS = new Set(['encryption', 'cipher', 'decipher', 'aes', 'encryptor', 'crypter']);

/**
 * Any key of an encryption's settings is key material: Active Record Encryption's `config.active_record.encryption.primary_key`
 * (a `primary_key` elsewhere is a column), `encryption.deterministic_key`; so is a cipher's (Ruby's OpenSSL `cipher.key = …`).
 */
function encryptionKey(containers: readonly string[], last: string): CredentialName | undefined {
  const owner = containers[containers.length - 1]?.toLowerCase();
  return owner !== undefined && ENCRYPTION_OWNERS.has(owner) && splitWords(last).pop() === 'key' ? { noun: 'encryption key', strength: 'strong' } : undefined;
}

/**
 * A bare `salt` under what it salts is that salt: Kohana's `Cookie::$salt`, CakePHP's `Security.salt`,
 * `'cookie' => ['salt' => …]`. Weak (names.ts): only a generated value counts.
 */
function ownersSalt(containers: readonly string[], last: string): CredentialName | undefined {
  const owner = containers[containers.length - 1];
  return last.toLowerCase() === 'salt' && owner !== undefined ? credentialName(`${owner}_salt`) : undefined;
}

/** Redis and its forks, whose password goes by its AUTH command's name. */
const REDIS_OWNERS = /^(?:redis|sentinel|keydb|valkey)$/i;

/**
 * `auth` under a Redis connection is its password: EasySwoole's `'REDIS' => ['auth' => …]`, Hyperf's
 * `'redis' => ['default' => ['auth' => …]]`. Elsewhere a bare `auth` is any credential (weak: generated values only).
 */
export function isRedisAuth(containers: readonly (string | number)[], last: string): boolean {
  return last.toLowerCase() === 'auth' && containers.some((owner) => typeof owner === 'string' && REDIS_OWNERS.test(owner));
}

function redisAuth(containers: readonly string[], last: string): CredentialName | undefined {
  return isRedisAuth(containers, last) ? { noun: 'password', strength: 'strong' } : undefined;
}

/** What a bare `pass` logs in to: a database, a mail, file or directory server, a proxy, a broker. */
// An app's one config array (Textpattern's `$txpcfg['pass']`, `$cfg['pass']`) holds its database login.
const LOGIN_OWNERS = /^(?:db|database|mysql|mariadb|pgsql|postgres|sql|redis|smtp|mail|imap|pop3?|ftp|sftp|ldap|proxy|amqp|rabbitmq|mqtt|admin|login|auth|basic|[a-z]{0,8}cfg)$/i;

/**
 * A bare `pass` under what it logs in to is that password: phpIPAM's `$db['pass']`, `'smtp' => ['pass' => …]`.
 * Alone, `pass` is a verdict (`'pass' => true`, a test's pass/fail), so the owner must name a login.
 */
function ownersPass(containers: readonly string[], last: string): CredentialName | undefined {
  const owner = containers[containers.length - 1];
  return last.toLowerCase() === 'pass' && owner !== undefined && LOGIN_OWNERS.test(owner) ? credentialName(`${owner}_pass`) : undefined;
}

/**
 * A bare `key` under any qualifier: a vendor's or a purpose's (`'payment' => ['key' => …]`) is a weak
 * key, so only a generated value counts. Only where the check knows the key's siblings: beside a
 * `secret` such a key is the public half of a pair (Pusher's app key), which `Pusher.key = …` cannot tell.
 */
export function ownersKey(containers: readonly string[], last: string): CredentialName | undefined {
  const owner = containers[containers.length - 1];
  return last.toLowerCase() === 'key' && owner !== undefined ? credentialName(`${owner}_key`) : undefined;
}

/**
 * One literal an SDK is built from alone is its key when generated at 32 characters or more (a write
 * key, a project token); app keys, salts and ids are shorter (Pusher's 20-hex app key is public by design).
 */
export function isSoleKeyValue(value: string): boolean {
  return value.length >= 32 && !isUuid(value);
}

/** Class names of API clients: `Postmark::ApiClient`, `PostmarkClient`, `Telegram::Bot::Client`, `SendGrid::API`, `PagerDuty::Connection`. */
const CLIENT_CLASS = /(?:Client|API|Api|Connection)$/;

/** Whether a class name (its last segment) is an API client's: `ServerClient`, `Dogapi::Client`. */
export function isClientClass(className: string): boolean {
  return CLIENT_CLASS.test(className);
}

/**
 * The only argument of an API client's constructor is its token: `Postmark::ApiClient.new('…')`,
 * `new PostmarkClient('…')`, `Client('…')`; so is one after the first (`Dogapi::Client.new(key,
 * app_key)`, `InfluxDB2::Client.new(url, token)`), where the first is an account id or a URL.
 * Weak: only a generated value counts, so a URL, a region or a name passed there stays silent.
 * `segments` is the class path as written.
 */
export function clientTokenTarget(segments: readonly string[], label: string): Target | undefined {
  const className = segments[segments.length - 1] ?? '';
  if (!CLIENT_CLASS.test(className)) return undefined;
  const vendor = segments.find((segment) => !/^(?:Client|API|Api|ApiClient|Connection|REST|Web|Bot|V\d+)$/.test(segment)) ?? className;
  const stem = vendor.replace(/(?:Api)?Client$|API$|Api$|Connection$/, '');
  const envName = (stem ? `${stem}_API_TOKEN` : 'API_TOKEN').replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
  return { kind: 'api', label, credential: { noun: 'API token', strength: 'weak' }, envName };
}

/** `OAuthHandler`, `OAuth`, `OAuth2Client`, `OAuth1Session`: classes built from an OAuth app's id and secret. */
/** A basic-auth password that stands for none: empty, or the `x` some APIs ask for (BambooHR, Harvest). */
export function isBlankPassword(value: string | undefined): boolean {
  return value === '' || value === 'x' || value === 'X';
}

/**
 * `basic_auth 'key', ''` (HTTParty), `auth=(KEY, 'x')` (requests): an API that takes its key as the basic-auth
 * user (Lever, BambooHR, Stripe, Harvest) has a blank password. Weak: only a generated user is a key, so
 * `('admin', '')` stays silent.
 */
export function keyAsUserTarget(label: string): Target {
  return { kind: 'api', label, credential: { noun: 'API key', strength: 'weak' }, envName: 'API_KEY' };
}

const OAUTH_CLASS = /OAuth\w*$/;

/**
 * `client.auth('…')` on a Redis client (node-redis 3, redis-rb, redis-py's `execute_command('AUTH', …)` aside): the one
 * argument of a Redis AUTH is the server's password. `auth('local')` elsewhere is an app's or a router's helper, so the
 * receiver must be known for Redis: named for it (`redis`, `redisClient`), or, in JS/TS, a file that imports a Redis client.
 */
export function redisAuthTarget(method: string, receiver: string, argumentCount: number, importsRedis: boolean, label: string): Target | undefined {
  if (method !== 'auth' || argumentCount !== 1 || !(importsRedis || /redis/i.test(receiver))) return undefined;
  return { kind: 'api', label, credential: { noun: 'password', strength: 'strong' }, envName: 'REDIS_PASSWORD' };
}

/**
 * `tweepy.OAuthHandler(key, '…')`, `Koala::Facebook::OAuth.new(id, '…', callback)`, `new OAuth2Client(id,
 * '…', redirect)`: the argument after an OAuth app's id is its secret, whatever the language.
 */
export function oauthSecretTarget(className: string, index: number, label: string): Target | undefined {
  if (index !== 1 || !OAUTH_CLASS.test(className)) return undefined;
  return { kind: 'api', label, credential: { noun: 'OAuth client secret', strength: 'strong' }, envName: 'OAUTH_CLIENT_SECRET' };
}

const CONNECTION_NAME = /^[A-Z0-9]+(?:_[A-Z0-9]+)*_(?:URL|URI|DSN)$/;

/**
 * The env var a connection URL (or DSN) found at `target` moves to: a fallback keeps its own
 * variable, a name that already says what it holds (`DATABASE_URL`) is kept, and otherwise the
 * caller names it after the scheme, which says more than `url` or `connectionString` would.
 */
export function connectionEnvName(target: Target | undefined): string | undefined {
  if (target?.kind === 'fallback') return target.existingEnvName ?? target.envName;
  return target && CONNECTION_NAME.test(target.envName) ? target.envName : undefined;
}

/**
 * A map of passwords by user, in any language: Python's `VALID_USERNAME_PASSWORD_PAIRS` (dash-auth),
 * Ruby's `USER_PASSWORDS = { 'ops' => '…' }`, `passwords`: each entry's value is a user's password,
 * whatever the user is called.
 */
export function isPasswordMapName(name: string | undefined): boolean {
  const words = splitWords(name ?? '');
  return (words.includes('password') || words.includes('passwords')) && PASSWORD_MAP_ENDINGS.has(words[words.length - 1] ?? '');
}

const PASSWORD_MAP_ENDINGS = new Set(['passwords', 'pairs', 'map', 'users', 'logins']);

/** Browser automation's typing calls: Puppeteer's `type`, Playwright's `fill`, Selenium's `sendKeys`/`send_keys`. */
const TYPING_METHODS = new Set(['type', 'fill', 'sendKeys', 'send_keys']);

/** A selector or label of a password field: `#password`, `input[name="passwd"]`, `Password`, `#pwd`. */
export const PASSWORD_FIELD = /pass(?:word|wd|code|phrase)|pwd/i;

/**
 * A literal typed into a password field by a script that logs in: `page.type('#password', '…')`,
 * `page.locator('#password').fill('…')`, `driver.find_element(By.ID, 'password').send_keys('…')`.
 * `selector` is the field's selector or label, found by the language's check.
 */
export function typedPasswordTarget(method: string, selector: string | undefined, label: string): Target | undefined {
  if (!TYPING_METHODS.has(method) || selector === undefined || !PASSWORD_FIELD.test(selector)) return undefined;
  return { ...nameTarget(['login', 'password']), label };
}

/** The shape of an access key's id, the public half of a pair (AWS, MinIO, Aliyun's `LTAI…` upper-cased): never a lone secret. */
const KEY_ID_SHAPE = /^[A-Z0-9]{16,32}$/;

/**
 * `access_key`, `accessKey`, `ACCESS_KEY` is the public half of a pair (an AWS or MinIO key id) where a
 * secret sits beside it; with no secret anywhere in the file it is the whole credential (fixer.io's and
 * ipstack's `access_key`, MessageBird's `AccessKey`, a vtiger user's access key). Weak: generated values only.
 */
export function withLoneAccessKey(target: Target | undefined, value: string, fileText: () => string): Target | undefined {
  if (!target || target.credential || target.name === undefined || KEY_ID_SHAPE.test(value)) return target;
  const words = splitWords(target.name);
  if (words.length < 2 || words[words.length - 1] !== 'key' || words[words.length - 2] !== 'access') return target;
  return /secret/i.test(fileText()) ? target : { ...target, credential: { noun: 'access key', strength: 'weak' } };
}
