// Hosts inside connection strings that are not URLs: libpq's `host=db port=5432 dbname=shop`
// (psycopg2, lib/pq, pgx, gorm's postgres driver) and go-sql-driver/mysql's `user@tcp(db:3306)/shop`.
import { skipSpaces } from '../../prefilter';
import { isStockPasswordAt } from '../../secrets/confidence';

export interface DsnHost {
  /** Offsets of the host inside the string's value. */
  start: number;
  end: number;
  host: string;
  /** The DSN's dialect: libpq strings are PostgreSQL's, `tcp(...)` is MySQL's. */
  dialect: 'postgres' | 'mysql';
  /** It also carries a real password, which hardcoded-credential reports (address.ts isCredentialsUrl). */
  credential: boolean;
}

/** `host=db.internal` in a libpq keyword/value string; the value may be single-quoted. */
const LIBPQ_HOST = /(?:^|\s)host\s*=\s*'?([^\s']+)/;
/** `tcp(db:3306)` in a MySQL DSN. */
const MYSQL_TCP = /@tcp\(([^)\s]+)\)/;

/**
 * A DSN with a real password in it is reported by hardcoded-credential too, as a URL with one is; a stock one
 * (`root:root@tcp(…)`, `password=postgres`) is information there (address.ts isCredentialsUrl).
 */
const LIBPQ_PASSWORD = /(?:^|\s)password\s*=\s*'?([^\s']+)/;
const MYSQL_PASSWORD = /^[^@/:]*:([^@]+)@tcp\(/;

function hasRealPassword(value: string): boolean {
  const match = LIBPQ_PASSWORD.exec(value) ?? MYSQL_PASSWORD.exec(value);
  if (!match) return false;
  // The password's offset: the end of the match, before `@tcp(` in a MySQL DSN.
  const end = match.index + match[0].length - (match[0].endsWith('@tcp(') ? '@tcp('.length : 0);
  return !isStockPasswordAt(value, end - match[1]!.length, end);
}

export function dsnHost(value: string): DsnHost | undefined {
  if (value.length > 2000) return undefined;
  const credential = hasRealPassword(value);
  const libpq = LIBPQ_HOST.exec(value);
  if (libpq?.[1] && /\b(?:dbname|user|port|sslmode|password)\s*=/.test(value) && isKeywordValueList(value)) {
    const start = libpq.index + libpq[0].length - libpq[1].length;
    return { start, end: start + libpq[1].length, host: libpq[1], dialect: 'postgres', credential };
  }
  const mysql = MYSQL_TCP.exec(value);
  if (mysql?.[1]) {
    const start = mysql.index + '@tcp('.length;
    return { start, end: start + mysql[1].length, host: mysql[1].replace(/:[0-9]+$/, ''), dialect: 'mysql', credential };
  }
  return undefined;
}

/**
 * Whether the whole string is libpq's `keyword = value` list, each value a word or single-quoted
 * (`\\` escapes inside): a docstring or message that shows `connect(host='db', port=5432)` is prose.
 */
function isKeywordValueList(value: string): boolean {
  let at = skipSpaces(value, 0);
  if (at === value.length) return false;
  while (at < value.length) {
    const keywordStart = at;
    while (at < value.length && /[A-Za-z_]/.test(value[at]!)) at++;
    if (at === keywordStart) return false;
    at = skipSpaces(value, at);
    if (value[at] !== '=') return false;
    at = skipSpaces(value, at + 1);
    const valueEnd = value[at] === "'" ? quotedEnd(value, at) : wordEnd(value, at);
    // `"host=db user=shop password=" + password`: the last value may be empty, the code appends it.
    if (valueEnd < at || (valueEnd === at && at < value.length)) return false;
    at = skipSpaces(value, valueEnd);
  }
  return true;
}

/** Past the closing quote of the single-quoted value opening at `open`; -1 when it never closes. */
function quotedEnd(text: string, open: number): number {
  for (let at = open + 1; at < text.length; at++) {
    if (text[at] === '\\') at++;
    else if (text[at] === "'") return at + 1;
  }
  return -1;
}

function wordEnd(text: string, from: number): number {
  let at = from;
  while (at < text.length && !/\s/.test(text[at]!) && text[at] !== "'") at++;
  return at;
}
