// Factor IV for Java and Kotlin: service URLs in code (`DriverManager.getConnection("jdbc:postgresql://db.internal/shop")`,
// `MongoClients.create("mongodb://...")`, Lettuce's `RedisClient.create("redis://...")`), hosts handed to
// clients (`new Jedis("10.0.3.7", 6379)`, RabbitMQ's `factory.setHost("rabbit.internal")`, Kotlin's
// `ConnectionFactory().apply { host = "..." }`) and client properties (`mail.smtp.host`, `bootstrap.servers`).
import { importsOf, indexStrings, type JvmCall } from '../../languages/java';
import { navigationName } from '../../languages/kotlin';
import type { MappedText } from '../../languages/mapped-text';
import type { SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { JvmSyntax } from '../hardcoded-credential/java-calls';
import { javaSyntax, javaTarget, sameNode } from '../hardcoded-credential/java-targets';
import { kotlinSyntax, kotlinTarget } from '../hardcoded-credential/kotlin-targets';
import { isNonServerPath } from '../process-paths';
import { envHostAddress, hostAddress, hostNameOf, httpClientAddress, namedHostValue, reportAddress, serviceOfWords, storageEndpointAddress, urlAddress, type Found } from './address';
import { isDisplayForm } from './display-forms';
import { heldJvmHosts } from './jvm-held';
import { envTestFallback } from './env-test-branches';
import { placeholderDefault } from '../../languages/spring';
import { isLocalHost, serviceOfWord, type Service } from './services';
import { splitWords } from '../../secrets';

/** Client packages, by the service word they reach: what a bare `setHost` means in this file. */
const CLIENT_PACKAGES: ReadonlyArray<readonly [string, string]> = [
  ['com.rabbitmq.', 'amqp'], ['org.springframework.amqp.', 'amqp'],
  ['redis.clients.jedis.', 'redis'], ['io.lettuce.', 'redis'], ['org.redisson.', 'redis'], ['org.springframework.data.redis.', 'redis'],
  ['com.mongodb.', 'mongodb'], ['org.postgresql.', 'postgres'], ['com.mysql.', 'mysql'], ['org.mariadb.', 'mariadb'],
  ['com.microsoft.sqlserver.', 'sqlsrv'], ['jakarta.mail.', 'smtp'], ['javax.mail.', 'smtp'], ['org.apache.kafka.', 'kafka'],
  // Spring's `JavaMailSenderImpl`: `sender.setHost("smtp.sendgrid.net")`, Kotlin's `JavaMailSenderImpl().apply { host = … }`.
  ['org.springframework.mail.', 'smtp'],
  ['org.elasticsearch.', 'elasticsearch'], ['co.elastic.', 'elasticsearch'], ['org.springframework.data.elasticsearch.', 'elasticsearch'], ['org.opensearch.', 'elasticsearch'], ['io.nats.', 'nats'], ['net.spy.memcached.', 'memcached'],
  // Vert.x's reactive SQL clients: `PgConnectOptions().setHost("pg.internal")`, `MySQLConnectOptions().setHost(…)`.
  ['io.vertx.pgclient.', 'postgres'], ['io.vertx.mysqlclient.', 'mysql'],
  ['io.minio.', 's3'], ['software.amazon.awssdk.services.s3', 's3'], ['com.amazonaws.services.s3', 's3'],
];

/** Constructions whose first string argument is a host, by class: Jedis, Mongo's legacy client, Spring Data Redis. */
const HOST_CONSTRUCTORS: Readonly<Record<string, string>> = {
  Jedis: 'redis', JedisPool: 'redis', JedisPooled: 'redis', HostAndPort: 'redis', RedisStandaloneConfiguration: 'redis',
  MongoClient: 'mongodb', ServerAddress: 'mongodb', AMQPConnection: 'amqp',
  // Spring's connection factories, as a `@Bean` builds them: `new CachingConnectionFactory("rabbit.internal")`
  // (Spring AMQP), `new LettuceConnectionFactory("redis.internal", 6379)` (Spring Data Redis).
  CachingConnectionFactory: 'amqp', LettuceConnectionFactory: 'redis',
};

/** Setters (and Kotlin properties) that take a host: the services they may belong to, in order. */
const HOST_SETTERS: Readonly<Record<string, readonly string[]>> = {
  setHost: ['amqp', 'redis', 'mongodb', 'smtp', 'nats', 'postgres', 'mysql'],
  setHostName: ['redis'],
  // Lettuce's `RedisURI.builder().withHost("redis.internal")`.
  withHost: ['redis'],
  setServerName: ['postgres', 'mysql', 'mariadb', 'sqlsrv'],
  setServerNames: ['postgres', 'mysql', 'mariadb', 'sqlsrv'],
  // Spring AMQP's broker list, `factory.setAddresses("10.12.0.21:5672,10.12.0.22:5672")`: its first host stands for it.
  setAddresses: ['amqp'],
};

/** `props.put("mail.smtp.host", ...)`, `props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ...)`. */
const PROPERTY_KEYS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^mail\.smtps?\.host$/, 'smtp'],
  [/^bootstrap\.servers$|(?:^|\.)BOOTSTRAP_SERVERS_CONFIG$/, 'kafka'],
];

