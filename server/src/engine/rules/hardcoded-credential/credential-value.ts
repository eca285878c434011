// Whether a literal bound to a credential target is the credential itself: one answer for every
// language, so `password == 'reset'` or a passphrase handed to a JWT signer reads the same in
// Go, Java, Kotlin, Python, Ruby and PHP.
import { credentialName, namesServiceLogin, isCountedToTen, isInOrderWithin, isDigitRun, isFirstTriedPassword, isPlaceholder, namesAccountDefault, isSecretLikeValue, namesEnclosingField, isTrivialSequence, isUuid, isPinCode, splitWords, type CredentialName } from '../../secrets';
import type { FileScope } from '../../scope';
import type { Report } from '../../types';
import type { Target } from './target';
import { isProjectNamedSecret } from './project-secret';
import { isLoginBeside, isUserArgumentBefore, USER_AS_PASSWORD_NOTE } from './login-beside';
import { withNote } from '../../sentences';
import { asSeedPassword, isSeedPassword } from './report';
import { isWordKeyInSink, wordKeyReport } from './sink-word-keys';
import { isTemplateKeyStub, saysItIsATemplate, takesOwnSigningSecret } from './template-signing-keys';
import { isOwnNameStub, splitKeyStub } from './own-name-fallback';
import { isLabelConstant } from './label-constants';

/**
 * Keys that are public by design whatever they are called: Stripe publishable keys, Google OAuth client IDs, and a
 * P-256 public key as the Push API takes it (a VAPID `applicationServerKey`): 65 bytes in base64url, the first 0x04.
 */
const PUBLIC_BY_FORMAT = /^(?:pk_(?:live|test)_\w+|\d+-\w+\.apps\.googleusercontent\.com|B[A-P][A-Za-z0-9_-]{85})$/;

/**
 * A server's address, `memcached-1.shop.internal:11211` or `10.2.0.7:9092`: what a client constructor takes first
 * (Dalli's server list, a Kafka broker) where a vendor's client takes its token. Dotted labels and a port, no secret.
 */
const HOST_AND_PORT = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9-]{1,63}){1,10}:\d{2,5}$/;

/** A Stripe publishable key (`Stripe('pk_live_…')` in Stripe.js), a Google OAuth client id, a VAPID public key: public whatever takes it. */
export function isPublicByFormat(value: string): boolean {
  return PUBLIC_BY_FORMAT.test(value.trim());
}

export function isCredentialValue(value: string, target: Target, credential: CredentialName): boolean {
  if (isPublicByFormat(value) || HOST_AND_PORT.test(value.trim())) return false;
  // The name is the path's last key; the path says which field the value may spell (an attribute map's wire name).
  if (target.kind === 'name' && namesEnclosingField(value.trim(), target.label)) return false;
  // `getConnection(url, "root", "1234")`: a sink's password needs no name to be one (isSecretLikeValue asks a name);
  // nor does a lone `pass` beside a user (`'user' => 'shop', 'pass' => '123'`, pass-beside-user.ts): its target says password.
  if ((target.kind === 'api' || isPairedPass(target, credential)) && isFirstTriedPassword(value.trim())) {
    return credential.noun.includes('password') && target.comparison !== true && !namesAccountDefault(target.name ?? '');
  }
  if (isPasswordWordOfConnection(value, target, credential)) return true;
  return isSecretLikeValue(value, {
    // `ENV.fetch('SECRETS') { '…' }`: a weak name (`secrets` also names a map) is a string's variable there.
    weakName: credential.strength === 'weak' && !(target.kind === 'fallback' && fillsSecret(target.envName ?? target.name ?? '')),
    ...(target.name ? { name: target.name } : {}),
    sink: isSecretSink(target, credential) || (isUuid(value.trim()) && isClientConfigToken(target, credential)),
    comparison: target.comparison === true,
    // A login API's password argument (`DriverManager.getConnection(url, user, '…')`) takes no label either.
    serviceLogin: target.comparison !== true && (namesServiceLogin(target.label) || (target.kind === 'api' && !target.viaKeyword && credential.noun.includes('password'))),
  });
}

/**
 * `ActiveRecord::Base.establish_connection(password: 'password')` (probe21c h), `psycopg2.connect(password="password")`,
 * `new PDO($dsn, 'root', 'secret')`, `DriverManager.getConnection(url, "ledger", "password")`: the word `password` or
 * `secret` handed to a database connection as its password is what that server takes, in every environment the call
 * runs in: the commonest password there is. A template's word never reaches a connection call; under a name alone
 * (`password: 'password'` in a settings hash) it stays a placeholder.
 */
function isPasswordWordOfConnection(value: string, target: Target, credential: CredentialName): boolean {
  if (!credential.noun.includes('password') || target.comparison === true || !isBarePasswordWord(value)) return false;
  return (target.kind === 'api' || target.viaKeyword === true || target.callOption === true || target.label.includes('(')) && CONNECTION_CALL.test(target.label);
}

/** The word itself as the password: `password`, `secret`, `passwd`. */
export function isBarePasswordWord(value: string): boolean {
  return /^(?:password|passwd|secret)$/i.test(value.trim());
}

/**
 * A call that opens a database connection, by the label of its password argument; or a format's password slot
 * (`fmt.Sprintf("%s:%s@tcp(%s)/%s", …)`, formatSlots.ts), which builds a connection string.
 */
const CONNECTION_CALL = /connect|\bPDO\b|mysqli|\bsql\.Open\b|\bgorm\.Open\b|\bcreatePool\b|\bSequelize\b|\bDataSource\b|\bMongoClient\b|\bS?printf\(password\)|\bformat\(password\)/i;

/** A password by its place beside a user, under a name (`pass`, `pw`) that alone names none. */
export function isPairedPass(target: Target, credential: CredentialName): boolean {
  return target.kind === 'name' && credential.noun === 'password' && target.name !== undefined && credentialName(target.name) === undefined;
}

