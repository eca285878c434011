// INI-style files: php.ini and PHP's conf.d/*.ini, and the INI files other tools commit beside the
// app: alembic.ini (`sqlalchemy.url`), odbc.ini, MySQL's my.cnf `[client] password`, `.pypirc`,
// `.npmrc` (`//registry/:_authToken=`), supervisord.conf (`environment=KEY="value",...`), uwsgi.ini
// (`env = SECRET_KEY=…`), Ansible inventories (`host ansible_become_pass=…`), Apache Shiro's
// shiro.ini (`[users]` lines `name = password, role…`), `*.conf` files (supervisor's conf.d, Pulsar's
// client.conf, PHP-FPM pools) and Fluentd's `key value` directives. Only PHP
// expands `${NAME}` in its ini files, so only there is the value moved to the environment by a fix.
import { parseIni, type IniEntry } from '../../languages/ini';
import { MappedText } from '../../languages/mapped-text';
import type { LanguageCheck, RuleContext } from '../../rule';
import { envNameFrom } from '../../secrets';
import { reportConfigValue } from './config-common';
import { loginKeyPrefix, passwordKeyPrefix } from './login-beside';
import { CONFIG_CREDENTIAL_KEYWORDS } from './keywords';
import { passwordBeforeRoles } from './user-files';

const PHP_ADVICE = 'use a ${NAME} placeholder (php.ini reads environment variables) and set the value in the environment';
const ADVICE = 'this file is committed; keep the value out of it (the tool\'s environment variable, a CI secret or a git-ignored local file) and rotate it';
/** beego's and Revel's `conf/app.conf`: both expand `${NAME}` from the environment when they load it. */
const EXPANDING_APP_ADVICE = 'the app loads this committed file as its config: write ${NAME} there (beego and Revel read it from the environment) and rotate the value';
const APP_ADVICE = 'the app loads this committed file as its config: read NAME from the environment where the app loads it, and rotate the value';

/**
 * The app's own runtime config rather than a tool's (probe29c note 1): beego's and Revel's `conf/app.conf`, go-ini's
 * `conf/app.ini`, configparser's `config/settings.ini`. Its fix is the app's (the environment), not a tool's dotfile's.
 */
const APP_CONFIG = /(?:^|\/)(?:app\.(?:conf|ini)|(?:conf|config|configs)\/(?:[^/]+\/)*(?:app|application|config|settings)(?:[-_.][\w-]+)?\.(?:conf|ini))$/i;
const EXPANDING_APP_CONFIG = /(?:^|\/)app\.conf$/i;

/** The advice for a key of this file: php.ini's and an app config's name the variable; a tool's file has its own. */
function adviceFor(path: string, php: boolean, envName: string): string {
  if (php) return PHP_ADVICE.replace('${NAME}', `\${${envName}}`);
  if (EXPANDING_APP_CONFIG.test(path)) return EXPANDING_APP_ADVICE.replace('${NAME}', `\${${envName}}`);
  return APP_CONFIG.test(path) ? APP_ADVICE.replace('NAME', envName) : ADVICE;
}

/** `php.ini`, `php-custom.ini`, and any `.ini` under a `php`, `conf.d` or `php.d` folder (docker/php/conf.d/99-app.ini). */
const PHP_INI = /(?:^|\/)(?:php[^/]*\.ini|(?:php[^/]*|conf\.d|php\.d|mods-available)\/(?:[^/]+\/)*[^/]+\.ini)$/i;

