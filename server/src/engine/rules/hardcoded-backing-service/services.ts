// The vocabulary of backing services: which URL schemes and client libraries address a database,
// cache, queue, mail or search service, the environment variable each conventionally comes from,
// and which hosts are this machine.

export type ServiceKind = 'database' | 'mongodb' | 'redis' | 'queue' | 'mail' | 'search' | 'memcached' | 'storage';

export interface Service {
  kind: ServiceKind;
  /** For messages: "PostgreSQL", "Redis". */
  label: string;
  /** The variable the whole URL conventionally comes from. */
  urlEnv: string;
  /** The variable a bare host conventionally comes from. */
  hostEnv: string;
}

const DATABASE = (label: string): Service => ({ kind: 'database', label, urlEnv: 'DATABASE_URL', hostEnv: 'DB_HOST' });
const MONGODB: Service = { kind: 'mongodb', label: 'MongoDB', urlEnv: 'MONGODB_URL', hostEnv: 'MONGODB_HOST' };
const REDIS: Service = { kind: 'redis', label: 'Redis', urlEnv: 'REDIS_URL', hostEnv: 'REDIS_HOST' };
const AMQP: Service = { kind: 'queue', label: 'RabbitMQ', urlEnv: 'AMQP_URL', hostEnv: 'AMQP_HOST' };
const NATS: Service = { kind: 'queue', label: 'NATS', urlEnv: 'NATS_URL', hostEnv: 'NATS_HOST' };
const KAFKA: Service = { kind: 'queue', label: 'Kafka', urlEnv: 'KAFKA_BROKERS', hostEnv: 'KAFKA_BROKERS' };
const MQTT: Service = { kind: 'queue', label: 'MQTT', urlEnv: 'MQTT_URL', hostEnv: 'MQTT_HOST' };
const SMTP: Service = { kind: 'mail', label: 'SMTP', urlEnv: 'SMTP_URL', hostEnv: 'SMTP_HOST' };
/** The mailbox a help desk or a mail-to-ticket job reads: attached as surely as the relay it sends through. */
const IMAP: Service = { kind: 'mail', label: 'IMAP', urlEnv: 'IMAP_URL', hostEnv: 'IMAP_HOST' };
const SEARCH: Service = { kind: 'search', label: 'Elasticsearch', urlEnv: 'ELASTICSEARCH_URL', hostEnv: 'ELASTICSEARCH_HOST' };
const MEMCACHED: Service = { kind: 'memcached', label: 'Memcached', urlEnv: 'MEMCACHED_URL', hostEnv: 'MEMCACHED_HOST' };
export const MEILISEARCH: Service = { kind: 'search', label: 'Meilisearch', urlEnv: 'MEILI_URL', hostEnv: 'MEILI_HOST' };
export const TYPESENSE: Service = { kind: 'search', label: 'Typesense', urlEnv: 'TYPESENSE_URL', hostEnv: 'TYPESENSE_HOST' };
/** An S3-compatible object store given its own endpoint (MinIO, Ceph, SeaweedFS): AWS's own endpoints are found by region. */
export const OBJECT_STORAGE: Service = { kind: 'storage', label: 'S3 object storage', urlEnv: 'S3_ENDPOINT', hostEnv: 'S3_ENDPOINT' };

/**
 * Public cloud storage endpoints, the same for every deploy in a region (`s3.eu-west-1.amazonaws.com`,
 * `nyc3.digitaloceanspaces.com`): an API's address as `api.stripe.com` is, not a deploy's own store.
 */
export function isPublicStorageEndpoint(host: string): boolean {
  // Aliyun's `oss-cn-hangzhou.aliyuncs.com`, Tencent's `cos.ap-guangzhou.myqcloud.com`, Huawei's `obs.cn-north-4.myhuaweicloud.com`.
  return /(?:^|\.)(?:amazonaws\.com|digitaloceanspaces\.com|backblazeb2\.com|wasabisys\.com|googleapis\.com|linodeobjects\.com|scw\.cloud|aliyuncs\.com|myqcloud\.com|myhuaweicloud\.com)$/i.test(host);
}

