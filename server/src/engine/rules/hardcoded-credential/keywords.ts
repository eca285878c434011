// The keyword prefilter of hardcoded-credential, one list for every language: a file that holds
// none of these words is never parsed for this rule. Inclusive on purpose (a missing word costs
// a finding, an extra one only a parse); languages add the APIs and formats they alone use.
import { quickTestOf, TOKEN_FORMATS } from '../../secrets';

// `basic`: a `Basic <base64>` value is a password whatever its key says (config-common.ts).
// `api_signature`: PayPal's classic API signature, whose name holds no other credential word; `api_hash`:
// Telegram's, alike.
// `@tcp(`, `@unix(`: go-sql-driver's `user:pass@tcp(host)/db`, in Go code and in the configs Go services read.
// `totp`, `hotp`: a one-time-password generator's seed (`pyotp.TOTP('…')`, `ROTP::TOTP.new('…')`), no other word needed.
// `licen`: a licence key (`license_key`, `setLicense(…)`, `access_license_number`); `encryption`: WHMCS' `cc_encryption_hash`.
// `login`: a (user, password) pair given to a login in any language (`ftp.login(u, '…')`, `new Login(u, '…')`,
// `docker login -u u -p …` in a CI file), no other credential word needed.
// `bearer`: a bare `bearer` key names a token (Composer's auth.json `"bearer": {"host": "…"}`), no other word beside it.
// `psk`: a Wi-Fi network's pre-shared key (wpa_supplicant's `psk="…"`); `sasl_bind`: PHP's `ldap_sasl_bind($ds, null, '…')`.
// `honeycomb`: Honeycomb's API key as its `x-honeycomb-team` header; `snmp`: an SNMP community (`snmp_community`, gosnmp's `Community`).
// `senha`, `contrase` (contraseña, contrasena), `kennwort`, `wachtwoord`, `parol`, `sifre`, `haslo`, `mdp`: a password's
// name in Portuguese, Spanish, German, Dutch, Russian, Turkish, Polish and French (names.ts); `passwort`, `mot_de_passe` hold `pass`.
const CREDENTIAL_WORDS = ['senha', 'contrase', 'kennwort', 'wachtwoord', 'parol', 'sifre', 'haslo', 'mdp', 'bearer', 'honeycomb', 'pass', 'pwd', 'pw', 'pawd', 'pswd', 'secret', 'token', 'key', 'auth', 'cred', 'private', '-----begin', '://', 'jwt', 'hmac', 'mnemonic', 'phrase', 'seed', 'wallet', 'basic', 'salt', 'pepper', '@tcp(', '@unix(', 'api_signature', 'apisignature', 'api-signature', 'api_hash', 'apihash', 'api-hash', 'login', 'licen', 'encryption', 'totp', 'hotp', 'psk', 'sasl_bind', 'snmp'];

/** A format keyword this short or common would pass nearly every file (`sk` is in "task"). */
const isUsefulWord = (keyword: string): boolean => keyword.length >= 3 && keyword !== '-us';

const FORMAT_WORDS = TOKEN_FORMATS.flatMap((format) => format.keywords).filter(isUsefulWord);

