// Factor IV for Python: service URLs in code (`create_engine('postgresql://db.internal/shop')`,
// `CELERY_BROKER_URL = 'redis://cache:6379/0'`), hosts passed to clients (`redis.Redis(host=...)`,
// `psycopg2.connect(host=...)`, peewee's `PostgresqlDatabase('shop', host=...)`, `pika.ConnectionParameters('rabbit')`, pymemcache's `Client((host, port))`, Cassandra's `Cluster([...])`), libpq DSNs, and Django's
// `DATABASES = {'default': {'HOST': ...}}`.
import { envTestFallback } from './env-test-branches';
import { heldEnvFallback } from './held-env';
import { inNonProductionBranch } from './production-branch';
import { enclosingClass, importBindings, lastSegment, positionalArguments, resolvedName, stringValue, type Bindings } from '../../languages/python';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { envGetterFallback, envReadName, pythonChoiceEnvTarget } from '../hardcoded-credential/python-env';
import { isNonServerPath } from '../process-paths';
import { asTestRunContext, dsnAddress as dsnOf, envHostAddress, hostAddress as hostOf, hostNameOf, httpClientAddress, namedHostValue, namedSearchUrl, NODE_URL_KEYS, reportAddress, serviceOfWords, storageEndpointAddress, urlAddress, type Found } from './address';
import { isCiOnly, mayHaveCiBranch } from '../../languages/python-test-branches';
import { isDisplayForm } from './display-forms';
import { heldHostLiterals } from './python-held-hosts';
import { builtUrlAddress, urlPieceService } from './python-built-urls';
import { splitWords } from '../../secrets';
import { inLocalConfigClass } from '../python-config-classes';
import { isLocalHost, serviceOfWord, type Service } from './services';

/** Python client modules, by the service they reach. */
const PYTHON_CLIENTS: Readonly<Record<string, string>> = {
  psycopg2: 'postgres', psycopg: 'postgres', asyncpg: 'postgres', pg8000: 'postgres', pymysql: 'mysql', MySQLdb: 'mysql',
  'mysql.connector': 'mysql', aiomysql: 'mysql', redis: 'redis', aioredis: 'redis', pymongo: 'mongodb', motor: 'mongodb',
  pika: 'amqp', aio_pika: 'amqp', kombu: 'amqp', smtplib: 'smtp', aiosmtplib: 'smtp', elasticsearch: 'elasticsearch', kafka: 'kafka',
  aiokafka: 'kafka', pymemcache: 'memcached', memcache: 'memcached', opensearchpy: 'opensearch', meilisearch: 'meilisearch',
  meilisearch_python_sdk: 'meilisearch', typesense: 'typesense',
  // Job queues on Redis: arq's `RedisSettings(host=...)`, rq's and dramatiq's Redis brokers, huey's `RedisHuey(host=...)`.
  arq: 'redis', 'dramatiq.brokers.redis': 'redis', huey: 'redis',
};
const HOST_KEYWORDS = new Set(['host', 'hostname', 'server']);
/** Settings files for development and tests: local config by name. */
const LOCAL_SETTINGS = /(?:^|\/)(?:settings[_/])?(?:local|dev|development|test|tests|testing|ci)(?:_settings)?\.py$/;

const MASONITE_CONFIG = /(?:^|\/)config\/[^/]+\.py$/;

// A cache server's LOCATION is read beside its BACKEND (`django_redis.cache.RedisCache`, `…memcached.PyMemcacheCache`), wherever
// the dict is: the backend's words, not `CACHES`, are what such a file holds.
export const pythonChecks: LanguageCheck[] = [
  // `@tcp(`: go-sql-driver's DSN a Python app writes for the Go worker beside it (dsn.ts), no host word in it.
  { languages: ['python'], keywords: ['://', '@tcp(', 'host', 'server', 'addr', 'connectionparameters', 'smtp', 'mongoclient', 'pymemcache', 'bootstrap', 'endpoint_url', 'cassandra', 'rediscache', 'memcached', 'pylibmc'], check },
];