/** Names that only ever hold a signing or encryption secret: SECRET_KEY, secret_key_base, JWT_SECRET, session_secret. */
const SINK_PAIRS: readonly (readonly [string, string])[] = [
  ['secret', 'key'],
  ['jwt', 'secret'],
  ['jwt', 'key'],
  ['signing', 'key'],
  ['signing', 'secret'],
  ['session', 'secret'],
  ['cookie', 'secret'],
  ['secret', 'base'],
  // Yii's `cookieValidationKey`: the key its request component signs every cookie with.
  ['validation', 'key'],
];

/**
 * Where a sentence is a passphrase rather than UI text: a signer's or cipher's key argument, or a
 * name that holds nothing but a signing secret. Passwords stay out: `password: 'Enter a password'`
 * is a form's text far more often than a password.
 */
export function isSecretSink(target: Target, credential: CredentialName): boolean {
  if (credential.noun.includes('password')) return false;
  if (target.kind === 'api') return true;
  // `ENV.fetch('APP_SECRET') { 'nobody will ever guess me' }`: what fills in the app's own signing secret when the
  // variable is unset is that secret, a phrase as much as a word (no form shows a fallback).
  if (target.kind === 'fallback' && fillsSecret(target.envName ?? target.name ?? '')) return true;
  // The holder counts too: `jwtConstants.secret`, `config.jwt.secret`.
  const words = new Set([...splitWords(target.name ?? ''), ...splitWords(target.label)]);
  return SINK_PAIRS.some(([first, second]) => words.has(first) && words.has(second));
}

/** A variable named for a secret (`APP_SECRET`, `SECRETS`, `JWT_SECRET`), not a password: its fallback fills in that secret. */
export function fillsSecret(variable: string): boolean {
  return namesOwnSigningSecret(variable) || /^secrets?$/.test(credentialName(variable)?.noun ?? '');
}

/** The holders of a client's settings: `consul.Config`, `cfg`, `QueryOptions`, `ClientSettings`, `Credentials`. */
const CLIENT_SETTINGS_WORDS = new Set(['config', 'cfg', 'conf', 'configuration', 'options', 'opts', 'settings', 'credentials', 'creds']);

/**
 * A bare `Token` of a client's settings (`consul.Config{Token: …}`, `cfg.Token = …`, `QueryOptions{Token: …}`):
 * only a secret goes there, so a UUID is the token (Consul ACL, Nomad, Postmark and Heroku tokens are UUIDs),
 * where a lone `token = '<uuid>'` variable may be a request's or a record's id.
 */
export function isClientConfigToken(target: Target, credential: CredentialName): boolean {
  if (credential.noun !== 'token' || credential.strength !== 'weak' || target.comparison) return false;
  const holder = target.label.split('.').slice(0, -1);
  return holder.some((segment) => splitWords(segment).some((word) => CLIENT_SETTINGS_WORDS.has(word)));
}

/**
 * A value passed to a secret-taking API (`jwt.encode(payload, '…')`, `Algorithm.HMAC256("…")`,
 * `setBasicAuth(user, "…")`) has confidence `sink` in every language, as in JS; a value under a
 * secret's name, or a keyword argument's (`login(password='…')`), stays a name guess.
 */
export function withSinkConfidence(report: Report, target: Target): Report {
  return target.kind === 'api' && !target.viaKeyword ? { ...report, confidence: 'sink' } : report;
}

/**
 * `cookieSecret: 'session_secret_key_here'` in the app's own code, not a fallback of an env read:
 * the template text is the live secret, one anybody can read. `your-…-here` templates stay silent.
 */
export function isUnfilledPlaceholder(value: string, target: Target, scope: FileScope): boolean {
  if (scope !== 'app' || target.kind !== 'name' || target.credential === undefined) return false;
  // A weak name (`cryptoKey`, `sessionKey`) counts when the template itself names a key: `some_crypto_key_here`
  // (probe21g b: NodeGoat's config, whose cipher keys with it beside its `cookieSecret: "…_here"`).
  if (target.credential.strength !== 'strong' && !splitWords(value).some((word) => KEY_STUB_WORDS.has(word))) return false;
  return isUnfilledTemplate(value);
}

/** `session_secret_key_here`: a template's text, reported where the app uses it as is (isUnfilledPlaceholder). */
export function isUnfilledTemplate(value: string): boolean {
  const trimmed = value.trim();
  return isPlaceholder(trimmed) && /^[A-Za-z0-9]+(?:[_-][A-Za-z0-9]+)*[_-]here$/i.test(trimmed) && !/^your/i.test(trimmed);
}

/** Words a stub that stands for a key is made of: `secret`, `secretKey`, `your_jwt_secret`, `SIGNING_KEY`. */
const KEY_STUB_WORDS = new Set(['secret', 'key', 'jwt', 'token', 'signing']);

/**
 * `jwt.sign(payload, 'secret')`, `jwt.encode(claims, 'secret_key')`, `Algorithm.HMAC256("your_jwt_secret")`: a
 * stub of words naming a key, handed straight to the API that signs or checks with it, in the app's own code. No
 * deploy step replaces an argument: whoever reads the stub can sign.
 */
function isStubInSink(value: string, target: Target, scope: FileScope): boolean {
  if (scope !== 'app' || target.kind !== 'api' || target.viaKeyword || target.comparison) return false;
  return isKeyStub(value) || isSecretWordsStub(value) || isChangeMe(value) || (isStandInWord(value) && signsWithOwnKey(target));
}

/**
 * `SECRET = "shopapp-secret"` then `jwt.encode(payload, SECRET)` (probe21g c): the app's name and a key's word handed to the
 * signer, as under a signing secret's name (isStubAsSigningKey). Asked only where the value is not judged a secret already
 * (`[]byte("gin-gorm-oj-key")` for SignedString stays an error).
 */