export const jvmChecks: LanguageCheck[] = [
  // Each host-taking class by name (`new RedisStandaloneConfiguration("redis.internal", 6379)` holds no other word).
  { languages: ['java', 'kotlin'], keywords: ['://', 'jdbc:oracle:', 'host', 'server', 'addr', 'servername', 'bootstrap', 'connectedto', 'endpoint', ...Object.keys(HOST_CONSTRUCTORS).map((name) => name.toLowerCase())], check },
];

function check(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree || isNonServerPath(context.path)) return;
  const kotlin = context.language === 'kotlin';
  const index = indexStrings(tree.rootNode);
  const syntax = kotlin ? kotlinSyntax(context.text, index.parentOf) : javaSyntax(context.text, index.parentOf);
  const families = importedFamilies(tree.rootNode);
  const { held, rewritten } = heldJvmHosts(tree.rootNode, syntax, (use, useSyntax, holdsString) => hostUseService(use, useSyntax, families, holdsString));
  for (const node of index.literals) {
    const literal = syntax.string(node);
    const value = literal?.value?.text;
    if (value === undefined || value.length > 2000) continue;
    if (inAnnotation(node, syntax)) {
      annotationDefault(literal!.value!, context);
      continue;
    }
    if (isCompared(node, syntax) || isDisplayForm(node, index.parentOf)) continue;
    const standIn = fallbackExpression(node, syntax);
    const found = urlAddress(value) ?? hostOfCall(standIn, value, syntax, families) ?? hostOfKotlinProperty(standIn, value, syntax, families) ?? hostAddress(value, held.get(node.id));
    const target = (kotlin ? kotlinTarget : javaTarget)(node, syntax);
    const fallbackOf = target?.kind === 'fallback' ? target.existingEnvName ?? target.label : namedDefault(target?.name) ?? (found ? envTestFallback(node, kotlin ? 'kotlin' : 'java') : undefined);
    const address = found ?? (target?.kind === 'fallback' ? envHostAddress(value, fallbackOf) : target?.kind === 'name' && !rewritten.has(target.name ?? '') ? namedHost(value, target.name, () => enclosingTypeName(node, syntax)) : undefined);
    if (!address) continue;
    reportAddress(context, address, { span: { start: node.startIndex, end: node.endIndex }, value, fallbackOf, fixable: true });
  }
}

/**
 * A host written to a field, constant or property whose name says the service and ends in a host word, as PHP, Python
 * and Go read it: `private static final String SMTP_HOST = "smtp.sendgrid.net"`, Kotlin's `val smtpHost: String =
 * "smtp.sendgrid.net"` (a data class's default too). A name naming this machine, a property key (`"mail.smtp.host"`)
 * and a name with no service word (`HOST`) stay silent.
 */
