// Whether an identifier or key names a credential. Word based: the LAST word says what the thing
// is (`passwordField` is a field, `tokenEndpoint` an endpoint, `secretName` a name), and the
// words before it qualify it (`dbPassword`, `accessToken`, `apiKey`).
import { isSearchOnly, PUBLIC_HALF_WORDS, PUBLIC_WORDS } from './notSecretNames';
import { splitWords } from './words';

/** Strong: report any plausible literal. Weak (`token`, `auth`): report only random-looking values. */
export type NameStrength = 'strong' | 'weak';

export interface CredentialName {
  /** What it is, for messages: "password", "secret", "API key", ... */
  noun: string;
  strength: NameStrength;
}

/**
 * Also the word in the languages apps are written in, as real code names its fields and settings: pt `senha`,
 * es `contraseña`/`contrasena`, de `Passwort`/`Kennwort`, nl `wachtwoord`, ru (transliterated) `parol`, tr `sifre`,
 * pl `haslo`, fr `motdepasse` run together (`mot_de_passe` and `mdp` in classify). Not es `clave`, which names a
 * key or a code (`{"clave": "ABNEG"}`, a lookup's key) far more often than a password.
 */
const PASSWORD_NOUNS = new Set([
  'password', 'passwords', 'passwd', 'pwd', 'passphrase', 'passcode',
  // Shorthands seen in config keys: beego's `[db] pawd`, `DBPawd`; `pswd` (probe27c 9).
  'pawd', 'pswd',
  'senha', 'contrasena', 'contrasenia', 'passwort', 'kennwort', 'wachtwoord', 'parol', 'sifre', 'haslo', 'motdepasse',
]);
const SECRET_NOUNS = new Set(['secret', 'secrets']);
const CREDENTIAL_NOUNS = new Set(['credential', 'credentials', 'creds']);

/** `firstPass`, `renderPass`, `boardingPass`: passes that are not passwords. */
const PASS_NOT_PASSWORD = new Set([
  'by', 'first', 'second', 'third', 'last', 'next', 'final', 'single', 'multi', 'one', 'two', 'render', 'shader',
  'boarding', 'day', 'free', 'hall', 'season', 'bus', 'back', 'compile', 'lint', 'build', 'over', 'under', 'high', 'low',
  'band', 'sur', 'tres', 'com', 'encom', 'sub', 'mountain', 'all', 'any', 'none', 'every', 'some', 'im', 'ram', 'tres',
  // `chpass`: the change-password command, or SSSD's change-password provider (`chpass="krb5"`), not a password.
  'ch',
]);

/** Tokens that are not credentials: pagination cursors, lexer tokens, design tokens, CSRF tokens minted per request. */
const TOKEN_NOT_SECRET = new Set([
  'next', 'page', 'continuation', 'cursor', 'sync', 'cancel', 'cancellation', 'csrf', 'xsrf', 'prev', 'previous',
  'start', 'end', 'stop', 'last', 'first', 'lexer', 'parser', 'syntax', 'push', 'device', 'fcm', 'apns',
  'registration', 'verification', 'invite', 'invitation', 'reset', 'unsubscribe', 'pagination', 'paging',
  'delimiter', 'separator', 'split', 'special', 'eos', 'bos', 'pad', 'unk', 'mask', 'cls', 'sep', 'max', 'min',
  'num', 'count', 'design', 'color', 'theme', 'style', 'spacing', 'font', 'css', 'word', 'text', 'string', 'char',
  'input', 'output', 'prompt', 'completion', 'cancellation', 'type', 'storage',
  // The text a build's replacer looks for: maven-replacer's `<replaceToken>-SNAPSHOT</replaceToken>`, Ant's `<replacetoken>`.
  'replace', 'replacement',
  // Postman's code generator adds a `Postman-Token` header to each request: a random UUID that busts caches.
  'postman',
]);

/** `seedPhrase`, `recovery_phrase`: a wallet's mnemonic, which is its private key. */
const MNEMONIC_PHRASES = new Set(['seed', 'recovery', 'secret', 'backup', 'wallet']);

/** Both spellings of a licence, whose key unlocks a paid account (classifyKeyMaterial). */
const LICENSE_WORDS = new Set(['license', 'licence']);

/** `<qualifier>Key` names a credential for these qualifiers; `cacheKey`, `primaryKey`, `sortKey` do not. */
// `validation`: Yii's `cookieValidationKey` and ASP.NET's `validationKey` sign cookies and view state.
const STRONG_KEY_QUALIFIERS = new Set(['api', 'secret', 'private', 'signing', 'sign', 'encryption', 'encrypt', 'decryption', 'decrypt', 'master', 'jwt', 'hmac', 'crypt', 'validation']);
// Weak: only a random-looking value counts (`refreshKey`, securecookie's `hashKey`/`blockKey`, a generated
// `SESSION_KEY`); not `accessKey` (MinIO's is the user id).
const WEAK_KEY_QUALIFIERS = new Set([
  'app', 'account', 'admin', 'service', 'license', 'ssh', 'webhook', 'cipher', 'aes', 'crypto', 'subscription',
  'refresh', 'cookie', 'auth', 'client', 'hash', 'block',
  'server', // FCM's legacy server key, payment gateways' SERVER_KEY
  // gorilla/sessions' and Flask's SESSION_KEY: a generated value signs the cookies; `sessionKey = 'user_session'` is no such value.
  'session',
  // SuiteCRM's and vtiger's `unique_key`, generated at install, keys their sessions and hashes; a database's unique key
  // names columns (dbt's `unique_key='order_id'`), never a random value.
  'unique',
]);

/**
 * `<qualifier>Key` for these qualifiers names a lookup, a public value or an identifier, never a
 * secret; any other qualifier (`GEOCODER_KEY`, `mapboxKey`) is weak: a generated value there is a key.
 */
