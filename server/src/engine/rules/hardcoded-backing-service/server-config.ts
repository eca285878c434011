// Factor IV in the config files Go, JVM and PHP servers load at start-up: go-zero's `etc/*.yaml`, Kratos'
// `configs/config.yaml`, go-admin's `config/settings.yml`, a Viper `config/config.yaml`, ShardingSphere's
// data-source YAML, Symfony 3's `app/config/parameters.yml`, Beego's `conf/app.conf`. A service URL, a DSN's
// host (`user@tcp(db.internal:3306)/shop`, `host=pg.internal dbname=…`), or a host under a key whose path
// names the service (`data.redis.addr`, `database_host`, `CacheRedis[].Host`, `mysqlhost`) is what every
// deploy of the file attaches to; so is an address under a key that holds one only sometimes (gin-vue-admin's
// `mysql.path` beside its `port`, `postgres.endpoint = "10.20.1.15:5432"`, `redis.nodes`, `mongo.uri` as a bare
// `host:port`), where a host with a port, an IP address or a `port` beside it tells it from a file path, and a
// Go server's JSON config (`conf/config.json`). Left alone: this machine and one-label compose names (a developer's),
// `${VAR}`/`%param%` values, keys in SCREAMING_CASE (figaro's and App Engine's YAML set the environment
// itself), blocks and INI sections of a development or test run, and hosts whose path names no service
// (etcd, Consul, a tracing collector: discovery and telemetry, not an attached resource this rule knows).
import { parseIni } from '../../languages/ini';
import { yamlScalarText, type YamlNode, type YamlScalar } from '../../languages/yaml';
import type { LanguageCheck, RuleContext } from '../../rule';
import { splitWords } from '../../secrets/words';
import type { Span } from '../../types';
import { isNonServerPath } from '../process-paths';
import { dsnAddress, hostAddress, isDeveloperHost, namedSearchUrl, NODE_URL_KEYS, reportAddress, storageEndpointAddress, urlAddress, type Found } from './address';
import { LOCAL_ENVIRONMENTS } from './javascript-context';
import { dsnHost } from './dsn';
import { isObjectStoreEndpoint, serviceOfWord } from './services';

/** A config file's folder: Go's `etc/`, `conf/`, `config(s)/`; the JVM's `src/main/resources/`. */
const CONFIG_FOLDERS = new Set(['config', 'configs', 'conf', 'etc', 'resources', 'settings']);
/** A server's own config file by name, wherever it sits; in JSON only `config.json`/`conf.json` (`settings.json` is an editor's too). */
const CONFIG_NAMES = /^(?:(?:config|settings|conf)\.(?:ya?ml|toml)|(?:config|conf)\.json)$/i;
/**
 * Files other checks read with their framework's rules (Spring's relaxed binding, node-config, Backstage,
 * Rails' environment blocks, Symfony's bundle config): not read twice.
 */
