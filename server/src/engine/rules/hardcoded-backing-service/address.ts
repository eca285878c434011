// What every language's check shares once it holds a string: is it a service URL or a DSN, and
// how the finding reads (a fallback after an environment read, or an address to move out).
import { LANGUAGES } from '../../languages/catalogue';
import type { RuleContext } from '../../rule';
import { findUrlPassword } from '../../secrets/connectionUrls';
import { isStockPasswordAt } from '../../secrets/confidence';
import { splitWords } from '../../secrets/words';
import type { Span } from '../../types';
import { dsnHost } from './dsn';
import { developmentBranchMessage, fallbackMessage, hostMessage, urlMessage, withCredential } from './messages';
import { isHostLiteral, isLocalHost, isPlaceholderHost, isPublicStorageEndpoint, OBJECT_STORAGE, serviceOfScheme, serviceOfWord, urlHost, type Service } from './services';

export interface Found {
  service: Service;
  host: string;
  what: 'url' | 'host';
  /** The env variable to move it to, when the service's default does not fit (`JDBC_DATABASE_URL`). */
  envName?: string;
  /** The URL (or DSN) also carries a real password: hardcoded-credential reports it, and its fix moves the whole value. */
  credential?: boolean;
}

/**
 * A URL whose password hardcoded-credential reports at warning or error. One URL breaks two factors: its host is config
 * (IV) and its password a credential (III), so both rules report it, each by its own severity policy; this rule's
 * finding names the credential and offers no fix of its own (III's moves the whole URL, which settles both). A stock
 * password (`amqp://guest:guest@localhost:5672/`) is information there, and the URL reads as one without a password.
 */
export function isCredentialsUrl(value: string): boolean {
  const password = findUrlPassword(value);
  return password !== undefined && !isStockPasswordAt(value, password.start, password.end);
}

function credentialOf(value: string): Pick<Found, 'credential'> {
  return isCredentialsUrl(value) ? { credential: true } : {};
}

/** A whole value that is a service URL (`postgres://db.internal/shop`); one with a real password is hardcoded-credential's. */
export function urlAddress(value: string): Found | undefined {
  const oracle = oracleThinAddress(value);
  if (oracle) return oracle;
  const address = value.includes('://') && !/\s/.test(value) ? urlHost(value) : undefined;
  const service = address && serviceOfScheme(address.scheme);
  if (!address || !service || isPlaceholderHost(address.host)) return undefined;
  // Heroku's Java buildpack (and most JVM deploy docs) hand a JDBC URL over as JDBC_DATABASE_URL.
  const jdbc = /^jdbc:/i.test(address.scheme) && service.kind === 'database';
  return { service, host: address.host, what: 'url', ...(jdbc ? { envName: 'JDBC_DATABASE_URL' } : {}), ...credentialOf(value) };
}

/**
 * Oracle's thin-driver URL has no `//` after its scheme: `jdbc:oracle:thin:@db.internal:1521/ORCL`,
 * `jdbc:oracle:thin:@//db.internal:1521/ORCL`, `jdbc:oracle:thin:@db.internal:1521:SID`. One with a
 * `user/password@` is hardcoded-credential's; a TNS descriptor `@(DESCRIPTION=…)` is not read.
 */
const ORACLE_THIN = /^jdbc:oracle:(?:thin|oci):([^@\s/]*)@(?:\/\/)?([A-Za-z0-9][A-Za-z0-9._-]*)(?::\d+)?(?:[:/][\w.$-]*)?$/i;

function oracleThinAddress(value: string): Found | undefined {
  const match = ORACLE_THIN.exec(value);
  const host = match?.[2];
  if (!match || match[1] !== '' || !host || isPlaceholderHost(host)) return undefined;
  return { service: serviceOfScheme('oracle')!, host, what: 'url', envName: 'JDBC_DATABASE_URL' };
}

/**
 * An http(s) URL handed to a search client (Elasticsearch, OpenSearch), which speaks HTTP: the
 * URL is that service's address as a `postgres://` URL is a database's. Any other client's http
 * URL (a REST API, a webhook) is no backing service this rule knows.
 */
