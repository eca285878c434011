// Go clients that take a service's address as a plain `host:port` (no URL scheme to recognise):
// option structs (`redis.Options{Addr}`, asynq's `RedisClientOpt{Addr}`, kafka-go's
// `WriterConfig{Brokers}`) and calls (`smtp.SendMail("smtp.host:587", ...)`, `memcache.New(...)`,
// sarama's `NewSyncProducer([]string{...}, cfg)`). Each is known by its package's import path, so
// an `Addr` of `http.Server` or a `Dial` of another package stays silent.
import { callArguments, callName, named, qualifiedName } from '../../languages/go';
import type { SyntaxNode } from '../../languages/treeSitter';
import { hostAddress, httpClientAddress, storageEndpointAddress, type Found } from './address';
import type { GoNames } from './go-held';
import { assignedField } from './go-assigned-fields';
import { isLocalHost, serviceOfWord, type Service } from './services';

interface AddressField {
  /** Import paths (a `/vN` suffix is ignored) and the composite literal types of each. */
  packages: readonly string[];
  types: RegExp;
  fields: RegExp;
  service: string;
}

const GO_REDIS = ['github.com/redis/go-redis', 'github.com/go-redis/redis'];

const ADDRESS_FIELDS: readonly AddressField[] = [
  { packages: GO_REDIS, types: /^(?:Options|ClusterOptions|UniversalOptions|FailoverOptions|RingOptions)$/, fields: /^Addrs?$/, service: 'redis' },
  { packages: ['github.com/hibiken/asynq'], types: /^Redis(?:Client|ClusterClient|FailoverClient)Opt$/, fields: /^Addrs?$/, service: 'redis' },
  { packages: ['github.com/segmentio/kafka-go'], types: /^(?:WriterConfig|ReaderConfig|Writer|Reader)$/, fields: /^Brokers$/, service: 'kafka' },
  // Search clients take http URLs: `elasticsearch.Config{Addresses: []string{"http://es.internal:9200"}}`.
  { packages: ['github.com/elastic/go-elasticsearch', 'github.com/opensearch-project/opensearch-go'], types: /^Config$/, fields: /^Addresses$/, service: 'elasticsearch' },
  { packages: ['github.com/meilisearch/meilisearch-go'], types: /^ClientConfig$/, fields: /^Host$/, service: 'meilisearch' },
  // aws-sdk-go-v2's S3 options pointed at another store: `s3.Options{BaseEndpoint: aws.String("http://minio:9000")}`.
  { packages: ['github.com/aws/aws-sdk-go-v2/service/s3'], types: /^Options$/, fields: /^BaseEndpoint$/, service: 's3' },
  // go-sql-driver's DSN builder: `mysql.Config{Net: "tcp", Addr: "mysql.internal:3306"}` (FormatDSN() makes the string).
  { packages: ['github.com/go-sql-driver/mysql'], types: /^Config$/, fields: /^Addr$/, service: 'mysql' },
  // clickhouse-go's `clickhouse.Options{Addr: []string{"ch-1.internal:9000"}}`.
  { packages: ['github.com/ClickHouse/clickhouse-go'], types: /^Options$/, fields: /^Addr$/, service: 'clickhouse' },
  // Fiber's storage drivers (sessions, cache, limiter): `redis.New(redis.Config{Host: "10.0.0.5", Port: 6379})`; a URL
  // field (`URL`, `ConnectionURI`) is read as every URL is.
  { packages: ['github.com/gofiber/storage/redis'], types: /^Config$/, fields: /^(?:Host|Addrs)$/, service: 'redis' },
  { packages: ['github.com/gofiber/storage/postgres'], types: /^Config$/, fields: /^Host$/, service: 'postgres' },
  { packages: ['github.com/gofiber/storage/mysql'], types: /^Config$/, fields: /^Host$/, service: 'mysql' },
  { packages: ['github.com/gofiber/storage/mongodb'], types: /^Config$/, fields: /^Host$/, service: 'mongodb' },
  { packages: ['github.com/gofiber/storage/memcache'], types: /^Config$/, fields: /^Servers$/, service: 'memcached' },
];

/** Calls whose argument at `index` (every argument from it, for `variadic`) is an address. */
interface AddressCall {
  name: string;
  index: number;
  variadic?: boolean;
  service: string;
}