function isAppNamedStubInSink(value: string, target: Target, scope: FileScope): boolean {
  return scope === 'app' && target.kind === 'api' && !target.viaKeyword && !target.comparison && isAppNamedKeyStub(value);
}

/** A value the sink check reads as a stub (isStubInSink), whatever the name: a key's words, a fill-me-in word, a stand-in word. */
export function isSinkStubValue(value: string): boolean {
  return isKeyStub(value) || isChangeMe(value) || isStandInWord(value);
}

/**
 * `jwt.sign(payload, 'test')`, `jwt.verify(token, 'demo')`, `Algorithm.HMAC256("example")`: the API signs or checks with the
 * app's own key (its variable is JWT_SECRET, SESSION_SECRET, HMAC_SECRET, ENCRYPTION_KEY: namesOwnSigningSecret), so a
 * stand-in word there is the key every deploy signs with. A vendor's client (`Stripe('test')`) or a password sink rejects
 * the word at first use instead, so they keep the placeholder reading.
 */
function signsWithOwnKey(target: Target): boolean {
  return target.credential?.noun.includes('password') !== true && namesOwnSigningSecret(target.envName);
}

/**
 * Words that stand in for a value in tutorials and scaffolds: `demo`, `test`, `example`, `sample`, `foo`. Not the words that say
 * nothing of a key (`xxx`, `none`, `''`), a test's refused value (`invalid`, `wrong`) nor a stage (`dev`, `local`): those stay
 * placeholders or are judged as words.
 */
const STAND_IN_WORDS = new Set([
  'demo', 'test', 'testing', 'example', 'sample', 'default', 'dummy', 'fake', 'mock', 'stub', 'temp', 'tmp', 'foo', 'bar', 'baz',
  'foobar', 'abc', 'xyz', 'something', 'whatever', 'anything', 'placeholder',
]);

/**
 * `demo`, `test`, `example123`: one stand-in word, digits after it at most. With a key's words it is a key stub (isKeyStub),
 * which names a stage where it leads (`test_cookie_secret`: a test's key) and is judged as one.
 */
export function isStandInWord(value: string): boolean {
  const match = /^([A-Za-z]{3,12})[-_]?\d{0,6}$/.exec(value.trim());
  return match !== null && STAND_IN_WORDS.has(match[1]!.toLowerCase());
}

/**
 * `Algorithm.HMAC256("changeme")`, `jwt.encode(claims, "changeme")`: a fill-me-in word handed straight to the signer is
 * the key every deploy signs with, as a key stub is (nothing replaces an argument). Elsewhere it is a placeholder.
 */
function isChangeMe(value: string): boolean {
  // Not `changeit`: the JDK's own keystore password (`cacerts`), a public default rather than the app's key.
  return /^(?:change[-_ ]?(?:me|this)|replace[-_ ]?me)$/i.test(value.trim());
}

/**
 * A template or stub the app's own code uses as the live value (isUnfilledPlaceholder, isStubInSink): a warning. Given
 * the file's text, not when the file also reads the same setting from the environment (`SECRET_KEY = 'key string'` in a
 * base class whose `ProductionConfig` sets `SECRET_KEY = os.environ['SECRET_KEY']`): then the stub is a local default.
 */
export function isLiveStub(value: string, target: Target, scope: FileScope, text?: string): boolean {
  if (!(isUnfilledPlaceholder(value, target, scope) || isStubInSink(value, target, scope) || isStubAsSigningKey(value, target, scope))) return false;
  // A cookie's or a header's name under a key's name, used only as that name (label-constants.ts).
  if (text !== undefined && target.kind === 'name' && target.name !== undefined && isLabelConstant(value, target.name, text)) return false;
  // A template's blank in a file that says it is a template to copy (template-signing-keys.ts).
  if (text !== undefined && isTemplateKeyStub(value) && saysItIsATemplate(text)) return false;
  return text === undefined || target.name === undefined || quotesOwnConstant(value, target.name) || !readsFromEnvironment(text, target.name);
}

/**
 * `app.config['SECRET_KEY'] = 'SECRET_KEY'` beside `SECRET_KEY = os.getenv('SECRET_KEY')` (probe29): the constant's name
 * in quotes is the slip of writing the name for the variable, so the env read beside it is not what the setting gets.
 */
function quotesOwnConstant(value: string, name: string): boolean {
  return /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value) && name.slice(name.lastIndexOf('.') + 1) === value;
}

/** An env read of the name in any language: `os.environ['SECRET_KEY']`, `getenv("SECRET_KEY")`, `ENV.fetch('SECRET_KEY')`, `process.env.SECRET_KEY`. */
export function readsFromEnvironment(text: string, name: string): boolean {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,80}$/.test(name) || !text.includes(name)) return false;
  const read = new RegExp(`(?:environ|getenv|getEnv|\\bENV|\\benv)\\b[\\w.]{0,12}[\\[(]\\s{0,4}["'\`]${name}["'\`]|process\\.env\\.${name}\\b`);
  return read.test(text);
}

/**
 * `app.secret_key = 'secret'`, `set :session_secret, "password_secret"`, `SECRET_KEY = 'secret123123'`: a stub of
 * words naming a key under a name that holds nothing but a signing secret (isSecretSink), in the app's own code, as
 * `jwt.sign(payload, 'secret')` is (isStubInSink). Not a fallback of an env read, whose deploy sets the real one.
 */
