// Passwords inside URLs: postgres://user:PASS@host/db, amqp://u:PASS@broker, https://u:PASS@host.
// The scheme is found by a regex; the authority is parsed by hand (the password may itself hold
// an unencoded `@`, so the host starts after the LAST `@` of the authority).
import { looksRandom } from './entropy';
import { isFirstTriedPassword, isPlaceholder } from './placeholders';
import { isProse } from './prose';

export interface UrlPassword {
  /** The password, relative to the searched string. */
  start: number;
  end: number;
  /** Lowercase scheme as written: postgresql, mongodb+srv, jdbc:mysql, https, ... */
  scheme: string;
  /** The whole URL, relative to the searched string. */
  urlStart: number;
  urlEnd: number;
}

/**
 * Each `scheme://` in `text`, as /(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]{1,30})::?\/\//g would match it: found from
 * its `://` and read back (that regex tries every letter of the file; most files hold no `://` near them). A doubled
 * colon too (`mysql:://root:…@localhost/app`, probe26c 4): a typo the driver may still parse, or not, and either way
 * the password is committed.
 */
export function* urlSchemes(text: string): Generator<{ index: number; end: number; scheme: string }> {
  for (let colon = text.indexOf('://'); colon >= 0; colon = text.indexOf('://', colon + 3)) {
    const schemeEnd = colon > 0 && text.charCodeAt(colon - 1) === 58 ? colon - 1 : colon;
    let start = schemeEnd;
    // The scheme starts where its run of scheme characters does; a run of 32 or more is none (read no further back).
    while (start > 0 && schemeEnd - start < 32 && isSchemeChar(text.charCodeAt(start - 1))) start--;
    const first = text.charCodeAt(start) | 32;
    if (schemeEnd - start >= 2 && schemeEnd - start <= 31 && first >= 97 && first <= 122) yield { index: start, end: colon + 3, scheme: text.slice(start, schemeEnd) };
  }
}

/** `[A-Za-z0-9+.-]`. */
function isSchemeChar(code: number): boolean {
  const letter = code | 32;
  return (letter >= 97 && letter <= 122) || (code >= 48 && code <= 57) || code === 43 || code === 46 || code === 45;
}
/** Schemes whose user info is a credential; `uri://us:pa@` in a URI parser's tests is not a connection. */
const CREDENTIAL_SCHEMES = new Set([
  'postgres', 'postgresql', 'mysql', 'mysql2', 'mariadb', 'mongodb', 'mongodb+srv', 'redis', 'rediss', 'amqp', 'amqps',
  'mssql', 'sqlserver', 'oracle', 'cockroachdb', 'clickhouse', 'couchdb', 'neo4j', 'neo4j+s', 'bolt', 'cassandra',
  'smtp', 'smtps', 'imap', 'imaps', 'pop3', 'pop3s', 'ftp', 'ftps', 'sftp', 'ssh', 'ldap', 'ldaps', 'http', 'https',
  'ws', 'wss', 'nats', 'mqtt', 'mqtts', 'kafka', 'memcached', 'elasticsearch', 'git+https', 'git+ssh', 'svn+ssh',
  // More stores and brokers, and services whose URL carries an API key and its secret (`cloudinary://key:secret@cloud`).
  'couchbase', 'couchbases', 'snowflake', 'redshift', 'trino', 'presto', 'db2', 'influxdb', 'arangodb', 'stomp', 'stomps',
  'socks5', 'socks5h', 'rtsp', 'cloudinary',
  // Celery's (kombu's) RabbitMQ transports: `pyamqp://user:pass@broker//`.
  'pyamqp', 'librabbitmq',
]);
/** Characters that end an authority (and a URL) inside code or prose. */
const AUTHORITY_END = new Set(['/', '?', '#', '"', "'", '`', ' ', '\t', '\r', '\n']);
const URL_END = new Set(['"', "'", '`', ' ', '\t', '\r', '\n']);
/** Where a password holding `#` or `?` must have ended: a path, a query pair, a quote. */
const PASSWORD_PUNCTUATION_END = new Set(['/', '=', '&', '"', "'", '`', ' ', '\t', '\r', '\n']);

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '0.0.0.0', '::1', '[::1]', 'host.docker.internal']);
/**
 * `http://localhost:11434/v1`: a URL served on this machine. An API key a client sends there is the
 * local server's placeholder (Ollama's `ollama`, LM Studio's `lm-studio`, vLLM's `EMPTY`), not an account's.
 */
