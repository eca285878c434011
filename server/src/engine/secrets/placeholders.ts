// Values that stand in for a secret rather than being one. Deliberately generous: a value that is
// obviously a dummy (`changeme`, `<your-key>`, `test`, `password123`) is never worth a finding.
import { isGeneratedSalt, isPunctuatedSalt } from './entropy';
import { splitWords } from './words';

/** Words a placeholder is made of. A value of only these (and digits) is a placeholder: `test-password`, `secret_key`, `YOUR_TOKEN_HERE`. */
const PLACEHOLDER_WORDS = new Set([
  'changeme', 'changeit', 'changethis', 'replaceme', 'editme', 'fillme', 'setme', 'todo', 'tbd', 'fixme', 'xxx', 'xx', 'x', 'placeholder', 'dummy',
  'example', 'examples', 'sample', 'test', 'testing', 'tests', 'demo', 'none', 'null', 'nil', 'undefined', 'empty',
  'redacted', 'hidden', 'masked', 'notset', 'unset', 'foo', 'bar', 'baz', 'qux', 'foobar', 'fake', 'mock', 'stub',
  'abc', 'xyz', 'default', 'temp', 'tmp', 'na', 'n', 'a',
  'value', // a CLI flag's metavar: `{"name": "--api_key", "value": "VALUE"}`
  'nocheck', // Atlassian's `X-Atlassian-Token: nocheck` (or `no-check`), which turns its XSRF check off
  // Filler a template ships (Medusa's compose: `JWT_SECRET: something`).
  'something', 'whatever', 'anything',
  // Laravel 5.0-5.1's `.env.example` key, `SomeRandomString` (Pterodactyl's `SomeRandomString3232RandomString`).
  'random',
  // The login every anonymous FTP, LDAP bind or OAuth 1 consumer (Google's `anonymous`/`anonymous`) documents.
  'anonymous',
  // Values a test passes to see a credential refused: `client_secret: "invalid"`, `password: 'wrong'`.
  'invalid', 'wrong', 'incorrect', 'bad', 'bogus', 'expired', 'revoked', 'garbage', 'nope', 'unknown',
]);

/** Credential words: a value that only restates what it is (`password`, `api-key`, `jwt_secret`) holds nothing. */
const CREDENTIAL_WORDS = new Set([
  'password', 'passwords', 'passwd', 'pwd', 'pawd', 'pswd', 'pass', 'pw', 'passphrase', 'secret', 'secrets', 'token', 'tokens', 'key',
  'keys', 'api', 'apikey', 'private', 'access', 'auth', 'credential', 'credentials', 'creds', 'client', 'jwt',
  'session', 'cookie', 'signing', 'encryption', 'master', 'bearer', 'app', 'db',
  'base', // Rails' `secret_key_base`: `dev-only-secret-key-base` restates it
  // "Password" in the languages templates are written in (accents taken off): `postgresql://seu_usuario:senha@…`,
  // `tu_contraseña`, `votre_mot_de_passe`, `dein_passwort`, `wachtwoord`, `salasana`, `parola`.
  'senha', 'contrasena', 'clave', 'motdepasse', 'passe', 'passwort', 'kennwort', 'wachtwoord', 'losenord', 'adgangskode',
  'salasana', 'haslo', 'parola', 'heslo', 'jelszo', 'sifre',
]);

/** Filler around placeholders: "put your key here", "insert token", "value goes here". */
const FILLER_WORDS = new Set([
  'your', 'here', 'the', 'an', 'goes', 'string', 'me', 'this', 'to', 'with', 'own', 'put', 'insert', 'enter', 'replace',
  'change', 'set', 'add', 'paste', 'fill', 'in', 'some',
  // "Your" and "of" in those languages: `sua_senha`, `tu_contraseña`, `votre_mot_de_passe`, `ihr_passwort`, `uw_wachtwoord`.
  'seu', 'sua', 'tu', 'su', 'votre', 'ton', 'mot', 'de', 'dein', 'deine', 'ihr', 'uw', 'jouw', 'twoje', 'tuo', 'tua',
]);

/**
 * A value that says it is no real secret: `dev-only-secret-key`, `insecure-local-key`,
 * `not-for-production-secret`. The stage words count only beside such a word: `jwt-dev-secret`
 * says which secret it is, not that it is none.
 */