const NOT_SECRET_KEY_QUALIFIERS = new Set([
  // public by design, and a pair's public half (an access key, a consumer key)
  ...PUBLIC_WORDS, ...PUBLIC_HALF_WORDS, 'site', 'verify', 'verification', 'rsa', 'ecdsa', 'ed25519', 'pgp', 'gpg', 'known', 'authorized',
  // lookups and identifiers: database, cache, queue, storage and UI keys
  'primary', 'foreign', 'sort', 'partition', 'range', 'row', 'composite', 'index', 'lookup', 'map', 'dict',
  'hash', 'cache', 'caching', 'redis', 'memcache', 'lock', 'queue', 'stream', 'channel', 'topic', 'group',
  'shard', 'dedupe', 'dedup', 'idempotency', 'request', 'correlation', 'trace', 'object', 's3',
  'file', 'blob', 'storage', 'bucket', 'path', 'image', 'upload', 'asset', 'translation', 'i18n', 'message', 'label',
  'react', 'list', 'item', 'entity', 'form', 'field', 'column', 'table', 'state', 'store', 'local', 'settings', 'setting',
  'config', 'option', 'preference', 'feature', 'flag', 'experiment', 'event', 'metric', 'query', 'search', 'filter',
  'order', 'page', 'tab', 'menu', 'nav', 'route', 'router', 'view', 'component', 'widget', 'render', 'style', 'theme',
  'color', 'font', 'icon', 'meta', 'data', 'result', 'response', 'param', 'parameter', 'header', 'cookie', 'db',
  'database', 'schema', 'model', 'record', 'document', 'doc', 'node', 'child', 'parent', 'root', 'tree', 'next', 'prev',
  'last', 'first', 'start', 'end', 'min', 'max', 'default', 'custom', 'token', 'user', 'customer', 'product', 'account', 'tenant',
  'org', 'team', 'project', 'type', 'kind', 'name', 'uuid', 'slug', 'code', 'country', 'language', 'locale', 'region',
  'zone', 'env', 'environment', 'version', 'build', 'release', 'deploy', 'job', 'task', 'worker', 'cron', 'schedule',
  'timer', 'time', 'date', 'day', 'week', 'month', 'year', 'rate', 'limit', 'quota', 'throttle', 'retry', 'backoff',
  'timeout', 'ttl', 'encrypted', 'wrapped', 'derived', 'content', 'instance', 'registry', 'dns', 'domain',
  'url', 'uri', 'link', 'host',
  // keyboards and music: Ace's `bindKey: "Ctrl-Space"`, its keymaps (`emacsKeys = { "C-r": "iSearchBackwards" }`)
  'hot', 'short', 'shortcut', 'keyboard', 'press', 'down', 'up', 'enter', 'escape', 'modifier', 'music', 'musical', 'bind',
  'emacs', 'vim', 'vi', 'sublime', 'textmate', 'arrow', 'chord', 'macro',
]);

/**
 * First words that make the name about a password rather than holding one: `showPassword`, `forgotPassword`, `hashedPassword`.
 * Not `valid`: a `validPassword` or `VALID_API_KEY` holding a string is the one a check accepts (a flag holds no string).
 */
const NOT_HOLDING_FIRST = new Set([
  'forgot', 'reset', 'show', 'hide', 'toggle', 'is', 'has', 'can', 'use', 'uses', 'require', 'requires', 'required', 'need',
  'needs', 'validate', 'invalid', 'min', 'max', 'get', 'set', 'fetch', 'load', 'save', 'update',
  'change', 'verify', 'check', 'compare', 'on', 'handle', 'with', 'enable', 'enabled', 'disable', 'allow', 'hashed',
  'hash', 'encrypted', 'salted', 'enter', 'generate', 'create', 'no', 'empty', 'missing', 'wrong', 'incorrect', 'weak',
  'label', 'placeholder', 'i18n', 'msg', 'txt', 'lbl', 'err', 'error', 'aria', 'btn', 'button', 'link', 'route', 'url',
  'path', 'icon', 'input', 'field', 'env', 'var', ...PUBLIC_WORDS, 'num', 'count',
  'existing', // Helm's `existingSecret: my-secret` names a Secret object
  // A stand-in that says so: icingaweb2's `$dummyPassword` fills a form so the real one is never sent back;
  // Flowise's `REDACTED_CREDENTIAL_VALUE`, what an API shows in place of a stored credential.
  'dummy', 'fake', 'mock', 'redacted', 'masked', 'obfuscated',
  // An action on credentials: MediaWiki's special page `RemoveCredentials`, a `revokeToken` route,
  // Horde's `$pgp->unsetPassphrase('personal')` (which of the stored passphrases to forget). Not
  // `clear`: NuGet's `ClearTextPassword` is the password in clear.
  'remove', 'delete', 'revoke', 'destroy', 'unset', 'forget', 'invalidate', 'expire',
  // Android's key constants: `PREF_TOKEN = "pref_auth_token"`, `EXTRA_API_KEY`, `ARG_PASSWORD` name where a value is kept or passed.
  'pref', 'prefs', 'extra', 'arg', 'bundle', 'intent',
  // Part of a key's shape, not a key: n8n's `PREFIX_LEGACY_API_KEY = 'n8n_api_'`.
  'prefix', 'suffix',
  // Not `store`: Android signing configs' and Jetty's `storePassword` is the keystore's password.
]);