function namedHost(value: string, name: string | undefined, typeName: () => string | undefined): Found | undefined {
  const host = name === undefined ? undefined : hostNameOf(splitWords(name));
  const written = host && namedHostValue(host, value);
  if (written === undefined || isLocalHost(written.replace(/:[0-9]+$/, ''))) return undefined;
  // Kotlin's `object SmtpServer { const val HOST_NAME = "smtp…" }`, Java's `static final class Redis { static final String HOST = … }`:
  // a constant holder named for its service, whose constant (SCREAMING_CASE) names only the host. The innermost type only
  // (not `AppConstants`); a field or parameter (`data class SmtpSettings(val host: String = …)`) is a default a caller overrides.
  const words = host!.before;
  const constant = words.length === 0 && CONSTANT_NAME.test(name!);
  return hostAddress(written, serviceOfWords(words) ?? (constant ? serviceOfTypeName(typeName()) : undefined));
}

/** `HOST_NAME`, `HOST`: a constant's name by convention. */
const CONSTANT_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

const TYPE_DECLARATIONS = new Set(['object_declaration', 'class_declaration', 'companion_object', 'interface_declaration', 'enum_declaration', 'record_declaration']);

/** The name of the innermost class, object or interface around `node` (a companion object without a name stands for its class). */
function enclosingTypeName(node: SyntaxNode, syntax: JvmSyntax): string | undefined {
  for (let current = syntax.parent(node); current; current = syntax.parent(current)) {
    if (!TYPE_DECLARATIONS.has(current.type)) continue;
    const name = current.childForFieldName('name') ?? current.namedChildren.find((child) => child?.type === 'type_identifier' || child?.type === 'simple_identifier');
    if (name) return name.text;
    if (current.type !== 'companion_object') return undefined;
  }
  return undefined;
}

/** `SmtpServer`, `MailConfig`, `RedisSettings`: the service the type's name says, the nearest word to its end first. */
function serviceOfTypeName(name: string | undefined): Service | undefined {
  return name === undefined || name.length > 80 ? undefined : serviceOfWords(splitWords(name));
}

/**
 * `private static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/permits"`, then
 * `url != null ? url : DEFAULT_URL`: a constant that its name calls a default or fallback is what the
 * code uses when the environment has nothing, judged as such a fallback (information when local).
 */
function namedDefault(name: string | undefined): string | undefined {
  const words = name === undefined ? [] : splitWords(name);
  return words.includes('default') || words.includes('fallback') ? name : undefined;
}

/** The expression a default stands for: `System.getenv("X") ?: lit`, `System.getenv().getOrDefault("X", lit)`. */
function fallbackExpression(literal: SyntaxNode, syntax: JvmSyntax): SyntaxNode {
  const parent = syntax.parent(literal);
  if (parent?.type === 'elvis_expression' && sameNode(parent.namedChild(parent.namedChildCount - 1), literal)) return parent;
  const argument = callOfArgument(literal, syntax);
  return argument?.call.name === 'getOrDefault' && argument.index === 1 ? argument.call.node : literal;
}

function importedFamilies(root: SyntaxNode): Set<string> {
  const imports = importsOf(root);
  return new Set(CLIENT_PACKAGES.filter(([prefix]) => imports.some((name) => name.startsWith(prefix))).map(([, word]) => word));
}

/** `ds.setServerNames(new String[] {"reporting-db.internal"})` (pgjdbc's data sources): the array, for its first item. */
function firstOfArray(node: SyntaxNode, syntax: JvmSyntax): SyntaxNode | undefined {
  const items = syntax.parent(node);
  const creation = items?.type === 'array_initializer' && sameNode(items.namedChild(0), node) ? syntax.parent(items) : undefined;
  return creation?.type === 'array_creation_expression' ? creation : undefined;
}