const SCHEMES: Readonly<Record<string, Service>> = {
  postgres: DATABASE('PostgreSQL'), postgresql: DATABASE('PostgreSQL'), postgis: DATABASE('PostgreSQL'),
  mysql: DATABASE('MySQL'), mysql2: DATABASE('MySQL'), mariadb: DATABASE('MariaDB'), mssql: DATABASE('SQL Server'),
  sqlserver: DATABASE('SQL Server'), oracle: DATABASE('Oracle'), cockroachdb: DATABASE('CockroachDB'),
  clickhouse: DATABASE('ClickHouse'), couchdb: DATABASE('CouchDB'), neo4j: DATABASE('Neo4j'), 'neo4j+s': DATABASE('Neo4j'),
  bolt: DATABASE('Neo4j'), cassandra: DATABASE('Cassandra'),
  mongodb: MONGODB, 'mongodb+srv': MONGODB,
  redis: REDIS, rediss: REDIS, 'redis+sentinel': REDIS,
  // Celery's (kombu's) transport names for RabbitMQ: `pyamqp://guest@localhost//`, `librabbitmq://`.
  amqp: AMQP, amqps: AMQP, pyamqp: AMQP, librabbitmq: AMQP, nats: NATS, kafka: KAFKA, mqtt: MQTT, mqtts: MQTT,
  smtp: SMTP, smtps: SMTP, memcached: MEMCACHED, elasticsearch: SEARCH,
};

/**
 * The wrappers in front of a driver's scheme: JDBC's `jdbc:` (and the logging drivers `jdbc:p6spy:`, `jdbc:log4jdbc:`),
 * R2DBC's `r2dbc:` and its connection pool and proxy, `r2dbc:pool:mysql://…`, `r2dbc:proxy:postgresql://…`.
 */
const DRIVER_PREFIX = /^(?:jdbc:(?:p6spy:|log4jdbc:)?|r2dbc:(?:pool:|proxy:)?)/;

/** The service a URL scheme addresses (`jdbc:postgresql`, `r2dbc:postgresql` and `r2dbc:pool:postgresql` read as `postgresql`). */
export function serviceOfScheme(scheme: string): Service | undefined {
  const lower = scheme.toLowerCase().replace(DRIVER_PREFIX, '');
  // SQLAlchemy's `dialect+driver` (`postgresql+psycopg`, `mysql+pymysql`) names the dialect's service.
  const dialect = Object.prototype.hasOwnProperty.call(SCHEMES, lower) ? lower : lower.split('+')[0]!;
  return Object.prototype.hasOwnProperty.call(SCHEMES, dialect) ? SCHEMES[dialect] : undefined;
}

/** npm packages whose clients take a host or URL, by the service they reach. */
const NPM_CLIENTS: Readonly<Record<string, Service>> = {
  pg: DATABASE('PostgreSQL'), 'pg-promise': DATABASE('PostgreSQL'), postgres: DATABASE('PostgreSQL'), 'pg-pool': DATABASE('PostgreSQL'),
  mysql: DATABASE('MySQL'), mysql2: DATABASE('MySQL'), 'mysql2/promise': DATABASE('MySQL'), mariadb: DATABASE('MariaDB'),
  mssql: DATABASE('SQL Server'), tedious: DATABASE('SQL Server'), oracledb: DATABASE('Oracle'),
  sequelize: DATABASE('the database'), knex: DATABASE('the database'), typeorm: DATABASE('the database'),
  'cassandra-driver': DATABASE('Cassandra'), 'neo4j-driver': DATABASE('Neo4j'),
  mongodb: MONGODB, mongoose: MONGODB,
  ioredis: REDIS, redis: REDIS, bullmq: REDIS, bull: REDIS,
  // cache-manager's Redis stores (Nest's `CacheModule.register({ store: redisStore, host })`) and Keyv's.
  'cache-manager-redis-store': REDIS, 'cache-manager-redis-yet': REDIS, 'cache-manager-ioredis': REDIS, 'cache-manager-ioredis-yet': REDIS, '@keyv/redis': REDIS,
  // express-session's stores that open their own connection from the options they are given (`new MySQLStore({ host })`,
  // connect-pg-simple's `conObject`, connect-redis 3's `{ host, port }`, connect-mongo's `mongoUrl`): the same address.
  'express-mysql-session': DATABASE('MySQL'), 'connect-pg-simple': DATABASE('PostgreSQL'), 'connect-redis': REDIS, 'connect-mongo': MONGODB, 'connect-mongodb-session': MONGODB,
  amqplib: AMQP, 'amqplib/callback_api': AMQP, 'amqp-connection-manager': AMQP, nats: NATS, kafkajs: KAFKA, mqtt: MQTT,
  nodemailer: SMTP, '@elastic/elasticsearch': SEARCH, '@opensearch-project/opensearch': SEARCH, memjs: MEMCACHED,
  meilisearch: MEILISEARCH, typesense: TYPESENSE, '@aws-sdk/client-s3': OBJECT_STORAGE, minio: OBJECT_STORAGE,
};