/** Oracle's EZConnect login opening a literal, `'user/password@host:1521/service'` (go-dsn.ts): no credential word in it. */
export const ORACLE_LOGIN_SHAPE = /["'`][A-Za-z][\w$#]{0,127}\/[^\s/@"'`]{1,128}@(?:\/\/)?[\w.-]{1,253}(?::\d{1,5})?\//;

/** go-sql-driver's DSN with no address, `'user:pass@/db'` (go-dsn.ts): `@/` alone is every Vue import's alias. */
export const MYSQL_NO_ADDRESS_SHAPE = /[\w.$-]:[^\s@/"'`]{1,128}@\/[\w.$-]/;

/** A PIN's digits under its name, `pin: '4821'`, `'kiosk_pin' => 4821`, `pinCode: '4821'` (names.ts): `pin` alone is in every `mapping`. */
const PIN_CODE_SHAPE = /(?:pin|PIN|Pin)(?:[_-]?(?:code|Code|CODE))?["']?[ \t]{0,8}(?:=>|[:=])[ \t]{0,8}["']?\d{4}/;

/** A cloud AK/SK pair's secret half set (`qiniu_sk: …`, `OSS_SK=…`, `cosSk =`, names.ts): `sk` alone is too common a word. */
const AK_SK_SECRET_SHAPE = /(?:[a-z0-9][_.-]sk|[A-Z0-9][_.-]SK|[a-z0-9]Sk)["']?[ \t]*[:=]/;

/**
 * The formats no useful word announces (a Mailchimp key, a seed phrase) are
 * found by their own regex instead (or the cheaper test it implies, TokenFormat.quick), so a
 * file without any credential word still gets them.
 */
export const CREDENTIAL_PATTERNS: readonly RegExp[] = [
  // The very objects mayHoldTokenIn tests, so a file's answer to each is computed once (oncePerFile).
  ...TOKEN_FORMATS.filter((format) => format.pattern && !format.keywords.some(isUsefulWord)).map((format) => quickTestOf(format, format.pattern!)),
  ORACLE_LOGIN_SHAPE,
  MYSQL_NO_ADDRESS_SHAPE,
  PIN_CODE_SHAPE,
  AK_SK_SECRET_SHAPE,
];

/**
 * Calls that take a credential by position in Python, Ruby, PHP and Go, whose names hold no credential
 * word: `ftp.login(user, '…')`, `PostmarkClient('…')`, `Postmark::ApiClient.new('…')`, `sendgrid.NewSendClient("…")`.
 */
export const POSITIONAL_CALL_WORDS = ['login(', 'client(', 'client.new(', 'api(', 'api.new('];

/** The shared words plus a language's own (lowercase). */
export function credentialKeywords(...languageWords: string[]): readonly string[] {
  return [...new Set([...CREDENTIAL_WORDS, ...FORMAT_WORDS, ...languageWords])];
}

export const CREDENTIAL_KEYWORDS = credentialKeywords();

/**
 * Shell, wherever written (scripts, Makefile recipes, RUN lines): also the commands handed a password in a
 * word of their own with no credential word near (`mysql -uroot -p…`, `lftp -u user,…`, `smbclient -U user%…`).
 */
export const SHELL_CREDENTIAL_KEYWORDS = credentialKeywords('mysql', 'mariadb', 'lftp', 'smbclient', 'redis-cli');

/**
 * Code that runs a command taking a password under a flag of no credential word (go-commands.ts, jvm-commands.ts,
 * php-commands.ts): the program's name with a flag after it, as the next item of an argument vector
 * (`"mysqldump", "-p…"`, `'redis-cli', '-a'`) or in a command line (`mysql -uroot -p…`, `curl -u u:…`). The
 * name alone is a driver in most database code (`sql.Open("mysql", dsn)`, `'driver' => 'mysql'`).
 */
export const COMMAND_PASSWORD_SHAPE = /(?<![\w./-])(?:sshpass|redis-cli|mysql(?:dump|admin|import)?|mariadb(?:-dump)?|lftp|smbclient|curl)(?:["'`][ \t]*,\s*["'`]-|[ \t]+-)/;

/** Config files: also a `user` that may hold `name:password` in one value (buildout's `user = admin:…`). */
export const CONFIG_CREDENTIAL_KEYWORDS = credentialKeywords('user=', 'user =', 'user:');

/**
 * A keyword argument named for a credential given a constant's name (Python `password=PW`, `api_key=_KEY`; Ruby
 * `password: OPS_GATE`): the later-use checks read the constant by that use (python-later-uses.ts, ruby-later-uses.ts).
 */
export const KEYWORD_GIVEN_CONSTANT = /(?:pass(?:word|wd)?|pwd|secret|token|key)(?:=|:[ \t]+)_*[A-Z][A-Z0-9_]*(?![\w.:([])/;

/**
 * A password keyword given a local's name (Python `password=pw`, Ruby `password: db_pass`), not its own name
 * (`password=password`, the common hand-through): the later-use checks read a function's local by that use.
 */
export const PASSWORD_GIVEN_LOCAL = /\b(?:pass(?:word|wd)?|pwd)(?:=|:[ \t]+)(?!pass(?:word|wd)?\b)[a-z_][a-z0-9_]{0,40}\b(?![.(\[])/;