/** The call the literal is a direct argument of, with its position. */
function callOfArgument(node: SyntaxNode, syntax: JvmSyntax): { call: JvmCall; index: number } | undefined {
  let owner = syntax.parent(node);
  if (owner?.type === 'value_argument') owner = syntax.parent(owner);
  if (owner?.type !== 'argument_list' && owner?.type !== 'value_arguments') return undefined;
  let callNode = syntax.parent(owner);
  if (callNode?.type === 'call_suffix') callNode = syntax.parent(callNode);
  const call = callNode ? syntax.call(callNode) : undefined;
  const index = call ? call.args.findIndex((arg) => sameNode(arg, node)) : -1;
  return call && index >= 0 ? { call, index } : undefined;
}

/** A field or variable handed to a client as its host (jvm-held.ts): `new JedisPool(config, redisHost, 6379)`, `factory.setHost(host)`. */
function hostUseService(use: SyntaxNode, syntax: JvmSyntax, families: ReadonlySet<string>, holdsString: (node: SyntaxNode) => boolean): Service | undefined {
  const argument = callOfArgument(use, syntax);
  if (!argument) return undefined;
  const { call, index } = argument;
  const constructed = HOST_CONSTRUCTORS[call.name];
  if (constructed !== undefined) return call.receiver === undefined && hostIndex(call, holdsString) === index ? serviceOfWord(constructed) : undefined;
  const setter = HOST_SETTERS[call.name];
  return setter && call.args.length === 1 ? familyService(setter, families) : undefined;
}

function hostOfCall(node: SyntaxNode, value: string, syntax: JvmSyntax, families: ReadonlySet<string>): Found | undefined {
  const array = firstOfArray(node, syntax);
  const argument = callOfArgument(array ?? node, syntax);
  if (!argument || (array && argument.call.name !== 'setServerNames')) return undefined;
  const { call, index } = argument;
  const constructed = HOST_CONSTRUCTORS[call.name];
  if (constructed !== undefined && call.receiver === undefined && hostIndex(call, (arg) => syntax.string(arg) !== undefined) === index) return hostAddress(value, serviceOfWord(constructed));
  const setter = HOST_SETTERS[call.name];
  if (setter && call.args.length === 1) return hostAddress(firstHost(value), familyService(setter, families));
  if ((call.name === 'put' || call.name === 'setProperty') && call.args.length === 2 && index === 1) return propertyHost(value, call.args[0]!, syntax);
  if (families.has('s3') && index === 0) {
    const endpoint = storageEndpoint(call, value, syntax);
    if (endpoint) return endpoint;
  }
  return families.has('elasticsearch') && index === 0 ? searchNode(call, value) : undefined;
}

/**
 * In a file that imports an S3 or MinIO client, the endpoint it is given: MinIO's `MinioClient.builder().endpoint("http://minio:9000")`,
 * AWS SDK 2's `.endpointOverride(URI.create("http://…"))`, SDK 1's `new EndpointConfiguration("http://…", region)`.
 */
function storageEndpoint(call: JvmCall, value: string, syntax: JvmSyntax): Found | undefined {
  if (call.name === 'endpoint' || call.name === 'EndpointConfiguration') return storageEndpointAddress(value);
  const outer = call.name === 'create' && call.receiver?.text.replace(/^.*\./, '') === 'URI' ? callOfArgument(call.node, syntax) : undefined;
  return outer?.call.name === 'endpointOverride' ? storageEndpointAddress(value) : undefined;
}

/**
 * In a file that imports an Elasticsearch client, the node it is given: `new HttpHost("es.internal", 9200, "http")`,
 * `HttpHost.create("http://es.internal:9200")`, Spring Data's `ClientConfiguration.builder().connectedTo("es.internal:9200")`.
 * Elsewhere an `HttpHost` is any HTTP server and stays silent.
 */
function searchNode(call: JvmCall, value: string): Found | undefined {
  const search = serviceOfWord('elasticsearch');
  if (call.name === 'HttpHost' && call.receiver === undefined) return hostAddress(value, search);
  if (call.name === 'create' && call.receiver?.text.replace(/^.*\./, '') === 'HttpHost') return httpClientAddress(value, search);
  if (call.name === 'connectedTo') return hostAddress(value, search);
  return undefined;
}