const OWNED_ELSEWHERE = [
  /(?:^|\/)(?:application|bootstrap)(?:-[\w,-]+)?\.(?:properties|ya?ml)$/i,
  /(?:^|\/)config\/(?:default|production|prod|staging|stage|qa|uat|preprod|live|development|dev|test|local|custom-environment-variables)(?:-[\w-]+)?\.(?:json|ya?ml)$/,
  /(?:^|\/)app-config(?:\.[\w-]+)?\.ya?ml$/,
  /(?:^|\/)config\/(?:database|cable|mongoid|redis|storage)\.yml$/,
  // Sequelize's `config/config.json` (orm-json.ts) and JSON of tools, not servers: a manifest, a lock file, a compiler's.
  /(?:^|\/)config\/config\.json$/,
  /(?:^|\/)(?:package|package-lock|composer|tsconfig|jsconfig|manifest|app|now|vercel|firebase|renovate)\.json$/i,
  /(?:^|\/)config\/packages\//,
  /(?:^|\/)(?:docker-)?compose(?:\.[\w-]+)?\.ya?ml$/i,
  // Kamal's deploy config: an accessory's `host` is the machine it deploys to, not an address the app connects to.
  /(?:^|\/)config\/deploy(?:\.[\w-]+)?\.ya?ml$/,
];
/** Nette's `local.neon`, a `dev.yaml` or `test.toml` beside the deployed config: one machine's or one run's. */
const LOCAL_FILE = /^(?:local|dev|development|test|testing)\.[a-z]+$/i;
/** Last words of a key that holds a host, a host list, or (in Beego's `mysqlurls`) a bare `host:port`. */
const HOST_WORDS = new Set(['host', 'hosts', 'hostname', 'server', 'servers', 'addr', 'addrs', 'address', 'addresses', 'url', 'urls', 'brokers', 'ip']);
/**
 * Last words of a key that holds an address only sometimes: gin-vue-admin's `mysql.path` is the database's host (beside
 * `port`), where `local.path` is a folder; `endpoint`, `uri` and `nodes` may be an address or a route. Only a host
 * with a port, an IP address, or a host beside a `port` key is read as one (isAddressShaped).
 */