/** Fluentd's and Fluent Bit's configs (`fluent.conf`, `td-agent.conf`, `fluent-bit.conf`, any `.conf` in their folders): `key value` directives. */
const FLUENT_CONFIG = /(?:^|\/)(?:(?:fluent|td-agent|fluent-bit)\.conf|(?:fluent|fluentd|td-agent|fluent-bit)\/(?:[^/]+\/)*[^/]+\.conf)$/i;
/** Spark's `spark-defaults.conf`: Java properties written `key   value` (`spark.hadoop.fs.s3a.secret.key  …`). */
const SPARK_DEFAULTS = /(?:^|\/)spark-defaults\.conf$/i;
/** LDAP client configs of nslcd and pam_ldap/libnss-ldap: `binddn …`, `bindpw …` directives. */
const LDAP_CLIENT_CONFIG = /(?:^|\/)(?:nslcd|pam_ldap|libnss-ldap|nss-ldapd)\.conf$/i;
/** Redis' and Sentinel's configs: `requirepass …`, `masterauth …` directives (`redis.conf`, `redis-6380.conf`, `sentinel.conf`). */
const REDIS_CONFIG = /(?:^|\/)(?:redis|sentinel)(?:[-_.][\w.-]*)?\.conf$/i;

/**
 * Web server directives that set a header or a variable to a value, in nginx's and Apache's `.conf`
 * files: `proxy_set_header Authorization "Basic …";`, `fastcgi_param DB_PASSWORD …;`, `SetEnv API_KEY …`.
 * Group 1 the directive, 2 the name it sets, 3 the value as written. Lines, so linear.
 */
const SERVER_DIRECTIVE = /^[ \t]*(proxy_set_header|grpc_set_header|add_header|fastcgi_param|uwsgi_param|scgi_param|SetEnv|RequestHeader[ \t]+(?:set|append|add))[ \t]+([A-Za-z_][\w.-]{0,120})[ \t]+("[^"\r\n]*"|'[^'\r\n]*'|[^\s;"']+)[ \t]*;?[ \t]*(?:#[^\r\n]*)?$/dgm;

