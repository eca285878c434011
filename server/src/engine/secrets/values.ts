// Whether a literal under a credential name is plausibly the credential itself, as opposed to
// UI text, a field name, a path, a reference to where the secret lives, or a placeholder.
import { isGeneratedSalt, isLetterMash, isLongRandomHex, isUuid, isWordList, looksLikePattern, looksRandom, MAX_JUDGED_LENGTH } from './entropy';
import { isCountedToTen, isDigitRun, isFirstTriedPassword, isPlaceholder, isSelfNamingTemplate, isTrivialSequence } from './placeholders';
import { isPublicDevMnemonic } from './mnemonic';
import { credentialName } from './names';
import { restatesName } from './restatedNames';
import { isAnonJwt } from './tokenFormats';
import { isStateWord, isTextForPeople } from './uiText';
import { splitWords } from './words';

export interface SecretLikeOptions {
  /**
   * The name is only weakly a credential (`token`, `auth`, `appKey`): then only a random-looking
   * value counts, so `token: 'if'` in a lexer or `auth: 'basic'` stay silent.
   */
  weakName?: boolean;
  /** The name the value is assigned to: a value that restates it (`badToken = 'bad_token'`) is a constant, not a secret. */
  name?: string;
  /**
   * The value goes where only a secret goes (a JWT signer, `app.secret_key`, `SECRET_KEY_BASE`):
   * there a sentence is a passphrase, not UI text (`'A String Very Very Strong!!@##$'`).
   */
  sink?: boolean;
  /** The value is compared with the name (`password == 'reset'`): one plain word there is a state. */
  comparison?: boolean;
  /**
   * The name or its holder says which server the password logs in to (`DB_PASSWORD`, `db.password`, `DATABASES…PASSWORD`):
   * no form's label sits there, so a capitalised word (`'Bernardo'`) is the password, not a label (`'Password'`).
   */
  serviceLogin?: boolean;
  /** A password by its place, under a name that alone names none (a lone `pass` beside a user, pass-beside-user.ts). */
  passwordByPlace?: boolean;
}

/** Values that configure how a secret is used, not the secret: algorithms, encodings, schemes. */
const KEYWORDS = new Set([
  'bearer', 'basic', 'digest', 'oauth', 'oauth2', 'token', 'utf8', 'utf-8', 'hex', 'base64', 'base64url', 'binary',
  'hs256', 'hs384', 'hs512', 'rs256', 'rs384', 'rs512', 'es256', 'es384', 'es512', 'ps256', 'eddsa', 'sha1', 'sha256',
  'sha384', 'sha512', 'md5', 'aes-256-gcm', 'aes-256-cbc', 'aes-128-gcm', 'bcrypt', 'argon2', 'argon2id', 'scrypt',
  'pbkdf2', 'plain', 'login', 'true', 'false', 'required', 'optional', 'string', 'number', 'boolean', 'object', 'hidden',
  'text', 'off', 'on', 'yes', 'no', 'enabled', 'disabled', 'cookie', 'header', 'query', 'body', 'jwt', 'session',
  'local', 'memory', 'redis', 'client_credentials', 'authorization_code', 'refresh_token', 'implicit', 'strict', 'lax',
  'include', 'omit', 'same-origin', // fetch's `credentials` modes
  'authorization', 'proxy-authorization', // the header a token travels in (gRPC metadata keys are lowercase)
  // Type names, as a generated model's type map holds them (`'automount_service_account_token': 'bool'`).
  'bool', 'str', 'int', 'float', 'dict', 'list', 'bytes', 'datetime', 'date', 'integer', 'long', 'double', 'char', 'byte',
  // A settings form's field types, as its metadata table holds them (DokuWiki's `$meta['modPass'] = array('onoff')`).
  'onoff', 'toggle', 'checkbox', 'multicheckbox', 'multichoice', 'radio', 'textarea', 'numeric', 'dropdown',
  // A stage's name: `RUN DJANGO_SECRET_KEY=build python manage.py collectstatic` sets a throwaway for one build step.
  'build', 'development', 'staging', 'production',
]);

/**
 * `'&authMechanism=MONGODB-OIDC&authMechanismProperties=ENVIRONMENT:gcp'`: query parameters an app
 * appends to a URL, none named for a credential (a `&password=…` stays a finding).
 */
function isPlainQuery(value: string): boolean {
  if (value[0] !== '&' && value[0] !== '?') return false;
  const pairs = value.slice(1).split('&');
  return pairs.every((pair) => {
    const equals = pair.indexOf('=');
    const key = equals > 0 ? pair.slice(0, equals) : '';
    return /^[\w.%-]+$/.test(key) && !/[\s]/.test(pair) && credentialName(key) === undefined;
  });
}

/** `server-side-encryption-header`, `csrf_token_field`: the name of the slot a value goes in, not the value. */
const NAMES_A_SLOT = /^[a-z][a-z0-9]*(?:[_.-][a-z0-9]+)*[_.-](?:header|param|parameter|field|column|attribute|option|property|cookie)$/;

/**
 * `from-env`, `set-via-environment`, `provided_by_vault`, `injected-at-runtime`: a value that says where the
 * real one comes from (a node-config file's `"apiKey": "from-env"`), in words only. A chosen secret says nothing so.
 */
const NAMES_ITS_SOURCE =
  /^(?:(?:set|read|loaded|provided|injected|overridden|supplied|filled|comes)[-_ ](?:in|from|by|via|at)|from|via|see)[-_ ](?:the[-_ ])?(?:env|environment|env[-_ ]vars?|environment[-_ ]variables?|vault|secrets?|secrets?[-_ ]manager|ssm|runtime|deploy|ci|k8s|kubernetes)$/i;