const ADDRESS_ONLY_WORDS = new Set(['path', 'endpoint', 'endpoints', 'uri', 'uris', 'nodes', 'seeds']);
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
/** Keys naming a block's service: go-admin's and Kratos' `driver`, ShardingSphere's `driverClassName`. */
const DRIVER_KEYS = new Set(['driver', 'dialect', 'type', 'drivername', 'driverclassname']);
/** Beego's and PHP-style run-together keys: `mysqlhost`, `redisaddr`, `mysqlurls`, `pghost`. */
const RUN_TOGETHER = /^(mysql|mariadb|pg|postgres|postgresql|db|redis|mongo|mongodb|memcache|memcached|amqp|rabbitmq|kafka|smtp|mail|es|elasticsearch)(host|hostname|hosts|addr|addrs|address|server|servers|url|urls|ip)$/;
/** Values the loader fills in: `${DB_HOST}`, Beego's `${VAR||default}`, Symfony's `%database_host%`, templates. */
const FILLED_IN = /\$\{|%[\w.]+%|%env\(|\{\{/;
const MAX_DEPTH = 16;

export const serverConfigCheck: LanguageCheck = {
  languages: ['yaml', 'toml', 'ini', 'json'],
  keywords: ['host', 'addr', 'server', 'url', '://', '@tcp(', 'broker', 'path', 'endpoint', 'uri', 'nodes', 'seeds', 'ip', 'jdbc:oracle:'],
  check,
};

function check(context: RuleContext): void {
  if (!isServerConfig(context.path, context.text)) return;
  if (context.language === 'ini') checkIni(context);
  else for (const tree of context.parsed.configTrees) if (!isManifest(tree)) visit(tree, [], undefined, 0, context);
}

function isServerConfig(path: string, text: string): boolean {
  if (isNonServerPath(path) || OWNED_ELSEWHERE.some((pattern) => pattern.test(path))) return false;
  const segments = path.split('/');
  const name = segments.pop() ?? '';
  const folder = (segments.pop() ?? '').toLowerCase();
  if (LOCAL_FILE.test(name)) return false;
  return CONFIG_FOLDERS.has(folder) || CONFIG_NAMES.test(name) || /(?:^|\/)app\.conf$/.test(path) || declaresProduction(text);
}

/**
 * bbs-go's `server/bbs-go.yaml` (`Env: prod` on its first line), a `deploy/app-prod.toml` with `env = "production"`:
 * a config named after the app, in no config folder, that says at its top level which environment it is. One that
 * says production is what the deployed server loads, wherever it sits; one that says dev stays a developer's.
 */
const DECLARES_PRODUCTION = /^(?:env|environment|app[-_]?env|run[-_]?mode|mode)[ \t]*[=:][ \t]*["']?(?:prod|production)["']?[ \t]*(?:#.*)?$/im;

function declaresProduction(text: string): boolean {
  return DECLARES_PRODUCTION.test(text);
}

/** A Kubernetes or Helm-rendered manifest (`apiVersion`, `kind`): deploy config, where addresses belong. */
function isManifest(tree: YamlNode | undefined): boolean {
  return tree?.kind === 'map' && tree.pairs.some((pair) => pair.key?.value === 'apiVersion');
}

function visit(node: YamlNode | undefined, words: readonly string[], driver: string | undefined, depth: number, context: RuleContext, beside: Beside = NO_PORT): void {
  if (!node || depth > MAX_DEPTH) return;
  if (node.kind === 'scalar') reportScalar(node, words, driver, context, beside);
  else if (node.kind === 'seq') for (const item of node.items) visit(item, words, driver, depth + 1, context, beside);
  else if (node.kind === 'map') {
    const blockDriver = node.pairs.map(driverOf).find((found) => found !== undefined) ?? driver;
    const port: Beside = { port: node.pairs.some((pair) => String(pair.key?.value ?? '').toLowerCase() === 'port') };
    for (const pair of node.pairs) {
      const key = String(pair.key?.value ?? '');
      if (LOCAL_ENVIRONMENTS.has(key.toLowerCase()) || isEnvironmentName(key)) continue;
      visit(pair.value, [...words, ...keyWords(key)], blockDriver, depth + 1, context, port);
    }
  }
}

/** What the map holding a value says beside it: a `port` key (gin-vue-admin's `path` + `port`). */
interface Beside {
  port: boolean;
}
const NO_PORT: Beside = { port: false };

function driverOf(pair: { key?: YamlScalar | undefined; value?: YamlNode | undefined }): string | undefined {
  const key = String(pair.key?.value ?? '').toLowerCase();
  return DRIVER_KEYS.has(key) && pair.value?.kind === 'scalar' && typeof pair.value.value === 'string' ? pair.value.value : undefined;
}

function reportScalar(scalar: YamlScalar, words: readonly string[], driver: string | undefined, context: RuleContext, beside: Beside): void {
  if (typeof scalar.value !== 'string') return;
  const value = scalar.value.trim();
  const found = addressOf(value, words, driver, beside);
  if (!found) return;
  // A DSN's finding sits on its host, as in code; TOML's converted scalars keep their whole span.
  const host = context.language === 'yaml' ? dsnHost(value) : undefined;
  const offset = scalar.value.indexOf(value);
  const span = host ? yamlScalarText(context.text, scalar).span(offset + host.start, offset + host.end) : scalar.span;
  reportConfigAddress(context, found, span, value);
}

/** Beego's `conf/app.conf` and other servers' INI: entries of the deployed run mode, a `[database]` section's words first. */
function checkIni(context: RuleContext): void {
  // Zend Framework 1 inherits sections: `[development : production]` is the development run.
  const entries = parseIni(context.text).filter((entry) => !LOCAL_ENVIRONMENTS.has(entry.section.split(':')[0]!.trim().toLowerCase()));
  const provider = entries.find((entry) => entry.key.toLowerCase() === 'sessionprovider')?.value.trim();
  for (const entry of entries) {
    const value = entry.value.trim();
    // Beego's `sessionproviderconfig = 10.0.3.7:6379,100,…` under `sessionprovider = redis`: the store's host comes first.
    const session = entry.key.toLowerCase() === 'sessionproviderconfig' && provider !== undefined;
    const words = session ? [provider, 'host'] : [...keyWords(entry.section), ...keyWords(entry.key)];
    const found = addressOf(session && !value.includes('://') ? value.split(',')[0]!.trim() : value, words, undefined);
    const host = found ? dsnHost(value) : undefined;
    const start = entry.valueStart + entry.value.indexOf(value);
    if (found) reportConfigAddress(context, found, host ? { start: start + host.start, end: start + host.end } : entry.valueSpan, value);
  }
}

/** A config file's address: this machine and a compose service's name are a developer's; the finding reads `${NAME}`. */
export function reportConfigAddress(context: RuleContext, found: Found, span: Span, value: string): void {
  if (isDeveloperHost(found.host)) return;
  reportAddress(context, found, { span, value, fixable: false, read: (name) => `\${${name}}` });
}

/** A service URL or DSN anywhere; a search node URL under a search path; a host under a key whose path names the service. */
export function addressOf(value: string, words: readonly string[], driver: string | undefined, beside: Beside = NO_PORT): Found | undefined {
  if (value === '' || value.length > 2000 || FILLED_IN.test(value)) return undefined;
  // Oracle's thin URL has no `//`: `jdbc:oracle:thin:@ora.internal:1521/ERP`.
  const url = value.includes('://') || /^jdbc:oracle:/i.test(value) ? urlAddress(value) : undefined;
  if (url) return url;
  const dsn = value.includes('@tcp(') || value.includes('host=') ? dsnAddress(value) : undefined;
  if (dsn) return dsn;
  const key = words[words.length - 1] ?? '';
  if (NODE_URL_KEYS.has(key) && /^https?:\/\//i.test(value)) return namedSearchUrl(words, value);
  const addressOnly = ADDRESS_ONLY_WORDS.has(key);
  if (!HOST_WORDS.has(key) && !addressOnly) return undefined;
  const first = value.split(',')[0]!.trim();
  if (addressOnly && !isAddressShaped(first, beside)) return undefined;
  const service = (driver === undefined ? undefined : driverService(driver)) ?? [...words].reverse().map(serviceOfWord).find((found) => found !== undefined) ?? (key === 'brokers' ? serviceOfWord('kafka') : undefined) ?? storageEndpointService(words);
  // An object store's endpoint: a provider's public one (`s3.amazonaws.com`) is no deploy's own server.
  return service?.kind === 'storage' ? storageEndpointAddress(first) : hostAddress(first, service);
}

/** `[storage] endpoint = "minio.prod.svc:9000"`, Aliyun's `oss.endpoint`: an endpoint under a section named for an object store by its role. */
function storageEndpointService(words: readonly string[]) {
  return isObjectStoreEndpoint(words) ? serviceOfWord('s3') : undefined;
}

/** `10.20.1.15:5432`, `10.0.3.7`, or a dotted host beside a `port` key: an address, where `uploads/file` or `/v1/exports` is a path. */
function isAddressShaped(value: string, beside: Beside): boolean {
  const host = value.replace(/:[0-9]{1,5}$/, '');
  return /:[0-9]{1,5}$/.test(value) || IPV4.test(host) || (beside.port && host.includes('.') && !FILE_NAME.test(host));
}

/** A file's name, not a host's: `golf.db`, `app.sqlite3`, `out.log`. */
const FILE_NAME = /\.(?:db|sqlite3?|log|json|ya?ml|toml|ini|conf|txt|csv|sock|pid)$/i;

/** `mysql`, `postgres`, ShardingSphere's `com.mysql.cj.jdbc.Driver`: the driver's service word. */
function driverService(driver: string) {
  return splitWords(driver).map(serviceOfWord).find((found) => found !== undefined);
}

/** A key's words; a run-together Beego key split into its service and its host word. */
export function keyWords(key: string): string[] {
  const words = splitWords(key);
  const last = words[words.length - 1];
  const run = last === undefined ? null : RUN_TOGETHER.exec(last);
  return run ? [...words.slice(0, -1), run[1]!, run[2]!] : words;
}

/** `REDIS_HOST:` in figaro's `config/application.yml` or App Engine's `env_variables`: the environment itself, set per deploy. */
function isEnvironmentName(key: string): boolean {
  return /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(key);
}
