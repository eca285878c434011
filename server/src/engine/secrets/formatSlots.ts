// printf-style formats that build a connection string or a URL around their arguments:
// `host=%s user=%s password=%s` (lib/pq), `jdbc:postgresql://%s/db?user=%s&password=%s`,
// `smtp://%s:%s@%s:587`. The text before a verb names the argument it stands for, so a literal
// passed there is judged as the value of that name (Go's fmt.Sprintf, Java's String.format, PHP's sprintf).

/** `%s`, `%v`, `%q`, `%-10s`, PHP's and Java's positional `%2$s`; `%%` is a percent sign. */
const VERB = /%(?:(\d{1,2})\$)?[-+ #0]*\d{0,3}(?:\.\d{1,3})?([a-zA-Z%])/g;

/** `password=`, `pwd:`, `&api_key=` just before a verb: the key the argument is the value of. */
const KEY_BEFORE = /([A-Za-z_][\w.-]{0,63})\s*[=:]\s*['"]?$/;

/** Formats longer than this are templates of documents, not connection strings. */
const MAX_FORMAT = 2000;

/** The name of the argument a format gives at `slot` (0-based, after the format): `password` for `password=%s`. */
export function formatArgumentName(format: string, slot: number): string | undefined {
  if (format.length > MAX_FORMAT) return undefined;
  let sequential = 0;
  for (const match of format.matchAll(VERB)) {
    if (match[2] === '%') continue;
    const index = match[1] !== undefined ? Number(match[1]) - 1 : sequential++;
    if (index !== slot) continue;
    const before = format.slice(Math.max(0, match.index - 80), match.index);
    // `scheme://%s:%s@host`, `scheme://app:%s@host`: the verb between `:` and `@` after the user's is the password.
    if (/:\/\/(?:%[^:@/]*|[\w.~-]{1,64}):$/.test(before) && format.startsWith('@', match.index + match[0].length)) return 'password';
    // go-sql-driver's DSN, which has no scheme: `%s:%s@tcp(%s:3306)/%s`, `billing:%s@unix(…)/…`, `%s:%s@/db`.
    if (/^(?:%[a-z]|[\w.-]{1,64}):$/.test(before) && /^@(?:tcp|unix)?\(|^@\//.test(format.slice(match.index + match[0].length))) return 'password';
    return KEY_BEFORE.exec(before)?.[1];
  }
  return undefined;
}