/** `google_oauth2_flow_{0}`, `cache:{}:token`: a key's name with a format field, filled in at run time. */
const FORMAT_TEMPLATE = /^[\w.:/-]*\{\d*\}[\w.:/{}-]*$/;

/** python-jenkins' `CONFIG_CREDENTIAL = '%(folder_url)sjob/%(short_name)s/credentials/…'`: a path with `%`-format fields. */
function isPercentTemplate(value: string): boolean {
  return /%\([A-Za-z_]\w*\)[sd]/.test(value) && /^[\w.:/%()-]+$/.test(value);
}

/** `abcd efgh ijkl mnop`: a Google app password as its account page shows it. */
const APP_PASSWORD = /^[a-z]{4}(?: [a-z]{4}){3}$/;

const REFERENCE_SHAPES: readonly RegExp[] = [
  /^[a-z][a-z0-9+.-]*:\/\//i, // a URL (URLs with a password are found separately)
  /^(?:\.{1,2}\/|~\/|\/[\w.-]+\/|[A-Za-z]:\\|\\\\)/, // a path
  /^\/[\w\-/.:]*$/, // a route: /forgot-password
  /^(?:classpath\*?|file):[\w.@~/\\-]+$/i, // a Spring resource: `private-key: classpath:certs/private.pem`, `file:/etc/app/jwt.pem`
  /^[~^]?\d{1,6}\.\d{1,6}\.\d{1,6}(?:-[\w.]{1,40})?$/, // a version: a bundled package.json's jsonwebtoken: '9.0.3'
  /^\d{1,10}(?:\.\d{1,10}){3,}$/, // an object identifier or an IPv4 address: phpseclib's `'pkcs-9-at-challengePassword' => '1.2.840.113549.1.9.7'`
  /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \/[\w\-/.:{}]*$/, // an endpoint: Octokit's deleteRepoSecret: ['DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}']
  /^[\w.-]+\.(?:pem|key|crt|cer|der|p12|pfx|jks|json|ya?ml|env|txt|pub|ppk|asc|gpg|js|ts|keystore)$/i, // a file name
  // A relative path to one: n8n's package.json lists `dist/credentials/OpenAiApi.credentials.js` under `credentials`.
  /^[\w.@-]+(?:\/[\w.@-]+)+\.(?:pem|key|crt|cer|der|p12|pfx|jks|json|ya?ml|env|txt|pub|ppk|asc|gpg|[cm]?js|[cm]?ts|keystore)$/i,
  // Any file three folders deep or more: GOsa's class map `"password" => "plugins/personal/password/class_password.inc"`.
  /^[\w.@-]+(?:\/[\w.@-]+){2,}\.[a-z]{1,5}$/,
  /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i, // an e-mail address
  /^[#.][A-Za-z][\w-]*$/, // a CSS selector
  // An attribute selector, the whole value a selector: input[name=password], form :not([disabled]). Not a
  // bracketed span inside a random key (WordPress salts: `…nR3[tk]pLz%w&…`), whose other characters no selector has.
  /^(?=[^[]*\[)(?:[\w.#:*>+~,()\s-]|\[[\w-]+(?:[~|^$*]?=[^\][]*)?\])+$/,
  /^[a-z][a-z0-9_-]*(?:\/[a-z][a-z0-9_-]*){2,}$/, // a config or secret path: outlet_erp/general/api_key, prod/db/password
  /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/, // an environment variable name: DB_PASSWORD
  /^[a-z]+\/[a-z0-9.+-]+$/, // a MIME type
  /^--[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, // a command-line flag: cryptsetup's `'--force-password', '--type'` (a switch, then the next flag)
  // A PHP class name, namespaced: Predis' command table `'AUTH' => 'Predis\Command\ConnectionAuth'`, Symfony's `App\Security\TokenAuthenticator`.
  /^\\{0,2}[A-Z][a-z]{2,}\w*(?:\\{1,2}[A-Z][a-z]{2,}\w*)+$/,
  /^\$(?:2[abxy]?|argon2(?:id|i|d)|scrypt|pbkdf2[\w-]*|[156])\$/, // a password hash (not a credential itself)
  // An htpasswd line, a user and the hash of their password: `admin:$2y$05$…` (bcrypt), `$apr1$…` (Apache MD5), `{SHA}…`.
  /^[\w.@-]{1,64}:(?:\$(?:2[abxy]?|apr1|[156])\$|\{SHA\}[A-Za-z0-9+/]{27}=$)/,
  // Jupyter's `passwd()` hashes (`sha1:<salt>:<digest>`, `argon2:$argon2id$…`) and Django's (`pbkdf2_sha256$600000$<salt>$…`).
  /^(?:(?:sha1|sha256|sha512):[0-9a-f]{8,64}:[0-9a-f]{40,128}$|argon2:\$argon2(?:id|i|d)\$)/,
  /^(?:pbkdf2_sha(?:1|256)|bcrypt_sha256|bcrypt|argon2|scrypt)\$[\w$./+=-]{20,}$/,
  // Werkzeug's (Flask's) `generate_password_hash`: `pbkdf2:sha256:600000$<salt>$<hex>`, `scrypt:32768:8:1$<salt>$<hex>`.
  /^(?:pbkdf2:sha(?:1|224|256|384|512)(?::\d{1,7})?|scrypt:\d{1,7}:\d{1,3}:\d{1,3})\$[\w./+=-]{1,64}\$[0-9a-f]{32,128}$/,
  // PostgreSQL's stored verifiers: `SCRAM-SHA-256$<iterations>:<salt>$<stored key>:<server key>`, `md5` + 32 hex digits.
  /^SCRAM-SHA-256\$\d+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$|^md5[0-9a-f]{32}$/,
  /^(?:phpass:)?!2[abxy]?!\d{2}!/, // YOURLS' phpass hash, its `$` written as `!` so PHP does not interpolate it
  // A scope or permission of words: read:user, repo:status, s3:read. Not user:d6af431e…, and not a secret that opens with a
  // short tag and a colon (probe29c 2: `wx:<word><digits>` under JWT_SECRET): a scope's first part is a word of three letters
  // or more, and no part ends in more than two digits.
  /^(?:[a-z]{3,}\d{0,2}|[a-z]\d{1,2})(?::[a-z]+\d{0,2})+$/,
  /^[a-z]+(?:[A-Z][a-z]+)*(?::[a-z]+(?:[A-Z][a-z]+)*)+$/, // a namespaced tag or attribute key: lambda:createdBy, serverlessrepo:applicationId
  // A URN names a thing, never holds a secret: SAML's `urn:oasis:names:tc:SAML:2.0:ac:classes:Password`.
  /^urn:[a-z0-9][a-z0-9-]{0,31}:[^\s]+$/i,
  // A Maven or Gradle coordinate, group:artifact:version[@type]: Spring's `javaApiSignature("org.codehaus.mojo.signature:java16:1.1@signature")`.
  /^[a-z][a-z0-9_-]*(?:\.[a-z0-9_-]+)+:[\w.-]+:\d[\w.-]*(?:@\w+)?$/,
  /^0x[0-9a-fA-F]{40}$/, // an Ethereum address: public, even in a field called privateKey
  /^(?:AC|SK)[0-9a-f]{32}$/, // a Twilio account or API key SID: the id whose secret (auth token, API secret) sits beside it
  /^\d+-[a-z0-9]+\.apps\.googleusercontent\.com$/, // a Google OAuth client ID: public, even under `key` beside its secret
  /^pk\.eyJ[\w-]+\.[\w-]+$/, // a Mapbox public token, made for the browser (its secret tokens are `sk.eyJ…`)
  /^Iv(?:1\.[0-9a-f]{16}|23[A-Za-z0-9]{16})$/, // a GitHub App's client ID: public, like an OAuth client ID
  /^phc_[A-Za-z0-9]{32,}$/, // a PostHog project API key, made for the browser (its personal API keys are `phx_…`)
  /^pub[0-9a-f]{32}$/, // a Datadog client token, made for browser RUM and logs (its API keys are bare hex)
  /^[a-z_]+(?::[\w,.]*)?(?:\|[a-z_]+(?::[\w,.]*)?)+$/, // validation rules: required|min:8
  // An item key, a (dotted) name with its arguments in brackets: Zabbix's `system.cpu.load[all,avg1]`,
  // `jmx["java.lang:type=Memory",HeapMemoryUsage.used]`, `squid[cacheDnsSvcTime.5]` (a template's `items: [{ key: … }]`).
  /^[a-z][\w-]*(?:\.[\w-]+)+\[[^\]\r\n]+\]$|^[a-z][\w-]{2,}\[[^\]\r\n]+\]$/,
  // An HTTP header's name of words: X-Wallet-Api-Key, x-api-key, X-AUTH-TOKEN, X-CSRF-Token, the AWS signer's
  // X-Amz-SignedHeaders and X-Amz-Content-Sha256 (a word in camel humps, a digest's bits after it); a standard
  // header of three words or more in Title-Case: Access-Control-Allow-Credentials.
  /^(?:[Xx]-(?:[A-Z]?[a-z]+(?:[A-Z][a-z]+)*|[A-Z]+)\d{0,3}(?:-(?:[A-Z]?[a-z]+(?:[A-Z][a-z]+)*|[A-Z]+)\d{0,3})*|[A-Z][a-z]+(?:-[A-Z][a-z]+){2,})$/,
];

/**
 * Whether a literal assigned to a credential-named target is plausibly a real secret:
 * not a placeholder, not a UI sentence, not a path or URL, not an env var name, ...
 * A strong name reports even low-entropy values (`hunter2` is a real password).
 */
export function isSecretLikeValue(value: string, options: SecretLikeOptions = {}): boolean {
  const trimmed = value.trim();
  if (options.name !== undefined && options.comparison !== true && isWeakPinName(options.name)) return isPinCode(trimmed);
  if (isKeySizedCount(trimmed, options)) return true;
  if (isFirstTriedPassword(trimmed)) return isWeakPasswordInUse(options, trimmed);
  if (isLongRandomHex(trimmed) && !isPlaceholder(trimmed)) return true;
  if (isPlaceholder(trimmed) || trimmed.length < 4 || trimmed.length > MAX_JUDGED_LENGTH) return false;
  // A salt generator's draw (WordPress' 64 characters): whatever shapes it holds by chance (`{$sJey}`, `[9!y9BBs=]`, a space
  // beside a run, `)*?`), none is a name, a reference or a sentence (probe28c).
  if (isGeneratedSalt(trimmed)) return true;
  if (options.name !== undefined && isSelfNamingTemplate(trimmed, options.name)) return false;
  if (options.name !== undefined && isMnemonicName(options.name)) return isMnemonicPhrase(trimmed);
  if (/[\r\n]/.test(trimmed)) return false;
  // Google's app passwords are four groups of four letters: spaces, yet no prose.
  if (options.name !== undefined && APP_PASSWORD.test(trimmed) && credentialName(options.name)?.noun === 'password') return true;
  if (isTextForPeople(trimmed, { ...options, password: options.name !== undefined && credentialName(options.name)?.noun === 'password' })) return false;
  if (options.comparison && isStateWord(trimmed)) return false;
  if (KEYWORDS.has(trimmed.toLowerCase()) || namesAThing(trimmed) || (REFERENCE_SHAPES.some((shape) => shape.test(trimmed)) && !isRandomBehindShape(trimmed)) || isDottedName(trimmed)) return false;
  if (isEncodedPassword(trimmed) || looksLikePattern(trimmed) || FORMAT_TEMPLATE.test(trimmed) || isPercentTemplate(trimmed) || NAMES_A_SLOT.test(trimmed) || NAMES_ITS_SOURCE.test(trimmed) || isPlainQuery(trimmed)) return false;
  if (PUBLIC_SDK_KEY.test(trimmed) || isAnonJwt(trimmed) || namesAnotherCredential(trimmed) || LOGIN_FIELD.test(trimmed)) return false;
  if (options.name !== undefined && (restatesName(trimmed, options.name) || namesSlotOf(trimmed, options.name) || isNumericKeyId(trimmed, options.name) || isPgpKeyId(trimmed, options.name) || namesCredentialSet(trimmed, options.name) || isSentinelToken(trimmed, options.name) || isSettingAlias(trimmed, options.name))) return false;
  const credential = withoutAuthScheme(trimmed);
  if (credential !== trimmed && (isPlaceholder(credential) || credential.length < 4)) return false;
  // A UUID under a weak name is an id; where only a secret goes (an API client's one argument), or
  // after an authorization scheme (`OAuth <uuid>`, `Bearer <uuid>`: Postmark, Heroku, Statuspage tokens), it is a token.
  const afterScheme = credential !== trimmed;
  // A mash of letters in one case is as random, though of one class (isLetterMash).
  if (options.weakName) return looksRandom(credential) || isLetterMash(credential) || isGeneratedHexOrDigits(credential) || ((options.sink === true || afterScheme) && isUuid(credential));
  return new Set(credential).size >= 3;
}

/** `pin`, `kiosk.pin`, `supervisor_pin`: a PIN that no owner's word makes one (names.ts), so its digits must. */
function isWeakPinName(name: string): boolean {
  // Most names asked about end in anything but `pin`: no split for them.
  if (!/pin(?:[_-]?code)?$/i.test(name)) return false;
  const named = credentialName(name);
  return named?.noun === 'PIN' && named.strength === 'weak';
}

/**
 * A PIN code: four to twelve digits, not a run or one digit repeated (`1234`, `0000` are a template's). A version
 * (`2.4.1`), a flag (`pin: true`) or a board's pin (`'GPIO17'`, `'D4'`) is none.
 */
export function isPinCode(value: string): boolean {
  return /^\d{4,12}$/.test(value) && new Set(value).size >= 2 && !isTrivialSequence(value) && !isCountedToTen(value);
}

/**
 * `password: '123456'`, `DB_PASS = "1234"`, `password: 'password123'`: under a password's name a run of digits or a
 * password word with digits is the password, a weak one (reported as a warning, confidence.ts). A comparison with it
 * is a strength check (`password === '123456'`), under any other name (`token: '0000'`, `pin_length`) it is filler,
 * and under a default's or a reset's name (`DEFAULT_PASSWORD = "123456"`, `defaultResetPassword`) it is what new or
 * reset accounts get, not a login the app uses.
 */
function isWeakPasswordInUse(options: SecretLikeOptions, value: string): boolean {
  if (options.comparison === true || options.name === undefined) return false;
  if (options.passwordByPlace !== true && credentialName(options.name)?.noun !== 'password' && !isDigitSecret(value, options.name)) return false;
  return !namesAccountDefault(options.name);
}

/**
 * `SECRET_KEY = "123456789"` (a Flask config class), `jwt_secret: '11111111'`: a digit run under a secret's own name
 * is the key the app signs with, weak as a digit password is (a warning, confidence.ts). Not a word with digits there
 * (`secret123` is the placeholder static words judge), and not a token's or an id's digits (`token: '0000'` is filler).
 */
function isDigitSecret(value: string, name: string): boolean {
  const noun = credentialName(name)?.noun;
  return isDigitRun(value) && (noun === 'secret' || noun === 'secret key');
}

/**
 * `TOKEN_SYMMETRIC_KEY=12345678901234567890123456789012` (techschool's simplebank `app.env`, copied into the image): a
 * counting run exactly as long as a cipher's key (16, 24, 32 or 64 characters: AES, PASETO, ChaCha20) under a key's
 * name was sized to be used, where a placeholder (`xxx`, `changeme`, `123456`) is not. A template file's values are
 * judged as templates by the file's reader; this is the value alone.
 */
function isKeySizedCount(value: string, options: SecretLikeOptions): boolean {
  if (options.comparison === true || options.name === undefined || !/^\d+$/.test(value) || !KEY_LENGTHS.has(value.length)) return false;
  return /\bkey$/.test(credentialName(options.name)?.noun ?? '');
}

const KEY_LENGTHS = new Set([16, 24, 32, 64]);

/** `DEFAULT_PASSWORD`, `initialPassword`, `defaultResetPassword`: what new or reset accounts get. */
export function namesAccountDefault(name: string): boolean {
  return splitWords(name).some((word) => ACCOUNT_DEFAULT_WORDS.has(word));
}

const ACCOUNT_DEFAULT_WORDS = new Set(['default', 'initial', 'init', 'reset', 'new', 'temp', 'temporary']);

/**
 * `DB_PASSWORD`, `config.db.password`, `DATABASES.default.PASSWORD`, `DBConfig.Password`, `spring.datasource.password`: a
 * password whose name or holder names the server it logs in to (isSecretLikeValue's `serviceLogin`).
 */
export function namesServiceLogin(path: string): boolean {
  const words = splitWords(path);
  return words.some((word) => PASSWORD_NOUNS.has(word)) && words.some((word) => SERVICE_LOGIN_WORDS.has(word));
}

const PASSWORD_NOUNS = new Set(['password', 'passwd', 'pwd', 'pawd', 'pswd', 'pass']);
const SERVICE_LOGIN_WORDS = new Set([
  'db', 'database', 'databases', 'datasource', 'mysql', 'mariadb', 'postgres', 'postgresql', 'pg', 'mongo', 'mongodb', 'redis',
  'smtp', 'mail', 'ldap', 'rabbitmq', 'amqp', 'jdbc', 'sql', 'mssql', 'oracle', 'ftp', 'sftp',
]);

/**
 * Tomcat's `FORM_PASSWORD = "j_password"`, `PASSWORD_FIELD = "user_pass"`, `AUTH_HEADER = "x_auth_token"`: under the
 * name of a form's, a field's or a header's slot, a lowercase identifier holding a credential's word names the slot.
 * Not a cookie's: `COOKIE_SECRET = 'my_cookie_secret'` is the secret that signs it.
 */
function namesSlotOf(value: string, name: string): boolean {
  if (value.length > 40 || !/^[a-z][a-z0-9]*(?:[_.-][a-z0-9]+)*$/.test(value)) return false;
  return splitWords(name).some((word) => SLOT_WORDS.has(word)) && credentialName(value) !== undefined;
}

const SLOT_WORDS: ReadonlySet<string> = new Set(['form', 'field', 'param', 'parameter', 'input', 'column', 'attribute', 'header']);

/**
 * `credential("openweather_api_key")` (Huginn), `get_secret("stripe_webhook_secret")`: a lowercase
 * snake_case identifier that ends in a credential's two-word term after a word of its own is the
 * name the credential is stored under, not its value. A phrase (`a_very_important_secret`) is a value.
 */
function namesAnotherCredential(value: string): boolean {
  return value.length <= 64 && CREDENTIAL_TERM_NAME.test(value);
}

const CREDENTIAL_TERM_NAME =
  /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*_(?:api_(?:key|token|secret)|access_(?:key|token)|auth_token|refresh_token|secret_key|private_key|client_secret|webhook_secret|app_secret|signing_secret)$/;

/**
 * The other half of a login named as a field: Ansible's `required_by=dict(password='username')`, a form's
 * `{ password: 'email' }` pairing: a password is never written as the name of its user's field.
 */
const LOGIN_FIELD = /^(?:user[_-]?name|login[_-]?name|e-?mail(?:[_-]?address)?|user[_-]?id)$/i;

/**
 * Keys a vendor issues to ship inside a browser or a mobile app, whose format says so: RevenueCat's
 * public SDK keys (`appl_…`, `goog_…`, `amzn_…`), Adyen's client keys (`live_` or `test_` and 32
 * uppercase letters and digits; Mollie's secret `live_…` keys have lowercase letters), Midtrans' client keys
 * for Snap.js (`Mid-client-…`, `SB-Mid-client-…`; its server keys are `Mid-server-…`), Supabase's publishable keys
 * (`sb_publishable_…`, which replace the anon JWT; its `sb_secret_…` keys are a token format).
 */
const PUBLIC_SDK_KEY = /^(?:(?:appl|goog|amzn|strp|rcb)_[A-Za-z0-9]{20,40}|(?:live|test)_[A-Z0-9]{32}|(?:SB-)?Mid-client-[\w-]{8,40}|sb_publishable_[\w-]{20,80})$/;

/**
 * Whether isSecretLikeValue rejects `value` whatever it is asked with (name, weak name, sink,
 * comparison): a placeholder, too short, or, for a value of one word, a keyword, a reference or a
 * dotted name. A prefilter may pass over a literal so judged. It must only ever answer true where
 * isSecretLikeValue answers false: change the two together (a property test holds them so).
 */
export function isNeverSecretLike(value: string): boolean {
  const trimmed = value.trim();
  if (isFirstTriedPassword(trimmed)) return false;
  if (isLongRandomHex(trimmed)) return isPlaceholder(trimmed);
  if (isPlaceholder(trimmed) || trimmed.length < 4 || trimmed.length > MAX_JUDGED_LENGTH) return true;
  if (isGeneratedSalt(trimmed)) return false;
  // With a space it may be a mnemonic or a passphrase in a sink: only the name and sink tell.
  if (/\s/.test(trimmed)) return false;
  return KEYWORDS.has(trimmed.toLowerCase()) || namesAThing(trimmed) || (REFERENCE_SHAPES.some((shape) => shape.test(trimmed)) && !isRandomBehindShape(trimmed)) || isDottedName(trimmed) || isEncodedPassword(trimmed);
}

/**
 * `credentials: warehouse` in a Kedro catalog, `creds: aws_prod`: the plural names a collection, and
 * one lowercase identifier under it names a set defined elsewhere (credentials.yml), as
 * `secrets: inherit` does. A password of lowercase letters and digits alone is missed there.
 */
function namesCredentialSet(value: string, name: string): boolean {
  const last = splitWords(name).pop();
  return (last === 'credentials' || last === 'creds') && /^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*$/.test(value);
}

/**
 * pymongo's option tables, `{'tlscertificatekeyfilepassword': 'ssl_pem_passphrase'}`, `sslPass: 'tlsCertificateKeyFilePassword'`:
 * an identifier of three words or more that names the same kind of credential as its key is another
 * spelling of the setting. Not a phrase someone typed as the value (`a_very_important_secret`, `my_super_secret_password`).
 */
function isSettingAlias(value: string, name: string): boolean {
  // Two words do when the first is a compound (Patroni's `'key_password': 'keyfile_password'`).
  const twoWords = (/^[a-z]{6,}_[a-z]+$/.test(value) || isQualifiedNoun(value, name)) && splitWords(value).length === 2;
  if (!twoWords && !/^[a-z][a-z0-9]*(?:_[a-z0-9]+){2,}$|^[a-z]+(?:[A-Z][a-z0-9]+){2,}$/.test(value)) return false;
  const words = splitWords(value);
  if (words.some((word) => PHRASE_WORDS.has(word))) return false;
  const noun = credentialName(value)?.noun;
  return noun !== undefined && noun === credentialName(name)?.noun;
}

/**
 * Cinder's `VMAX_PASSWORD = 'san_password'`, `CONF_PWD = "san_password"`, its failover table's
 * `'san_password': 'RestPassword'`: under a name that qualifies its noun, an identifier of a
 * qualifier and the same noun (snake_case, or PascalCase as a REST field) names the setting or field
 * the secret is read from. Only a qualified name: a bare `password = 'admin_password'` is left to the
 * placeholder checks, which judge it on their own.
 */
function isQualifiedNoun(value: string, name: string): boolean {
  if (!/^[a-z]{3,}_[a-z]+$|^[A-Z][a-z]{2,}[A-Z][a-z]+$/.test(value)) return false;
  return splitWords(name.slice(name.lastIndexOf('.') + 1)).length >= 2;
}

/** Words of a phrase, not of a setting's name. */
const PHRASE_WORDS = new Set(['a', 'an', 'the', 'my', 'your', 'our', 'very', 'super', 'really', 'not', 'so', 'this', 'is', 'change', 'me', 'here', 'top', 'secure', 'insecure', 'strong', 'dummy', 'fake', 'test']);

/**
 * `looksRandom` leaves out hex digests and digit runs, which are identifiers more often than not;
 * under a credential's name (`pepper`, `SECURITY_PASSWORD_SALT`, `webhook_token`) 32 hex digits
 * or 16 decimal ones are what a generator printed.
 */
function isGeneratedHexOrDigits(value: string): boolean {
  return /^(?:[0-9a-f]{32,}|[0-9A-F]{32,}|\d{16,})$/.test(value) && new Set(value).size >= 8 && !isBitBoundary(value);
}

/**
 * Kinesis' `EndingHashKey = "340282366920938463463374607431768211455"` (2^128 - 1): a number of
 * digits only that is a power of two, or one less, is the bound of an n-bit range, not a key.
 */
function isBitBoundary(value: string): boolean {
  if (!/^\d{16,200}$/.test(value)) return false;
  const number = BigInt(value);
  const isPowerOfTwo = (n: bigint): boolean => n > 0n && (n & (n - 1n)) === 0n;
  return isPowerOfTwo(number) || isPowerOfTwo(number + 1n);
}

/**
 * Values no secret is written as: a date (an API version under a feature's name, `'live_token': '2021-10-14'`),
 * and a path of three words or more (an Azure RBAC action, `Microsoft.KeyVault/managedHsm/securitydomain/transferkey/read`).
 */
const DATE_OR_WORD_PATH = /^(?:\d{4}-\d{2}-\d{2}(?:-preview)?|[A-Za-z][A-Za-z.]*(?:\/[A-Za-z]+){2,})$/;

/** One word of an algorithm's name: a digest, a cipher, a mode, a padding, a signature scheme. */
const ALGORITHM_WORD = /^(?:aws4|hmac|sha(?:1|224|256|384|512)?|sha3|md5|rsa|dsa|ecdsa|ecdh|ed25519|x25519|aes(?:128|192|256)?|des|3des|gcm|cbc|ctr|ecb|cfb|ofb|pkcs(?:1|5|7)?|oaep|pss|hkdf|pbkdf2|chacha20|poly1305|with|and|padding|nopadding)$/i;
/** A key size, after the algorithm it sizes: `AES-256-GCM`. */
const KEY_BITS = /^(?:128|192|256|384|512)$/;

/** A value that names something, no secret: an algorithm, a date, a path of words. */
function namesAThing(value: string): boolean {
  return DATE_OR_WORD_PATH.test(value) || isAlgorithmName(value);
}

/**
 * An algorithm's name of two words or more, as signers and ciphers take it: AWS SigV4's
 * `AWS4-HMAC-SHA256`, Java's `HmacSHA256` and `PBKDF2WithHmacSHA256`, `AES-256-GCM`, `RSA/ECB/OAEPPadding`.
 */
function isAlgorithmName(value: string): boolean {
  if (value.length > 60) return false;
  const parts = value.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z])([A-Z][a-z])/g, '$1-$2').split(/[-_/]/);
  return parts.length >= 2 && ALGORITHM_WORD.test(parts[0]!) && parts.slice(1).every((part) => ALGORITHM_WORD.test(part) || KEY_BITS.test(part));
}

/** Kubernetes' qualified names, a DNS prefix and a name: annotation and label keys (`seccomp.security.alpha.kubernetes.io/pod`). */
const PREFIXED_NAME = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,10}[a-z]{2,63}\/[a-z0-9](?:[a-z0-9_.-]{0,61}[a-z0-9])?$/;