/** Words anywhere in a name (or a containing object's name) that make it UI text or metadata. */
const UI_WORDS = new Set([
  'label', 'labels', 'placeholder', 'placeholders', 'hint', 'hints', 'tooltip', 'caption', 'message', 'messages', 'msg',
  'msgs', 'i18n', 'l10n', 'aria', 'title', 'titles', 'description', 'prompt', 'error', 'errors', 'warning', 'helper',
  'translation', 'translations', 'locale', 'locales', 'strings', 'copy', 'validation', 'validations',
  // Two of PUBLIC_WORDS; not `pub`, since a UI word vetoes wherever it stands and `pub` also starts Pub/Sub's names (`PUB_SUB_TOKEN`).
  'public', 'publishable',
  'rules', 'constraints', 'validators', 'schema', 'schemas', 'columns', 'fields', 'attributes',
  // An API model's map of field types: swagger-codegen's `swagger_types`, `openapi_types`, `FIELD_TYPES`.
  'types',
  // A map of the names things go by: Vagrant's `ANSIBLE_PARAMETER_NAMES = { ansible_password: "ansible_ssh_pass" }`.
  'names',
  // A map of a language's keywords or of documentation anchors: phpMyAdmin's `mysqlDocKeyword = { PASSWORD: ['encryption-functions', …] }`.
  'keyword', 'keywords', 'docs', 'documentation',
]);

/**
 * Systems a UI word can name the kind of: `LABEL_PRINTER_PASSWORD` is a label printer's password,
 * `MESSAGE_BROKER_PASSWORD` a message broker's, `SCHEMA_REGISTRY_TOKEN` a schema registry's. A UI
 * word right before one of these qualifies the system, so it says nothing of text.
 */
const SYSTEM_NOUNS = new Set([
  'printer', 'printers', 'broker', 'brokers', 'queue', 'bus', 'server', 'service', 'registry', 'tracker', 'gateway',
  'relay', 'hub', 'router', 'db', 'database', 'store', 'vault', 'cluster', 'engine', 'device', 'scanner',
]);

/** The words of a name that make it UI text: a UI word, unless it qualifies the system named after it. */
function uiWordsOf(words: readonly string[]): string[] {
  return words.filter((word, index) => UI_WORDS.has(word) && !SYSTEM_NOUNS.has(words[index + 1] ?? ''));
}

/**
 * A reference's words: what follows them is a field of the reference, not a value. Kubernetes'
 * `secretKeyRef: { key: db-password }` (read as `secretKeyRef_key`) names the Secret's entry,
 * `passwordRef.name`, `tokenReference_id`.
 */
const REFERENCE_WORDS = new Set(['ref', 'refs', 'reference', 'references']);

/**
 * Trailing words that do not change what a name holds: `passwordValue`, `DB_PASSWORD_PROD`, `apiKey2`,
 * and the encoding a key is written in (Adyen's `HMAC_KEY_HEX`, `jwtSecretHex`, `SIGNING_SECRET_BASE64`).
 */
const TRAILING_NOISE = new Set([
  // Moodle's `passwordsaltmain`: the main one of several.
  'main',
  'value', 'val', 'str', 'string', 'raw', 'plain', 'plaintext', 'literal', 'prod', 'production', 'dev', 'development', 'staging', 'stage', 'local', 'default', 'new',
  'hex',
]);

/** Base64 as the words split it (`SECRET_BASE64`, `secretB64`: `base`/`b` then `64`), the encoding a key is written in. */
const BASE64_WORDS = new Set(['base', 'b']);

/** What the name says it holds, or undefined when it does not name a credential. */
export function credentialName(name: string): CredentialName | undefined {
  // A media type names a format (`application/vnd.apple.pkpass` in mime's types.json), not what it holds.
  if (MEDIA_TYPE.test(name)) return undefined;
  // Redis' `requirepass` (also `--requirepass`) is its password, though `requirePassword` is a switch.
  if (/^(?:--)?requirepass$/i.test(name)) return { noun: 'password', strength: 'strong' };
  const words = meaningfulWords(splitWords(withoutAccents(name).replace(AZURE_STORAGE_HOST, '')));
  if (words.length === 0) return undefined;
  // Drupal's `hash_salt` is a salt, not a hashed value; EspoCRM's `hashSecretKey` the key of a keyed hash.
  // A payment gateway's `HashKey`/`HashIV` (NewebPay, ECPay: the AES key and IV it encrypts trade data with), securecookie's `hashKey`.
  const hashInput = words[0] === 'hash' && (/^(?:salt|pepper)$/.test(words[words.length - 1] ?? '') || /^(?:secret key|key|iv)$/.test(words.slice(1).join(' ')));
  const qualifiesSystem = UI_WORDS.has(words[0] ?? '') && SYSTEM_NOUNS.has(words[1] ?? '');
  // django-fernet-fields' and django-encrypted-model-fields' `FIELD_ENCRYPTION_KEY(S)`: the key the model's fields are encrypted with.
  const fieldEncryption = words[0] === 'field' && /^encryption keys?$/.test(words.slice(1).join(' '));
  if (words.length > 1 && NOT_HOLDING_FIRST.has(words[0] ?? '') && !hashInput && !qualifiesSystem && !fieldEncryption && !signsAddresses(words)) return undefined;
  if (uiWordsOf(words).length > 0 && !isValidationKey(words)) return undefined;
  if (words.slice(0, -1).some((word) => REFERENCE_WORDS.has(word) || KIND_WORDS.has(word) || DENY_WORDS.has(word) || WITHOUT_WORDS.has(word))) return undefined;
  // Helm charts' `apiKeyExistingSecret: datadog-keys`, `tokenExistingSecret`: the name of a Secret that exists already.
  if (words.length > 2 && words[words.length - 2] === 'existing') return undefined;
  if (isSearchOnly(words)) return undefined;
  return classify(words);
}

/** `CONTRASEÑA_SMTP` reads as `CONTRASENA_SMTP`: the words split on ASCII letters, and an accent would cut one in two. */
function withoutAccents(name: string): string {
  return /[^\x00-\x7f]/.test(name) ? name.normalize('NFD').replace(/\p{M}/gu, '') : name;
}

/**
 * `REQUEST_TYPE_ACCESS_TOKEN`, `GRANT_KIND_PASSWORD`, NetApp's `STYLE_LOGIN_PASSWORD = 'basic_auth'`,
 * `AUTH_METHOD_TOKEN`: a kind named before the noun makes the name an enum of kinds.
 */