export function serviceOfModule(module: string): Service | undefined {
  const bare = module.replace(/^node:/, '');
  return Object.prototype.hasOwnProperty.call(NPM_CLIENTS, bare) ? NPM_CLIENTS[bare] : undefined;
}

/** Words in a config path that say which service a `host` belongs to: `config.redis.host`, `db: { host }`. */
const PATH_WORDS: Readonly<Record<string, Service>> = {
  db: DATABASE('the database'), database: DATABASE('the database'), postgres: DATABASE('PostgreSQL'), pg: DATABASE('PostgreSQL'),
  postgresql: DATABASE('PostgreSQL'), mysql: DATABASE('MySQL'), mariadb: DATABASE('MariaDB'), sql: DATABASE('the database'),
  mongo: MONGODB, mongodb: MONGODB, redis: REDIS, cache: REDIS, amqp: AMQP, rabbit: AMQP, rabbitmq: AMQP, broker: AMQP,
  queue: AMQP, smtp: SMTP, mail: SMTP, mailer: SMTP, email: SMTP, swiftmailer: SMTP, imap: IMAP, pop3: IMAP, elastic: SEARCH, elasticsearch: SEARCH, search: SEARCH,
  opensearch: SEARCH, kafka: KAFKA, memcached: MEMCACHED, memcache: MEMCACHED, nats: NATS, meilisearch: MEILISEARCH, typesense: TYPESENSE,
  minio: OBJECT_STORAGE, s3: OBJECT_STORAGE,
  // Laravel's connection names and the JVM's client families.
  pgsql: DATABASE('PostgreSQL'), sqlsrv: DATABASE('SQL Server'), cassandra: DATABASE('Cassandra'),
  // CodeIgniter's driver names (`'DBDriver' => 'MySQLi'`, `'Postgre'`, `'OCI8'`).
  mysqli: DATABASE('MySQL'), postgre: DATABASE('PostgreSQL'), oci8: DATABASE('Oracle'),
  // CakePHP's driver classes (`Sqlserver::class`), and ClickHouse's clients.
  sqlserver: DATABASE('SQL Server'), clickhouse: DATABASE('ClickHouse'),
  // CakePHP's `'Datasources' => ['default' => [...]]`, Go and JVM config's `datasource:` blocks.
  datasource: DATABASE('the database'), datasources: DATABASE('the database'),
};

/**
 * Words of a settings section that holds an object store's: the service by name (`minio`, `s3`) or by its role
 * (`storage`, Aliyun's `oss`, Tencent's `cos`, Huawei's `obs`, `bucket`, `blob`). Only an `endpoint` under them is
 * read as the store's address (isObjectStoreEndpoint): `storage.path` is a folder, `storage.host` may be a CDN's name.
 */
