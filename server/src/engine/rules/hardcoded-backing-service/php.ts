// Factor IV for PHP: service URLs (`new MongoDB\Client('mongodb://...')`, Predis' `tcp://` addresses),
// PDO DSNs (`new PDO('mysql:host=db.internal;dbname=shop')`), libpq strings for `pg_connect`, hosts
// handed to clients (`mysqli_connect('db.internal')`, phpredis' `$redis->connect('10.0.3.7')`,
// `new AMQPStreamConnection('rabbit.internal', 5672)`), and `'host' => '...'` in arrays a service
// name owns (Laravel's config/database.php, config/mail.php, config/cache.php).
import { envTestFallback } from './env-test-branches';
import { heldEnvFallback } from './held-env';
import { inNonProductionBranch } from './production-branch';
import { ancestors, arrayEntries, callOf, callOfArgument, inTestStageEntry, mayHaveTestStageEntry, parentOf, phpString, stringValue, walkWithParents, type Parents, type PhpCall } from '../../languages/php';
import { nodeSpan, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { identifierWords } from '../../secrets/words';
import { ownerSegments } from '../hardcoded-credential/php-arrays';
import { targetOf } from '../hardcoded-credential/php-targets';
import { isNonServerPath } from '../process-paths';
import { asTestRunContext, dsnAddress, envHostAddress, hostAddress, hostNameOf, httpClientAddress, namedHostValue, reportAddress, serviceOfWords, storageEndpointAddress, urlAddress, type Found } from './address';
import { isDisplayForm } from './display-forms';
import { interpolatedHostService, interpolatedUrlAddress, phpConcatenation, phpPieces } from './interpolated-urls';
import { concatenatedHostService, concatenatedUrlAddress, hostSlotService, percentTemplate } from './url-slots';
import { heldHostLiterals, interpolatedPdoHost, pdoDsnHostDriver, type HostUse } from './php-held-hosts';
import { isLocalHost, isPlaceholderHost, serviceOfScheme, serviceOfWord, urlHost, type Service } from './services';

/** Calls whose argument at `index` is a host, by name (functions and constructed classes). */
const HOST_CALLS: Readonly<Record<string, { index: number; word: string }>> = {
  mysqli_connect: { index: 0, word: 'mysql' }, mysqli: { index: 0, word: 'mysql' }, mysqli_real_connect: { index: 1, word: 'mysql' },
  // SwiftMailer's SMTP transport: `new Swift_SmtpTransport('smtp.mailgun.org', 587, 'tls')`.
  Swift_SmtpTransport: { index: 0, word: 'smtp' },
  AMQPStreamConnection: { index: 0, word: 'amqp' }, AMQPSSLConnection: { index: 0, word: 'amqp' }, AMQPSocketConnection: { index: 0, word: 'amqp' },
};
/** Methods on a client the file constructs: phpredis' `connect`, Memcached's `addServer`. */
const CLIENT_METHODS: ReadonlyArray<{ method: RegExp; client: RegExp; word: string }> = [
  { method: /^p?connect$/, client: /\bnew\s+\\?Redis(?:Cluster)?\s*\(/, word: 'redis' },
  { method: /^addServer$/, client: /\bnew\s+\\?Memcached\b/, word: 'memcached' },
];
/** PDO drivers, and the host parameter of each. */
const PDO_DSN = /^(mysql|pgsql|sqlsrv|dblib|mssql|oci|firebird|cubrid):(.*)$/is;
/** Laravel config files: the framework writes `env('X', '127.0.0.1')` there; its defaults are a template. */
const LARAVEL_CONFIG = /(?:^|\/)config\/[^/]+\.php$/;

export const phpChecks: LanguageCheck[] = [
  { languages: ['php'], keywords: ['://', 'host', 'server', 'addr', 'pdo', 'mysqli', 'connect', 'addserver', 'amqp', 'endpoint', 'smtptransport'], check },
];

/**
 * What the file mentions that decides how a literal reads (a Predis client, a search client's
 * builder, a Redis or Memcached client): read once per file, not once per literal, which made a
 * table of thousands of strings quadratic.
 */
interface FileMentions {
  predis: boolean;
  search: 'elasticsearch' | 'opensearch' | undefined;
  clients: ReadonlyArray<(typeof CLIENT_METHODS)[number]>;
}

function mentionsOf(text: string): FileMentions {
  const search = /ClientBuilder/.test(text) && /elasticsearch|opensearch/i.test(text) ? (/opensearch/i.test(text) ? 'opensearch' : 'elasticsearch') : undefined;
  return { predis: /predis/i.test(text), search, clients: CLIENT_METHODS.filter((entry) => entry.client.test(text)) };
}

/**
 * The database config a PHP framework's installer writes, where `localhost` is its stock host: CodeIgniter 3's
 * `application/config/database.php` (also per environment, `application/config/production/database.php`), Yii's
 * `config/db.php` (`'dsn' => 'mysql:host=localhost;…'`), CakePHP's `config/app.php` and `app_local.php`. As wp-config's
 * `define('DB_HOST', 'localhost')`: on a single box or shared hosting it is the database's socket, so this machine
 * there stays silent; another host is reported.
 */
const STOCK_DATABASE_CONFIG = /(?:^|\/)(?:application\/config\/(?:[\w-]+\/)?database|config\/(?:db|app|app_local))\.php$/;

function check(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree || isNonServerPath(context.path)) return;
  const laravelConfig = LARAVEL_CONFIG.test(context.path);
  const stockDatabaseConfig = STOCK_DATABASE_CONFIG.test(context.path);
  const mentions = mentionsOf(context.text);
  const held = heldHostLiterals(tree.rootNode, heldHostUse(mentions));
  const testStageEntries = mayHaveTestStageEntry(context.text);
  walkWithParents(tree.rootNode, (node, parents) => {
    if (node.type !== 'string' && node.type !== 'encapsed_string') return;
    const value = phpString(node)?.text;
    if (value === undefined && node.type === 'encapsed_string' && node.text.length <= 2000) return reportInterpolatedPdo(context, node);
    if (value === undefined || value.length > 2000) return;
    const prefix = concatenationHead(node, parents);
    if (prefix === undefined && (isCompared(node, parents) || isDisplayForm(node))) return;
    const found = prefix
      ? (pgAddress(prefix, value, parents) ?? builtUrlAddress(node, parents))
      : (urlAddress(value) ?? predisAddress(node, value, parents, mentions) ?? pdoAddress(value) ?? hostOf(node, value, parents, mentions) ??
        pgAddress(node, value, parents) ?? searchHostAddress(node, value, parents, mentions) ?? s3EndpointAddress(node, value, parents) ??
        hostAddress(value, held.get(node.id)));
    const target = prefix ? undefined : targetOf(node, parents);
    const fallbackOf = target?.kind === 'fallback' ? target.existingEnvName ?? target.label : found && target?.kind === 'name' ? namedDefaultOf(node, parents) : prefix ? undefined : heldEnvFallback(node, 'php') ?? (found ? envTestFallback(node, 'php') : undefined);
    const address = found ?? envHostAddress(value, fallbackOf);
    if (!address || (stockDatabaseConfig && !fallbackOf && isLocalHost(address.host.replace(/:[0-9]+$/, '')))) return;
    // `env('MAIL_HOST', 'smtp.mailgun.org')` is Laravel's own template: each deploy's .env sets the variable.
    reportAddress(testStageEntries && inTestStageEntry(node, parents) ? asTestRunContext(context, 'a connection block for the test run') : context, address, { span: nodeSpan(node), value, fallbackOf, fixable: !prefix && !target?.noFix, templateDefault: laravelConfig, nonProduction: () => inNonProductionBranch(node) });
  });
}

/**
 * `new PDO("$driver:host=db.internal;dbname=$name")`: the host written in a DSN whose other parts are variables; and any
 * service URL whose literal pieces name the host (`"pgsql://app@db.internal/{$db}"`, interpolated-urls.ts).
 */
function reportInterpolatedPdo(context: RuleContext, node: SyntaxNode): void {
  const dsn = interpolatedPdoHost(node);
  const address = dsn ? hostAddress(dsn.host, pdoService(dsn.driver)) : interpolatedUrlAddress(node);
  if (address) reportAddress(context, address, { span: nodeSpan(node), value: node.text, fixable: false, nonProduction: () => inNonProductionBranch(node) });
}

/**
 * elasticsearch-php's and opensearch-php's `ClientBuilder::create()->setHosts(['http://es.internal:9200'])`:
 * a search client takes its nodes as http URLs (address.ts httpClientAddress).
 */
function searchHostAddress(node: SyntaxNode, value: string, parents: Parents, mentions: FileMentions): Found | undefined {
  if (!mentions.search) return undefined;
  const element = parentOf(node, parents);
  const array = element?.type === 'array_element_initializer' ? parentOf(element, parents) : undefined;
  const argument = array?.type === 'array_creation_expression' ? callOfArgument(array, parents) : undefined;
  if (argument?.call.kind !== 'method' || argument.call.name !== 'setHosts' || argument.index !== 0) return undefined;
  return httpClientAddress(value, serviceOfWord(mentions.search));
}

/** The AWS SDK's `new S3Client(['endpoint' => 'http://minio.internal:9000', …])`: an S3-compatible store of the deploy's own. */
function s3EndpointAddress(node: SyntaxNode, value: string, parents: Parents): Found | undefined {
  const element = parentOf(node, parents);
  if (element?.type !== 'array_element_initializer' || element.namedChildren[1]?.id !== node.id) return undefined;
  if (stringValue(element.namedChildren[0] ?? undefined) !== 'endpoint') return undefined;
  const array = parentOf(element, parents);
  const argument = array ? callOfArgument(array, parents) : undefined;
  if (argument?.call.kind !== 'new' || !/(?:^|\\)S3(?:Multi)?Client$/.test(argument.call.name) || argument.index !== 0) return undefined;
  return storageEndpointAddress(value);
}

/** Predis takes `tcp://10.0.3.7:6379` (and `tls://`), which say nothing of Redis by themselves. */
function predisAddress(node: SyntaxNode, value: string, parents: Parents, mentions: FileMentions): Found | undefined {
  if (!mentions.predis) return undefined;
  if (!/^(?:tcp|tls):\/\//i.test(value)) return predisOptionHost(node, value, parents);
  const argument = callOfArgument(node, parents);
  const address = urlHost(value);
  if (argument?.call.kind !== 'new' || argument.call.name !== 'Client' || !address || isPlaceholderHost(address.host)) return undefined;
  return { service: serviceOfWord('redis')!, host: address.host, what: 'url' };
}

/** Predis' parameters array: `new Client(['host' => 'redis.internal', 'port' => 6379])`. */
function predisOptionHost(node: SyntaxNode, value: string, parents: Parents): Found | undefined {
  const element = parentOf(node, parents);
  if (element?.type !== 'array_element_initializer' || stringValue(element.namedChildren[0] ?? undefined) !== 'host') return undefined;
  const array = parentOf(element, parents);
  const argument = array ? callOfArgument(array, parents) : undefined;
  if (argument?.call.kind !== 'new' || !/(?:^|\\)Client$/.test(argument.call.name) || argument.index !== 0) return undefined;
  return hostAddress(value, serviceOfWord('redis'));
}

/** `mysql:host=db.internal;dbname=shop`, `sqlsrv:Server=db.internal,1433;Database=shop`. */
function pdoAddress(value: string): Found | undefined {
  const dsn = PDO_DSN.exec(value);
  if (!dsn) return undefined;
  const host = /(?:^|;)\s*(?:host|server)\s*=\s*([^;,\s]+)/i.exec(dsn[2] ?? '')?.[1];
  return host === undefined ? undefined : hostAddress(host, pdoService(dsn[1]!));
}

function pdoService(driver: string): Service | undefined {
  const lower = driver.toLowerCase();
  return serviceOfScheme(lower === 'pgsql' ? 'postgres' : lower) ?? serviceOfWord(driver) ?? serviceOfWord('database');
}

/**
 * The whole concatenation a literal opens (`'host=db.internal … password=' . getenv('DB_PASSWORD')`): its
 * other parts come from elsewhere, so only the literal's own text is read. Undefined when the literal
 * is not the first operand of a `.`.
 */
function concatenationHead(literal: SyntaxNode, parents: Parents): SyntaxNode | undefined {
  let head: SyntaxNode | undefined;
  for (let node = literal, parent = parentOf(node, parents); parent?.type === 'binary_expression'; node = parent, parent = parentOf(node, parents)) {
    if (parent.childForFieldName('operator')?.type !== '.' || parent.childForFieldName('left')?.id !== node.id) break;
    head = parent;
  }
  return head;
}

/** `pg_connect("host=db.internal dbname=shop")`, and the same with the password appended. */
function pgAddress(node: SyntaxNode, value: string, parents: Parents): Found | undefined {
  const argument = callOfArgument(node, parents);
  return argument && /^pg_p?connect$/i.test(argument.call.name) ? dsnAddress(value, serviceOfWord('postgres')) : undefined;
}

function hostOf(literal: SyntaxNode, value: string, parents: Parents, mentions: FileMentions): Found | undefined {
  const node = fallbackExpression(literal, parents);
  const argument = callOfArgument(node, parents);
  if (argument && (HOST_CALLS[argument.call.name] || clientMethod(argument.call, mentions))) {
    const service = hostArgumentService(node, parents, mentions);
    return service ? hostAddress(value, service) : undefined;
  }
  const element = parentOf(node, parents);
  if (element?.type !== 'array_element_initializer') return namedHost(literal, value, parents);
  // `'store.redis.host' => 'localhost'`: the key names the setting; only the value can be an address.
  return isArrayKey(element, node) ? undefined : arrayHost(element, value, parents);
}

/** The service of a client whose host argument `node` is: `new mysqli(⟨node⟩, …)`, phpredis' `->connect(⟨node⟩)`. */
function hostArgumentService(node: SyntaxNode, parents: Parents, mentions: FileMentions): Service | undefined {
  const argument = callOfArgument(node, parents);
  if (!argument) return undefined;
  const known = HOST_CALLS[argument.call.name];
  if (known) return known.index === argument.index ? serviceOfWord(known.word) : undefined;
  const method = clientMethod(argument.call, mentions);
  return method && argument.index === 0 ? serviceOfWord(method.word) : undefined;
}

function clientMethod(call: PhpCall, mentions: FileMentions): (typeof CLIENT_METHODS)[number] | undefined {
  return call.kind === 'method' ? mentions.clients.find((entry) => entry.method.test(call.name)) : undefined;
}

/** A name used as a host: a client's host argument, or the host of an interpolated PDO DSN. */
function heldHostUse(mentions: FileMentions): HostUse {
  return (node, parents) => {
    const driver = pdoDsnHostDriver(node, parents);
    return driver ? pdoService(driver) : (hostArgumentService(node, parents, mentions) ?? urlHostPlaceService(node, parents));
  };
}

/**
 * The service of a URL whose host place a name fills: `"redis://{$host}:6379"`, `sprintf('amqp://%s:5672', $host)`
 * (interpolated-urls.ts), so the literal the name holds is that service's host.
 */
function urlHostPlaceService(node: SyntaxNode, parents: Parents): Service | undefined {
  const parent = parentOf(node, parents);
  if (parent?.type === 'encapsed_string') return interpolatedHostService(parent, node);
  if (parent?.type === 'binary_expression') {
    const chain = phpConcatenation(node, parents);
    return chain ? concatenatedHostService(phpPieces(chain.operands), chain.at) : undefined;
  }
  const list = parent?.type === 'argument' ? parentOf(parent, parents) : undefined;
  const call = list ? parentOf(list, parents) : undefined;
  if (call?.type !== 'function_call_expression' || !/^\\?sprintf$/i.test(call.childForFieldName('function')?.text ?? '')) return undefined;
  const args = list!.namedChildren.filter((child): child is SyntaxNode => child?.type === 'argument');
  const index = args.findIndex((argument) => argument.id === parent!.id);
  const template = percentTemplate(stringValue(args[0]?.namedChild(0) ?? undefined));
  return index > 0 && template !== undefined ? hostSlotService(template, index - 1) : undefined;
}

/** `"redis://" . 'stats.internal' . ":6379/3"`: at the chain's first literal, the URL its literal operands spell with the host. */
function builtUrlAddress(head: SyntaxNode, parents: Parents): Found | undefined {
  const chain = phpConcatenation(head, parents);
  return chain?.at === 0 ? concatenatedUrlAddress(phpPieces(chain.operands)) : undefined;
}

/** Whether `node` is the key of `element` (`'key' => value`), not its value. */
function isArrayKey(element: SyntaxNode, node: SyntaxNode): boolean {
  return element.namedChildCount === 2 && element.namedChild(0)?.id === node.id;
}

/**
 * A host written to a name that says the service: CodeIgniter's `$db['reporting']['hostname'] = '…'`,
 * wp-config's `define('DB_HOST', '…')`, `$redisHost = '…'`, SuiteCRM's `db_host_name`, `define('REDIS_SERVER', '…')`,
 * `define('MEM_CACHE_SERVER_IP', '…')`. A bare `$host` says no service; a local host is an install default.
 */
function namedHost(literal: SyntaxNode, value: string, parents: Parents): Found | undefined {
  const target = targetOf(literal, parents);
  if (target?.kind !== 'name') return undefined;
  const name = hostNameOf(target.label.split('.').flatMap(identifierWords).map((word) => word.toLowerCase()));
  const host = name && namedHostValue(name, withoutStreamScheme(value));
  // `define('DB_HOST', 'localhost')` is what every fresh WordPress install writes: a name naming this machine stays silent.
  if (!name || host === undefined || isLocalHost(host.replace(/:[0-9]+$/, ''))) return undefined;
  return hostAddress(host, serviceOfWords(name.before) ?? (name.before.length === 0 ? enclosingCallService(literal, parents) : undefined));
}

/** PHP's stream transports before a host: CodeIgniter's and MediaWiki's `'smtp_host' => 'ssl://smtp.gmail.com'`. */
function withoutStreamScheme(value: string): string {
  return value.replace(/^(?:ssl|tls|tcp|sslv[23]|tlsv1\.[0-3]):\/\//i, '');
}

/** How far up a named argument's calls are read: `new MySQLDriverConfig(connection: new TcpConnectionConfig(host: '…'))`. */
const MAX_CALL_DEPTH = 12;

/**
 * A named argument `host:` says no service by itself; the classes it is passed to do: Cycle's
 * `new PostgresDriverConfig(connection: new TcpConnectionConfig(host: '…'))`, `new RedisConnection(host: '…')`.
 * A class that names none (`new HttpClient(host: 'api.stripe.com')`) stays silent.
 */
function enclosingCallService(literal: SyntaxNode, parents: Parents): Service | undefined {
  let node: SyntaxNode | undefined = literal;
  for (let depth = 0; node && depth < MAX_CALL_DEPTH; depth++, node = parentOf(node, parents) ?? undefined) {
    const call = node.type === 'object_creation_expression' || node.type.endsWith('call_expression') ? callOf(node) : undefined;
    const service = call ? pathService([call.scope ?? '', call.name]) : undefined;
    if (service) return service;
  }
  return undefined;
}

/** The expression a fallback literal stands for: `env('DB_HOST', lit)`, `getenv('DB_HOST') ?: lit`, `$_ENV['X'] ?? lit`. */
function fallbackExpression(literal: SyntaxNode, parents: Parents): SyntaxNode {
  const argument = callOfArgument(literal, parents);
  if (argument && argument.index === 1 && /^(?:env|get)$/i.test(argument.call.name)) {
    const list = parentOf(parentOf(literal, parents)!, parents);
    return (list && parentOf(list, parents)) ?? literal;
  }
  const parent = parentOf(literal, parents);
  const fallback = parent?.type === 'binary_expression' && parent.childForFieldName('operator')?.type === '??';
  const elvis = parent?.type === 'conditional_expression' && parent.childForFieldName('body') === null;
  return fallback || elvis ? parent! : literal;
}

/**
 * `'host' => '10.0.3.7'` under `'redis'`, `'mysql'`, `'smtp'` keys, or beside `'driver' => 'pgsql'`; a key that says its
 * service itself (`'smtp_host' => 'ssl://smtp.gmail.com'`, SuiteCRM's `'db_host_name' => '…'`), as a named host.
 */
function arrayHost(element: SyntaxNode, value: string, parents: Parents): Found | undefined {
  const segments = ownerSegments(element, parents);
  const key = segments?.[segments.length - 1]?.toLowerCase();
  if (!segments || key === undefined) return undefined;
  // The test run's connection (CakePHP's `'Datasources' => ['test' => [...]]`, a Laravel `'testing'` one) is not deployed.
  if (segments.slice(0, -1).some((segment) => TEST_CONNECTION.test(segment))) return undefined;
  if (!ARRAY_HOST_KEYS.has(key)) return serviceKeyHost(segments, value);
  const driver = driverService(element, parents);
  // `'server'` is a host in a cache engine's block that names its store (CakePHP's `'className' => 'Redis'`), or when the
  // value is one (Phalcon's `'smtp' => ['server' => 'smtp.office365.com']`; `'server' => 'apache'` is a product).
  if (key === 'server' && !driver && !/[.:]/.test(value)) return undefined;
  return hostAddress(withoutStreamScheme(value), driver ?? pathService(segments.slice(0, -1)));
}

/** `'smtp_host' => '…'`, `'db_host_name' => '…'`: a key whose own words name the service and end in a host word. */
function serviceKeyHost(segments: readonly string[], value: string): Found | undefined {
  const name = hostNameOf(identifierWords(segments[segments.length - 1]!).map((word) => word.toLowerCase()));
  const service = name ? serviceOfWords(name.before) : undefined;
  const host = service && namedHostValue(name!, withoutStreamScheme(value));
  return host === undefined || isLocalHost(host.replace(/:[0-9]+$/, '')) ? undefined : hostAddress(host, service);
}

const ARRAY_HOST_KEYS: ReadonlySet<string> = new Set(['host', 'hostname', 'server']);

const TEST_CONNECTION = /^(?:test|tests|testing)$/i;

/** How many arrays up a `'driver'` entry is looked for: Laravel's `'read' => ['host' => ['…']]` sits two below its connection. */
const MAX_DRIVER_DEPTH = 3;

/** The `'driver' => 'mysql'` of the array the host is in, or of the connection array around it. */
function driverService(element: SyntaxNode, parents: Parents): Service | undefined {
  let arrays = 0;
  for (let node = parentOf(element, parents); node && arrays < MAX_DRIVER_DEPTH; node = parentOf(node, parents)) {
    if (node.type === 'array_element_initializer') continue;
    if (node.type !== 'array_creation_expression') return undefined;
    arrays++;
    const names = arrayEntries(node).filter((entry) => entry.key && DRIVER_KEYS.has(stringValue(entry.key) ?? '')).map((entry) => driverName(entry.value));
    // CakePHP names both `'className' => Connection::class` and `'driver' => Mysql::class`: the one that is a service speaks.
    const known = names.find((name) => name !== undefined && serviceOfWord(name) !== undefined);
    if (known !== undefined) return serviceOfWord(known);
    if (names.some((name) => name !== undefined)) return undefined;
  }
  return undefined;
}

/**
 * Laravel's and CakePHP 3+'s `'driver'`, CakePHP 2's `'datasource' => 'Database/Mysql'`, CodeIgniter's `'DBDriver' => 'MySQLi'`
 * (3: `dbdriver`), CakePHP's cache and mail engines' `'className' => 'Redis'` / `'Smtp'`.
 */
const DRIVER_KEYS: ReadonlySet<string> = new Set(['driver', 'datasource', 'DBDriver', 'dbdriver', 'className']);

/** `'mysql'`, CakePHP's `Mysql::class` / `'Cake\Database\Driver\Mysql'`, CakePHP 2's `'Database/Mysql'`: the driver's last word. */
function driverName(value: SyntaxNode | undefined): string | undefined {
  const text = value?.type === 'class_constant_access_expression' && value.namedChildren[1]?.text === 'class' ? value.namedChildren[0]?.text : stringValue(value);
  return text?.split(/[\\/]/).pop();
}

function pathService(segments: readonly string[]): Service | undefined {
  for (const segment of [...segments].reverse()) {
    const service = serviceOfWords(identifierWords(segment).map((word) => word.toLowerCase()));
    if (service) return service;
  }
  return undefined;
}

/** `$url === 'redis://...'`, `str_starts_with($dsn, 'mysql:')`, `case 'pgsql:...':`: a check, not a connection. */
function isCompared(node: SyntaxNode, parents: Parents): boolean {
  const parent = parentOf(node, parents);
  if (parent?.type === 'binary_expression') return !['??', '?:', '||', 'or'].includes(parent.childForFieldName('operator')?.type ?? '');
  if (parent?.type === 'case_statement' || parent?.type === 'match_condition_list') return true;
  const argument = callOfArgument(node, parents);
  return argument !== undefined && /^(?:str_(?:starts|ends)_with|str_contains|strpos|stripos|preg_match|str_replace|in_array)$/i.test(argument.call.name);
}

/** Words that make a name a default: `$redisDefaults`, `DEFAULT_REDIS`, `$fallbackConfig`. */
const DEFAULT_WORDS = new Set(['default', 'defaults', 'fallback', 'fallbacks']);
/** An env read in an `if` condition: `if (env('REDIS_SERVERS', false))`, `if (getenv('DB_HOST') === false)`. */
const ENV_READ_IN_CONDITION = /\b(?:env|getenv)\(\s*['"]([A-Za-z_][A-Za-z0-9_]*)['"]/;

/**
 * BookStack's `$redisDefaults = ['host' => '127.0.0.1', 'port' => '6379', …]` inside `if (env('REDIS_SERVERS'))`: values
 * a variable, constant or property calls defaults only fill what the environment leaves out, so they are that variable's
 * fallback (information when local, as `env('REDIS_HOST', '127.0.0.1')` is), as a JVM or Go constant named a default is.
 * The fallback is of the variable the enclosing `if` reads, else of the name itself. An array key named `default`
 * (Laravel's `'redis' => ['default' => [...]]`) or a bare `$default` (CodeIgniter 4's connection group) is a connection's
 * name, not a default.
 */
function namedDefaultOf(node: SyntaxNode, parents: Parents): string | undefined {
  const around = ancestors(node, parents);
  const holder = around.find((ancestor) => ancestor.type === 'assignment_expression' || ancestor.type === 'const_element' || ancestor.type === 'property_element');
  const name = holder?.type === 'assignment_expression' ? holder.childForFieldName('left') : holder?.namedChildren.find((child) => child?.type === 'variable_name' || child?.type === 'name');
  if (!name || (name.type !== 'variable_name' && name.type !== 'name') || !namesDefaults(name.text.replace(/^\$/, ''))) return undefined;
  const condition = around.find((ancestor) => ancestor.type === 'if_statement')?.childForFieldName('condition');
  return (condition ? ENV_READ_IN_CONDITION.exec(condition.text)?.[1] : undefined) ?? name.text;
}

/** `$redisDefaults`, `DEFAULT_REDIS`, `$fallbackHosts`: defaults by name; a bare `$default` names a connection. */
function namesDefaults(name: string): boolean {
  const words = identifierWords(name).map((word) => word.toLowerCase());
  return words.length > 1 ? words.some((word) => DEFAULT_WORDS.has(word)) : words[0] !== 'default' && DEFAULT_WORDS.has(words[0] ?? '');
}