/**
 * A dotted key or host (`auth.password`, `db.example.com`, `k8s.cluster.local`). Not a value that
 * mixes case with digits between letters (`R5dgkw5.W27q`): keys and hosts are not written so.
 */
function isDottedName(value: string): boolean {
  if (PREFIXED_NAME.test(value)) return true;
  if (STAGED_PHRASE.test(value)) return false;
  if (!/^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)+$/.test(value) && !isMetricName(value)) return false;
  // Digits between letters are random, but not after an acronym's capital and before a hump: `request.X509Certificate`.
  return !(/[A-Z]/.test(value) && /[a-z]/.test(value) && (/[a-z]\d+[A-Za-z]|[A-Z]\d+[a-z]/.test(value) || hasRandomHumps(value)));
}

/**
 * A stage's word and a phrase run together with a number or a date in it: CodeIgniter's `encryption_key = 'dev.webklinik09mei2015'`,
 * `define('APP_SECRET', 'prod.kopikenangan88senja')` (probe28c 6). A key's path has identifier words for parts
 * (`dev.mysql57`, `prod.db`); a word, digits and a word again, or a year after it, is a phrase someone chose per stage.
 */
const STAGED_PHRASE = /^(?:dev|development|prod|production|live|staging|stage|stg|test|local|qa|uat)\.[a-z]{3,}(?:\d{2,}[a-z]{2,}\d*|\d{4,})$/i;