function isStubAsSigningKey(value: string, target: Target, scope: FileScope): boolean {
  if (scope !== 'app' || target.kind !== 'name' || target.comparison || target.localConfig || !target.credential) return false;
  const own = takesOwnSigningSecret(target, namesOwnSigningSecret);
  // A template's stub (`your-session-secret-key`) is the key as much as in `jwt.sign(payload, '…')` (template-signing-keys.ts).
  if (own && isTemplateKeyStub(value)) return true;
  if (!own && !isSecretSink(target, target.credential)) return false;
  // The key's own name as its value (`app.config['SECRET_KEY'] = 'secret_key'`, probe28 6) names a key only where the code
  // could use it as a name; under the framework's own signing key (takesOwnSigningSecret) it is the key, as `'secret'` is.
  if (own && restatesItsName(value, target)) return true;
  if (!target.callOption && namesItsKey(value, target)) return false;
  // `'SIGNING_KEY': 'change me'` in the SIMPLE_JWT of Django's settings.py (held-out batch cred24): every deploy loads the
  // module, so nothing fills the word in; elsewhere (`SECRET_KEY = 'changeme'` in a config.py) it stays a placeholder.
  return (isKeyStub(value) && isBareKeyWords(value) && !(restatesItsName(value, target) && !target.callOption)) || isSecretWordsStub(value) || isAppNamedKeyStub(value) || isStandInWord(value) || (target.loadedSettings === true && isChangeMe(value));
}

/** Names that hold nothing but a signing secret (SINK_PAIRS), by a config key's path: `jwtSecret`, `jwt.secret`, `session_secret`. */
export function namesOnlySigningSecret(path: string): boolean {
  const words = new Set(splitWords(path));
  return !words.has('password') && SINK_PAIRS.some(([first, second]) => words.has(first) && words.has(second));
}

/**
 * `"jwtSecret": "secret"` in node-config's `config/default.json`, the file the app loads as its config: a stub of a key's
 * words (or of the app's name and a key's words, or a fill-me-in word) under a name that holds only a signing secret is the live key, as
 * `jwtSecret: 'secret'` in code is (isStubAsSigningKey).
 */
export function isConfigKeyStub(value: string, path: string): boolean {
  // `"jwt": { "secret": "changeme" }` in `config/default.json` that no `production.json` overrides (held-out batch cred24).
  return namesOnlySigningSecret(path) && ((isKeyStub(value) && isBareKeyWords(value)) || isSecretWordsStub(value) || isAppNamedKeyStub(value) || isChangeMe(value));
}

/**
 * gin-mall's `emailSecret: "EmailSecret"`, a FeathersJS `config/default.json` with `"secret": "shopauthsecret"`: under a key
 * whose last word is `secret`, a value that spells the key itself (any case, any joining, the app's name before it), or lowercase letters
 * that ends in `secret`, a few words run together with nothing random in them. Where the app loads the file as written
 * (isLoadedAppConfig) that word is the secret every deploy signs or encrypts with: a placeholder never filled in.
 */
export function isSelfNamingSecret(value: string, name: string): boolean {
  const trimmed = value.trim();
  // An environment variable's name (`AUTH_SECRET`, node-config's custom-environment-variables) is a reference.
  if (!/^[A-Za-z][A-Za-z0-9_-]{2,40}$/.test(trimmed) || /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(trimmed)) return false;
  const key = splitWords(name);
  if (key[key.length - 1] !== 'secret') return false;
  // `EmailSecret`, `ShopJwtSecret`: the key's words, at most two words naming the app before them.
  const words = splitWords(trimmed);
  // A template's `your_client_secret` (beego's OAuth block, probe25c 5) or a stage's `dev_secret` is filled in, not signed with.
  if (words.some((word) => STUB_MARKER_WORDS.has(word)) || /^(?:your|my|our|some)/i.test(trimmed)) return false;
  if (words.length <= key.length + 2 && words.slice(-key.length).join(' ') === key.join(' ')) return true;
  const flat = trimmed.toLowerCase().replace(/[_-]/g, '');
  // `shopauthsecret`: words before `secret` (the bare `secret` is judged by isProductionWordStub).
  return /^[a-z][a-z_-]*$/.test(trimmed) && flat.endsWith('secret') && flat.length > 'secret'.length && flat.length <= 24;
}

/** Words a template's stub leads with, or a stage or marker it names: `your_jwt_secret`, `dev_session_secret`, `insecure_secret_key`. */
const STUB_MARKER_WORDS = new Set([
  'your', 'my', 'our', 'the', 'some', 'a', 'an', 'example', 'sample', 'dummy', 'fake', 'mock', 'test', 'testing', 'tests', 'spec', 'dev',
  'development', 'local', 'localhost', 'ci', 'e2e', 'staging', 'stage', 'prod', 'production', 'change', 'changeme', 'replace', 'insecure',
  'unsafe', 'default', 'not', 'do', 'dont', 'never', 'use', 'here', 'placeholder', 'todo', 'fixme', 'xxx', 'put', 'fill', 'enter', 'set',
  'random', 'super', 'very', 'strong', 'long', 'generated', 'new', 'please', 'must', 'should', 'only', 'demo', 'foo', 'bar', 'baz', 'temp',
  'tmp', 'this', 'that', 'is', 'and', 'or', 'of', 'for', 'with', 'to', 'in', 'on', 'no', 'none', 'null', 'empty', 'sample', 'template',
]);


/**
 * `session_secret: 'club_forum_session_secret'`, `SECRET_KEY = "notes_app_secret_key"`, nodeclub's `node_club_secret`: plain
 * words naming the app, then a key's own words. Nothing fills it in (it names no stage, no template's `your_…`, no marker):
 * the app signs with it as written. Lowercase words joined by `_` or `-` only, one to three before the key's words.
 */
export function isAppNamedKeyStub(value: string): boolean {
  const parts = splitKeyStub(value, BARE_KEY_WORDS);
  if (!parts?.keyWords.some((word) => KEY_STUB_WORDS.has(word))) return false;
  // The lead names the app, not another credential: `aws_secret_access_key`, `google_oauth2_csrf_token` name a setting.
  return parts.lead.every((word) => !STUB_MARKER_WORDS.has(word) && !CREDENTIAL_LEAD_WORDS.has(word));
}