/** Where the host goes: first, or after the pool's config (`new JedisPool(poolConfig, "10.0.3.7", 6379)`); a name holding a string counts as one. */
function hostIndex(call: JvmCall, holdsString: (node: SyntaxNode) => boolean): number {
  const first = call.args[0];
  return first && !holdsString(first) && call.name.endsWith('Pool') ? 1 : 0;
}

function familyService(candidates: readonly string[], families: ReadonlySet<string>): Service | undefined {
  const word = candidates.find((candidate) => families.has(candidate));
  return word === undefined ? undefined : serviceOfWord(word);
}

function propertyHost(value: string, keyNode: SyntaxNode, syntax: JvmSyntax): Found | undefined {
  const key = syntax.string(keyNode)?.value?.text ?? syntax.dotted(keyNode) ?? '';
  const word = PROPERTY_KEYS.find(([pattern]) => pattern.test(key))?.[1];
  // Kafka takes a list: `kafka-1:9092,kafka-2:9092`; the first host stands for it.
  return word === undefined ? undefined : hostAddress(value.split(',')[0]!.trim(), serviceOfWord(word));
}

/** Kotlin's `ConnectionFactory().apply { host = "rabbit.internal" }`: the property behind `setHost`. */
function hostOfKotlinProperty(node: SyntaxNode, value: string, syntax: JvmSyntax, families: ReadonlySet<string>): Found | undefined {
  const assignment = syntax.parent(node);
  if (assignment?.type !== 'assignment' || !sameNode(assignment.namedChild(assignment.namedChildCount - 1), node)) return undefined;
  const left = assignment.namedChild(0);
  const name = left?.namedChildCount === 1 ? left.namedChild(0)?.text : left ? navigationName(left.namedChild(0) ?? left) : undefined;
  const setter = name === undefined ? undefined : HOST_SETTERS[`set${name.charAt(0).toUpperCase()}${name.slice(1)}`];
  return setter ? hostAddress(firstHost(value), familyService(setter, families)) : undefined;
}

/** A host list's first host (`rabbit-1:5672,rabbit-2:5672`), which stands for the list; a single host is itself. */
function firstHost(value: string): string {
  return value.split(',')[0]!.trim();
}

/** `url.startsWith("jdbc:postgresql://")`, `"redis://x".equals(url)`: a check on a URL, not a connection. */
function isCompared(node: SyntaxNode, syntax: JvmSyntax): boolean {
  const argument = callOfArgument(node, syntax);
  if (argument && ['startsWith', 'endsWith', 'contains', 'equals', 'matches', 'replace', 'equalsIgnoreCase'].includes(argument.call.name)) return true;
  const parent = syntax.parent(node);
  const call = parent ? syntax.call(parent) : undefined;
  return (call !== undefined && sameNode(call.receiver, node)) || parent?.type === 'switch_label' || parent?.type === 'when_condition' || parent?.type === 'equality_expression';
}

function inAnnotation(node: SyntaxNode, syntax: JvmSyntax): boolean {
  let current = syntax.parent(node);
  for (let depth = 0; current && depth < 8; depth++, current = syntax.parent(current)) {
    if (current.type === 'annotation' || current.type === 'marker_annotation') return true;
  }
  return false;
}

/** `@Value("${spring.data.redis.url:redis://cache.internal:6379}")`: the default of a setting. */
function annotationDefault(value: MappedText, context: RuleContext): void {
  const placeholder = placeholderDefault(value.text);
  const found = placeholder && urlAddress(placeholder.value);
  if (!placeholder || !found) return;
  const span = value.span(placeholder.start, placeholder.start + placeholder.value.length);
  reportAddress(context, found, { span, value: placeholder.value, fallbackOf: placeholder.key, fixable: false });
}