const DISCLAIMER_WORDS = new Set(['only', 'insecure', 'unsecure', 'unsafe', 'not', 'never']);
const STAGE_WORDS = new Set([
  'dev', 'development', 'local', 'for', 'do', 'use', 'production', 'prod', 'in',
  // `ci-only-secret`, `e2e-only-token`, `staging-only-key`: the only place the value works is named.
  'ci', 'e2e', 'qa', 'staging', 'stage', 'testing',
  // `dev-session-secret-not-used-in-prod`, `not-a-real-key`, `not-used-anywhere-else`.
  'used', 'real', 'anywhere', 'else',
]);

/** Field words: `new-password`, `user_password`, `passwordConfirm` name a field (autocomplete, form field, column). */
const FIELD_WORDS = new Set([
  'user', 'username', 'users', 'new', 'old', 'current', 'confirm', 'confirmation', 'repeat', 'retype', 'verify', 'field',
  'input', 'form', 'hashed', 'hash', 'encrypted', 'reset', 'forgot', 'update', 'label', 'login', 'account', 'id', 'name',
  'header', 'type', 'plain', 'text',
]);

// `change-in-production`, `replace-before-deploy`, `TODO-…` (probe26c 10): an instruction to fill the value in, whatever else it says.
// `…ChangeIt` closing a phrase: Symfony's shipped `ThisTokenIsNotSoSecretChangeIt` (probe29c 5), as `changeit` alone is.
const MARKERS = /changeme|change[-_ ]me|change[-_ ]?it$|change[-_ ]?this|replace[-_ ]?me|replace[-_ ]with[-_ ]|(?:change|replace)[-_ ](?:it[-_ ])?(?:in|before|for|on)[-_ ](?:prod|production|deploy|release)|^todo[-_ :]|edit[-_ ]?me|placeholder|example|dummy|redacted|xxxxx|\*\*\*|\.\.\.|…|•••|your[-_ ]|insert[-_ ]|not[-_ ]a[-_ ]real/i;

/**
 * An instruction naming the variable to set: cookiecutter-django's `!!!SET DJANGO_SECRET_KEY!!!`, `change THE_API_KEY`.
 * The name is an environment variable's (upper case, `_`-joined); a chosen secret is not an imperative and a name.
 */