/**
 * MediaWiki's `const SecretKey = 'SecretKey'`, `SECRET_KEY = 'secret_key'`: a constant naming a setting by its own
 * name. Not `session({ secret: 'secret' })`: an option handed to a call (Target.callOption) is the value it signs with.
 */
function restatesItsName(value: string, target: Target): boolean {
  // `app.secret_key = "secret key"` (probe26c 5): a constant's name has no space; written with one it is the stub `'secret'` is.
  if (/\s/.test(value.trim())) return false;
  const name = (target.name ?? target.label).split('.').pop() ?? '';
  return splitWords(value.trim()).join(' ') === splitWords(name).join(' ');
}

/** A key's name under a constant that says it holds one (keyNameWords): the name's other words in order, written as a key is. */
function namesItsKey(value: string, target: Target): boolean {
  const named = keyNameWords((target.name ?? target.label).split('.').pop() ?? '');
  const valueWords = splitWords(value.trim());
  return named !== undefined && valueWords.length >= 2 && /^[A-Za-z][A-Za-z0-9]*(?:[_.:-][A-Za-z0-9]+)+$/.test(value.trim()) && isInOrderWithin(named, valueWords);
}

/**
 * Words that say a constant holds the name of a key, not the key (probe27c 4): a Vault KV field's `KeyJwtSecret =
 * "jwt_secret"` read as `secret.Data[KeyJwtSecret]`, `FIELD_API_TOKEN`, `ENV_SESSION_SECRET`, `VarWebhookSecret`, and
 * `signingKeyKey`, the config key of the signing key.
 */
const KEY_NAME_LEADS = new Set(['key', 'field', 'env', 'var', 'prop', 'param', 'attr', 'opt', 'option', 'setting', 'cfg']);

/** `KeyJwtSecret` -> `jwt secret`, `signingKeyKey` -> `signing key`; undefined when the name says no such thing. */
function keyNameWords(name: string): string[] | undefined {
  const words = splitWords(name);
  if (words.length >= 3 && KEY_NAME_LEADS.has(words[0]!)) return words.slice(1);
  if (words.length >= 3 && words[words.length - 1] === 'key' && words[words.length - 2] === 'key') return words.slice(0, -1);
  return undefined;
}

/**
 * Nothing but a key's own words and digits (`secret`, `secret_key`, `password_secret`, `secret123123`): no stage
 * or marker (`testing-secret-key`, `ci-only-django-secret`, `dev-secret-change-me` say where they may be used).
 */
export function isBareKeyWords(value: string): boolean {
  // `env: 'JWT_SECRET'` (convict's schema): an environment variable's name, not a value.
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value.trim())) return false;
  const words = splitWords(value.trim());
  return words.some((word) => BARE_KEY_WORDS.has(word)) && words.every((word) => /^\d+$/.test(word) || BARE_KEY_WORDS.has(word) || STUB_FILLER_WORDS.has(word));
}

const BARE_KEY_WORDS = new Set([...KEY_STUB_WORDS, 'password', 'pass', 'session', 'cookie', 'app', 'api', 'auth', 'base']);

/** Words that only say a secret is one, louder: `supersecret`, `topsecret`, `my-secret-key`, `password_security`. */
const SECRET_EMPHASIS_WORDS = new Set(['super', 'top', 'very', 'ultra', 'mega', 'my', 'our', 'security', 'secure', 'secrets', 'passphrase']);

/**
 * A stub of nothing but a secret's words said louder (probe26c: Sinatra's `set :session_secret, 'password_security'`, `||
 * "supersecret"`): one severity with the bare `'secret'` in every secret sink, a warning that it reads like a placeholder.
 * A key's word must be among them, and no other word: `keyboard cat`, `hunter2`, `s3cr3t` were chosen, and stay errors.
 */
export function isSecretWordsStub(value: string): boolean {
  const trimmed = value.trim();
  if (!/^[A-Za-z][A-Za-z_-]{5,40}$/.test(trimmed) || /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(trimmed)) return false;
  const words = splitWords(trimmed);
  // One louder word at least: the bare words (`secret_key`, MediaWiki's `'SecretKey'` constant) are isBareKeyWords' to judge.
  return words.length >= 2 && words.length <= 4 && words.some((word) => KEY_STUB_WORDS.has(word) || word === 'password') &&
    words.some((word) => SECRET_EMPHASIS_WORDS.has(word)) && words.every((word) => BARE_KEY_WORDS.has(word) || SECRET_EMPHASIS_WORDS.has(word));
}

/** The words a template leads or closes a key's stub with: `your_jwt_secret`, `yoursecret`, `some_secret_key_here`. */
const TEMPLATE_STUB_WORDS = new Set(['your', 'my', 'some', 'here']);

/** A key's stub of a template's words: key words (BARE_KEY_WORDS) and `your`/`my`/`some`/`here` only, no stage or marker. */
function isTemplateKeyWords(value: string): boolean {
  const words = splitWords(value.trim());
  return words.some((word) => BARE_KEY_WORDS.has(word)) && words.every((word) => /^\d+$/.test(word) || BARE_KEY_WORDS.has(word) || TEMPLATE_STUB_WORDS.has(word));
}

/** Filler a key's stub may close with and still say nothing else: `key string`, `secret string`. */
const STUB_FILLER_WORDS = new Set(['string', 'str']);

/** Words that make the lead another credential's name: `aws_secret_access_key`, `oauth2_csrf_token`, `private_key`. */
const CREDENTIAL_LEAD_WORDS = new Set([...BARE_KEY_WORDS, 'access', 'private', 'public', 'client', 'oauth', 'oauth2', 'csrf', 'xsrf', 'id', 'hmac', 'aes', 'rsa', 'master', 'refresh', 'bearer', 'basic', 'encryption', 'encrypt', 'passwd', 'pwd', 'salt', 'pepper', 'nonce', 'iv']);