/**
 * A metric's or an item's dotted name of three words or more, a number-led one inside:
 * `etcd.http.requests.4xx.rate`, `aws.s3.5xx_errors`, `zyxel.3500_8pd.cpuusage`, `auth.2fa.enabled`.
 */
function isMetricName(value: string): boolean {
  return /^[A-Za-z_][\w-]*(?:\.[\w-]+){2,}$/.test(value) && /\.\d/.test(value);
}

/** Two-letter humps of a name's words: `userId`, `dbHost`, `isUp`, `toJs`. */
const SHORT_WORD_HUMPS = new Set(['Id', 'Db', 'Io', 'Ui', 'Is', 'To', 'By', 'Of', 'At', 'On', 'In', 'Up', 'Ok', 'No', 'Or', 'Js', 'Ts', 'Pk', 'Fk', 'Qr', 'Tv', 'Ip', 'Os', 'Vm', 'Hr', 'Pw', 'Go', 'Do', 'If', 'As', 'Me', 'My', 'We', 'Us', 'Be', 'It', 'An', 'Ad', 'Ai', 'Ml', 'Gb', 'Mb', 'Kb', 'V1', 'V2', 'V3', 'S3', 'X5', 'Md']);

/**
 * `DltoGtUj.fbWtL1`: camel humps of a capital and one letter or digit that spell no word (`Gt`, `Uj`, `L1`),
 * two or more: what a generator writes, not a key's name (`errors.passwordTooShort`, `auth.userId`).
 */
