// Splitting identifiers and values into lowercase words: `dbPassword`, `DB_PASSWORD`,
// `db-password` and `dbpassword` all read as ["db", "password"].

/** Credential words that are often written run together with what they qualify: `dbpassword`, `apikey`. */
const COMPOUND_SUFFIXES: readonly [string, readonly string[]][] = [
  ['password', ['password']],
  ['passwd', ['passwd']],
  ['passphrase', ['passphrase']],
  ['secretkey', ['secret', 'key']],
  ['privatekey', ['private', 'key']],
  ['accesskey', ['access', 'key']],
  ['apikey', ['api', 'key']],
  ['secret', ['secret']],
  ['token', ['token']],
  ['pwd', ['pwd']],
  ['pawd', ['pawd']],
  ['pswd', ['pswd']],
  // Nextcloud's `passwordsalt`, `dbsalt`: a salt run together with what it salts.
  ['salt', ['salt']],
  // `$dbpass`, `DBPASS`, `smtppass`: PHP and shell spell the password short and run together.
  ['pass', ['pass']],
];

/**
 * Lowercase words of an identifier: camelCase, PascalCase, snake_case, kebab-case, dotted, digits apart.
 * Runs of ASCII letters and digits, each cut where a lowercase letter or digit meets an uppercase one
 * (`dbPassword`), before the last capital of an acronym that starts a word (`HTTPServer`), and where
 * a letter meets a digit (`key2`); one pass over the name, as every check asks for most names.
 */
export function splitWords(name: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let index = 0; index <= name.length; index++) {
    const kind = index < name.length ? charKind(name.charCodeAt(index)) : OTHER;
    if (kind === OTHER) {
      if (start >= 0) words.push(...splitCompound(name.slice(start, index).toLowerCase()));
      start = -1;
      continue;
    }
    if (start >= 0 && wordBreaksBefore(name, index, kind)) {
      words.push(...splitCompound(name.slice(start, index).toLowerCase()));
      start = index;
    }
    if (start < 0) start = index;
  }
  return joinedPassWord(words);
}

/** go-ini's and .NET's `DbPassWord`, `PassWord`: one word written in two, the password (probe21c d1). */
function joinedPassWord(words: string[]): string[] {
  const at = words.findIndex((word, index) => word === 'pass' && words[index + 1] === 'word');
  return at < 0 ? words : joinedPassWord([...words.slice(0, at), 'password', ...words.slice(at + 2)]);
}

const OTHER = 0;
const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;

function charKind(code: number): number {
  if (code >= 97 && code <= 122) return LOWER;
  if (code >= 65 && code <= 90) return UPPER;
  if (code >= 48 && code <= 57) return DIGIT;
  return OTHER;
}

/** Whether a word ends before `index` inside a run of letters and digits (the character before it is one too). */
function wordBreaksBefore(name: string, index: number, kind: number): boolean {
  if (kind === DIGIT) return charKind(name.charCodeAt(index - 1)) !== DIGIT;
  return kind === UPPER && caseBreaksBefore(name, index);
}

/** Before the capital at `index`: after a lowercase letter or digit (`dbPassword`), or where it starts a word after an acronym (`HTTPServer`). */
function caseBreaksBefore(name: string, index: number): boolean {
  if (charKind(name.charCodeAt(index - 1)) !== UPPER) return true;
  return index + 1 < name.length && charKind(name.charCodeAt(index + 1)) === LOWER;
}

/**
 * Words config keys run together whole, as PHP apps write them (LimeSurvey's `encryptionsecretboxkey`,
 * `encryptionpublickey`, Moodle's `passwordsaltmain`): a word made of these alone reads as them. Only a
 * whole segmentation counts, so `monkey` and `basalt` stay one word.
 */
const RUN_TOGETHER_WORDS = new Set([
  'password', 'passphrase', 'secret', 'salt', 'key', 'keys', 'token', 'pair', 'box', 'public', 'private', 'main',
  'encryption', 'signing', 'session', 'cookie', 'crypto', 'hash', 'hmac', 'unique', 'license', 'licence', 'master',
  'admin', 'api', 'auth', 'access', 'app', 'client', 'server', 'mail', 'smtp', 'db', 'user', 'site', 'security',
  // beego's `redisauth` (Redis' password, which Redis calls AUTH: names.ts).
  'redis',
  // beego's `xsrfkey` (the key that signs its XSRF cookie), `csrfsecret`; `csrftoken` stays a per-request token (names.ts).
  'xsrf', 'csrf',
]);

/** The longest run-together word segmented; bounded, so the segmentation stays cheap. */
const MAX_RUN_TOGETHER = 40;

/** `encryptionsecretboxkey` -> encryption, secret, box, key; undefined unless every part is a RUN_TOGETHER_WORDS word. */
function runTogether(word: string): string[] | undefined {
  if (word.length > MAX_RUN_TOGETHER || word.length < 6) return undefined;
  // best[i]: a segmentation of word.slice(0, i) into known words, the fewest parts first.
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= word.length; end++) {
    for (let start = Math.max(0, end - 10); start < end; start++) {
      const head = best[start];
      if (!head) continue;
      const part = word.slice(start, end);
      if (RUN_TOGETHER_WORDS.has(part) && (!best[end] || head.length + 1 < best[end]!.length)) best[end] = [...head, part];
    }
  }
  const parts = best[word.length];
  return parts && parts.length > 1 ? parts : undefined;
}

/**
 * Who a `pw` run together belongs to: DokuWiki's LDAP `bindpw`, kickstart's `rootpw`, `dbpw`. Only these:
 * PostfixAdmin's `dovecotpw` names dovecot's password tool, not a password.
 */
const PW_OWNERS = /^(?:bind|root|db|admin|user|smtp|ldap|mail|ftp|sql|mysql|pg|redis|api|app|master|sa|auth)pw$/;

function splitCompound(word: string): string[] {
  const parts = runTogether(word);
  if (parts) return parts;
  if (PW_OWNERS.test(word)) return [word.slice(0, -2), 'pw'];
  for (const [suffix, parts] of COMPOUND_SUFFIXES) {
    // Header names run together: `xapikey` is `X-Api-Key`.
    if (word.length === suffix.length + 1 && word.startsWith('x') && word.endsWith(suffix)) return ['x', ...parts];
    if (word === suffix) return [...parts];
    // One letter before a long word is the tail of an acronym: MediaWiki's `$wgDBpassword` reads `wg`, `D`, `Bpassword`.
    const shortest = suffix.length >= 6 ? 1 : 2;
    if (word.endsWith(suffix) && word.length >= suffix.length + shortest) {
      return [...splitCompound(word.slice(0, -suffix.length)), ...parts];
    }
  }
  return [word];
}

/** Words of an identifier for an environment variable name: case boundaries only, digits kept (`oauth2Token` -> OAUTH2, TOKEN). */
export function identifierWords(name: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let index = 0; index <= name.length; index++) {
    const kind = index < name.length ? charKind(name.charCodeAt(index)) : OTHER;
    if (kind === OTHER) {
      if (start >= 0) words.push(name.slice(start, index));
      start = -1;
      continue;
    }
    if (start >= 0 && kind === UPPER && caseBreaksBefore(name, index)) {
      words.push(name.slice(start, index));
      start = index;
    }
    if (start < 0) start = index;
  }
  return words;
}