/** A placeholder of words, one of them naming a key (KEY_STUB_WORDS); `changeme`, `xxx`, `''`, `${KEY}` are not. */
export function isKeyStub(value: string): boolean {
  const trimmed = value.trim();
  // Lowercase words with spaces too: a Flask tutorial's `SECRET_KEY = 'key string'` (probe21c o) is a key's stub as
  // `secret_key` is; a capitalised phrase (`doc: 'JWT signing secret'`) is a description.
  if (!/^[A-Za-z][A-Za-z0-9_-]{2,60}$|^[a-z]{2,20}(?: [a-z]{2,20}){1,3}$/.test(trimmed) || !isPlaceholder(trimmed)) return false;
  return splitWords(trimmed).some((word) => KEY_STUB_WORDS.has(word));
}

/** Words a name for a secret the app signs and checks with itself is made of: `JWT_SECRET`, `APP_SECRET`, `jwt.secret`, `SECRET_KEY`. */
// `admin`: an admin API's secret or token (KotlinConf's ADMIN_SECRET) is checked by the app itself, as a session's key is.
const OWN_SECRET_WORDS = new Set(['secret', 'key', 'jwt', 'session', 'cookie', 'signing', 'app', 'application', 'auth', 'token', 'refresh', 'access', 'encryption', 'encrypt', 'base', 'hmac', 'django', 'flask', 'rails', 'laravel', 'express', 'admin']);
/** Words that say the key signs or encrypts: a `key` alone (`APP_KEY`) needs one beside it. */
const SIGNING_KEY_WORDS = new Set(['jwt', 'signing', 'session', 'cookie', 'app', 'application', 'encryption', 'encrypt', 'hmac', 'secret']);

/**
 * Whether a name holds a secret the app both signs and checks with (a JWT's, a session's, the app's own key): nothing
 * but such words, one of them `secret` or a signing word beside `key`. `STRIPE_SECRET_KEY`, `MAPS_API_KEY` and
 * `MAIL_PASSWORD` name another party's credential, which rejects a placeholder at first use.
 */
export function namesOwnSigningSecret(name: string): boolean {
  const words = splitWords(name);
  if (endsInSessionOrTokenSecret(words)) return true;
  if (words.length === 0 || !words.every((word) => OWN_SECRET_WORDS.has(word))) return false;
  return words.includes('secret') || (words.includes('key') && words.some((word) => SIGNING_KEY_WORDS.has(word)));
}

/** The pairs that name a session's or a token's signing secret whatever prefix the app gives them: `ME_CONFIG_SITE_SESSIONSECRET`, `SHOP_JWT_SECRET`. */
const OWN_SECRET_TAILS = new Set(['session secret', 'cookie secret', 'jwt secret', 'jwt key', 'signing secret', 'signing key']);

/** `secret key` stays out: `STRIPE_SECRET_KEY` is another party's. */
function endsInSessionOrTokenSecret(words: readonly string[]): boolean {
  return words.length >= 2 && OWN_SECRET_TAILS.has(words.slice(-2).join(' '));
}

/**
 * `process.env.JWT_SECRET || 'changeme'`, `os.getenv("SECRET_KEY", "default")`, `${jwt.secret:changeme}`: a fill-me-in
 * word, a stub of bare key words (`'secret'`) or `'default'` as the fallback of a secret the app signs and checks with itself
 * (namesOwnSigningSecret), in the app's own code. A deploy that forgets the variable still starts, and signs with a word
 * anybody can read. A password's or a vendor key's placeholder fallback fails at its first use, so it stays silent.
 */
export function isPlaceholderSigningFallback(value: string, name: string | undefined, scope: FileScope): boolean {
  if (scope !== 'app' || name === undefined) return false;
  const trimmed = value.trim();
  // Only bare key words (`secret`, `jwt_secret`): `your_secret_key` is a template's, `local-session-secret-do-not-use` says where it may run.
  // A bare `test` too: KotlinConf's production config fell back to it for its admin secret.
  if (isChangeMe(trimmed) || (isKeyStub(trimmed) && isBareKeyWords(trimmed)) || isStandInWord(trimmed)) return namesOwnSigningSecret(name) || namesOwnLoginPassword(name);
  // `|| 'supersecret'`, `|| 'my-secret-key'`: a secret's own words said louder are the same stub (isSecretWordsStub).
  if (isSecretWordsStub(trimmed)) return namesOwnSigningSecret(name);
  // `process.env.JWT_SECRET || 'yoursecret'` (probe21 g, amazona): a template's key words are the key too, whenever the
  // variable is missing; one that names where it may run (`local-session-secret-do-not-use`) stays silent.
  if (isKeyStub(trimmed) && (isTemplateKeyWords(trimmed) || isTemplateKeyStub(trimmed))) return namesOwnSigningSecret(name);
  // `'your-secret-key-change-in-production'`, `'replace-me-before-deploy'`, `'TODO-change-me'` (probe26c 10): whatever its
  // other words, a placeholder that tells somebody to fill it in is the key every deploy that forgets the variable signs with.
  if (isFillInPlaceholder(trimmed)) return namesOwnSigningSecret(name);
  // A password's own word (`'pass'`, mongo-express's documented default) as the login's fallback.
  return isPlaceholder(trimmed) && /^[a-z]+$/i.test(trimmed) && isBareKeyWords(trimmed) && namesOwnLoginPassword(name);
}