function hasRandomHumps(value: string): boolean {
  const humps = value.match(/[A-Z][a-z0-9]?(?![a-z0-9])/g) ?? [];
  return humps.filter((hump) => hump.length === 2 && !SHORT_WORD_HUMPS.has(hump)).length >= 2;
}

/**
 * `'#password-input'` is a CSS selector; `'#Wt_SAjLv-bTjgZMtv22'` only shares its shape: a password may
 * open with `#`, and past it the value is random (digits and both cases), which no selector a person
 * writes is, nor a marker sentence run together (`"#Thepasswordcannotbeverified"`, Postfix Admin's).
 */
function isRandomAfterHash(value: string): boolean {
  const rest = value.slice(1);
  return /^#[A-Za-z][\w-]*$/.test(value) && looksRandom(rest) && /\d/.test(rest) && /[a-z]/.test(rest) && /[A-Z]/.test(rest);
}

/** A random value that only opens like a reference: a selector's `#`, a path's `/`. */
function isRandomBehindShape(value: string): boolean {
  return isRandomAfterHash(value) || isBase64AfterSlash(value);
}

/**
 * `aws_secret_access_key: /WPKb…` (probe25c x2): base64 draws `/` as any other character, so one secret in 64 opens
 * with it and reads as a route or a path. Base64's alphabet only, twenty characters or more, random (digits and both
 * cases) once its slashes are left out, which no path a person writes is.
 */