export function isLocalServiceUrl(url: string): boolean {
  const match = /^https?:\/\/(\[[^\]\s]{1,60}\]|[^/:?#\s]{1,253})(?::\d{1,5})?(?:[/?#]|$)/i.exec(url.trim());
  return match !== null && LOCAL_HOSTS.has(match[1]!.toLowerCase());
}

/** docker-compose service names: `postgres://postgres:postgres@db:5432` is a local default, not a leak. */
const COMPOSE_HOSTS = new Set([
  'db', 'database', 'postgres', 'postgresql', 'pg', 'mysql', 'mariadb', 'mongo', 'mongodb', 'redis', 'rabbitmq', 'rabbit', 'amqp',
  'oracle', 'mssql', 'sqlserver', 'broker', 'cache', 'mailhog', 'mailpit', 'localstack', 'minio', 'nats', 'kafka', 'memcached', 'elasticsearch', 'opensearch',
]);
/** A login's name with the stage it is for: `walletd-local`, `shop_dev`, `dev-shop`. */
const LOCAL_STAGES = new Set(['local', 'dev', 'development', 'test']);
const DEFAULT_PASSWORDS = new Set(['postgres', 'root', 'admin', 'guest', 'mysql', 'redis', 'rabbitmq', 'mongo', 'mongodb', 'sa', 'docker', 'dev', 'local', 'minioadmin']);

/**
 * Every URL password in `text` that is not empty or a placeholder, unless `text` is prose. A local default
 * (`postgres:postgres@db`) is found too: it is reported as information, like the same password in
 * a compose file (see `isLocalDefaultAt`).
 */
export function findUrlPasswords(text: string): UrlPassword[] {
  const found: UrlPassword[] = [];
  if (!text.includes('://')) return found;
  for (const match of urlSchemes(text)) {
    const jdbc = text.slice(Math.max(0, match.index - 5), match.index).toLowerCase() === 'jdbc:';
    if (!jdbc && !isCredentialScheme(match.scheme.toLowerCase())) continue;
    const password = parseAuthority(text, match.end);
    if (!password) continue;
    const urlStart = jdbc ? match.index - 5 : match.index;
    const scheme = `${jdbc ? 'jdbc:' : ''}${match.scheme.toLowerCase()}`;
    found.push({ ...password, scheme, urlStart, urlEnd: scanUntil(text, password.end, URL_END) });
  }
  // Help text shows a URL's shape; only a token of a known format there is live (see `findTokens`).
  if (found.length > 0 && isProse(text, found.map((url) => ({ start: url.urlStart, end: url.urlEnd })))) return [];
  return found;
}

/**
 * Managed services' public endpoints: Heroku Postgres on `ec2-….compute-1.amazonaws.com`, RDS, ElastiCache and Amazon MQ,
 * Upstash, Neon, Supabase, Atlas, Redis Cloud, Render, Railway, PlanetScale, Aiven, CloudAMQP, Azure's and DigitalOcean's
 * databases, Aliyun's. Each answers from the internet, so whoever reads the login can use it.
 */
const PUBLIC_CLOUD_HOST =
  /\.(?:amazonaws\.com(?:\.cn)?|upstash\.io|neon\.tech|supabase\.(?:co|com)|mongodb\.net|redislabs\.com|redis-cloud\.com|render\.com|railway\.app|rlwy\.net|psdb\.cloud|aivencloud\.com|cockroachlabs\.cloud|cloudamqp\.com|database\.windows\.net|database\.azure\.com|redis\.cache\.windows\.net|ondigitalocean\.com|aliyuncs\.com)$/i;

/**
 * cal.com's `.env.example` with a Heroku `postgres://<user>:<64 hex>@ec2-….amazonaws.com/…`: a generated password to a
 * managed service's public host is a live login wherever it is written, the way a vendor's token format is, where
 * `user:password@localhost` beside it is the template's. `text[start, end)` is the password of a `scheme://user:…@host`
 * URL. Generated: sixteen characters or more, random or all hex.
 */
export function isPublicCloudLoginAt(text: string, start: number, end: number): boolean {
  if (text.charAt(end) !== '@' || text.charAt(start - 1) !== ':') return false;
  const scheme = text.lastIndexOf('://', start);
  if (scheme < 0 || start - scheme > 200 || /[\s"'`@/]/.test(text.slice(scheme + 3, start - 1))) return false;
  const password = decoded(text.slice(start, end));
  if (password.length < 16 || !(looksRandom(password) || /^[0-9a-f]{32,}$/i.test(password))) return false;
  return PUBLIC_CLOUD_HOST.test(hostAfter(text, end + 1).replace(/:\d{1,5}$/, ''));
}

/** A credential scheme, also with a SQLAlchemy driver after `+`: `postgresql+asyncpg`, `mysql+pymysql`. */
function isCredentialScheme(scheme: string): boolean {
  return CREDENTIAL_SCHEMES.has(scheme) || CREDENTIAL_SCHEMES.has(scheme.slice(0, scheme.indexOf('+')));
}

/**
 * Whether a URL's password is a field of a string template: `{password}`, `%(password)s`, `%s`.
 * `%40` is an encoded `@` and `%Ev` no directive a URL is built with, so both are passwords.
 */
export function isTemplatePassword(password: string): boolean {
  return /[{}]/.test(password) || /%\(\w*\)|%(?![0-9A-Fa-f]{2})[sdr]/.test(password);
}

/** The password inside a connection URL (postgres://user:PASS@host/db), if it has a real one. */
export function findUrlPassword(value: string): UrlPassword | undefined {
  return findUrlPasswords(value)[0];
}

function parseAuthority(text: string, authorityStart: number): { start: number; end: number } | undefined {
  // One pass over the authority only, so many URLs in one text stay linear.
  let colon = -1;
  let at = -1;
  let index = authorityStart;
  for (; index < text.length && !AUTHORITY_END.has(text.charAt(index)); index++) {
    const char = text.charAt(index);
    if (char === '@') at = index;
    else if (char === ':' && colon < 0) colon = index;
  }
  if (at < 0 && colon >= 0 && (text.charAt(index) === '#' || text.charAt(index) === '?')) {
    // `user:Ab#9x@host`: an unencoded `#` or `?` in the password (SQLAlchemy and most drivers split
    // at the last `@`, so it connects); the `@` must come before any path, query pair or quote.
    const rest = scanUntil(text, index, PASSWORD_PUNCTUATION_END);
    for (let scan = index; scan < rest; scan++) if (text.charAt(scan) === '@') at = scan;
    if (at < 0) return undefined;
    index = scanUntil(text, at + 1, AUTHORITY_END);
  }
  if (at < 0 || colon < 0 || colon > at) return undefined;
  const password = text.slice(colon + 1, at);
  const host = text.slice(at + 1, index);
  // A run of digits (`root:123456@db`) is a weak password, not a template's (confidence.ts reports it as a warning).
  const written = decoded(password);
  if (password === '' || host === '' || (isPlaceholder(written) && !isFirstTriedPassword(written)) || NAMES_THE_PASSWORD.test(written) || isOptionalPart(text.slice(authorityStart, at))) return undefined;
  return { start: colon + 1, end: at };
}

/**
 * `postgresql://wiki:STRONG_DB_PASSWORD@db/wiki`: upper-case words joined by `_` name what goes in the slot (a
 * variable's or a template's name), as the same word under POSTGRES_PASSWORD does; no generator writes one.
 */
const NAMES_THE_PASSWORD = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

/** `redis://[:password]@host[:port]`: a usage line's brackets mark the user info optional; no URL that connects has them. */
function isOptionalPart(userInfo: string): boolean {
  return userInfo.startsWith('[') && userInfo.endsWith(']');
}

function scanUntil(text: string, from: number, stops: ReadonlySet<string>): number {
  let index = from;
  while (index < text.length && !stops.has(text.charAt(index))) index++;
  return index;
}

function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Whether `text[start, end)` is the password of a URL to a local or compose host that is its
 * user's name or a stock default: `guest:guest@localhost`, `postgres:postgres@db`.
 */
export function isLocalDefaultAt(text: string, start: number, end: number): boolean {
  if (text.charAt(end) !== '@') return false;
  const user = loginUserBefore(text, start);
  if (user === undefined) return false;
  // go-sql-driver's `forum:forum@/forum` names no address: the driver's local default (127.0.0.1:3306), as libpq's `@/db` its socket.
  const host = text.charAt(end + 1) === '/' ? 'localhost' : hostAfter(text, end + 1);
  const password = text.slice(start, end);
  // `mysql://root:petclinic@localhost/petclinic`: the local database's own name as its password (config-common isLocalDatabaseName).
  return isLocalDefault(user, password, host) || (isLocalHostname(host) && databaseAfter(text, end + 1 + host.length) === password);
}

/** The database a URL's path names right after its authority: `/petclinic` in `…@localhost/petclinic?ssl=false`. */
function databaseAfter(text: string, from: number): string | undefined {
  return /^\/([A-Za-z0-9_-]{1,64})(?=[?;#"'`\s]|$)/.exec(text.slice(from, from + 70))?.[1];
}

/**
 * The user before a password at `start`: a URL's (`postgres://app:…@`), a MySQL DSN's (`app:…@tcp(`) or Oracle
 * EZConnect's (`app/…@host:1521/svc`). The DSN forms have no scheme, so their user is the word before the separator.
 */
function loginUserBefore(text: string, start: number): string | undefined {
  const separator = text.charAt(start - 1);
  if (separator === ':') {
    const scheme = text.lastIndexOf('://', start);
    const user = scheme >= 0 && start - scheme <= 200 ? text.slice(scheme + 3, start - 1) : undefined;
    // The scheme of this URL, not of one earlier on the line or in the file.
    if (user !== undefined && !/[\s"'`]/.test(user)) return user.includes(':') || user.includes('/') ? undefined : user;
  } else if (separator !== '/') {
    return undefined;
  }
  const word = /(?:^|[\s"'`=,(])([\w.$#-]{1,64})$/.exec(text.slice(Math.max(0, start - 66), start - 1));
  return word?.[1];
}

/** The host after a login's `@`: a URL's or EZConnect's authority, a MySQL DSN's `tcp(host:port)`. */
function hostAfter(text: string, from: number): string {
  const dsn = /^(?:tcp|unix)\(([^)\s]{0,253})\)/.exec(text.slice(from, from + 265));
  return dsn ? dsn[1]! : text.slice(from, scanUntil(text, from, AUTHORITY_END));
}

/** `guest:guest@localhost`, `postgres:postgres@db`: the well-known defaults of a local container. */
function isLocalDefault(user: string, password: string, host: string): boolean {
  if (!isLocalHostname(host)) return false;
  return password === user || isUserAtLocalStage(user, password) || DEFAULT_PASSWORDS.has(password.toLowerCase());
}

/** This machine or a compose service's well-known name, a port after it or not. */
function isLocalHostname(host: string): boolean {
  const hostname = host.replace(/:\d+$/, '').toLowerCase();
  return LOCAL_HOSTS.has(hostname) || COMPOSE_HOSTS.has(hostname);
}

function isUserAtLocalStage(user: string, password: string): boolean {
  const lower = password.toLowerCase();
  const name = user.toLowerCase();
  for (const separator of ['-', '_']) {
    if (lower.startsWith(name + separator) && LOCAL_STAGES.has(lower.slice(name.length + 1))) return true;
    if (lower.endsWith(separator + name) && LOCAL_STAGES.has(lower.slice(0, lower.length - name.length - 1))) return true;
  }
  return false;
}

/** The conventional variable for a URL with this scheme: DATABASE_URL, REDIS_URL, MONGODB_URL, AMQP_URL, ... */
export function urlEnvName(scheme: string): string {
  const base = scheme.replace(/^jdbc:/, '');
  if (/^(?:postgres|postgresql|mysql|mysql2|mariadb|mssql|sqlserver|oracle|cockroachdb|jdbc)/.test(scheme)) return 'DATABASE_URL';
  if (base.startsWith('mongodb')) return 'MONGODB_URL';
  if (base === 'redis' || base === 'rediss') return 'REDIS_URL';
  if (base === 'amqp' || base === 'amqps' || base === 'pyamqp' || base === 'librabbitmq') return 'AMQP_URL';
  if (base === 'smtp' || base === 'smtps') return 'SMTP_URL';
  if (base === 'ftp' || base === 'ftps' || base === 'sftp') return 'FTP_URL';
  if (base === 'http' || base === 'https') return 'SERVICE_URL';
  return `${base.replace(/[^a-z0-9]+/g, '_').toUpperCase()}_URL`;
}

/** `mongodb+srv://user:` at the end of the text before a slot: a scheme, an optional user, the colon before the password. */
const PASSWORD_SLOT_BEFORE = /(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]{1,30}):\/\/[^\s:@/]{0,200}:$/;

/**
 * The scheme of a connection URL whose password slot sits between `before` and `after`:
 * `'mongodb+srv://user:' + encodeURIComponent('…') + '@host'` composes the URL around the value, which is
 * the URL's password whatever names it. Only a credential scheme, and only when `after` opens the host (`@`).
 */
export function urlPasswordSlotScheme(before: string, after: string): string | undefined {
  if (!after.startsWith('@')) return undefined;
  const scheme = PASSWORD_SLOT_BEFORE.exec(before.slice(-260))?.[1]?.toLowerCase();
  return scheme !== undefined && CREDENTIAL_SCHEMES.has(scheme) ? scheme : undefined;
}

/** For prefilters: a literal ending in a URL's password slot, joined to what follows (`'mongodb://u:' + …`). */
export const URL_PASSWORD_SLOT = /:\/\/[^\s:@/'"`]{0,200}:['"`]\s*\+/;