const KIND_WORDS = new Set(['type', 'kind', 'style', 'method', 'scheme']);

/** Trove's `authorized_users_without_password`, `routes_except_token`: the name says what has none. */
const WITHOUT_WORDS = new Set(['without', 'except', 'excluding', 'sans']);

/** `disallowedPasswords`, `COMMON_PASSWORDS`, Ghost's `badPasswords`, `bannedTokens`: a validator's deny list holds the passwords nobody may use. */
const DENY_WORDS = new Set(['bad', 'disallowed', 'forbidden', 'banned', 'blocked', 'blacklisted', 'blacklist', 'denylist', 'denied', 'common', 'leaked', 'pwned', 'breached', 'reserved']);

/** Addresses a key can sign: `URL_SIGNING_KEY`, `linkHmacSecret` (imgproxy, CloudFront, Mux, Bunny signed URLs). */
const SIGNED_ADDRESSES = new Set(['url', 'uri', 'link', 'path', 'route']);
const SIGNING_WORDS = new Set(['signing', 'sign', 'signature', 'hmac']);

/**
 * `URL_SIGNING_KEY` is the key that signs URLs, though `urlPassword` is a page's address: an
 * address word first vetoes a name, except right before a signing word.
 */
function signsAddresses(words: readonly string[]): boolean {
  return words.length > 2 && SIGNED_ADDRESSES.has(words[0] ?? '') && SIGNING_WORDS.has(words[1] ?? '');
}

/** `cookieValidationKey`, `validationKey`: the key that signs what is validated, not a validation message. */
function isValidationKey(words: readonly string[]): boolean {
  return words[words.length - 1] === 'key' && words[words.length - 2] === 'validation' && uiWordsOf(words.slice(0, -2)).length === 0;
}

/**
 * Hadoop's and Spark's per-account Azure settings end in the account's host, which names nothing:
 * `fs.azure.account.key.<account>.dfs.core.windows.net` is that account's key.
 */
const AZURE_STORAGE_HOST = /\.[a-z0-9-]{1,63}\.(?:blob|dfs|file|queue|table)\.core\.(?:windows\.net|chinacloudapi\.cn|usgovcloudapi\.net)$/i;

const MEDIA_TYPE = /^(?:application|text|image|audio|video|font|model|multipart|message)\/[\w.+-]+$/;

/** Whether an identifier/key names a credential: password, db_pass, apiKey, CLIENT_SECRET, authToken, ... */
export function isCredentialName(name: string): boolean {
  return credentialName(name) !== undefined;
}

/** Whether an enclosing object's name makes its members UI text: `messages.password`, `labels.token`, `i18n.auth.password`. */
export function isUiContainerName(name: string): boolean {
  const words = splitWords(name);
  return uiWordsOf(words).length > 0 || words.some((word) => REJECTED_VALUE_WORDS.has(word));
}

/**
 * Whether the containers of a name (outermost first) make it UI text. An HTTP header sent from a map of
 * headers (`headers`, `defaultHeaders`) is sent on the wire whatever holds the map, so only containers
 * below the map count: graphql-codegen's `schema: [{ '<url>': { headers: { 'x-hasura-admin-secret': '…' } } }]`
 * (`schema` is a UI word for JSON Schema field maps). Only for a header's name (`x-api-key`, `Authorization`):
 * a table's `headers: { apiKey: … }` are column titles.
 */
export function hasUiContainer(containers: readonly string[], name: string): boolean {
  const map = isHeaderName(name) ? lastHeaderMap(containers) : -1;
  return containers.slice(map + 1).some(isUiContainerName);
}

function lastHeaderMap(containers: readonly string[]): number {
  for (let index = containers.length - 1; index >= 0; index--) if (splitWords(containers[index]!).pop() === 'headers') return index;
  return -1;
}

/** An HTTP header's name: words joined by `-` (`x-api-key`, `PRIVATE-TOKEN`) or `Authorization` itself. */
function isHeaderName(name: string): boolean {
  return /^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+$/.test(name) || /^authorization$/i.test(name);
}

/**
 * A container of values the app refuses or flags, not uses: Flowise's `WEAK_DEFAULTS` (secrets it
 * once shipped, compared with to treat them as unset), `BANNED_PASSWORDS`, `LEAKED_TOKENS`. Only a
 * container's name: `INSECURE_DEV_SECRET = '…'` itself is a secret in use.
 */
const REJECTED_VALUE_WORDS = new Set([
  'weak', 'insecure', 'banned', 'forbidden', 'blacklist', 'blacklisted', 'blocklist', 'blocklisted', 'denylist',
  'disallowed', 'rejected', 'leaked', 'compromised', 'pwned',
]);

function meaningfulWords(words: string[]): string[] {
  const result = [...words];
  while (result.length > 1) {
    const last = result[result.length - 1] ?? '';
    if (last === '64' && result.length > 2 && BASE64_WORDS.has(result[result.length - 2] ?? '')) result.splice(-2);
    // `api_key_v2`, `tokenV3`: a version, split into `v` and its number.
    else if (/^\d+$/.test(last) && result.length > 2 && result[result.length - 2] === 'v') result.splice(-2);
    else if (isNoise(last)) result.pop();
    else break;
  }
  return result;
}

/** Whether credentialName reads past all these words at a name's end (`_2`, `_v2`, `_VALUE`, `Str`). */
export function isNoiseOnly(words: readonly string[]): boolean {
  return words.length > 0 && meaningfulWords(['name', ...words]).length === 1;
}

function isNoise(word: string): boolean {
  return TRAILING_NOISE.has(word) || /^(?:v?\d+)$/.test(word);
}