function reportServerDirectives(context: RuleContext): void {
  for (const match of context.text.matchAll(SERVER_DIRECTIVE)) {
    const [start, end] = match.indices![3]!;
    const quoted = /^["']/.test(match[3]!) ? 1 : 0;
    const value = MappedText.contiguous(match[3]!.slice(quoted, match[3]!.length - quoted), start + quoted);
    reportConfigValue(context, { name: match[2], value, span: { start, end }, advice: ADVICE });
  }
}

/**
 * Daemons' own `directive value` lines, in whatever file they are kept (no `=`, so the INI reader skips them):
 * Redis' `requirepass …`, `masterauth …` and Sentinel's `sentinel auth-pass <master> …`, keepalived's VRRP
 * `auth_pass …`, HAProxy's `stats auth <user>:…` and a userlist's `user <name> insecure-password …` (its
 * `password` form holds a crypt(3) hash, judged as one). The name each value is judged under, then the line's
 * pattern, whose last group is the value. Lines, so linear.
 */
const DAEMON_DIRECTIVES: readonly { name: string; line: RegExp }[] = [
  { name: 'password', line: /^[ \t]*(?:requirepass|masterauth|auth_pass|auth-pass)[ \t]+("[^"\r\n]*"|[^\s"#;]+)[ \t]*(?:#[^\r\n]*)?$/dgm },
  { name: 'password', line: /^[ \t]*sentinel[ \t]+auth-pass[ \t]+\S+[ \t]+("[^"\r\n]*"|[^\s"#]+)[ \t]*$/dgm },
  { name: 'stats_password', line: /^[ \t]*stats[ \t]+auth[ \t]+[^\s:]+:(\S+)[ \t]*$/dgm },
  { name: 'user_password', line: /^[ \t]*user[ \t]+\S+[ \t]+insecure-password[ \t]+(\S+)/dgm },
];

function reportDaemonDirectives(context: RuleContext): void {
  for (const { name, line } of DAEMON_DIRECTIVES) {
    for (const match of context.text.matchAll(line)) {
      const [start, end] = match.indices![1]!;
      const quoted = match[1]!.startsWith('"') ? 1 : 0;
      const value = MappedText.contiguous(match[1]!.slice(quoted, match[1]!.length - quoted), start + quoted);
      reportConfigValue(context, { name, value, span: { start, end }, advice: ADVICE });
    }
  }
}

/** A line the directive pass reads: the INI reader would take its `=` (base64 padding, a query) for a key's. */
const isServerDirective = (entry: IniEntry): boolean => /^(?:proxy_set_header|grpc_set_header|add_header|fastcgi_param|uwsgi_param|scgi_param|SetEnv|RequestHeader)\s/.test(entry.key);

/**
 * uWSGI fills these in when it reads its config, so none holds a value written here: `$(NAME)` (also with the stray
 * space of `$ (NAME)`, a typo that leaves the name, not a secret), `%(name)` and `%(_NAME)` (another option, or an
 * environment placeholder), `@(env://NAME)`, `@(/run/secrets/db_password)` and `@(exec://…)` (read from elsewhere), and
 * the magic variables `%k`, `%n`, `%d`. A value made only of these and punctuation is a reference. Alternatives start
 * with distinct characters and each body excludes its closing one, so linear.
 */
const UWSGI_REFERENCES = /\$ ?\([^()\s]{1,200}\)|%\([^()\s]{1,200}\)|@\([^()\s]{1,400}\)|%[a-zA-Z]/g;

function isUwsgiReference(entry: IniEntry, value: string): boolean {
  if (entry.section.toLowerCase() !== 'uwsgi') return false;
  const rest = value.trim().replace(UWSGI_REFERENCES, '\0');
  return rest.includes('\0') && /^[\0\W_]*$/.test(rest);
}

/** Files of `key value` lines: msmtp's, isync's and mutt's dotfiles, yarn 1's `.yarnrc` (whose keys may be quoted). */
const SPACE_SEPARATED = /(?:^|\/)(?:\.?msmtprc|\.mbsyncrc|\.?muttrc|\.yarnrc)$/;

function check(context: RuleContext): void {
  const php = PHP_INI.test(context.path);
  if (context.path.endsWith('.conf') || context.path.endsWith('.htaccess')) reportServerDirectives(context);
  reportDaemonDirectives(context);
  const spaceSeparated =
    FLUENT_CONFIG.test(context.path) || SPACE_SEPARATED.test(context.path) || SPARK_DEFAULTS.test(context.path) || REDIS_CONFIG.test(context.path) || LDAP_CLIENT_CONFIG.test(context.path);
  // Only php.ini's reader cuts a bare value at any `;` (beego's app.conf, go-ini, configparser need a space before it).
  const entries = parseIni(context.text, { spaceSeparated, commentAfterSpace: !context.path.endsWith('.ini') });
  const users = usersBySection(entries);
  for (const written of entries) {
    if (isServerDirective(written)) continue;
    const entry = withoutSetCommand(written);
    const value = MappedText.contiguous(entry.value, entry.valueStart);
    const pairs = pairsOf(context, entry, value);
    if (pairs) {
      for (const pair of pairs) {
        if (isUwsgiReference(entry, pair.value.text)) continue;
        reportConfigValue(context, { name: pair.name, value: pair.value, span: pair.value.whole, advice: ADVICE });
      }
      continue;
    }
    if (isUwsgiReference(entry, entry.value)) continue;
    // The advice names the variable the fix writes. php.ini's sections (`[PHP]`, `[mail function]`) group, never name.
    const envName = envNameFrom(entry.key.split('.'));
    reportConfigValue(context, {
      name: keyName(entry),
      value,
      span: entry.valueSpan,
      advice: adviceFor(context.path, php, envName),
      ...(php ? { envName } : {}),
      ...userOf(users, entry),
    });
  }
}

/**
 * The logins of each section by their key's prefix (`admin_` for `admin_user`): Grafana's `[security]`
 * `admin_user = admin` beside `admin_password = admin` is the config twin of `admin:admin@localhost`, a stock
 * default (config-common.ts isUserAsPassword), as a compose file's user and password are.
 */
function usersBySection(entries: readonly IniEntry[]): Map<string, string> {
  const users = new Map<string, string>();
  for (const entry of entries) {
    const prefix = loginKeyPrefix(entry.key);
    if (prefix !== undefined && entry.value !== '') users.set(`${entry.section}\0${prefix.toLowerCase()}`, entry.value);
  }
  return users;
}

function userOf(users: ReadonlyMap<string, string>, entry: IniEntry): { user?: string } {
  const prefix = passwordKeyPrefix(entry.key);
  const user = prefix === undefined ? undefined : users.get(`${entry.section}\0${prefix.toLowerCase()}`);
  return user === undefined ? {} : { user };
}

/**
 * Values that are themselves `NAME=value` pairs, each judged by its own name: supervisord's
 * `environment=A="1",SECRET_KEY="…"`, uWSGI's and tox's `env = SECRET_KEY=…`, and an Ansible
 * inventory host line (`db1 ansible_host=10.0.0.2 ansible_become_pass=…`, read as key `db1 ansible_host`).
 */
function pairsOf(context: RuleContext, entry: IniEntry, value: MappedText): KeyValuePair[] | undefined {
  if (entry.section.toLowerCase() === 'users') return userLine(entry, value);
  if (entry.key === 'environment' && /^program:|^supervisord$/.test(entry.section)) return keyValuePairs(value, ',');
  if (entry.key === 'Environment' && entry.section === 'Service') return systemdAssignments(context, entry);
  if (/\s/.test(entry.key)) {
    // To the end of the line: a quoted first value (`dsn dbname='shop' user='app' password='…'`, a
    // libpq string in buildout's multi-line `rel-storage`) ends the entry's value, not the pairs.
    const firstVariable = entry.keySpan.start + Math.max(entry.key.lastIndexOf(' '), entry.key.lastIndexOf('\t')) + 1;
    const lineEnd = context.text.slice(firstVariable).search(/\r?\n|$/) + firstVariable;
    return keyValuePairs(MappedText.contiguous(context.text.slice(firstVariable, lineEnd), firstVariable), ' \t');
  }
  // pgbouncer's `[databases]` lines, any libpq keyword string: `shop = host=db dbname=shop user=app password=…`.
  if (!entry.quoted && KEYWORD_STRING.test(entry.value)) return keyValuePairs(value, ' \t');
  if (!entry.quoted && ENV_ASSIGNMENT.test(entry.value)) return keyValuePairs(value, '');
  return undefined;
}

/**
 * A systemd unit's `Environment=` line: space-separated assignments, each one quoted whole or not
 * (`Environment="TOKEN=…" LANG=C`, `Environment=DB_PASSWORD=…`), to the end of the line.
 */
function systemdAssignments(context: RuleContext, entry: IniEntry): KeyValuePair[] {
  const lineEnd = context.text.slice(entry.valueSpan.start).search(/\r?\n|$/) + entry.valueSpan.start;
  const line = MappedText.contiguous(context.text.slice(entry.valueSpan.start, lineEnd), entry.valueSpan.start);
  const pairs: KeyValuePair[] = [];
  for (const word of shellWords(line.text)) {
    const equals = line.text.indexOf('=', word.start);
    if (equals < 0 || equals >= word.end) continue;
    pairs.push({ name: line.text.slice(word.start, equals), value: line.slice(equals + 1, word.end) });
  }
  return pairs;
}

/** Whitespace-separated words, a double-quoted word without its quotes. One pass. */
function shellWords(source: string): { start: number; end: number }[] {
  const words: { start: number; end: number }[] = [];
  let i = 0;
  while (i < source.length) {
    while (i < source.length && /\s/.test(source[i]!)) i++;
    if (i >= source.length) break;
    const quoted = source[i] === '"';
    const start = quoted ? i + 1 : i;
    const end = quoted ? closingQuote(source, '"', start) : source.slice(i).search(/\s|$/) + i;
    words.push({ start, end });
    i = quoted ? end + 1 : end;
  }
  return words;
}

/** mutt's `set imap_pass = "…"`: the variable `set` assigns is the key. */
function withoutSetCommand(entry: IniEntry): IniEntry {
  const variable = /^set[ \t]+([\w.-]+)$/.exec(entry.key)?.[1];
  return variable === undefined ? entry : { ...entry, key: variable, keySpan: { start: entry.keySpan.end - variable.length, end: entry.keySpan.end } };
}

/** Shiro's `[users]` section: `admin = secret, role1, role2` (user-files.ts). */
function userLine(entry: IniEntry, value: MappedText): KeyValuePair[] {
  const password = passwordBeforeRoles(value);
  return password ? [{ name: `${entry.key}.password`, value: password }] : [];
}

/** Two or more space-separated `key=value` words (a libpq connection string); each separator class is distinct, so linear. */
const KEYWORD_STRING = /^[A-Za-z_]\w{0,40}=[^\s=]*(?:[ \t]+[A-Za-z_]\w{0,40}=[^\s]*)+$/;

/** `SECRET_KEY=…`: an environment variable set inside a value; not base64's padding (`fernet_key = …Tg=`). */
const ENV_ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]{0,100}=(?=[^=])/;

interface KeyValuePair {
  name: string;
  value: MappedText;
}

/** `A=1,B="x, y"` split at `separators` outside quotes (none: one pair, the value to the end); quotes removed. One pass. */
function keyValuePairs(text: MappedText, separators: string): KeyValuePair[] {
  const pairs: KeyValuePair[] = [];
  const source = text.text;
  let i = 0;
  while (i < source.length) {
    while (i < source.length && separators.includes(source[i]!)) i++;
    const nameStart = i;
    while (i < source.length && source[i] !== '=' && !separators.includes(source[i]!)) i++;
    if (source[i] !== '=') continue;
    const name = source.slice(nameStart, i).trim();
    i++;
    const quote = source[i] === '"' || source[i] === "'" ? source[i]! : '';
    const valueStart = quote ? i + 1 : i;
    const valueEnd = quote ? closingQuote(source, quote, valueStart) : separatorAfter(source, separators, i);
    pairs.push({ name, value: text.slice(valueStart, valueEnd) });
    i = quote ? valueEnd + 1 : valueEnd;
  }
  return pairs;
}

function closingQuote(source: string, quote: string, from: number): number {
  const at = source.indexOf(quote, from);
  return at < 0 ? source.length : at;
}

function separatorAfter(source: string, separators: string, from: number): number {
  let i = from;
  while (i < source.length && !separators.includes(source[i]!)) i++;
  return i;
}

/**
 * `.npmrc` scopes a setting to a registry: `//registry.npmjs.org/:_authToken` is named `_authToken`.
 * A bare `salt` is named by its section, as a salt under what it salts is elsewhere (target.ts):
 * Matomo's `[General] salt` is the app's secret salt; a bare `token` too (`[wechat] Token`).
 */
function keyName(entry: IniEntry): string {
  // isync's `Pass`, a mail dotfile's password.
  if (entry.key === 'Pass') return 'password';
  // A PHP-FPM pool's `env[DATABASE_PASSWORD]`, `php_admin_value[mail.password]`: the bracketed name is what is set.
  const pooled = /^(?:env|php_(?:admin_)?value)\[([^\]]+)\]$/.exec(entry.key)?.[1];
  if (pooled !== undefined) return pooled;
  // So is a bare `token`, by the service its section configures: `[wechat] Token = …` is the callback's shared secret.
  if (/^(?:salt|token)$/i.test(entry.key) && entry.section !== '') return `${entry.section}.${entry.key}`;
  if (!entry.key.startsWith('//')) return entry.key;
  return entry.key.slice(Math.max(entry.key.lastIndexOf(':'), entry.key.lastIndexOf('/')) + 1);
}

export const iniCheck: LanguageCheck = {
  languages: ['ini'],
  // Shiro's `[users]` lines name no credential: the section says what they hold.
  keywords: [...CONFIG_CREDENTIAL_KEYWORDS, '[users]'],
  check,
};