function check(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree || isNonServerPath(context.path) || LOCAL_SETTINGS.test(context.path)) return;
  const bindings = importBindings(tree.rootNode);
  // Masonite's generated config/*.py reads every setting as `env("MAIL_HOST", "<provider default>")`, as Laravel's config/*.php does.
  const masoniteConfig = MASONITE_CONFIG.test(context.path) && [...bindings.values()].some((module) => module.startsWith('masonite'));
  const held = heldHostLiterals(tree.rootNode, (node) => hostArgumentService(node, bindings) ?? cacheLocationService(node) ?? urlPieceService(node));
  const ciBranches = mayHaveCiBranch(context.text);
  walkTree(tree.rootNode, (node) => {
    if (node.type !== 'string') return;
    const value = stringValue(node);
    // An f-string whose literal pieces spell a service URL: reported as a whole, with no fix (the literal is not the URL).
    const built = value === undefined ? builtUrlAddress(node) : undefined;
    if ((value === undefined && !built) || (value !== undefined && value.length > 2000) || isDisplayForm(node)) return;
    const text = value ?? '';
    const found = built ?? urlAddress(text) ?? hostAddress(node, text, bindings) ?? dsnAddress(node, text, bindings) ?? nodeUrlAddress(node, text, bindings) ?? settingUrlAddress(node, text) ?? searchSettingUrl(node, text) ?? s3EndpointAddress(node, text) ??
      hostOf(cacheLocationHost(text), held.get(node.id)) ?? namedSettingHost(node, text);
    const fallback = fallbackOf(node, bindings);
    const address = found ?? envHostAddress(text, fallback);
    if (!address) return;
    // Masonite's template defaults are hosts named only by their variable (`env("MAIL_HOST", "smtp.mailgun.org")`).
    // Flask's `class TestConfig(Config)` / `DevConfig`: settings a deploy never loads, as the credential rule reads them.
    const where = ciBranches && isCiOnly(node) ? asTestRunContext(context, 'a block only a CI job runs') : inLocalConfigClass(node) ? asTestRunContext(context, 'a settings class for development or the test run') : context;
    reportAddress(where, address, { span: { start: node.startIndex, end: node.endIndex }, value: text, fallbackOf: fallback, fixable: !built, templateDefault: address !== found && masoniteConfig, nonProduction: () => inNonProductionBranch(node) });
  });
}

/** `redis.Redis(host='10.0.3.7')`, `smtplib.SMTP('smtp.x.org')`, `'HOST': 'db.internal'` in DATABASES. */
function hostAddress(literal: SyntaxNode, value: string, bindings: Bindings): Found | undefined {
  const node = fallbackExpression(literal, bindings);
  const service = hostArgumentService(node, bindings) ?? containerService(node, bindings);
  if (!service && isKafkaServers(node)) return hostOf(value.split(',')[0]!.trim(), serviceOfWord('kafka'));
  const cache = service ? undefined : cacheLocationService(node);
  return cache ? hostOf(cacheLocationHost(value), cache) : hostOf(value, service);
}

/**
 * Django's cache server: `CACHES = {'default': {'BACKEND': 'django_redis.cache.RedisCache', 'LOCATION': …}}`, the location
 * written in place, in a list (Memcached's several servers), or held in a name (`'LOCATION': REDIS_URL`). The BACKEND beside
 * it says the service; a locmem, file or database cache's LOCATION names no server (a label, a folder, a table); `LocMemCache` is no Memcached.
 */
function cacheLocationService(node: SyntaxNode): Service | undefined {
  const holder = node.parent?.type === 'list' || node.parent?.type === 'tuple' ? node.parent : node;
  const pair = holder.parent;
  if (pair?.type !== 'pair' || pair.childForFieldName('value')?.id !== holder.id || stringValue(pair.childForFieldName('key')) !== 'LOCATION') return undefined;
  const backend = pair.parent?.namedChildren.find((sibling) => sibling?.type === 'pair' && stringValue(sibling.childForFieldName('key')) === 'BACKEND');
  const engine = stringValue(backend?.childForFieldName('value')) ?? '';
  return /redis/i.test(engine) ? serviceOfWord('redis') : /memcached|pylibmc/i.test(engine) ? serviceOfWord('memcached') : undefined;
}

/** django-redis' and django-redis-cache's `host:port:db` (`10.0.3.7:6379:1`): the server, without the database's number. */
function cacheLocationHost(value: string): string {
  return value.replace(/^([A-Za-z0-9.-]{1,253}:[0-9]{1,5}):[0-9]{1,3}$/, '$1');
}