/**
 * The account a password opens, written after it: `PASS_MYSQL`, `PASSWORD_DB`, `PWD_BD` (es/pt word order:
 * contraseña de la base de datos, senha do banco). Databases, brokers and accounts only: `password_email` is
 * often the password-reset mail's template, `password_reset` a route.
 */
const PASSWORD_OWNERS = new Set([
  'db', 'bd', 'database', 'banco', 'mysql', 'mariadb', 'postgres', 'postgresql', 'pg', 'psql', 'mongo', 'mongodb', 'redis', 'sql',
  'mssql', 'oracle', 'smtp', 'ftp', 'sftp', 'ldap', 'rabbitmq', 'amqp', 'admin', 'root', 'superuser', 'sa',
]);
const PASSWORD_FIRST_WORDS = new Set([...PASSWORD_NOUNS, 'pass', 'pw']);

function isOwnerAfterPassword(word: string, previous: string | undefined): boolean {
  return previous !== undefined && PASSWORD_FIRST_WORDS.has(previous) && PASSWORD_OWNERS.has(word);
}

/** French `mot_de_passe` / `motDePasse` (three words), and its abbreviation `mdp` after what it opens (`DB_MDP`, `smtpMdp`). */
function isFrenchPassword(words: readonly string[], last: string, previous: string | undefined): boolean {
  if (last === 'passe') return previous === 'de' && words[words.length - 3] === 'mot';
  return last === 'mdp' && previous !== undefined;
}

function classify(words: string[]): CredentialName | undefined {
  if (words.length === 2 && isOwnerAfterPassword(words[1]!, words[0])) return { noun: 'password', strength: 'strong' };
  const last = words[words.length - 1] ?? '';
  const previous = words.length > 1 ? words[words.length - 2] : undefined;
  // `pinCode`, `ADMIN_PIN_CODE`: the PIN itself, judged as `pin` is (held-out batch cred25).
  if (last === 'code' && previous === 'pin') return classify(words.slice(0, -1));
  if (PASSWORD_NOUNS.has(last) || isFrenchPassword(words, last, previous)) return { noun: 'password', strength: 'strong' };
  // SSSD's `ldap_default_authtok` (PAM's authentication token: the bind password); a Wi-Fi network's `psk` (WPA pre-shared key).
  if (last === 'authtok' || (last === 'psk' && words.length <= 2)) return { noun: 'password', strength: 'strong' };
  // Consul's gossip key `encrypt = "…"`: a bare `encrypt` holding a generated value is the key (`encrypt: true` is a switch).
  if (words.length === 1 && last === 'encrypt') return { noun: 'encryption key', strength: 'weak' };
  // LexikJWT's `pass_phrase`, `PASS_PHRASE`: a passphrase written as two words.
  if (last === 'phrase' && previous === 'pass') return { noun: 'passphrase', strength: 'strong' };
  if (last === 'pass' || last === 'pw') {
    return previous !== undefined && !PASS_NOT_PASSWORD.has(previous) ? { noun: 'password', strength: 'strong' } : undefined;
  }
  // `secrets:` names a collection: a workflow's `secrets: inherit`, a compose service's list of secret
  // names, a section of config. One generated value under it is still a secret, so it is weak.
  if (last === 'secrets') return { noun: 'secret', strength: 'weak' };
  if (SECRET_NOUNS.has(last)) return { noun: 'secret', strength: 'strong' };
  if (CREDENTIAL_NOUNS.has(last)) return { noun: 'credentials', strength: 'strong' };
  if (last === 'token' || last === 'tokens') return classifyToken(last, previous);
  if (last === 'key' || last === 'keys') return classifyKey(words, previous);
  // Redis calls its password AUTH, and apps name the setting so (beego's `redis_auth`, `REDIS_AUTH`, `redisAuth`, probe29c 4).
  // Only Redis': MongoDB's `auth` names the database users are kept in (`admin`), SMTP's a mechanism (`plain`, `login`) or a
  // switch, so those stay weak (below) and only a generated value there counts.
  if (last === 'auth' && previous !== undefined && REDIS_NAMES.has(previous)) return { noun: 'password', strength: 'strong' };
  // Skylight's `authentication: <token>`; weak, so Action Mailer's `authentication: :plain` stays silent.
  if (last === 'auth' || last === 'authorization' || last === 'authentication') return { noun: 'credential', strength: 'weak' };
  return classifyKeyMaterial(words, last, previous);
}