export function httpClientAddress(value: string, service: Service | undefined): Found | undefined {
  if ((service?.kind !== 'search' && service?.kind !== 'storage') || !/^https?:\/\//i.test(value) || /\s/.test(value)) return undefined;
  const address = urlHost(value);
  if (!address || isPlaceholderHost(address.host)) return undefined;
  if (service.kind === 'storage' && isPublicStorageEndpoint(address.host)) return undefined;
  return { service, host: address.host, what: 'url', ...credentialOf(value) };
}

/**
 * An object store's endpoint as its client takes it: an http URL (`endpoint_url="http://minio.internal:9000"`,
 * `endpointOverride(URI.create(…))`) or a bare `host[:port]` (MinIO's `endPoint: 'minio.lan'`, `minio.New("minio:9000", …)`).
 */
export function storageEndpointAddress(value: string): Found | undefined {
  const found = /^https?:\/\//i.test(value) ? httpClientAddress(value, OBJECT_STORAGE) : storageHost(value);
  // A MinIO on this machine is a developer's stand-in for S3: production's client names a region, not an endpoint.
  return found && !isLocalHost(found.host) ? found : undefined;
}

function storageHost(value: string): Found | undefined {
  if (!isHostLiteral(value) || isPlaceholderHost(value) || isPublicStorageEndpoint(value.replace(/:[0-9]+$/, ''))) return undefined;
  return { service: OBJECT_STORAGE, host: value.replace(/:[0-9]+$/, ''), what: 'host' };
}

/** Option and parameter names under which object-storage clients take their endpoint. */
export const STORAGE_ENDPOINT_KEYS: ReadonlySet<string> = new Set(['endpoint', 'endPoint', 'endpoint_url', 'endpointUrl', 'endpointOverride']);

/** Words of a setting's name that say its http URL is a search cluster's: `ELASTICSEARCH_URL`, `opensearch_host`. */
const SEARCH_NAME_WORDS = new Set(['elasticsearch', 'elastic', 'opensearch', 'solr']);
/** Words too broad alone (`SEARCH_URL` may be a web page): the URL must also look like a cluster's. */
const SEARCH_HINT_WORDS = new Set(['search', 'es']);
/** Elasticsearch's and Solr's ports, and addresses inside a private network. */
const CLUSTER_PORT = /:(?:9200|9201|9243|9300|8983)(?:[/?#]|$)/;
const PRIVATE_HOST = /^(?:10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(?:1[6-9]|2\d|3[01])\.\d+\.\d+|[A-Za-z][\w-]*|.+\.(?:internal|local|lan|svc|intra|corp))$/;

/** Managed search clusters' hosts: AWS OpenSearch/Elasticsearch domains, Elastic Cloud. */
const MANAGED_CLUSTER_HOST = /\.(?:es|aoss)\.amazonaws\.com$|\.(?:cloud\.es\.io|elastic-cloud\.com)$/i;

/**
 * A setting whose name says it addresses a search cluster and whose value is that cluster's http URL:
 * `ELASTICSEARCH_URL = "http://es.internal:9200"`, `ARCHIVE_SEARCH_URL = "http://10.14.0.22:9200"`.
 * With only `search`/`es` in the name, a web page (`SEARCH_URL = "https://duckduckgo.com/"`,
 * `https://intranet/search`) is no cluster: a cluster's port, a managed cluster's host, or a private
 * host addressed at its root must say so.
 */
export function namedSearchUrl(words: readonly string[], value: string): Found | undefined {
  const named = words.some((word) => SEARCH_NAME_WORDS.has(word));
  if (!named && !words.some((word) => SEARCH_HINT_WORDS.has(word))) return undefined;
  const found = httpClientAddress(value, serviceOfWord('elasticsearch'));
  if (!found || named) return found;
  const atRoot = /^https?:\/\/[^/?#]+\/?$/i.test(value);
  return CLUSTER_PORT.test(value) || MANAGED_CLUSTER_HOST.test(found.host) || (atRoot && PRIVATE_HOST.test(found.host)) ? found : undefined;
}

/** Option and parameter names under which search clients take their node URLs. */
export const NODE_URL_KEYS: ReadonlySet<string> = new Set(['url', 'urls', 'host', 'hosts', 'node', 'nodes', 'addresses', 'uris', 'servers', 'endpoint']);

/** A libpq or MySQL DSN with a host: `host=db.internal dbname=shop`, `shop@tcp(db:3306)/shop`. */
export function dsnAddress(value: string, service?: Service): Found | undefined {
  const host = dsnHost(value);
  if (!host || isPlaceholderHost(host.host) || !isHostLiteral(host.host)) return undefined;
  const owner = service ?? serviceOfWord(host.dialect);
  return owner && { service: owner, host: host.host, what: 'host', ...(host.credential ? { credential: true } : {}) };
}

/** Last words of a name that holds a host: `DB_HOST`, `REDIS_HOSTNAME`, `SMTP_SERVER`, `MEMCACHED_ADDR`, `REDIS_IP`. */
const HOST_WORDS = new Set(['host', 'hostname', 'server', 'addr', 'address', 'ip']);
/** The same for a list of hosts: `MEMCACHED_SERVERS`, `KAFKA_BOOTSTRAP_SERVERS`, `ELASTICSEARCH_HOSTS`. */
const HOST_LIST_WORDS = new Set(['hosts', 'servers', 'addrs', 'addresses']);
/** Host words that name other things too (a server's product name, a mail address): the value must look like a host. */
const LOOSE_HOST_WORDS = new Set(['server', 'servers', 'addr', 'addrs', 'address', 'addresses']);
/** libpq's and the MySQL client's own variables, one word each. */
const ONE_WORD_HOST_VARIABLES: Readonly<Record<string, string>> = { pghost: 'postgres', mysqlhost: 'mysql', redishost: 'redis', mongohost: 'mongo' };

/** A name that ends in a host word, split: the words before it and that word (`smtp_host_name` -> `smtp`, `host`). */
export interface HostName {
  before: string[];
  ending: string;
}

/** `db_host`, `smtp_host_name`, `REDIS_SERVER`, `MEM_CACHE_SERVER_IP`, `KAFKA_BOOTSTRAP_SERVERS`: undefined when the name holds no host. */
export function hostNameOf(words: readonly string[]): HostName | undefined {
  // SuiteCRM's `db_host_name`, HESK's `smtp_host_name`: the host's name is the host.
  const end = words.length >= 2 && words[words.length - 1] === 'name' && words[words.length - 2] === 'host' ? words.length - 1 : words.length;
  const ending = words[end - 1];
  return ending !== undefined && (HOST_WORDS.has(ending) || HOST_LIST_WORDS.has(ending)) ? { before: words.slice(0, end - 1), ending } : undefined;
}

/**
 * The service the words of a name say, the nearest to its end first (`cache_db_host` is a database's), also run
 * together (`MEM_CACHE_SERVER_IP` is Memcached's, not a Redis cache's).
 */
export function serviceOfWords(words: readonly string[]): Service | undefined {
  for (let index = words.length - 1; index >= 0; index--) {
    const service = (index > 0 ? serviceOfWord(words[index - 1]! + words[index]!) : undefined) ?? serviceOfWord(words[index]!);
    if (service) return service;
  }
  return undefined;
}

/**
 * The host a value held under such a name gives: a list's first (`"10.1.4.1:9092,10.1.4.2:9092"`), and under a loose
 * word (`server`, `address`) only a dotted name or an address (`MAIL_SERVER = 'Postfix'` and `CACHE_SERVER = 'file'`
 * name products; `MAIL_ADDRESS` holds a mailbox). `loose` for an env read's default, where a one-label name is a
 * compose service's (`getenv("SMTP_SERVER", "mailhog")`, information).
 */
export function namedHostValue(name: HostName, value: string, loose = false): string | undefined {
  const host = HOST_LIST_WORDS.has(name.ending) ? (value.split(',')[0] ?? '').trim() : value;
  if (!loose && LOOSE_HOST_WORDS.has(name.ending) && !/[.:]/.test(host)) return undefined;
  return host;
}

/**
 * A bare host given as the default of an environment variable (or option) whose name says both the
 * service and that it holds a host: `process.env.DB_HOST || 'orders-db.internal'`,
 * `os.environ.get("REDIS_HOST", "…")`, `getenv('SMTP_SERVER') ?: '…'`, `System.getenv("PGHOST") ?: "…"`,
 * `os.getenv("KAFKA_BOOTSTRAP_SERVERS", "10.1.4.1:9092,…")` (its first host).
 * No client is in sight (the value travels through a config module), but the name is as clear as a
 * `host:` key under `redis:` is. A name without a service word (`HOST`, `API_HOST`) says nothing.
 */
export function envHostAddress(value: string, envName: string | undefined): Found | undefined {
  if (envName === undefined || envName.length > 80) return undefined;
  const words = splitWords(envName);
  const oneWord = words.length === 1 ? ONE_WORD_HOST_VARIABLES[words[0]!] : undefined;
  if (oneWord !== undefined) return hostAddress(value, serviceOfWord(oneWord));
  const name = hostNameOf(words);
  const host = name && namedHostValue(name, value, true);
  return host === undefined ? undefined : hostAddress(host, serviceOfWords(name!.before));
}

export function hostAddress(value: string, service: Service | undefined): Found | undefined {
  if (!service || !isHostLiteral(value)) return undefined;
  // The host without its port: `imap.mailhost.example.net:993` is a documentation host.
  const host = value.replace(/:[0-9]+$/, '');
  return isPlaceholderHost(host) ? undefined : { service, host, what: 'host' };
}

export interface Placement {
  span: Span;
  /** The literal's value, moved to `.env` by the fix. */
  value: string;
  /** The env variable (or setting) this literal is the default of, when it is a fallback. */
  fallbackOf?: string | undefined;
  /** Whether the move-to-env fix can replace the literal in place (a whole string, in an expression). */
  fixable: boolean;
  /**
   * A fallback in the framework's generated config (Laravel's `env('DB_HOST', '127.0.0.1')`,
   * `env('MAIL_HOST', 'smtp.mailgun.org')`): a local one is the template itself (silent), a provider's public one
   * information, a deploy's own (isDeployHost) a warning as anywhere.
   */
  templateDefault?: boolean;
  /**
   * Config only production loads (a Spring `prod` profile, Quarkus' `%prod.`): a compose service's name there
   * (`jdbc:mysql://mysql57:3306/shop`) is the deploy's own server, not a laptop's; this machine stays information.
   */
  production?: boolean;
  /** The config key whose value this is, when `fallbackOf` is the variable that overrides it rather than one the code reads. */
  setting?: string;
  /** How this file reads a variable, when not as its language does (Rails' YAML reads through ERB). */
  read?: (name: string) => string;
  /** Whether the literal sits in the branch of a production test that runs everywhere else (production-branch.ts); asked only of a local address. */
  nonProduction?: () => boolean;
}

/** A one-label name (`db`, `ledger-db`, `redis`): a compose or Kubernetes service on the local network, never a public host. */
export function isServiceName(host: string): boolean {
  return /^[A-Za-z][A-Za-z0-9-]*$/.test(host);
}

/** A developer's host: this machine, or a compose service's name (`db`, `redis`). */
export function isDeveloperHost(host: string): boolean {
  return isLocalHost(host) || isServiceName(host);
}

/**
 * An env read's fallback (or a settings class's default) that is a developer's: this machine, or a compose
 * service's one-label name, bare (`getenv("REDIS_HOST", "redis")`) or in a whole URL (`redis://redis:6379/0`,
 * a pydantic `database_url = "postgresql://app@pgdb:5432/shop"`), in every language and however the service was
 * recognised: one policy with Spring's properties. A deploy that forgets the variable fails to resolve the name
 * rather than attaching to another server (probe25: pydantic defaults were warnings where Spring's were information).
 */
export function isLocalFallback(found: Pick<Found, 'host' | 'what'>): boolean {
  return isLocalHost(found.host) || isServiceName(found.host);
}

/** A developer's own network: this machine, a compose service's one-label name, a private IP, a `.local`/`.lan` name. */
const DEVELOPER_NETWORK_HOST = /^(?:10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(?:1[6-9]|2\d|3[01])\.\d+\.\d+|.+\.(?:local|lan))$/i;

/**
 * A host a developer's machine reaches on its own network (a VM at 192.168.56.10, a NAS at `nas.lan`): what a framework's
 * development block (Sinatra's `configure :development`) writes, as Rails' `database.yml` development block does.
 */
export function isDeveloperNetworkHost(host: string): boolean {
  return isDeveloperHost(host) || DEVELOPER_NETWORK_HOST.test(host);
}

/** Addresses only one deploy's network has: a private IP, an internal name. */
const DEPLOY_NETWORK_HOST = /^(?:10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(?:1[6-9]|2\d|3[01])\.\d+\.\d+|.+\.(?:internal|local|lan|svc|intra|corp))$/i;
/** Managed databases' and caches' own endpoints: one instance of one account (RDS, ElastiCache, Azure, Atlas, ApsaraDB). */
const MANAGED_INSTANCE_HOST = /\.(?:rds|cache)\.amazonaws\.com(?:\.cn)?$|\.(?:database\.windows\.net|(?:postgres|mysql|mariadb)\.database\.azure\.com|redis\.cache\.windows\.net|mongodb\.net|rds\.aliyuncs\.com)$/i;

/**
 * A host no framework template writes: `env('DB_HOST', '10.0.3.12')`, `env('DB_HOST', 'shop.c9x.eu-west-1.rds.amazonaws.com')`
 * name one deploy's server, where Laravel's own `env('MAIL_HOST', 'smtp.mailgun.org')` names the provider its docs use.
 */
export function isDeployHost(host: string): boolean {
  return DEPLOY_NETWORK_HOST.test(host) || MANAGED_INSTANCE_HOST.test(host);
}

/**
 * A context whose reports are information: the code only a test run or a CI job takes (`'mysql_testing' => [...]`,
 * `if os.environ.get("CI"):`), whose servers are the test database and the job's service containers.
 */
export function asTestRunContext(context: RuleContext, where: string): RuleContext {
  return { ...context, report: (found) => context.report({ ...found, severity: 'info', message: `${found.message} It is in ${where}, so reported as information.` }) };
}

export function reportAddress(context: RuleContext, found: Found, placement: Placement): void {
  const { span } = placement;
  if (placement.fallbackOf !== undefined) {
    const local = placement.production === true ? isLocalHost(found.host) : isLocalFallback(found);
    if (local && placement.templateDefault) return;
    // A template's default is the framework's; a private address or a managed instance there is the app's own server.
    const info = local || (placement.templateDefault === true && !isDeployHost(found.host));
    context.report({ span, message: withCredential(fallbackMessage(found.service, placement.fallbackOf, local, placement.setting), found.credential), ...(info ? { severity: 'info' as const } : {}) });
    return;
  }
  if (placement.nonProduction !== undefined && isLocalFallback(found) && placement.nonProduction()) {
    context.report({ span, message: developmentBranchMessage(found.service), severity: 'info' });
    return;
  }
  const envName = found.envName ?? (found.what === 'url' ? found.service.urlEnv : found.service.hostEnv);
  const read = (placement.read ?? LANGUAGES[context.language].envRead)?.(envName) ?? envName;
  const message = withCredential(found.what === 'url' ? urlMessage(found.service, read) : hostMessage(found.service, read), found.credential);
  // Only a whole value can move: a DSN's host is part of a longer string.
  const whole = found.what === 'url' || placement.value.replace(/:[0-9]+$/, '') === found.host;
  const fix = whole && placement.fixable && !found.credential ? { fix: { kind: 'move-to-env' as const, span, envName, value: placement.value } } : {};
  context.report({ span, message, ...fix });
}