const OBJECT_STORE_WORDS = new Set(['minio', 's3', 'storage', 'oss', 'cos', 'obs', 'bucket', 'objectstore', 'blob']);

/** `minio.endpoint`, `[storage] endpoint`, minio-js' `endPoint` (split as `end point`) under `minio`: an object store's endpoint. */
export function isObjectStoreEndpoint(words: readonly string[]): boolean {
  const last = words[words.length - 1];
  const endpoint = last === 'endpoint' || last === 'endpoints' || (last === 'point' && words[words.length - 2] === 'end');
  return endpoint && words.some((word) => OBJECT_STORE_WORDS.has(word));
}

export function serviceOfWord(word: string): Service | undefined {
  const lower = word.toLowerCase();
  return Object.prototype.hasOwnProperty.call(PATH_WORDS, lower) ? PATH_WORDS[lower] : undefined;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '0.0.0.0', '::1', '[::1]', 'host.docker.internal', 'localhost.localdomain']);

export function isLocalHost(host: string): boolean {
  const lower = host.toLowerCase();
  return LOCAL_HOSTS.has(lower) || lower.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(lower);
}

/** Hosts of documentation and templates: `example.com`, `<host>`, `your-db-host`, `host`. */
export function isPlaceholderHost(host: string): boolean {
  const lower = host.toLowerCase();
  if (/[<>{}$%*]/.test(lower) || lower === '' || lower === 'host' || lower === 'hostname' || lower === 'server') return true;
  // A column or a setting's path that ends in the word: Zabbix's `$sqlParts['select']['host'] = 'h.host'`, `'redis.host'`.
  if (/\.(?:host|hostname|server|address|addr)$/.test(lower)) return true;
  if (/(^|\.)example\.(com|org|net)$/.test(lower) || lower.endsWith('.example') || lower.endsWith('.invalid') || lower.endsWith('.test')) return true;
  // `your-db-host`, `yourhost`, `yourdomain.com`, `my.server`: a template's words (not `mysql.internal`).
  return /^(?:your|my)[-_.]|^your(?:host|server|domain|smtp|mail|db|database|redis|mongo|mysql|postgres|site|company|app)|^my(?:host|server|domain)(?![\w-])/.test(lower) || lower.includes('xxx');
}

/** A bare host name or IP address: `db.internal`, `10.0.3.7`, `[::1]`, `cache:6379`. */
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9-]{1,63}){0,10}|\[[0-9A-Fa-f:.]{2,45}\])(?::[0-9]{1,5})?$/;

export function isHostLiteral(value: string): boolean {
  return value.length <= 300 && HOST.test(value) && /[A-Za-z0-9]/.test(value);
}

/** The host of a `scheme://[user[:pass]@]host[:port][/...]` URL (first host of a list); undefined when there is none. */
export function urlHost(url: string): { scheme: string; host: string } | undefined {
  const match = /^((?:jdbc:(?:p6spy:|log4jdbc:)?|r2dbc:(?:pool:|proxy:)?)?[A-Za-z][A-Za-z0-9+.-]{1,30}):\/\/([^/?#\s]*)/i.exec(url);
  if (!match) return undefined;
  const authority = match[2] ?? '';
  // A form's hint or a doc's template, `mongodb://<USERNAME>:<PASSWORD>@localhost:27017`: no app connects to it.
  if (/<[^<>@]*>/.test(authority)) return undefined;
  // `a:1,b:2` lists several hosts; SQL Server's JDBC URLs put `;databaseName=x` after the host.
  const hostPart = authority.slice(authority.lastIndexOf('@') + 1).split(/[,;]/)[0] ?? '';
  // A port spelled as a word, `postgres://username:password@host:port/database`: a form's template.
  if (/^[^[\]]*:[A-Za-z_]+$/.test(hostPart)) return undefined;
  const host = hostPart.startsWith('[') ? hostPart.slice(0, hostPart.indexOf(']') + 1) : hostPart.replace(/:[0-9]*$/, '');
  return host === '' ? undefined : { scheme: match[1] ?? '', host };
}