/** Secrets named for what they key or license rather than for a key (classify's second half). */
function classifyKeyMaterial(words: readonly string[], last: string, previous: string | undefined): CredentialName | undefined {
  // A licence key (MaxMind's `license_key`, UPS's `access_license_number`, a plugin's `setLicense(…)`)
  // unlocks a paid account. Weak: `license: 'MIT'` and `licenseUrl` say which terms, so only a
  // generated value counts.
  if (LICENSE_WORDS.has(last) || (LICENSE_WORDS.has(previous ?? '') && (last === 'number' || last === 'code'))) return { noun: 'license key', strength: 'weak' };
  // FuelPHP's `crypto_hmac`, an `HMAC` setting: the key of the HMAC, weak since `hmac: 'sha256'` names the algorithm.
  if (last === 'hmac') return { noun: 'HMAC key', strength: 'weak' };
  // WHMCS' `cc_encryption_hash`: a hash that keys encryption is a key (weak: only a generated value).
  if (last === 'hash' && previous === 'encryption') return { noun: 'encryption key', strength: 'weak' };
  // A payment gateway's `HashIV` beside its `HashKey` (NewebPay, ECPay): half of the AES key pair. Weak: only a generated value.
  if (last === 'iv' && previous === 'hash') return { noun: 'hash IV', strength: 'weak' };
  // LimeSurvey's `encryptionkeypair`, libsodium's `keypair`: the pair holds the private half. Not a public one.
  if (last === 'pair' && previous === 'key' && !words.includes('public')) return { noun: 'key pair', strength: 'weak' };
  // Symfony HttpClient's `auth_bearer` option: the bearer token itself.
  if (last === 'bearer' && previous === 'auth') return { noun: 'token', strength: 'strong' };
  // Composer's auth.json `bearer` and `github-oauth` maps (host -> token). Weak: `oauth: 'github'` and
  // `bearer: 'Bearer'` name a provider or a scheme, so only a generated value counts.
  if (last === 'bearer' || last === 'oauth') return { noun: 'token', strength: 'weak' };
  // Its `auth_basic` option (and `http_basic`): `user:password` in one value; weak, so a generated password there counts.
  if (last === 'basic' && (previous === 'auth' || previous === 'http')) return { noun: 'credentials', strength: 'weak' };
  // Devise's `pepper`, Flask-Security's SECURITY_PASSWORD_SALT, Drupal's `hash_salt`: secret inputs of a
  // hash. A bare `salt` is stored beside the hash it salts, public by design. Weak, since Django's
  // `key_salt = 'app.tokens.Generator'` is a namespace: only a random value counts.
  if (last === 'pepper' || (last === 'salt' && previous !== undefined)) return { noun: last, strength: 'weak' };
  // CakePHP 2's `Security.cipherSeed`: the key `Security::cipher()` encrypts its cookies with, a key's slot, not a salt's, so a
  // chosen word there is the key (probe30c 3), as under `encryption_key`. Only after a cipher's word (a `random_seed` or a faker
  // `seed` reproduces data).
  if (last === 'seed' && (previous === 'cipher' || previous === 'encryption' || previous === 'crypt')) return { noun: 'cipher seed', strength: 'strong' };
  if (last === 'mnemonic' || (last === 'phrase' && previous !== undefined && MNEMONIC_PHRASES.has(previous))) return { noun: 'wallet mnemonic', strength: 'strong' };
  // MyBB's `secret_pin`, an `admin_pin`, a `card_pin`: a PIN is a password, but only when named as a
  // secret or an account's (`gpio_pin`, `ssl_pin` (certificate pinning) and `pin: true` are no PIN codes).
  if (last === 'pin' && previous !== undefined && PIN_OWNERS.has(previous)) return { noun: 'PIN', strength: 'strong' };
  // A bare `pin` or another's (`kiosk.pin`, `supervisor_pin`): a PIN only by its digits (values.ts isPinCode), since a
  // `gpio_pin`'s `'GPIO17'` or an `ssl_pin`'s certificate hash is none. Not one a test double or a default names
  // (`fixturePIN`, `default_pin`): what a mock answers to, or what new cards get.
  if (last === 'pin') return words.some((word) => STAND_IN_PIN_WORDS.has(word)) ? undefined : { noun: 'PIN', strength: 'weak' };
  // Rails' `secret_key_base` signs every cookie and session.
  if (last === 'base' && previous === 'key' && words.includes('secret')) return { noun: 'secret key base', strength: 'strong' };
  // PayPal's classic API credentials are a user, a password and an API signature; weak, since a
  // signature elsewhere is computed (`requestSignature`), so only a generated value counts.
  if (last === 'signature' && previous === 'api') return { noun: 'API signature', strength: 'weak' };
  // Telegram's MTProto apps (Telethon, Pyrogram, GramJS, TDLib) sign in with an `api_id` and its secret
  // `api_hash`. Weak, since a hash elsewhere is computed: only a generated value counts.
  if (last === 'hash' && previous === 'api') return { noun: 'API hash', strength: 'weak' };
  // Confluent's `basic.auth.user.info` (Schema Registry, Kafka clients in every language): `key:secret` in one value.
  // Its Java constant is `USER_INFO_CONFIG`, without the `auth`: weak there, since a user's info is
  // elsewhere a profile, so only a generated value counts.
  if (last === 'info' && previous === 'user') return { noun: 'credentials', strength: words.includes('auth') ? 'strong' : 'weak' };
  // Honeycomb's API key travels as the `x-honeycomb-team` header (OTLP exporters, its SDKs). Weak: only a generated value.
  if (last === 'team' && previous === 'honeycomb') return { noun: 'API key', strength: 'weak' };
  // SonarQube's scanners take the token as `sonar.login` (SONAR_LOGIN, `-Dsonar.login=…`) when no password is
  // given. Weak: a user's login there is a name, so only a generated value counts.
  if (last === 'login' && previous === 'sonar') return { noun: 'token', strength: 'weak' };
  // An SNMP community (`snmp_community`, gosnmp's `GoSNMP{Community: …}`) is the agent's password; a bare `community`
  // is a forum's. Weak: `public` and `private` are every agent's stock communities, so only a generated one counts.
  if (last === 'community' && words.includes('snmp')) return { noun: 'SNMP community', strength: 'weak' };
  // WeChat's server `Token` as apps name the constant the callback signature is checked with (`TokenSign`): chosen by
  // the developer (3 to 32 letters and digits), so strong, as a password; a computed signature is no literal.
  if (last === 'sign' && previous === 'token' && words.length === 2) return { noun: 'token', strength: 'strong' };
  // The secret half of a cloud AK/SK pair as the Chinese clouds' SDKs abbreviate it (`qiniu_sk`, `OSS_SK`, `cosSk`
  // beside `cos_ak`). Not a bare `sk` nor a DynamoDB sort key (`gsi1_sk`, `pk`/`sk`); weak: only a generated value.
  if (last === 'sk' && previous !== undefined && !words.some((word) => /^(?:[gl]si\d*|pk|sort|range)$/.test(word))) return { noun: 'secret key', strength: 'weak' };
  return undefined;
}

const last = (words: readonly string[]): string => words[words.length - 1] ?? '';

function isVendorKeyQualifier(word: string): boolean {
  return /^[a-z]{3,}$/.test(word) && !NOT_SECRET_KEY_QUALIFIERS.has(word);
}