const ADDRESS_CALLS: readonly AddressCall[] = [
  { name: 'net/smtp.SendMail', index: 0, service: 'smtp' },
  // PlainAuth's host is the server it will send the password to: the same relay SendMail dials.
  { name: 'net/smtp.PlainAuth', index: 3, service: 'smtp' },
  { name: 'net/smtp.Dial', index: 0, service: 'smtp' },
  { name: 'gopkg.in/gomail.v2.NewDialer', index: 0, service: 'smtp' },
  { name: 'gopkg.in/gomail.v2.NewPlainDialer', index: 0, service: 'smtp' },
  { name: 'github.com/go-mail/mail.NewDialer', index: 0, service: 'smtp' },
  { name: 'github.com/wneessen/go-mail.NewClient', index: 0, service: 'smtp' },
  { name: 'github.com/bradfitz/gomemcache/memcache.New', index: 0, variadic: true, service: 'memcached' },
  { name: 'github.com/segmentio/kafka-go.TCP', index: 0, variadic: true, service: 'kafka' },
  { name: 'github.com/olivere/elastic.SetURL', index: 0, variadic: true, service: 'elasticsearch' },
  { name: 'github.com/meilisearch/meilisearch-go.New', index: 0, service: 'meilisearch' },
  { name: 'github.com/minio/minio-go.New', index: 0, service: 'minio' },
  ...['NewSyncProducer', 'NewAsyncProducer', 'NewConsumer', 'NewClient', 'NewConsumerGroup', 'NewClusterAdmin'].flatMap((call) =>
    ['github.com/IBM/sarama', 'github.com/Shopify/sarama'].map((path) => ({ name: `${path}.${call}`, index: 0, service: 'kafka' })),
  ),
];

/** The address a Go string literal gives one of these clients, if it is one. */
export function goClientAddress(literal: SyntaxNode, value: string, imports: ReadonlyMap<string, string>, names?: GoNames): Found | undefined {
  const holder = awsStringCall(valueHolder(literal), imports);
  const service =
    fieldService(holder, imports) ?? assignedService(holder, imports) ?? callService(holder, imports) ?? brokerListService(holder, imports) ?? wellKnownPortService(holder, value) ?? heldService(holder, imports, names);
  if (service?.kind === 'storage') return storageEndpointAddress(value);
  return service ? (hostAddress(value, service) ?? httpClientAddress(value, service)) : undefined;
}

/** `kafkaAddrs := []string{…}` then `kafka.WriterConfig{Brokers: kafkaAddrs}`: the field or call the name is handed to. */
function heldService(holder: SyntaxNode, imports: ReadonlyMap<string, string>, names: GoNames | undefined): Service | undefined {
  for (const use of names?.usesOfValue(holder) ?? []) {
    const service = fieldService(use, imports) ?? callService(use, imports);
    if (service) return service;
  }
  return undefined;
}

/** `aws.String("http://minio:9000")`: the SDK's pointer helper stands for the literal it wraps. */
function awsStringCall(holder: SyntaxNode, imports: ReadonlyMap<string, string>): SyntaxNode {
  const call = holder.parent?.type === 'argument_list' ? holder.parent.parent : undefined;
  if (call?.type !== 'call_expression' || callArguments(call).length !== 1) return holder;
  return /^github\.com\/aws\/aws-sdk-go(?:-v2)?\/aws\.String$/.test(qualifiedName(callName(call), imports) ?? '') ? call : holder;
}

/** The node that stands for the literal in its surroundings: itself, or the `[]string{...}` it is an item of. */
function valueHolder(literal: SyntaxNode): SyntaxNode {
  const item = literal.parent?.type === 'literal_element' ? literal.parent : literal;
  const list = item.parent?.type === 'literal_value' ? item.parent.parent : undefined;
  return list?.type === 'composite_literal' && /^\[\]string$/.test(list.childForFieldName('type')?.text ?? '') ? list : literal;
}

/** `&redis.Options{Addr: <holder>}` and the like. */
function fieldService(holder: SyntaxNode, imports: ReadonlyMap<string, string>): Service | undefined {
  const element = holder.parent?.type === 'literal_element' ? holder.parent.parent : holder.parent;
  if (element?.type !== 'keyed_element') return undefined;
  const field = named(element)[0]?.text ?? '';
  const literal = element.parent?.parent;
  const type = literal?.type === 'composite_literal' ? (literal.childForFieldName('type')?.text ?? '') : '';
  return addressFieldService(type, field, imports);
}

/** The service of a client type's address field: (`redis.Options`, `Addr`) -> redis, through the file's imports. */
export function addressFieldService(type: string, field: string, imports: ReadonlyMap<string, string>): Service | undefined {
  const dot = type.indexOf('.');
  const path = stripMajor(imports.get(type.slice(0, dot)) ?? (type.startsWith('redis.') ? GO_REDIS[0]! : ''));
  const match = ADDRESS_FIELDS.find((entry) => entry.packages.includes(path) && entry.types.test(type.slice(dot + 1)) && entry.fields.test(field));
  return match && serviceOfWord(match.service);
}

/** `cfg := mysql.NewConfig()` then `cfg.Addr = <holder>`: the field of the client type the name holds. */
function assignedService(holder: SyntaxNode, imports: ReadonlyMap<string, string>): Service | undefined {
  const assigned = assignedField(holder);
  return assigned && addressFieldService(assigned.type, assigned.field, imports);
}