const SET_THE_VARIABLE =
  /^[!*#<[\s]*(?:set|Set|SET|change|Change|CHANGE|replace|Replace|REPLACE|provide|Provide|PROVIDE|define|Define|DEFINE)[\s:_-]+(?:(?:the|The|THE)[\s_-]+)?[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+[!*#>\]\s]*$/;

/** "Your …" opening a template in the languages templates are written in: `tu_clave_secreta_para_jwt`, `sua_chave`, `votre_cle`. */
const YOUR_IN_OTHER_LANGUAGES = /^(?:tu|seu|sua|votre|dein|deine|jouw)[-_ ][a-z]{3,}[-_ ][a-z]/i;

/**
 * "Fill in / enter / your / here" in the scripts whose templates say so in their own words: Chinese `填写你的SecretKey`,
 * `请输入密钥`, `在此填写`; Japanese `ここにAPIキーを入力`; Korean `여기에 입력`. A secret is not written with them.
 */
const FILL_IN_OTHER_SCRIPTS = /填写|填入|请输入|请填|输入你的|你的|您的|在此|此处|这里|替换|入力|ここに|あなたの|設定してください|입력|여기에|당신의/u;

/** `${VAR}` or any interpolation, `{{ mustache }}`: unless the rest is a generated salt (isSaltAroundBraces). */
const INTERPOLATION_SHAPES: readonly RegExp[] = [/\$\{/, /\{\{/];

/** A reference as written, removed to see what is around it: `${DB_PASSWORD}`, `${VAR:-x}`, `{{ .Values.x }}`. */
const WRITTEN_REFERENCE = /\$\{[^{}\r\n]{0,200}\}|\{\{[^{}\r\n]{0,200}\}\}/g;

/**
 * WordPress' salts (64 characters from letters, digits and punctuation) hold `${` or `{{` by chance (probe25c x1), as a
 * base64 or generated key may: no reference around which the rest is a URL or words, but 32 characters or more with at
 * most three single spaces and eight kinds of punctuation or more besides the references. One pass each.
 */
function isSaltAroundBraces(value: string): boolean {
  // WordPress' generator draws a space now and then: a few single spaces, never words.
  return isPunctuatedSalt(value.replace(WRITTEN_REFERENCE, ''));
}

const REFERENCE_SHAPES: readonly RegExp[] = [
  // GraphQL Mesh and Hive gateway substitute `{env.INVENTORY_TOKEN}`, `{context.headers.authorization}`.
  /\{(?:env|context|args|root)\.[\w.-]{1,120}\}/,
  /^%[A-Za-z_][A-Za-z0-9_]*%$/, // %VAR%
  // Phinx's `%%PHINX_DBPASS%%` (filled from the environment when phinx.yml is read) and Ant's `%%token%%` filters.
  /^%%[A-Za-z_][\w.-]{0,120}%%$/,
  // Nagios' and Icinga's macros, filled in when a check runs: `$USER3$` (resource.cfg), `$host.vars.db_password$`.
  /^\$[A-Za-z_][\w.]{0,120}\$$/,
  // Zabbix's macros, which its server fills in: a user macro `{$VAULT.TOKEN}` (also PHP's `"{$password}"`),
  // a discovery macro `{#JMXOBJ}`; anywhere in the value (`PVEAPIToken={$PVE.TOKEN.ID}={$PVE.TOKEN.SECRET}`).
  /\{\$[A-Za-z_][\w.]{0,120}(?::[^{}\r\n]{0,120})?\}/,
  /\{#[A-Z_][A-Z0-9_.]{0,120}\}/,
  // An Android resource reference: `@string/facebook_client_token`, `@android:string/ok`, `?attr/colorPrimary`.
  /^[@?](?:android:)?(?:string|integer|bool|raw|xml|array|attr)\/[A-Za-z_][\w.]{0,120}$/,
  // AEM as a Cloud Service's OSGi configs: `$[env:SMTP_HOST]`, `$[secret:SMTP_PASSWORD]` (Cloud Manager fills them in).
  /^\$\[(?:env|secret):[A-Za-z_][\w.-]{0,120}(?:;default=)?\]$/,
  // Azure Pipelines' runtime expressions, filled in when a job runs: `$[variables.SentryToken]`,
  // `$[ dependencies.Build.outputs['keys.token'] ]`, `$[format('{0}', variables.x)]`.
  /^\$\[\s{0,8}(?:variables|dependencies|stageDependencies|format|coalesce|counter|replace)\b[^\r\n]{0,240}\]$/,
  // Azure App Service's and Functions' Key Vault references, resolved by the platform when the app starts:
  // `@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/name/)`, `@Microsoft.KeyVault(VaultName=kv;SecretName=name)`.
  /^@Microsoft\.KeyVault\([^()\r\n]{1,400}\)$/i,
  // Symfony parameters, alone or in front of a path: %env(APP_SECRET)%, %env(resolve:DSN)%, %kernel.secret%,
  // %kernel.project_dir%/config/jwt/private.pem
  /^%(?:env\([\w:.-]{1,120}\)|[A-Za-z_][\w.]{0,120})%(?:\/\S{0,500})?$/,
  /^\$\(?[A-Za-z_][A-Za-z0-9_]*\)?$/, // $VAR, $(VAR)
  /^<[^<>]{1,80}>$/, // <password>
  /^\[[^[\]]{1,80}\]$/, // [your key], [PAD]
  /^%\(?\w*\)?[sd]$/, // %s, %(name)s
  /^\{\d*\}$/, // {0}
  // A route's or a usage line's named slot: `CODECOV_TOKEN=:uuid`, `/api/:token`.
  /^:[a-z][a-z0-9_]{1,30}$/,
  // A format field Python or Dynaconf fills in: `{db_password}`, Dynaconf's `@format …{this.DB_PASSWORD}…`, `{env[DB_PASSWORD]}`.
  /^\{[A-Za-z_][\w.]{0,80}(?:\[[\w'"]{1,80}\])?\}$/,
  // Dynaconf's `@get OTHER_SETTING`: the value of another setting.
  /^@get\s+[A-Za-z_][\w.]{0,80}$/,
  /^(?:process\.env|import\.meta\.env|env)\.[A-Za-z_]\w*$/,
  // An env read written in code where only text is read (a YAML value without ERB tags: `ENV['CLOUDINARY_SECRET']`,
  // `ENV.fetch("X", nil)`, `os.getenv('X')`, `getenv('X')`, `System.getenv("X")`): a broken reference at worst, no secret.
  // A default other than none is a value and is judged as one.
  /^(?:ENV|os\.environ|\$_ENV|\$_SERVER)\[\s?["'][A-Za-z_]\w{0,120}["']\s?\]$/,
  /^(?:ENV\.fetch|os\.environ\.get|os\.getenv|getenv|env|System\.getenv)\(\s?["'][A-Za-z_]\w{0,120}["'](?:,\s?(?:nil|null|None|""|''))?\s?\)$/,
  // Build-time token replacement: Maven/Gradle resource filtering `@db.password@`, release pipelines'
  // `__PAYMENT_API_KEY__` and `#{ApiKey}#` (Azure DevOps Replace Tokens, Octopus). A dunder token
  // wrapped in a little punctuation (`/__FOLDER_SIZE__\`) is a sentinel key no path or name can be.
  /^@[A-Za-z_][\w.-]{0,80}@$/,
  /^[^\w\s]{0,2}__[A-Za-z][\w.-]{0,80}__[^\w\s]{0,2}$/,
  /^#\{[^{}]{1,80}\}#?$/,
  // A note in words, in parentheses, where a value would be: a help text's default `(six digits)`, `(none)`, `(not set)`.
  /^\([a-z]{1,20}(?:[ ,-]{1,2}[a-z]{1,20}){0,7}\)$/i,
  // The whole value says it is none: `notasecret` (the password of every P12 key file Google issues), `not_a_password`.
  /^not[-_ ]?a?[-_ ]?(?:secret|password)$/i,
  /^no-check$/i,
  // `norefreshtoken`, `no-api-key`: the value a cache key or a log line shows where there is none.
  /^no[-_ ]?(?:refresh|access|auth|api|id|session)?[-_ ]?(?:token|key|secret|password|credentials?)$/i,
  // Encrypted at rest, decrypted by the app with a key from its environment: Jasypt's `ENC(…)`, Spring
  // Cloud Config's `{cipher}…`, SOPS' `ENC[AES256_GCM,data:…,iv:…,tag:…,type:str]`, hiera-eyaml's
  // `ENC[PKCS7,…]`. The ciphertext alone is no secret.
  /^ENC\([A-Za-z0-9+/=_-]{8,4000}\)$/,
  /^ENC\[AES256_GCM,data:[A-Za-z0-9+/=]{0,4000},iv:[A-Za-z0-9+/=]{1,200},tag:[A-Za-z0-9+/=]{1,200},type:[a-z]{1,10}\]$/,
  /^\{cipher\}[A-Za-z0-9+/=_-]{8,4000}$/,
  // hiera-eyaml (Puppet): `ENC[PKCS7,<base64>]`, `ENC[GPG,<base64>]`, decrypted by the Puppet server's key.
  /^ENC\[(?:PKCS7|GPG),[A-Za-z0-9+/=\s]{8,20000}\]$/,
  // DigitalOcean App Platform's encrypted env values (`type: SECRET` in .do/app.yaml): `EV[1:<nonce>:<ciphertext>]`.
  /^EV\[1:[A-Za-z0-9+/=_-]{8,200}:[A-Za-z0-9+/=_-]{8,8000}\]$/,
  // Ansible's masks for a no_log value (`result['secret'] = 'no_log'` before a module returns it).
  /^(?:no_log|VALUE_SPECIFIED_IN_NO_LOG_PARAMETER)$/,
  // dotenvx's `encrypted:<base64>` (ECIES), opened with DOTENV_PRIVATE_KEY from the environment.
  /^encrypted:[A-Za-z0-9+/]{40,8000}={0,2}$/,
  // An RSA ciphertext in base64, one line: exactly a modulus' length decoded (128, 256, 384 or 512 bytes: RSA-1024
  // to -4096), the app's private key, kept elsewhere, opens it at start (probe24: a `passwords-prod.properties` of
  // them). A secret drawn as random bytes is 16 to 64 long; a PEM key is wrapped in lines and headed. Not hex alone: 512 hex
  // characters are a generated key's (`randomBytes(256).toString('hex')`, probe30c 4), which base64 bytes never spell.
  /^(?![0-9a-f]+$|[0-9A-F]+$)(?:[A-Za-z0-9+/]{170}[AEIMQUYcgkosw048]=|[A-Za-z0-9+/]{341}[AQgw]==|[A-Za-z0-9+/]{512}|[A-Za-z0-9+/]{682}[AEIMQUYcgkosw048]=)$/,
  // A Fernet token (Python's cryptography): `gAAAAA` is its version byte and timestamp; the app's Fernet key opens it.
  /^gAAAAA[A-Za-z0-9_-]{90,8000}={0,2}$/,
];

/**
 * `my_garden_production_password` under `password` beside `my_garden_production_user` (probe26c 7): a template's opener (`my`,
 * `our`; `your` is a placeholder already), at most four words naming the app or the stage, then the key's own last word. It spells
 * the setting it stands in for, as `your_garden_production_password` does. Not `my-secret` alone under another name.
 */
export function isSelfNamingTemplate(value: string, name: string): boolean {
  const trimmed = value.trim();
  if (trimmed.length > 80 || !/^(?:my|our)[-_][a-z0-9]+(?:[-_][a-z0-9]+){0,4}$/i.test(trimmed)) return false;
  const words = splitWords(trimmed);
  const last = words.pop();
  // `my_super_secret_password` was typed as a phrase: the words between name the app or the stage, not the secret's strength.
  return last !== undefined && /^[a-z]{3,}$/.test(last) && last === splitWords(name).pop() && !words.some((word) => PHRASE_WORDS.has(word));
}

/** Words that make a `my_…` value a phrase someone typed rather than a template's name for the setting. */
const PHRASE_WORDS = new Set(['super', 'very', 'top', 'ultra', 'mega', 'secret', 'strong', 'secure', 'safe', 'real', 'actual', 'own', 'long', 'hard', 'best', 'great', 'awesome', 'cool', 'private', 'hidden']);

/** Whether a value is a placeholder, not a secret: '', changeme, <your-key>, xxx, ${VAR}, YOUR_TOKEN_HERE, ... */
export function isPlaceholder(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed === '') return true;
  // A salt generator's draw holds a marker's or a macro's shape by chance (`***`, `{$sJey}`, `{#GT}`): it is none.
  if (isGeneratedSalt(trimmed)) return false;
  if (REFERENCE_SHAPES.some((shape) => shape.test(trimmed))) return true;
  if (INTERPOLATION_SHAPES.some((shape) => shape.test(trimmed)) && !isSaltAroundBraces(trimmed)) return true;
  if (SET_THE_VARIABLE.test(trimmed)) return true;
  if (MARKERS.test(trimmed) || /^your/i.test(trimmed) || YOUR_IN_OTHER_LANGUAGES.test(trimmed) || FILL_IN_OTHER_SCRIPTS.test(trimmed) || /[-_ ]here$/i.test(trimmed)) return true;
  if (isEncodedPlaceholder(trimmed)) return true;
  if (/^[*xX•#.?_\-\s]+$/.test(trimmed) || isTrivialSequence(trimmed) || isCountedToTen(trimmed) || isRepeatedUnit(trimmed) || isRepeatedWord(trimmed) || isDoubledPlaceholder(trimmed) || isCountedOut(trimmed)) return true;
  return isMadeOfPlaceholderWords(trimmed) || saysLocalOnly(trimmed) || saysTestValue(trimmed) || isJoinedFiller(trimmed);
}

/**
 * `12345:AaBbCcDdEeFf`, `123456:ABCDEFGHIJ`: a Telegram bot token's shape (`<bot id>:<secret>`) filled with a
 * counting run and an alphabet walk on either side of the colon, the filler a compose file's README tells to replace.
 */
function isJoinedFiller(value: string): boolean {
  const parts = value.split(':');
  return parts.length === 2 && parts.every((part) => part.length >= 3 && (isTrivialSequence(part) || isCaseDoubledWalk(part)));
}

/** `AaBbCcDdEeFf`: the alphabet walked with each letter in both cases. */
function isCaseDoubledWalk(value: string): boolean {
  if (value.length < 6 || value.length % 2 !== 0) return false;
  let letters = '';
  for (let at = 0; at < value.length; at += 2) {
    const pair = value.slice(at, at + 2);
    if (!/^[A-Za-z]{2}$/.test(pair) || pair[0]!.toLowerCase() !== pair[1]!.toLowerCase() || pair[0] === pair[1]) return false;
    letters += pair[0]!.toLowerCase();
  }
  return isTrivialSequence(letters);
}

/**
 * Base64 of a template's sentence: JHipster's `base64-secret` is the encoding of
 * `my-secret-key-which-should-be-changed-in-production-and-be-base64-encoded`. Decoded, it is plain words that
 * say they are a placeholder; a generated key decodes to bytes, not to such text.
 */
function isEncodedPlaceholder(value: string): boolean {
  if (value.length < 24 || value.length > 400 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value) || value.length % 4 !== 0) return false;
  // `echo '…' | base64`, as JHipster's comment tells, encodes the line's newline too.
  const decoded = Buffer.from(value, 'base64').toString('latin1').replace(/\r?\n$/, '');
  return /^[\x20-\x7e]+$/.test(decoded) && /^[A-Za-z0-9]+(?:[-_ ][A-Za-z0-9]+){3,}$/.test(decoded) && MARKERS_IN_WORDS.test(decoded);
}

/** What a template's sentence says of its value: change it, replace it, it is an example. */
const MARKERS_IN_WORDS = /(?:^|[-_ ])(?:change|changed|replace|replaced|example|placeholder|dummy)(?:[-_ ]|$)/i;

/** First words that make a value a test's stand-in: `test_session_secret_for_acme`, `fake-stripe-key`. */
const TEST_OPENERS = new Set(['test', 'dummy', 'fake', 'mock', 'sample', 'example']);

/**
 * A value that describes itself as a test's: lowercase words naming the credential, opened by `test`
 * or `fake` or closed by `for testing` / `testing only` (`test_reset_password_jwt_secret_for_testing`,
 * an OIDC test bed's `test_encryption_key_for_acme_oidc_32ch`). The app's own words may sit between,
 * which the all-known-words test above does not allow. A chosen secret is not written so.
 */
function saysTestValue(value: string): boolean {
  if (!/^[a-z0-9]+(?:[-_.][a-z0-9]+){2,}$/.test(value)) return false;
  const words = value.split(/[-_.]/);
  if (!words.some((word) => CREDENTIAL_WORDS.has(word))) return false;
  const tail = words.slice(-2).join(' ');
  return TEST_OPENERS.has(words[0]!) || tail === 'for testing' || tail === 'for tests' || tail === 'testing only' || tail === 'test only';
}

/** Stages no deploy runs in; `prod-only` or `staging-only` would name a deploy, so they are not here. */
const LOCAL_STAGES = new Set(['dev', 'development', 'local', 'ci', 'e2e']);
const LOCAL_DISCLAIMERS = new Set(['only', 'insecure', 'unsafe', 'unsecure']);

/**
 * A value that says it is local only, with a suffix that makes it unique: `django-insecure-local-only-6c1f0e2b`,
 * `dev-only-key-7f3a`. Without the hex suffix it is a placeholder of disclaimer and stage words (below), and
 * says so in two words side by side (`local-only`, `insecure-dev`). `django-insecure-<random>` names no
 * stage, and `dev-only-s3cret` holds a chosen secret: both judged.
 */
function saysLocalOnly(value: string): boolean {
  const stem = value.replace(/[-_][0-9a-f]{4,16}$/i, '');
  if (stem === value || !isMadeOfPlaceholderWords(stem)) return false;
  const words = splitWords(stem);
  return words.some((word, at) => {
    const next = words[at + 1] ?? '';
    return (LOCAL_STAGES.has(word) && LOCAL_DISCLAIMERS.has(next)) || (LOCAL_DISCLAIMERS.has(word) && LOCAL_STAGES.has(next));
  });
}

/** Digits (and hex letters) counted out in order. */
const COUNTING_RUNS = ['0123456789abcdef', '0123456789ABCDEF', '0123456789'];

/**
 * `0123456789abcdef0123456789abcdef01234567` (a token's length filled by counting): the digits in order,
 * over and over, from anywhere in the run. A generator never writes ten of them in a row.
 */
function isCountedOut(value: string): boolean {
  return value.length >= 12 && COUNTING_RUNS.some((run) => run.repeat(Math.ceil(value.length / run.length) + 1).includes(value));
}

/**
 * `AABBCCDDAABBCCDDAABBCCDD`, `abcabcabc`: a short unit typed three times or more, which no generator writes. Not a
 * capitalised syllable typed over (`ZuvZuvZuv`, probe29c 1): a template writes its filler in one case, so a capital
 * opening each of three made-up syllables was chosen to pass a policy; under a password's name it is the password.
 */
function isRepeatedUnit(value: string): boolean {
  for (let unit = 1; unit <= 8 && unit * 3 <= value.length; unit++) {
    if (value.length % unit !== 0) continue;
    const head = value.slice(0, unit);
    if (head.repeat(value.length / unit) === value) return !isChosenSyllable(head);
  }
  return false;
}

/** `Zuv`, `Kel`: a capital and lowercase letters that are no filler's (`Abc`, `Xxx`, `Foo`). */
function isChosenSyllable(unit: string): boolean {
  const lower = unit.toLowerCase();
  return /^[A-Z][a-z]{2,7}$/.test(unit) && !isTrivialSequence(lower) && !PLACEHOLDER_WORDS.has(lower);
}

/**
 * `123`, `1234`, `123456`, `000000`, `123123`: digits counted or typed over. A placeholder in docs and templates,
 * and the first password anybody tries where an app really uses it (isSecretLikeValue asks the name).
 */
export function isDigitRun(value: string): boolean {
  return /^\d{3,20}$/.test(value) && (isTrivialSequence(value) || isRepeatedUnit(value) || isCountedToTen(value));
}

/** The keyboard's row (`1234567890`: 0 after 9) and counting to ten (`12345678910`): the same run as `123456789` (probe26c 11). */
export function isCountedToTen(value: string): boolean {
  return /^(?:0?1234567890|0?12345678910)$/.test(value);
}

/** `uuid-uuid-uuid-uuid-uuid`, `key.key.key`: one word written over, a shape's stand-in. */
function isRepeatedWord(value: string): boolean {
  const parts = value.split(/[-_.:\s]+/);
  return parts.length >= 3 && /^[A-Za-z]{2,12}$/.test(parts[0]!) && parts.every((part) => part.toLowerCase() === parts[0]!.toLowerCase());
}

/**
 * `testtest`, `demodemo`: a placeholder word typed twice to pass a minimum length (probe22c I: beego's
 * `mailpassword = testtest` beside `mailuser = test@163.com`). Not a chosen word doubled (`adminadmin`).
 */
function isDoubledPlaceholder(value: string): boolean {
  if (!/^[A-Za-z]{6,24}$/.test(value) || value.length % 2 !== 0) return false;
  const half = value.slice(0, value.length / 2);
  return half.toLowerCase() === value.slice(value.length / 2).toLowerCase() && isPlaceholder(half);
}

/** Words people type as a password, in the languages templates are written in (accents taken off). */
const PASSWORD_WORDS = new Set([
  'password', 'passwd', 'pass', 'pwd', 'pawd', 'pswd', 'secret', 'senha', 'contrasena', 'clave', 'motdepasse', 'passwort', 'kennwort',
  'wachtwoord', 'losenord', 'salasana', 'haslo', 'parola', 'heslo', 'jelszo', 'sifre',
]);

/**
 * `password123`, `Password1!`, `senha123`, `secret2024`: a password word with digits after it. A placeholder in
 * docs and templates, and, as a run of digits (isDigitRun), among the first passwords anybody tries where an app
 * really uses it (isSecretLikeValue asks the name).
 */
export function isWordAndDigitsPassword(value: string): boolean {
  const match = /^([A-Za-z\u00C0-\u024F]{3,12})\d{1,8}[!@#$%*.]?$/.exec(value);
  return match !== null && PASSWORD_WORDS.has(match[1]!.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
}

/**
 * A run of digits or a password word with digits: a placeholder's shape that is also among the first passwords
 * anybody tries, so where an app really uses it as its password it is a weak password (isSecretLikeValue asks the name).
 */
export function isFirstTriedPassword(value: string): boolean {
  return isDigitRun(value) || isWordAndDigitsPassword(value) || isPolicyShapedPassword(value);
}

/**
 * `Abc@123456`, `Admin@123`, `Qwer#2024`: a capitalised word, one symbol, then digits, the shape a password policy
 * (upper case, a symbol, digits) makes people type, and among the commonest passwords there are (probe21c d3: beego's
 * `dbpassword = Abc@123456`). Its word may be a placeholder's (`abc`), yet a template does not bother with the capital
 * and the symbol: under a password's name it is a weak password in use, not a stand-in (isSecretLikeValue asks the name).
 */
export function isPolicyShapedPassword(value: string): boolean {
  return /^[A-Z][a-z]{2,11}[@#!$%*.]\d{3,8}$/.test(value) || isDigitsThenWordPassword(value);
}

/**
 * `482Abc`, `2024Qwer!`: digits, then a capitalised word (probe24c: an Atlas URL's `<3 digits>Abc`). The word may be a
 * placeholder's, but a template writes it first and in lower case (`abc123`); digits before a capital are typed to pass a policy.
 */
function isDigitsThenWordPassword(value: string): boolean {
  return /^\d{3,8}[A-Z][a-z]{2,11}[@#!$%*.]?$/.test(value);
}

/** `aaaa`, `1234`, `abcdef`, `987654`: one character or a run of consecutive ones. */
export function isTrivialSequence(value: string): boolean {
  if (value.length < 2) return true;
  const step = value.charCodeAt(1) - value.charCodeAt(0);
  if (Math.abs(step) > 1) return false;
  for (let i = 2; i < value.length; i++) {
    if (value.charCodeAt(i) - value.charCodeAt(i - 1) !== step) return false;
  }
  return true;
}

/** Five digits or more of three kinds or more, not counted or typed over: `480273`, not `12345`, `123123`, `2024`. */
function isChosenNumber(word: string): boolean {
  const half = word.slice(0, word.length / 2);
  return /^\d{5,20}$/.test(word) && new Set(word).size >= 3 && !isDigitRun(word) && half + half !== word;
}

function isMadeOfPlaceholderWords(written: string): boolean {
  // Accents off, so another language's words read as the lists spell them: `tu_contraseña`, `lösenord`.
  const value = written.normalize('NFD').replace(/\p{M}/gu, '');
  // Word-and-symbol values only (`Password1!`); `p@ss:w0rd/x` was chosen, not restated.
  if (!/^[A-Za-z0-9_.\- !@#$%&*+]+$/.test(value)) return false;
  const words = splitWords(value);
  // `abc480273+`, `xyz850317` (probe30c 5): filler before a number someone chose is a weak password, not filler; `abc123`,
  // `test1234`, `demo2024` keep the filler's reading (a counted run, or too few digits to have been chosen).
  if (words.some(isChosenNumber)) return false;
  const letterWords = words.filter((word) => !/^\d+$/.test(word));
  if (letterWords.length === 0) return false;
  const disclaims = letterWords.some((word) => DISCLAIMER_WORDS.has(word));
  const known = (word: string): boolean =>
    PLACEHOLDER_WORDS.has(word) || CREDENTIAL_WORDS.has(word) || FILLER_WORDS.has(word) || FIELD_WORDS.has(word) ||
    (disclaims && (DISCLAIMER_WORDS.has(word) || STAGE_WORDS.has(word)));
  const unknown = letterWords.filter((word) => !known(word));
  // `collectstatic-only`, `build-only-secret`: a disclaimer makes one plain word beside it the purpose, not a secret.
  if (disclaims && unknown.length === 1 && letterWords.length <= 4 && /^[a-z]{3,20}$/.test(unknown[0]!)) return true;
  if (unknown.length > 0) return false;
  // `local-dev-only`, `not-for-production`: nothing but where the value may not be used.
  if (disclaims) return true;
  // `user` or `login` alone is a (bad) password; a placeholder says what it stands for.
  return letterWords.some((word) => PLACEHOLDER_WORDS.has(word) || CREDENTIAL_WORDS.has(word));
}