function classifyToken(last: string, previous: string | undefined): CredentialName | undefined {
  if (previous === undefined) return last === 'token' ? { noun: 'token', strength: 'weak' } : undefined;
  if (TOKEN_NOT_SECRET.has(previous)) return undefined;
  // `referrerPolicyTokens`, `attributeTokens`: lists of tokens are rarely credentials; only random values count.
  return { noun: 'token', strength: last === 'tokens' ? 'weak' : 'strong' };
}

function classifyKey(words: string[], previous: string | undefined): CredentialName | undefined {
  if (words.includes('secret')) return { noun: 'secret key', strength: 'strong' };
  if (previous === undefined) return undefined;
  if (STRONG_KEY_QUALIFIERS.has(previous)) return { noun: previous === 'api' ? 'API key' : `${previous} key`, strength: 'strong' };
  if (WEAK_KEY_QUALIFIERS.has(previous)) return { noun: `${previous} key`, strength: 'weak' };
  // Alipay's `content-key` (`alipay.content-key`, `contentKey`): the AES key its gateway encrypts request bodies with.
  // Weak: only a generated value counts; a CMS's `content_key = 'about_page'` names a block.
  if (previous === 'content' && words.length <= 3) return { noun: 'content encryption key', strength: 'weak' };
  // Azure's storage account key under Active Storage's `storage_access_key:` and `AZURE_STORAGE_ACCESS_KEY`
  // (an access key elsewhere is the public half: AWS' key id, MinIO's user). Weak: a generated value only.
  if (previous === 'access' && words[words.length - 3] === 'storage') return { noun: 'storage access key', strength: 'weak' };
  // Azure's own word for that key: laravel-azure-storage's `AZURE_STORAGE_KEY`, `azure.storage.key` (a storage key
  // elsewhere is a lookup's: `localStorage` keys, `STORAGE_KEY = 'cart'`). Weak: a generated value only.
  if (previous === 'storage' && words.includes('azure')) return { noun: 'storage account key', strength: 'weak' };
  // Active Record Encryption's `encryption.primary_key` (AR_ENCRYPTION_PRIMARY_KEY), a keyset's primary key: the
  // key data is encrypted with, after an encryption word (a bare `primaryKey` is a table's). Weak: a generated value only.
  if (previous === 'primary' && words.some((word) => ENCRYPTION_WORDS.has(word))) return { noun: 'encryption key', strength: 'weak' };
  // Spring Security's and Grails' `rememberMe.key` signs the remember-me cookie.
  if (previous === 'me' && words.includes('remember')) return { noun: 'remember-me key', strength: 'weak' };
  // Cypress Cloud's record key (CYPRESS_RECORD_KEY, Currents' CURRENTS_RECORD_KEY) lets a run upload to the project's
  // dashboard. Strong after the vendor's name, so its UUID counts; a bare `recordKey` is a database record's key.
  if (previous === 'record' && words.some((word) => RECORDING_DASHBOARDS.has(word))) return { noun: 'record key', strength: 'strong' };
  // A vendor's key (`GEOCODER_KEY`, `mapboxKey`): only a generated value counts, and only the last word is a key.
  if (last(words) === 'key' && isVendorKeyQualifier(previous)) return { noun: 'key', strength: 'weak' };
  return undefined;
}

/** Test dashboards that take a run's results with a record key (classifyKey). */
const RECORDING_DASHBOARDS = new Set(['cypress', 'currents']);

/** Redis and the stores that speak its protocol, whose password is given with AUTH (classify). */
const REDIS_NAMES = new Set(['redis', 'keydb', 'valkey', 'dragonfly']);

/** Words that make a `primary_key` an encryption key (classifyKey). */
const ENCRYPTION_WORDS = new Set(['encryption', 'encrypt', 'crypto', 'cipher', 'keyset']);

/** Words that make a `pin` a test double's or a default's: `fixturePIN`, `mock_pin`, `default_pin`. */
const STAND_IN_PIN_WORDS = new Set(['fixture', 'test', 'mock', 'fake', 'dummy', 'stub', 'sample', 'example', 'demo', 'default', 'initial', 'seed', 'placeholder']);

/** The words before `pin` that make it a PIN code: a secret's, an account's, a card's. */
const PIN_OWNERS = new Set(['secret', 'security', 'admin', 'access', 'login', 'account', 'master', 'user', 'card', 'unlock']);

/**
 * Whether some name written in `text` could be a credential name, read without parsing: the
 * credential word `classify` ends on, with the word before it where `classify` asks for one. Every
 * name (identifier, key, env var) is a run of the text's words, so the word before it in the name is
 * the word before it in the text. The vetoes (UI words, `showPassword`) are left to the check.
 */
export function mayNameCredential(text: string): boolean {
  for (const [start, end] of candidateRuns(text)) if (mayEndCredentialNameAt(text, start, end)) return true;
  return false;
}

/**
 * The runs of ASCII letters and digits holding a credential word (`[start, end)`), each once: the
 * cheap half of `mayNameCredential`, for a prefilter that looks at what follows a run before it
 * asks `mayEndCredentialNameAt`.
 */
export function* candidateRuns(text: string): Generator<[number, number]> {
  const candidate = /pass|pw|secret|cred|token|key|auth|mnemonic|phrase|salt|pepper|base|signature|licen[cs]e|hmac|hash|pair|number|code|team|login|community|pin|senha|contrase|kennwort|wachtwoord|parol|sifre|haslo|mdp/gi;
  for (let hit = candidate.exec(text); hit; hit = candidate.exec(text)) {
    const run = alnumRun(text, hit.index);
    candidate.lastIndex = run[1];
    yield run;
  }
}