function isBase64AfterSlash(value: string): boolean {
  if (!/^\/[A-Za-z0-9+/]{19,}={0,2}$/.test(value)) return false;
  const rest = value.replace(/[/=]/g, '');
  return looksRandom(rest) && /\d/.test(rest) && /[a-z]/.test(rest) && /[A-Z]/.test(rest);
}

/** Spring's DelegatingPasswordEncoder ids: `{bcrypt}$2a$…` is a hash; `{noop}…` is the password in plain text. */
function isEncodedPassword(value: string): boolean {
  const id = /^\{([A-Za-z0-9-]+)\}./.exec(value)?.[1];
  return id !== undefined && id.toLowerCase() !== 'noop';
}

/**
 * `ANONYMOUS_TOKEN = "anonymous"`, `GUEST_TOKEN = "guest"`: one short lowercase word under a token's
 * name is a sentinel or a mode; services issue tokens, and none is a dictionary word. A password or a
 * secret may be one word (`hunter`), so only a token's name counts.
 */
function isSentinelToken(value: string, name: string): boolean {
  if (credentialName(name)?.noun !== 'token') return false;
  // MediaWiki's `'bp_token' => '**unsaved**'`: a marker set off by stars.
  const bare = value.replace(/^[*#]+|[*#]+$/g, '').trim();
  // aws-sdk-go's paginators, `LimitToken: "MaxResults"`, SQLAlchemy's `_DEFAULT_TOKEN = "_sa_default"`: an
  // identifier of words names a field or a marker; services issue tokens, never such names. A protocol's
  // word in capitals too: supervisor's `READY_FOR_EVENTS_TOKEN = b'READY\n'`.
  return /^(?:[a-z]{3,12}|[A-Z]{3,12})$/.test(bare) || isWordList(bare);
}

/**
 * Ansible's `sign_key: E709712C`, git's `signingkey = 3AA5C34371567BD2`: 8 or 16 hex digits in capitals
 * (or a 40-digit fingerprint), as gpg prints them, under a key's name is a PGP key's public id, by which
 * a package repository's or a commit's signature is checked. A signing secret is longer and not so written.
 */
function isPgpKeyId(value: string, name: string): boolean {
  const words = splitWords(name);
  // A signing key's id is what gpg prints; any other secret qualifier, or an API's key, is the material itself.
  if (!/^keys?$/.test(words[words.length - 1] ?? '') || words.some((word) => word === 'api' || (word !== 'signing' && SECRET_KEY_WORDS.has(word)))) return false;
  return /^(?:0x)?(?:[0-9A-F]{8}|[0-9A-F]{16}|[0-9A-F]{40})$/.test(value) && /[A-F]/.test(value) && /[0-9]/.test(value);
}

/** Qualifiers that make a key secret whatever its digits: a secret, private, signing or encryption key. */
const SECRET_KEY_WORDS = new Set(['secret', 'private', 'signing', 'encryption', 'master', 'hmac', 'jwt', 'crypt']);

/**
 * `api_key: '515331564331481'`: a key of digits only is an account or app number (Cloudinary's
 * API key beside its `api_secret`, a consumer or app key id), not the secret. Passwords, PINs and
 * secret keys may be digits, so only a plain `...Key` name counts.
 */
function isNumericKeyId(value: string, name: string): boolean {
  const words = splitWords(name);
  return /^\d{1,20}$/.test(value) && words[words.length - 1] === 'key' && !words.some((word) => SECRET_KEY_WORDS.has(word));
}

/** `mnemonic`, `seedPhrase`: the value is a list of words. */
function isMnemonicName(name: string): boolean {
  return credentialName(name)?.noun === 'wallet mnemonic';
}

/** 12 to 24 lowercase words, as BIP-39 writes a wallet's seed; not one word repeated (`test test … junk`). */
export function isMnemonicPhrase(value: string): boolean {
  const words = value.split(/\s+/);
  if (![12, 15, 18, 21, 24].includes(words.length) || !words.every((word) => /^[a-z]{3,8}$/.test(word))) return false;
  return new Set(words).size >= words.length - 2 && !isPublicDevMnemonic(value);
}

/**
 * `Bearer abc…`, and any one-word scheme a vendor made up (`GenieKey abc…`, `AccessKey abc…`, `SSWS abc…`):
 * the credential is what follows the scheme; `Basic dXNl…`: the password inside `user:password`.
 */
function withoutAuthScheme(value: string): string {
  // A made-up scheme is one capitalised word before a long credential: `keyboard cat` is a phrase.
  const match = /^(bearer|basic|token|apikey|digest)\s+(\S+)$/i.exec(value) ?? /^([A-Z][A-Za-z-]{1,30})\s+(\S{12,})$/.exec(value);
  if (!match?.[2]) return value;
  if (match[1]?.toLowerCase() !== 'basic') return match[2];
  const decoded = Buffer.from(match[2], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0 || !/^[\x20-\x7e]+$/.test(decoded)) return match[2];
  // A token as the user and no password (SonarQube's `squ_…:`, Stripe's `sk_live_…:`): the user half is the credential.
  const user = decoded.slice(0, colon);
  return colon === decoded.length - 1 && looksRandom(user) ? user : decoded.slice(colon + 1);
}

/** `Basic <base64 of user:password>`: a password whatever the header or key it is under is called. */
export function isBasicAuthValue(value: string): boolean {
  return /^basic\s+[A-Za-z0-9+/]{8,}={0,2}$/i.test(value.trim());
}

/** Names whose value may be `user:password` in one string: web2py's `mail.settings.login`, Node's `http.request({ auth })`. */
const LOGIN_PAIR_NAME = /(?:^|[^a-z])(?:login|userinfo|auth)$/i;

/**
 * The password half of a `user:password` login under such a name (`'appointments@clinic.example:…'`),
 * as offsets in `value`; not `host:port` (a number after the colon) nor a scheme (`mailto:`).
 */
export function loginPairPassword(value: string, name: string): { start: number; end: number } | undefined {
  const userName = USER_PAIR_NAME.test(name);
  if (!(userName || LOGIN_PAIR_NAME.test(name)) || !isUserPasswordPair(value)) return undefined;
  const colon = value.indexOf(':');
  const password = value.slice(colon + 1);
  if (/^\d+$/.test(password) || /^(?:mailto|urn|tel|data)$/i.test(value.slice(0, colon))) return undefined;
  return isSecretLikeValue(password, { name: 'password', weakName: userName }) ? { start: colon + 1, end: value.length } : undefined;
}

/**
 * A `user` that holds `name:password` (Zope's and Plone's buildout `user = admin:…`, curl's `--user`):
 * only a generated password half counts, as `user: node:node` or `www-data:www-data` is a user and a group.
 */
const USER_PAIR_NAME = /^(?:[\w-]*[-_.])?user$/i;

/**
 * `user:password` as a Basic authorization is built from before it is base64-encoded
 * (`base64.StdEncoding.EncodeToString([]byte("user:…"))`, `Base64.getEncoder().encodeToString("user:…".getBytes())`):
 * one colon, no spaces, no `://`.
 */
export function isUserPasswordPair(value: string): boolean {
  return /^[^\s:/]+:[^\s:]+$/.test(value);
}