/** A host inside a literal: `'HOST'` in DATABASES, a (host, port) tuple, a contact-point list. */
function containerService(node: SyntaxNode, bindings: Bindings): Service | undefined {
  const parent = node.parent;
  if (parent?.type === 'pair' && parent.childForFieldName('value')?.id === node.id && /^hosts?$/i.test(stringValue(parent.childForFieldName('key')) ?? '')) {
    return settingsService(parent);
  }
  if (parent?.type === 'tuple' && parent.namedChildren[0]?.id === node.id) return serverTupleService(parent, bindings);
  if (parent?.type === 'assignment' && parent.childForFieldName('right')?.id === node.id) return subscriptSettingService(parent.childForFieldName('left'));
  // django-elasticsearch-dsl's `"hosts": ["es-1.internal:9200", …]`: each a host of the setting's service.
  const pair = parent?.type === 'list' ? parent.parent : undefined;
  if (pair?.type === 'pair' && pair.childForFieldName('value')?.id === parent!.id && /^hosts$/i.test(stringValue(pair.childForFieldName('key')) ?? '')) return settingsService(pair);
  return parent?.type === 'list' ? contactPointService(parent, bindings) : undefined;
}

/**
 * A search cluster's http URL in a settings dict: django-elasticsearch-dsl's `"hosts": "http://es.internal:9200"`
 * (ELASTICSEARCH_DSL), Haystack's `"URL": "http://10.0.3.8:9200/"` beside an Elasticsearch or Solr `ENGINE`.
 */