/** Whether the run `[start, end)` may end a credential name: its last word is one, given the word before it. */
export function mayEndCredentialNameAt(text: string, start: number, end: number): boolean {
  // A name's last word is the last word of a run (`tokenStore` ends on `store`), numbers and
  // noise after it aside, as credentialName reads them (`API_KEY_2`, `apiKey49`, `passwordStr`).
  const words = meaningfulWords(splitWords(text.slice(start, end)));
  const last = words.pop();
  if (last === undefined) return false;
  let previous = words.pop();
  // Only identifier characters between the two runs: the word before is in the same name.
  let joined = true;
  if (previous === undefined) {
    const before = alnumRun(text, lastAlnumBefore(text, start));
    previous = before[1] > before[0] ? splitWords(text.slice(before[0], before[1])).pop() : undefined;
    joined = before[1] > before[0] && IDENTIFIER_JOINT.test(text.slice(before[1], start));
  }
  // `contraseña`: the run of ASCII letters ends at the ñ.
  if (last === 'contrase' && /^[ñÑ]/.test(text.slice(end, end + 1))) return true;
  if (mayEndCredentialName(last, previous, joined) || ((last === 'key' || last === 'keys') && nameHolds(text, start, end, /secret/i))) return true;
  if (last === 'key' && previous === 'record') return nameHolds(text, start, end, /cypress|currents/i);
  return last === 'key' && previous === 'primary' && nameHolds(text, start, end, /encrypt|crypto|cipher|keyset/i);
}

/**
 * Whether the name ending at `end` holds `word`: `secretAccessKey`, `'secret access key'` (`classify` calls
 * any key a secret one after `secret`), `AR_ENCRYPTION_PRIMARY_KEY` (an encryption scheme's primary key).
 */
function nameHolds(text: string, start: number, end: number, word: RegExp): boolean {
  let at = start;
  while (at > 0 && start - at < 200 && NAME_CHARACTER.test(text[at - 1]!)) at--;
  return word.test(text.slice(at, end));
}

/** Characters of the names in an identifier, a dotted path or a quoted key. */
const NAME_CHARACTER = /[\p{ID_Continue}$\-. \u200c\u200d]/u;

/** What may stand between two words of one identifier or key: `cancellation_token`, `cancel$token`, `x-api-key`. */
const IDENTIFIER_JOINT = /^[_$\-\p{ID_Continue}\u200c\u200d]*$/u;

/**
 * `classify` without its vetoes: the last word of a credential name, given the word before it.
 * A veto that reads the word before (`cancellationToken`) applies only when that word is `joined`
 * to this one, so certainly in the same name: `cancellation.token` is named `token`.
 */
function mayEndCredentialName(word: string, previous: string | undefined, joined: boolean): boolean {
  if (PASSWORD_NOUNS.has(word) || SECRET_NOUNS.has(word) || CREDENTIAL_NOUNS.has(word)) return true;
  if (word === 'auth' || word === 'authorization' || word === 'authentication' || word === 'mnemonic' || word === 'salt' || word === 'pepper') return true;
  if (LICENSE_WORDS.has(word) || word === 'hmac') return true;
  if (joined && isOwnerAfterPassword(word, previous)) return true;
  if ((word === 'passe' && previous === 'de') || (word === 'mdp' && previous !== undefined && joined)) return true;
  const vetoedBy = (nouns: ReadonlySet<string>) => joined && previous !== undefined && nouns.has(previous);
  if (word === 'token') return !vetoedBy(TOKEN_NOT_SECRET);
  // A lone `pass` key beside a `user` key is one too (javascript-objects.ts).
  if (word === 'pass' || word === 'pw') return !vetoedBy(PASS_NOT_PASSWORD);
  // A bare `keys` (Koa's `app.keys`, @hapi/jwt's `keys: '…'`) holds signing keys in JavaScript
  // (javascript-targets.ts): a `keys` not joined to a word before it may be that name.
  if (word === 'keys' && !joined) return true;
  // Any `pin`, judged by its digits (classify).
  if (word === 'pin') return true;
  if (previous === undefined) return false;
  // A list of tokens is one only with a word before it, which then is the word before in the text.
  if (word === 'tokens') return !TOKEN_NOT_SECRET.has(previous);
  if (word === 'keys') return STRONG_KEY_QUALIFIERS.has(previous) || WEAK_KEY_QUALIFIERS.has(previous);
  // `access` for `storage_access_key` (classifyKey), whose word before `access` this reading does not see.
  if (word === 'key') return STRONG_KEY_QUALIFIERS.has(previous) || WEAK_KEY_QUALIFIERS.has(previous) || isVendorKeyQualifier(previous) || previous === 'access' || previous === 'content';
  // Rails' `secret_key_base`; Symfony's `auth_bearer`.
  if (word === 'base') return previous === 'key';
  if (word === 'bearer') return previous === 'auth';
  if (word === 'signature') return previous === 'api';
  if (word === 'number' || word === 'code') return LICENSE_WORDS.has(previous) || (word === 'code' && previous === 'pin');
  if (word === 'hash') return previous === 'api' || previous === 'encryption';
  if (word === 'iv') return previous === 'hash';
  if (word === 'pair') return previous === 'key';
  if (word === 'team') return previous === 'honeycomb';
  if (word === 'login') return previous === 'sonar';
  if (word === 'community') return previous === 'snmp';
  return word === 'phrase' && (MNEMONIC_PHRASES.has(previous) || previous === 'pass');
}

const isAlnum = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** The run of ASCII letters and digits around `at` (empty when `at` is outside one). */
function alnumRun(text: string, at: number): [number, number] {
  if (at < 0 || !isAlnum(text.charCodeAt(at))) return [0, 0];
  let start = at;
  let end = at;
  while (start > 0 && isAlnum(text.charCodeAt(start - 1))) start--;
  while (end < text.length && isAlnum(text.charCodeAt(end))) end++;
  return [start, end];
}

function lastAlnumBefore(text: string, at: number): number {
  let index = at - 1;
  while (index >= 0 && !isAlnum(text.charCodeAt(index))) index--;
  return index;
}
