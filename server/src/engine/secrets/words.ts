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
  // Nextcloud's `passwordsalt`, `dbsalt`: a salt run together with what it salts.
  ['salt', ['salt']],
  // `$dbpass`, `DBPASS`, `smtppass`: PHP and shell spell the password short and run together.
  ['pass', ['pass']],
];

/** Lowercase words of an identifier: camelCase, PascalCase, snake_case, kebab-case, dotted, digits apart. */
export function splitWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])(?=[A-Z][a-z])/g, '$1 ')
    .replace(/([A-Za-z])([0-9])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase())
    .flatMap(splitCompound);
}

function splitCompound(word: string): string[] {
  for (const [suffix, parts] of COMPOUND_SUFFIXES) {
    // Header names run together: `xapikey` is `X-Api-Key`.
    if (word === `x${suffix}`) return ['x', ...parts];
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
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])(?=[A-Z][a-z])/g, '$1 ')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0);
}