/** A fill-me-in instruction among a value's words: `change-me`, `change-in-production`, `replace-me-before-deploy`, `TODO`. */
const FILL_IN_INSTRUCTION = /(?:^|[-_ .])(?:change|changeme|replace|replaceme|todo|fixme|tbd)(?:[-_ .]|$)/i;
/** Words that say where a placeholder may run, or that it is none: `local-session-secret-do-not-use`, `dev-secret-change-me`. */
const RUNS_ONLY_LOCALLY = new Set(['dev', 'development', 'local', 'localhost', 'test', 'testing', 'tests', 'spec', 'ci', 'e2e', 'staging', 'insecure', 'unsafe', 'not', 'never', 'only', 'dont']);

/**
 * A template's placeholder that says to fill it in (isPlaceholder, and a fill-me-in word or a `your…` opening), naming no
 * stage it may run in: `your-secret-key-change-in-production`, `replace-me-before-deploy`, `django-secret-key-replace-me`.
 * `change in production` names where it must NOT stay, so `prod` and `production` do not make it a local value.
 */
export function isFillInPlaceholder(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed.length > 80 || !(FILL_IN_INSTRUCTION.test(trimmed) || /^your[-_ ]?[a-z]/i.test(trimmed)) || !isPlaceholder(trimmed)) return false;
  return !splitWords(trimmed).some((word) => RUNS_ONLY_LOCALLY.has(word));
}

/** A fallback of chosen words and the key's own name (own-name-fallback.ts) under a secret the app signs with itself, in its own code. */
export function isOwnNameSigningFallback(value: string, name: string | undefined, scope: FileScope): boolean {
  return scope === 'app' && name !== undefined && isOwnNameStub(value, name) && namesOwnSigningSecret(name);
}

/** Words that say the app itself checks the login: its admin UI's, its dashboard's, a basic-auth guard's. */
// The job dashboards an app mounts behind its own basic auth: Sidekiq's and Resque's web UIs, Celery's Flower, PgHero.
const OWN_LOGIN_WORDS = new Set(['admin', 'basicauth', 'basic', 'dashboard', 'console', 'panel', 'superuser', 'ui', 'web', 'sidekiq', 'resque', 'flower', 'pghero']);
/** Words a name for such a password may hold besides: `ME_CONFIG_BASICAUTH_PASSWORD`, `ADMIN_PASSWORD`, `DASHBOARD_AUTH_PASS`. */
const LOGIN_FILLER_WORDS = new Set(['me', 'config', 'app', 'auth', 'http', 'user', 'login', 'site', 'password', 'pass', 'passwd', 'pwd']);

/**
 * `BASICAUTH_PASSWORD`, `ADMIN_PASSWORD`, `DASHBOARD_PASSWORD`: a password the app checks itself (mongo-express's basic auth,
 * an admin UI), so a placeholder fallback is the login of every deploy that forgets the variable, as a signing secret's is.
 * A database's or a mail server's password (`ME_CONFIG_MONGODB_ADMINPASSWORD`, `MAIL_PASSWORD`) names another server,
 * which rejects the word at first use: nothing but these words, so a service's name leaves it alone.
 */
export function namesOwnLoginPassword(name: string): boolean {
  const words = splitWords(name);
  if (!words.some((word) => word === 'password' || word === 'pass' || word === 'passwd' || word === 'pwd')) return false;
  return words.some((word) => OWN_LOGIN_WORDS.has(word)) && words.every((word) => OWN_LOGIN_WORDS.has(word) || LOGIN_FILLER_WORDS.has(word));
}

/** A warning: the deploy may set the variable, but nothing makes it. */
export function placeholderFallbackReport(report: Report, name?: string): Report {
  const effect = name !== undefined && namesOwnLoginPassword(name) ? 'lets anybody log in with a word they can read' : 'signs with a word anybody can read';
  return {
    ...report,
    confidence: 'name-only',
    severity: 'warning',
    message: `${report.message} The fallback reads like a placeholder: a deploy that forgets the variable still starts, and ${effect}; fail at start-up instead.`,
  };
}

/**
 * The report for a literal bound to a credential target, or undefined when the value is no
 * credential: one verdict for every language (placeholder left in, sink, name guess).
 */
export function credentialValueReport(value: string, target: Target, credential: CredentialName, scope: FileScope, found: Report, text?: string): Report | undefined {
  const verdict = valueVerdict(value, target, credential, scope, found, text);
  // A seeded account's chosen first password (report.ts): seed data, whatever a stub word in another sink would mean.
  return verdict && isSeedPassword(value, target) ? asSeedPassword(verdict) : verdict;
}

function valueVerdict(value: string, target: Target, credential: CredentialName, scope: FileScope, found: Report, text?: string): Report | undefined {
  if (target.kind === 'fallback' && !target.localConfig && isPlaceholderSigningFallback(value, target.name ?? target.envName, scope)) return placeholderFallbackReport(found, target.name ?? target.envName);
  if (isLiveStub(value, target, scope, text)) return unfilledPlaceholderReport(found);
  if (isCredentialValue(value, target, credential)) {
    return loginBesideReport(value, target, credential, found, text) ?? withSinkConfidence(found, target);
  }
  // `'standard_secret_key'`, `'board-jwt-secret'`: chosen words and then the key's own name, where nothing above reported
  // the value (an error stays an error): the warning a placeholder fallback gets (own-name-fallback.ts).
  if (target.kind === 'fallback' && !target.localConfig && isOwnNameSigningFallback(value, target.name ?? target.envName, scope)) return placeholderFallbackReport(found, target.name ?? target.envName);
  if (isAppNamedStubInSink(value, target, scope)) return unfilledPlaceholderReport(found);
  const wordKey = wordKeyInSinkReport(value, target, credential, scope, found);
  if (wordKey) return wordKey;
  // Given the file's text: `password: 'kennel_password'` beside `database: 'kennel_production'` (project-secret.ts).
  return text !== undefined && target.comparison !== true && isProjectNamedSecret(value, target.name, text) ? found : undefined;
}

