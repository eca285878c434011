// Passwords in the DSNs Go database drivers take besides URLs: go-sql-driver/mysql's
// `user:pass@tcp(host:3306)/db`, and lib/pq / pgx / go-mssqldb keyword strings
// (`host=db user=app password=... dbname=app`, `server=db;user id=sa;password=...`), and the
// account keys of Azure Storage and Service Bus connection strings (`AccountName=…;AccountKey=…`),
// and Oracle's EZConnect logins (`user/password@host:1521/service`).
// Placeholders and local-container defaults are judged as for URLs, by findUrlPassword.
import { findUrlPassword } from '../../secrets';

export interface DsnPassword {
  /** The password, relative to the searched string. */
  start: number;
  end: number;
  kind: 'MySQL DSN' | 'connection string';
}

const MYSQL_NET = /@(?:tcp[46]?|unix|udp)\(/g;
const HOST_KEYS = new Set(['host', 'server', 'data source', 'address', 'addr']);
const USER_KEYS = new Set(['user', 'user id', 'uid', 'username']);
const PASSWORD_KEYS = new Set(['password', 'pwd']);
/** Azure's shared keys: a storage account's `AccountKey`, a Service Bus or Event Hubs `SharedAccessKey`. */
const ACCOUNT_KEYS = new Set(['accountkey', 'sharedaccesskey']);
const AZURE_KEYS = new Set(['accountname', 'defaultendpointsprotocol', 'endpointsuffix', 'endpoint', 'sharedaccesskeyname', 'entitypath']);
const DSN_KEYS = new Set([...HOST_KEYS, ...USER_KEYS, ...AZURE_KEYS, 'dbname', 'database', 'port', 'sslmode', 'initial catalog']);

export function findDsnPassword(text: string): DsnPassword | undefined {
  return mysqlPassword(text) ?? keywordPassword(text) ?? oraclePassword(text);
}

/**
 * Oracle's EZConnect login, `user/password@host:1521/service` (cx_Oracle and oracledb's `connect('…')`,
 * SQL*Plus, node-oracledb): the whole string. The service after a `/` is required, so a GitHub
 * action (`actions/checkout@v4`) or a package pin is not one.
 */
const ORACLE_LOGIN = /^([A-Za-z][\w$#]{0,127})\/([^\s/@"']{1,128})@(?:\/\/)?([\w.-]{1,253})(?::\d{1,5})?\/[\w.$#-]{1,128}$/;

function oraclePassword(text: string): DsnPassword | undefined {
  const match = ORACLE_LOGIN.exec(text);
  if (!match || !isRealPassword(match[1]!, match[2]!, match[3]!)) return undefined;
  const start = match[1]!.length + 1;
  return { start, end: start + match[2]!.length, kind: 'connection string' };
}

/**
 * GoFrame's database `link`, `mysql:user:pass@tcp(host)/db`, names the driver before the user; the user and
 * password follow it. Only where a second colon comes before the `@`: `mysql:pw@tcp(…)` is the user `mysql`.
 */
const LINK_TYPE = /^(?:mysql|mariadb|tidb|pgsql|mssql|oracle|clickhouse|dm|sqlite):(?=[^:@]*:)/;

/**
 * go-sql-driver's DSN with no network or address, `user:pass@/db?parseTime=true`: the driver's default, the local
 * server on 127.0.0.1:3306 (its docs' `[user[:password]@][net[(addr)]]/dbname`). Only as the whole string, a database's
 * name after the `/`, so a path or an npm alias (`@/components`) holding `:x@/` is not one.
 */
const MYSQL_NO_ADDRESS = /^(?:(?:mysql|mariadb|tidb):)?[\w.$-]{1,64}:[^\s@/]{1,128}@\/[\w.$-]{1,64}(?:\?[^\s]{0,512})?$/;

/** `user:pass@tcp(host)/db`: the user info runs from the start (after a link's type) to the last `@net(`, or `@/` with no address. */
function mysqlPassword(text: string): DsnPassword | undefined {
  let at = -1;
  for (const match of text.matchAll(MYSQL_NET)) at = match.index;
  if (at < 0 && MYSQL_NO_ADDRESS.test(text)) at = text.indexOf('@/');
  if (at < 0) return undefined;
  const userStart = LINK_TYPE.exec(text)?.[0].length ?? 0;
  const colon = text.indexOf(':', userStart);
  if (colon <= userStart || colon > at) return undefined;
  const user = text.slice(userStart, colon);
  const password = text.slice(colon + 1, at);
  if (/[\s/()]/.test(user) || /\s/.test(password)) return undefined;
  const close = text.indexOf(')', at);
  const host = close < 0 ? '' : text.slice(text.indexOf('(', at) + 1, close);
  if (!isRealPassword(user, password, host)) return undefined;
  return { start: colon + 1, end: at, kind: 'MySQL DSN' };
}

interface Pair {
  key: string;
  value: string;
  valueStart: number;
}

/** `key=value` pairs separated by spaces (libpq) or semicolons (ADO.NET style); values may be 'quoted'. */
function keywordPassword(text: string): DsnPassword | undefined {
  const pairs = keywordPairs(text);
  if (pairs.length < 2 || !pairs.some((pair) => DSN_KEYS.has(pair.key))) return undefined;
  const password = pairs.find((pair) => PASSWORD_KEYS.has(pair.key) || ACCOUNT_KEYS.has(pair.key));
  // A format's slot, the list's comma or a call's parenthesis after it: a repr's `…, password={}, certificate_key={})`.
  if (!password || password.value === '' || /^(?:\{\w*\}|%s|%\(\w+\)s)[,)]*$/.test(password.value)) return undefined;
  const user = pairs.find((pair) => USER_KEYS.has(pair.key) || pair.key === 'accountname' || pair.key === 'sharedaccesskeyname')?.value ?? 'user';
  const host = pairs.find((pair) => HOST_KEYS.has(pair.key))?.value ?? 'remote';
  if (!isRealPassword(user, password.value, host)) return undefined;
  return { start: password.valueStart, end: password.valueStart + password.value.length, kind: 'connection string' };
}

function keywordPairs(text: string): Pair[] {
  const semicolons = text.includes(';');
  const pairs: Pair[] = [];
  let index = 0;
  while (index < text.length) {
    while (index < text.length && (text[index] === ';' || (!semicolons && /\s/.test(text[index] ?? '')))) index++;
    const equals = text.indexOf('=', index);
    if (equals < 0) break;
    const key = text.slice(index, equals).trim().toLowerCase();
    if (!/^[a-z][a-z _]*$/.test(key) || (!semicolons && /\s/.test(key))) return [];
    let valueStart = equals + 1;
    let valueEnd: number;
    if (text[valueStart] === "'") {
      valueStart++;
      valueEnd = text.indexOf("'", valueStart);
      if (valueEnd < 0) return [];
      index = valueEnd + 1;
    } else {
      valueEnd = valueStart;
      while (valueEnd < text.length && text[valueEnd] !== ';' && (semicolons || !/\s/.test(text[valueEnd] ?? ''))) valueEnd++;
      index = valueEnd;
    }
    pairs.push({ key, value: text.slice(valueStart, valueEnd).trim(), valueStart });
  }
  return pairs;
}

/** Judged as the same password in a URL would be: placeholders and local defaults do not count. */
function isRealPassword(user: string, password: string, host: string): boolean {
  if (password === '') return false;
  const url = `postgres://${encodeComponent(user || 'user')}:${encodeComponent(password)}@${host.replace(/[/?#\s]/g, '') || 'remote'}/`;
  return findUrlPassword(url) !== undefined;
}

/** encodeURIComponent, which throws on a lone surrogate (a stranger's file may hold one): those become U+FFFD. */
function encodeComponent(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return encodeURIComponent(text.replace(/[\ud800-\udfff]/g, '\ufffd'));
  }
}