function searchSettingUrl(literal: SyntaxNode, value: string): Found | undefined {
  if (!/^https?:\/\//i.test(value)) return undefined;
  const holder = literal.parent?.type === 'list' ? literal.parent : literal;
  const pair = holder.parent;
  if (pair?.type !== 'pair' || pair.childForFieldName('value')?.id !== holder.id) return undefined;
  const key = stringValue(pair.childForFieldName('key')) ?? '';
  const search = serviceOfWord('elasticsearch');
  if (/^hosts?$/i.test(key)) return settingsService(pair)?.kind === 'search' ? httpClientAddress(value, search) : undefined;
  if (!/^url$/i.test(key)) return undefined;
  const engine = pair.parent?.type === 'dictionary' ? pair.parent.namedChildren.find((sibling) => sibling?.type === 'pair' && stringValue(sibling.childForFieldName('key')) === 'ENGINE') : undefined;
  return /elasticsearch|solr|opensearch/i.test(stringValue(engine?.childForFieldName('value')) ?? '') ? httpClientAddress(value, search) : undefined;
}

/** The service of a client whose host argument `node` is: `redis.Redis(host=⟨node⟩)`, `smtplib.SMTP(⟨node⟩)`. */
function hostArgumentService(node: SyntaxNode, bindings: Bindings): Service | undefined {
  const parent = node.parent;
  if (parent?.type === 'keyword_argument' && parent.childForFieldName('value')?.id === node.id && HOST_KEYWORDS.has(parent.childForFieldName('name')?.text ?? '')) {
    return clientService(parent.parent?.parent, bindings);
  }
  if (parent?.type !== 'argument_list' || parent.namedChildren[0]?.id !== node.id) return undefined;
  const callee = resolvedName(parent.parent?.childForFieldName('function'), bindings) ?? '';
  return /^(?:smtplib\.SMTP(?:_SSL)?|pika\.ConnectionParameters|pymongo\.MongoClient)$/.test(callee) ? clientService(parent.parent, bindings) : undefined;
}

/**
 * Kafka's broker list under the option's own name, whatever the client: kafka-python's and aiokafka's
 * `bootstrap_servers="kafka-1:9092"` (or a list of them), confluent-kafka's `{"bootstrap.servers": "a:9092,b:9092"}`.
 */
function isKafkaServers(literal: SyntaxNode): boolean {
  const node = literal.parent?.type === 'list' || literal.parent?.type === 'tuple' ? literal.parent : literal;
  const parent = node.parent;
  if (parent?.type === 'keyword_argument') return parent.childForFieldName('name')?.text === 'bootstrap_servers' && parent.childForFieldName('value')?.id === node.id;
  return parent?.type === 'pair' && parent.childForFieldName('value')?.id === node.id && stringValue(parent.childForFieldName('key')) === 'bootstrap.servers';
}

/** The DataStax driver's contact points: `Cluster(["10.0.0.11", "10.0.0.12"])` or `Cluster(contact_points=[...])`. */
function contactPointService(list: SyntaxNode, bindings: Bindings): Service | undefined {
  const holder = list.parent?.type === 'keyword_argument' && list.parent.childForFieldName('name')?.text === 'contact_points' ? list.parent : list;
  const args = holder.parent;
  if (args?.type !== 'argument_list' || (holder === list && args.namedChildren[0]?.id !== list.id)) return undefined;
  return resolvedName(args.parent?.childForFieldName('function'), bindings) === 'cassandra.cluster.Cluster' ? serviceOfWord('cassandra') : undefined;
}

/**
 * pymemcache's `Client(("memcached.internal", 11211))` and `HashClient([("10.0.0.5", 11211), …])`: a
 * (host, port) tuple as the client's first argument, alone or in a list.
 */
function serverTupleService(tuple: SyntaxNode, bindings: Bindings): Service | undefined {
  let node = tuple;
  if (node.parent?.type === 'list') node = node.parent;
  const list = node.parent;
  if (list?.type !== 'argument_list' || list.namedChildren[0]?.id !== node.id) return undefined;
  const callee = resolvedName(list.parent?.childForFieldName('function'), bindings) ?? '';
  return callee.startsWith('pymemcache.') ? clientService(list.parent, bindings) : undefined;
}

/** `Elasticsearch("http://es.internal:9200")`, `OpenSearch(hosts=["https://…"])`: a search client's node URL. */
function nodeUrlAddress(literal: SyntaxNode, value: string, bindings: Bindings): Found | undefined {
  let node = literal;
  while (node.parent?.type === 'list' || node.parent?.type === 'tuple') node = node.parent;
  const parent = node.parent;
  let call: SyntaxNode | null | undefined;
  if (parent?.type === 'keyword_argument' && NODE_URL_KEYS.has(parent.childForFieldName('name')?.text ?? '')) call = parent.parent?.parent;
  else if (parent?.type === 'argument_list' && parent.namedChildren[0]?.id === node.id) call = parent.parent;
  return httpClientAddress(value, clientService(call, bindings));
}

/**
 * boto3's S3 client or resource given its own endpoint: `boto3.client("s3", endpoint_url="http://minio.internal:9000")`,
 * `session.resource("s3", endpoint_url=…)`. Any AWS service takes `endpoint_url`; only S3's is an object store here.
 */
function s3EndpointAddress(literal: SyntaxNode, value: string): Found | undefined {
  const argument = literal.parent;
  if (argument?.type !== 'keyword_argument' || argument.childForFieldName('name')?.text !== 'endpoint_url') return undefined;
  const call = argument.parent?.parent;
  const callee = call?.type === 'call' ? lastSegment(call.childForFieldName('function')?.text ?? '') : '';
  if ((callee !== 'client' && callee !== 'resource') || stringValue(positionalArguments(call!)[0]) !== 's3') return undefined;
  return storageEndpointAddress(value);
}

/**
 * A host written to a setting whose name says the service: Flask's `MAIL_SERVER = "smtp.gmail.com"` (a config class's
 * attribute, `app.config["MAIL_SERVER"] = …`, `app.config.update(MAIL_SERVER=…)`), Django's `EMAIL_HOST = "…"`,
 * `{"REDIS_HOST": "…"}`, `self.smtp_host = "…"`: the same address a client would be given, as PHP's `define('DB_HOST', …)`.
 * This machine stays silent (Django's and Flask-Mail's own default), and so do a development or test config class.
 */
function namedSettingHost(literal: SyntaxNode, value: string): Found | undefined {
  const setting = settingNameOf(literal);
  const name = setting === undefined ? undefined : hostNameOf(splitWords(setting));
  const host = name && namedHostValue(name, value);
  if (host === undefined || isLocalHost(host.replace(/:[0-9]+$/, '')) || inLocalConfigClass(literal)) return undefined;
  return hostOf(host, serviceOfWords(name!.before));
}

/** The name a literal is written to: `NAME = lit`, `x["NAME"] = lit`, `x.NAME = lit`, `f(NAME=lit)`, `{"NAME": lit}`. */
function settingNameOf(literal: SyntaxNode): string | undefined {
  const parent = literal.parent;
  if (parent?.type === 'assignment' && parent.childForFieldName('right')?.id === literal.id) {
    const left = parent.childForFieldName('left');
    if (left?.type === 'identifier') return left.text;
    if (left?.type === 'subscript') return stringValue(left.childForFieldName('subscript'));
    // `mail.settings.server = "…"` (web2py), `self.smtp_host = "…"`: the whole path names it.
    return left?.type === 'attribute' ? left.text : undefined;
  }
  if (parent?.type === 'keyword_argument' && parent.childForFieldName('value')?.id === literal.id) return parent.childForFieldName('name')?.text;
  return parent?.type === 'pair' && parent.childForFieldName('value')?.id === literal.id ? stringValue(parent.childForFieldName('key')) : undefined;
}


/** `ELASTICSEARCH_URL = "http://es.internal:9200"`: a setting named for a search cluster (module or class level). */
function settingUrlAddress(literal: SyntaxNode, value: string): Found | undefined {
  const assignment = literal.parent;
  const target = assignment?.type === 'assignment' && assignment.childForFieldName('right')?.id === literal.id ? assignment.childForFieldName('left') : null;
  return target?.type === 'identifier' ? namedSearchUrl(splitWords(target.text), value) : undefined;
}

/** The expression a default stands for: `os.getenv("REDIS_HOST", lit)`, `os.environ.get("REDIS_HOST") or lit`. */
function fallbackExpression(literal: SyntaxNode, bindings: Bindings): SyntaxNode {
  const parent = literal.parent;
  if (parent?.type === 'boolean_operator' && parent.childForFieldName('right')?.id === literal.id) return parent;
  const argument = parent?.type === 'keyword_argument' ? parent : literal;
  const call = argument.parent?.type === 'argument_list' ? argument.parent.parent : undefined;
  return call?.type === 'call' && envGetterFallback(call, literal, bindings) ? call : literal;
}

/** `psycopg2.connect("host=db dbname=shop")`. */
function dsnAddress(node: SyntaxNode, value: string, bindings: Bindings): Found | undefined {
  const call = node.parent?.type === 'argument_list' ? node.parent.parent : undefined;
  return dsnOf(value, clientService(call ?? undefined, bindings));
}

/** peewee's database classes (`PostgresqlDatabase('shop', host=...)`), and playhouse's pooled and extended ones. */
const PEEWEE_DATABASE = /^(?:peewee|playhouse\.\w+)\.(?:Pooled)?(Postgresql|MySQL)(?:Ext)?Database$/;

function clientService(call: SyntaxNode | null | undefined, bindings: Bindings): Service | undefined {
  if (call?.type !== 'call') return undefined;
  const callee = resolvedName(call.childForFieldName('function'), bindings);
  if (callee === undefined) return undefined;
  const peewee = PEEWEE_DATABASE.exec(callee);
  if (peewee) return serviceOfWord(peewee[1]!.toLowerCase());
  for (const [module, word] of Object.entries(PYTHON_CLIENTS)) {
    if (callee === module || callee.startsWith(`${module}.`)) return serviceOfWord(word);
  }
  return undefined;
}

/**
 * `DATABASES["default"]["HOST"] = "…"` (a production settings module overriding the base one's dict, also through
 * `settings.DATABASES`): the key and the setting it is written into say what the dict's pair would.
 */
function subscriptSettingService(left: SyntaxNode | null): Service | undefined {
  if (left?.type !== 'subscript' || !/^hosts?$/i.test(stringValue(left.childForFieldName('subscript')) ?? '')) return undefined;
  let base: SyntaxNode | null = left;
  while (base?.type === 'subscript') base = base.childForFieldName('value');
  const name = base?.type === 'attribute' ? base.childForFieldName('attribute') : base;
  return name?.type === 'identifier' ? settingNameService(name.text) : undefined;
}

/** `DATABASES`, `REDIS`, `CELERY_BROKER`: the service a settings name says. */
function settingNameService(text: string): Service | undefined {
  const name = text.toLowerCase();
  return serviceOfWord(name === 'databases' ? 'database' : name.replace(/_.*$/, ''));
}

/** `DATABASES = {'default': {'HOST': ...}}`, `REDIS = {'host': ...}`: the assigned name says the service. */
function settingsService(pair: SyntaxNode): Service | undefined {
  for (let current: SyntaxNode | null = pair.parent; current; current = current.parent) {
    if (current.type === 'assignment') return settingNameService(current.childForFieldName('left')?.text ?? '');
    if (current.type !== 'dictionary' && current.type !== 'pair') return undefined;
  }
  return undefined;
}

/** The variable whose default this literal is: `os.getenv('X', lit)`, `os.environ.get('X') or lit`, or the other branch of a test of it. */
function fallbackOf(node: SyntaxNode, bindings: Bindings): string | undefined {
  return writtenFallbackOf(node, bindings) ?? envTestFallback(node, 'python');
}

function writtenFallbackOf(node: SyntaxNode, bindings: Bindings): string | undefined {
  let value = node;
  if (value.parent?.type === 'keyword_argument') value = value.parent;
  const call = value.parent?.type === 'argument_list' ? value.parent.parent : undefined;
  if (call?.type === 'call' && !isFieldCall(call)) return envGetterFallback(call, node, bindings)?.envName ?? optionDefaultOf(call, value);
  const field = call?.type === 'call' ? (isFieldDefault(call, value) ? settingsField(call, bindings) : undefined) : settingsField(node, bindings);
  if (field !== undefined) return field;
  // `os.getenv("REDIS_URL") if PRODUCTION else "redis://localhost"`: a default for every case but one.
  const choice = node.parent ? pythonChoiceEnvTarget(node.parent, node, bindings) : undefined;
  if (choice) return choice.existingEnvName;
  const operator = node.parent;
  const left = operator?.type === 'boolean_operator' && operator.childForFieldName('right')?.id === node.id ? operator.childForFieldName('left') : null;
  if (left) {
    let name: string | undefined;
    walkTree(left, (child) => {
      name ??= envReadName(child, bindings);
      return name === undefined;
    });
    return name ?? heldEnvFallback(node, 'python');
  }
  return undefined;
}


/** Calls that declare a command-line or config option: argparse, optparse, click, oslo.config. */
const OPTION_DECLARATIONS = /^(?:add_argument|add_option|option|Opt|StrOpt|URIOpt|HostAddressOpt|HostnameOpt)$/;

/**
 * `parser.add_argument('--redis-url', default=lit)`, oslo.config's `cfg.StrOpt('uri', default=lit)`:
 * the value when neither the command line nor the config file sets the option, judged as an
 * environment fallback is (information when local). The option's name stands for the variable.
 */
function optionDefaultOf(call: SyntaxNode, argument: SyntaxNode): string | undefined {
  if (argument.type !== 'keyword_argument' || argument.childForFieldName('name')?.text !== 'default') return undefined;
  if (!OPTION_DECLARATIONS.test(lastSegment(call.childForFieldName('function')?.text ?? ''))) return undefined;
  const names = positionalArguments(call).map((node) => stringValue(node)).filter((name): name is string => name !== undefined);
  const flag = names.find((name) => name.startsWith('--'));
  return flag ?? (names[0] !== undefined ? `the "${names[0]}" option` : undefined);
}

/** pydantic's `Field(...)`, which holds a settings field's default. */
function isFieldCall(call: SyntaxNode): boolean {
  return /^(?:pydantic\.)?Field$/.test(call.childForFieldName('function')?.text ?? '');
}

/** `Field("...")` / `Field(default="...")`: the argument is the field's default. */
function isFieldDefault(call: SyntaxNode, argument: SyntaxNode): boolean {
  if (!isFieldCall(call)) return false;
  if (argument.type === 'keyword_argument') return argument.childForFieldName('name')?.text === 'default';
  return positionalArguments(call)[0]?.id === argument.id;
}

/**
 * The variable a pydantic `BaseSettings` field reads: `database_url: str = "postgresql://..."` in
 * `class Settings(BaseSettings)` is a default that `DATABASE_URL` overrides, as Spring's
 * `application.properties` values are.
 */
function settingsField(value: SyntaxNode, bindings: Bindings): string | undefined {
  const assignment = value.parent;
  if (assignment?.type !== 'assignment' || assignment.childForFieldName('right')?.id !== value.id) return undefined;
  const target = assignment.childForFieldName('left');
  const statement = assignment.parent;
  const cls = statement?.type === 'expression_statement' ? enclosingClass(statement) : undefined;
  if (target?.type !== 'identifier' || !cls) return undefined;
  const bases = cls.childForFieldName('superclasses')?.namedChildren ?? [];
  const settings = bases.some((base) => base !== null && lastSegment(resolvedName(base, bindings) ?? base.text) === 'BaseSettings');
  return settings ? target.text.toUpperCase() : undefined;
}