/** `smtp.SendMail(<holder>, ...)` and the like. */
function callService(holder: SyntaxNode, imports: ReadonlyMap<string, string>): Service | undefined {
  const call = holder.parent?.type === 'argument_list' ? holder.parent.parent : undefined;
  if (call?.type !== 'call_expression') return undefined;
  const name = stripMajorOfCall(qualifiedName(callName(call), imports) ?? '');
  const index = callArguments(call).findIndex((argument) => argument.id === holder.id);
  const match = ADDRESS_CALLS.find((entry) => entry.name === name && (entry.variadic ? index >= entry.index : index === entry.index));
  return match && serviceOfWord(match.service);
}

/** Kafka client packages: a file importing one names its broker list for it. */
const KAFKA_PACKAGES = /^github\.com\/(?:segmentio\/kafka-go|IBM\/sarama|Shopify\/sarama|confluentinc\/confluent-kafka-go|twmb\/franz-go)(?:\/|$)/;

/**
 * `brokers := []string{"kafka-0.kafka:9092"}` (or `var kafkaBrokers = ...`) in a file that imports a Kafka
 * client, then handed to it by name (`kafka.TCP(brokers...)`, `sarama.NewSyncProducer(brokers, cfg)`):
 * the variable's name says what the hosts are, as the client's own field would.
 */
function brokerListService(holder: SyntaxNode, imports: ReadonlyMap<string, string>): Service | undefined {
  const list = holder.parent?.type === 'expression_list' ? holder.parent : undefined;
  const declaration = list?.parent;
  if (!declaration || !/^(?:short_var_declaration|assignment_statement|var_spec)$/.test(declaration.type)) return undefined;
  const target = declaration.type === 'var_spec' ? declaration.childForFieldName('name') : named(declaration.childForFieldName('left'))[0];
  const values = declaration.type === 'var_spec' ? declaration.childForFieldName('value') : declaration.childForFieldName('right');
  if (list === undefined || values?.id !== list.id) return undefined;
  if (!target || !/brokers$|^(?:bootstrap)?servers$/i.test(target.text.replace(/^kafka/i, '')) || !/broker|kafka|bootstrap/i.test(target.text)) return undefined;
  return [...imports.values()].some((path) => KAFKA_PACKAGES.test(path)) ? serviceOfWord('kafka') : undefined;
}

/** Ports that belong to one backing service and to nothing else a web app dials. */
const SERVICE_PORTS: Readonly<Record<string, string>> = {
  '5432': 'postgres', '3306': 'mysql', '6379': 'redis', '27017': 'mongodb', '11211': 'memcached', '5672': 'rabbitmq', '9092': 'kafka',
};

/** The prefilter's words for these addresses: `:6379`, `:5432`, ... */
export const WELL_KNOWN_PORT_KEYWORDS = Object.keys(SERVICE_PORTS).map((port) => `:${port}`);

/**
 * `cache.New("covers.prod.internal:6379")`, `store.Open("orders-db.internal:5432")`: the app's own
 * wrapper around a client takes the address, so no client package names it; the well-known port
 * does. Only a whole `host:port` literal given as a call argument (a local or one-label host stays
 * silent by the shared policy).
 */
function wellKnownPortService(holder: SyntaxNode, value: string): Service | undefined {
  if (holder.parent?.type !== 'argument_list' && !isAddressField(holder)) return undefined;
  const [, host = '', port = ''] = /^([^:]+):(\d{4,5})$/.exec(value) ?? [];
  // A weaker signal than a client's own field: a dotted remote name or address only (`localhost:6379`
  // and a compose service's `redis:6379` in a wrapper are a developer's defaults).
  if (!host.includes('.') || isLocalHost(host)) return undefined;
  const word = SERVICE_PORTS[port];
  return word === undefined ? undefined : serviceOfWord(word);
}

/** Fields of the app's own options type that hold a client's address: `cache.Options{Addr: "…:6379"}`. */
const ADDRESS_FIELD_KEYS = /^(?:Addr|Address|Host|HostPort|Server|Endpoint)s?$/;

/**
 * `var defaultOptions = Options{Addr: "cache.pushd.internal:6379"}` in the app's own wrapper, as a call argument
 * is: the address field of a struct the app declares. A server's own (`http.Server{Addr: …}`, any `…Server`) listens there.
 */
function isAddressField(holder: SyntaxNode): boolean {
  const element = holder.parent?.type === 'literal_element' ? holder.parent.parent : holder.parent;
  if (element?.type !== 'keyed_element' || !ADDRESS_FIELD_KEYS.test(named(element)[0]?.text ?? '')) return false;
  const literal = element.parent?.parent;
  const type = literal?.type === 'composite_literal' ? (literal.childForFieldName('type')?.text ?? '') : '';
  return type !== '' && !/Server$|Listener$/.test(type);
}

function stripMajor(path: string): string {
  return path.replace(/\/v\d+$/, '');
}

/** `github.com/redis/go-redis/v9.NewClient` -> `github.com/redis/go-redis.NewClient`. */
function stripMajorOfCall(name: string): string {
  return name.replace(/\/v\d+\.(?=[A-Za-z_]+$)/, '.');
}