/** A word or one repeated character given where only the app's own signing key goes (sink-word-keys.ts): an error. */
export function wordKeyInSinkReport(value: string, target: Target, credential: CredentialName, scope: FileScope, found: Report): Report | undefined {
  // A config array's leaf (`'jwt' => ['key' => …]`) is named `key`; its path says whose key it is.
  const onlySigning = namesOnlySigningSecret(target.name ?? target.label) || namesOnlySigningSecret(target.label);
  if (!isWordKeyInSink(value, target, credential, scope, signsWithOwnKey(target), onlySigning)) return undefined;
  return wordKeyReport(withSinkConfidence(found, target));
}

/**
 * The password is the login beside it (login-beside.ts): information, as the same pair in a config file or a URL. Named
 * or as two env fallbacks (`MONGO_USERNAME: process.env.MONGO_USERNAME || 'admin'` then the password's), in every language.
 */
export function loginBesideReport(value: string, target: Target, credential: CredentialName, report: Report, text: string | undefined): Report | undefined {
  if (text === undefined) return undefined;
  // By position any password a connect takes (`database password`, `Redis password`); by name a `password` itself.
  if (target.kind === 'api') return credential.noun.endsWith('password') && isUserArgumentBefore(text, report.span.start, value) ? asUserAsPassword(report) : undefined;
  const beside = credential.noun === 'password' && isLoginBeside(text, target.name, value, report.span.start);
  return beside ? asUserAsPassword(report) : undefined;
}

/** Information: the password is the user's name (a named login beside it, or the argument before it in a positional connect). */
function asUserAsPassword(report: Report): Report {
  return { ...report, confidence: 'name-only', severity: 'info', userAsPassword: true, message: withNote(report.message, USER_AS_PASSWORD_NOTE) };
}

/** A warning, not an error: a deploy step may overwrite the stub. */
export function unfilledPlaceholderReport(report: Report): Report {
  return { ...report, confidence: 'name-only', severity: 'warning', message: `${report.message} It reads like a placeholder never filled in, and the app uses it as is.` };
}

/**
 * A number under a password name (`password = 6742530`, `'password' => 6742530`) is a PIN-style
 * password: six digits or more, not a run (`123456`) or one digit repeated. Ports, timeouts and
 * lengths have their own names (`password_min_length`), so the name decides.
 */
export function isDigitPassword(digits: string, target: Target | undefined): boolean {
  // `pin: 739104`, `ADMIN_PIN = 4821`: a PIN's number in code, as in config (isNumberUnderPasswordName).
  // Not a bare `pin` keyword of a call (`Servo(pin=1800)`): a board's pin or a pulse there, not a PIN.
  if (target?.credential?.noun === 'PIN') return !target.comparison && !(target.viaKeyword && target.credential.strength === 'weak') && isPinCode(digits) && !namesAnAction(target.name ?? target.label);
  if (!target?.credential || target.credential.noun !== 'password' || target.comparison) return false;
  return hasDigitPasswordShape(digits) && !namesAnAction(target.name ?? target.label);
}

/**
 * A config file's number under a password's key (`password: 6742530` in YAML or JSON), as isDigitPassword reads
 * code; and a run too (`MYSQL_ROOT_PASSWORD: 123456`), which YAML leaves unquoted where code would write a string
 * (a weak password, confidence.ts). A run under a default's name is what new accounts get (namesAccountDefault).
 * A secret's key takes the number too, its shape only (no run).
 */
export function isNumberUnderPasswordName(digits: string, name: string | undefined, path?: readonly (string | number)[]): boolean {
  const noun = name === undefined ? undefined : credentialName(name)?.noun;
  if (noun === undefined || namesAnAction(name!)) return false;
  // `passcode: 30927`, `kiosk: { pin: 4821 }`: a PIN is four digits or more, where a password's number needs six.
  if (noun === 'PIN' || splitWords(name!).pop() === 'passcode') return isPinCode(digits);
  // `jwt: { signing_key: 30571946 }`, `secret_key_base: …`: under a name that holds only the app's signing secret any number
  // is read, as its quoted twin is (config-common.ts judges it: isShortDigitSigningKey, not a counting run).
  if (path !== undefined && namesOnlySigningSecret(path.filter((key) => typeof key === 'string').join('.'))) return true;
  if (noun === 'password') return hasDigitPasswordShape(digits) || (isDigitRun(digits) && !namesAccountDefault(name!));
  // bbs-go's `Minio: { AccessSecret: 48213907 }`, `SecretAccessKey: 73920184`: a number under a secret's key, unquoted
  // where the quoted `"48213907"` is already a secret. The shape only: `12345678` is MinIO's stock local one.
  return (noun === 'secret' || noun === 'secret key') && hasDigitPasswordShape(digits);
}

/** Verbs that make a password name an operation: `SIGN_IN_SUBMIT_PASSWORD = 100004` is a telemetry id. */
const ACTION_WORDS = new Set(['submit', 'reset', 'change', 'update', 'verify', 'forgot', 'request', 'send', 'validate', 'recover']);

/** A number under an operation's name is the operation's id or code, not a PIN. */
function namesAnAction(name: string): boolean {
  return splitWords(name).some((word) => ACTION_WORDS.has(word));
}

/** What a number must look like before its target is asked (isDigitPassword): a password's digits or a PIN's. */
export function mayBeDigitSecret(digits: string): boolean {
  return hasDigitPasswordShape(digits) || isPinCode(digits);
}

/** The shape alone, checked before the (costlier) target: six to twenty digits, not a run or a repeat. */
export function hasDigitPasswordShape(digits: string): boolean {
  return /^\d{6,20}$/.test(digits) && new Set(digits).size >= 3 && !isTrivialSequence(digits) && !isCountedToTen(digits);
}
