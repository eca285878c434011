// The kind of backing service a container image, a Heroku add-on or a connection URL's scheme
// names, in the words of kinds.ts, and the role each kind plays. Two kinds diverge only when they
// play the same role: a compose file's MongoDB is not the production PostgreSQL's local stand-in.
import { kindOf, namesService, urlScheme } from './kinds';

/** Image repositories (registry and tag removed), by kind. Forks that speak the same protocol are one kind. */
const IMAGE_KINDS: readonly [RegExp, string][] = [
  [/(?:^|\/)(?:postgres|postgresql|postgis|timescaledb(?:-ha)?|pgvector|cockroach)$/, 'PostgreSQL'],
  [/(?:^|\/)(?:mysql|mysql-server|mariadb|percona|percona-server)$/, 'MySQL'],
  [/(?:^|\/)mssql\/server$|(?:^|\/)azure-sql-edge$/, 'SQL Server'],
  [/oracle.*\/(?:database\/\w+|oracle-xe|oracle-free)$|^gvenzl\/oracle-(?:xe|free)$/, 'Oracle'],
  [/(?:^|\/)(?:mongo|mongodb|mongodb-community-server)$/, 'MongoDB'],
  [/(?:^|\/)(?:redis|redis-stack|redis-stack-server|valkey|keydb|dragonfly)$/, 'Redis'],
  [/(?:^|\/)memcached$/, 'Memcached'],
  [/(?:^|\/)rabbitmq$/, 'RabbitMQ'],
  [/(?:^|\/)elasticsearch$/, 'Elasticsearch'],
  [/(?:^|\/)opensearch$/, 'OpenSearch'],
];

/**
 * `postgres:16-alpine`, `docker.io/library/mysql:8`, `postgis/postgis:16-3.4@sha256:...`,
 * `${DB_IMAGE:-postgres:16}` (the default of an interpolation). Undefined for anything else:
 * an app image, an admin UI (`adminer`, `mongo-express`), an exporter.
 */
export function imageKind(image: string): string | undefined {
  const interpolated = /^\$\{[A-Za-z_][A-Za-z0-9_]*:?-([^}]*)\}$/.exec(image.trim());
  const reference = (interpolated ? interpolated[1]! : image).trim().toLowerCase().split('@')[0]!;
  const slash = reference.lastIndexOf('/');
  const colon = reference.indexOf(':', slash + 1);
  const repository = colon < 0 ? reference : reference.slice(0, colon);
  return IMAGE_KINDS.find(([pattern]) => pattern.test(repository))?.[1];
}

/** Heroku add-on services (the part before `:plan`), by kind. */
const ADDON_KINDS: Readonly<Record<string, string>> = {
  'heroku-postgresql': 'PostgreSQL',
  'heroku-redis': 'Redis',
  rediscloud: 'Redis',
  redistogo: 'Redis',
  jawsdb: 'MySQL',
  'jawsdb-maria': 'MySQL',
  cleardb: 'MySQL',
  mongolab: 'MongoDB',
  objectrocket: 'MongoDB',
  memcachier: 'Memcached',
  memcachedcloud: 'Memcached',
  cloudamqp: 'RabbitMQ',
  bonsai: 'Elasticsearch',
  searchbox: 'Elasticsearch',
};

export function addonKind(addon: string): string | undefined {
  const service = addon.trim().toLowerCase().split(':')[0]!;
  return Object.prototype.hasOwnProperty.call(ADDON_KINDS, service) ? ADDON_KINDS[service] : undefined;
}

/** `postgres://`, `mysql2://`, `mongodb+srv://`, `rediss://`, `amqps://`: the kind a URL's scheme names. */
export function schemeKind(url: string): string | undefined {
  const scheme = urlScheme(url)?.toLowerCase();
  if (!scheme || !namesService(scheme)) return undefined;
  if (scheme === 'amqp' || scheme === 'amqps') return 'RabbitMQ';
  if (scheme === 'memcached' || scheme === 'memcache') return 'Memcached';
  // `http(s)://` could be anything (an API, a search cluster): no kind.
  return scheme.startsWith('http') ? undefined : kindOf(scheme);
}

const ROLES: Readonly<Record<string, string>> = {
  SQLite: 'database',
  'an embedded Java database': 'database',
  PostgreSQL: 'database',
  MySQL: 'database',
  'SQL Server': 'database',
  Oracle: 'database',
  MongoDB: 'document store',
  Redis: 'cache',
  Memcached: 'cache',
  RabbitMQ: 'message broker',
  Elasticsearch: 'search engine',
  OpenSearch: 'search engine',
};

/** What the kind is for; undefined for kinds no compose image runs (an in-process cache). */
export function roleOf(kind: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(ROLES, kind) ? ROLES[kind] : undefined;
}
