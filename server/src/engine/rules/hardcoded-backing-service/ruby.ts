// Factor IV for Ruby: service URLs in code (`Sequel.connect('postgres://...')`, `Mongo::Client.new('mongodb://...')`),
// hosts handed to clients (`Redis.new(host: '10.0.3.7')`, `PG.connect(host: 'db.internal')`, `Bunny.new(host: ...)`,
// `Dalli::Client.new('mc.internal:11211')`), libpq DSNs, and hashes a service name owns
// (`config.action_mailer.smtp_settings = { address: ... }`, `REDIS = { host: ... }`).
import { envTestFallback } from './env-test-branches';
import { heldEnvFallback } from './held-env';
import { inNonProductionBranch } from './production-branch';
import { callArguments, callName, dottedName, inDevelopmentEnvironmentBlock, isEnv, stringValue, symbolOrStringName } from '../../languages/ruby';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { identifierWords } from '../../secrets/words';
import { targetOf } from '../hardcoded-credential/ruby-targets';
import type { Target } from '../hardcoded-credential/target';
import { isNonServerPath } from '../process-paths';
import { dsnAddress, envHostAddress, hostAddress, hostNameOf, httpClientAddress, isDeveloperNetworkHost, namedHostValue, NODE_URL_KEYS, reportAddress, serviceOfWords, urlAddress, type Found } from './address';
import { isDisplayForm } from './display-forms';
import { interpolatedUrlAddress, rubyHeldUrlHosts } from './interpolated-urls';
import { isLocalHost, serviceOfWord, type Service } from './services';

/** Client calls (`::` read as `.`), by the service word they reach. */
const CLIENTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:Redis|Redis\.Client|RedisClient|Redis\.Cluster)\.new$|^RedisClient\.config$/, 'redis'],
  [/^PG\.(?:connect|Connection\.new|Connection\.open|Connection\.connect_start)$/, 'postgres'],
  [/^Mysql2\.Client\.new$|^Trilogy\.new$/, 'mysql'],
  [/^Sequel\.(?:connect|postgres|mysql2|sqlite)$|(?:^|\.)establish_connection$/, 'database'],
  [/^Bunny\.new$|^Sneakers\.configure$/, 'amqp'],
  [/^Mongo\.Client\.new$/, 'mongodb'],
  [/^(?:Elasticsearch|OpenSearch)\.Client\.new$/, 'elasticsearch'],
  [/^Dalli\.Client\.new$/, 'memcached'],
  [/^Net\.SMTP\.(?:new|start)$/, 'smtp'],
  [/^Kafka\.new$|^Rdkafka\.Config\.new$/, 'kafka'],
  [/^NATS\.connect$/, 'nats'],
  [/^Aws\.S3\.(?:Client|Resource)\.new$/, 's3'],
  [/^(?:MeiliSearch|Meilisearch)\.Client\.new$/, 'meilisearch'],
];
const HOST_KEYS = new Set(['host', 'hostname', 'server', 'hosts', 'seed_brokers', 'bootstrap.servers']);
/** Hashes whose `address:` is the SMTP host: ActionMailer's `smtp_settings`, Pony's `via_options`. */
const SMTP_OWNERS = new Set(['smtp_settings', 'via_options']);
/** Local config by name: Rails' development and test environments. */
const LOCAL_CONFIG = /(?:^|\/)config\/environments\/(?:development|test)\.rb$/;

// `bootstrap.servers` and `seed_brokers` (Kafka's HOST_KEYS) hold no `host`, nor does a positional `Kafka.new("broker:9092")`.
// `@tcp(`: go-sql-driver's DSN a Ruby app writes for the Go worker beside it (dsn.ts), no host word in it.
export const rubyChecks: LanguageCheck[] = [{ languages: ['ruby'], keywords: ['://', '@tcp(', 'host', 'address', 'server', 'addr', 'dalli', 'smtp', 'mongo::client', 'bootstrap.servers', 'seed_brokers', 'mem_cache_store', 'endpoint', 'kafka.new', 'rdkafka'], check }];

function check(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree || isNonServerPath(context.path) || LOCAL_CONFIG.test(context.path)) return;
  // Names standing in a built URL's host place (`"redis://#{HOST}:6379"`): only a file that interpolates into a URL.
  const held = context.text.includes('#{') && context.text.includes('://') ? rubyHeldUrlHosts(tree.rootNode) : undefined;
  walkTree(tree.rootNode, (node) => {
    if (node.type !== 'string') return;
    const value = stringValue(node);
    if (value === undefined && held) return reportBuiltUrl(context, node);
    if (value === undefined || value.length > 2000 || isCompared(node) || isDisplayForm(node)) return;
    const target = targetOf(node);
    const fallbackOf = target?.kind === 'fallback' ? target.existingEnvName ?? target.label : heldEnvFallback(node, 'ruby') ?? envTestFallback(node, 'ruby');
    const found = urlAddress(value) ?? hostOf(node, value) ?? dsnOf(node, value) ?? nodeUrlOf(node, value) ?? cacheStoreHost(node, value) ?? (isKeywordArgument(node) ? undefined : namedHost(target, value)) ?? hostAddress(value, held?.get(node.id));
    const address = found ?? envHostAddress(value, fallbackOf);
    // A framework's development or test block is development config by name, as `config/environments/development.rb` is.
    if (!address || (isDeveloperNetworkHost(address.host) && inDevelopmentEnvironmentBlock(node))) return;
    reportAddress(context, address, { span: nodeSpan(node), value, fallbackOf, fixable: true, nonProduction: () => inNonProductionBranch(node) });
  });
}

/** `"postgres://#{user}@db.internal/notes"`: a URL built from pieces whose literal pieces name the host (no fix: the literal is not the URL). */
function reportBuiltUrl(context: RuleContext, node: SyntaxNode): void {
  const found = isCompared(node) ? undefined : interpolatedUrlAddress(node);
  if (found) reportAddress(context, found, { span: nodeSpan(node), value: node.text, fixable: false, nonProduction: () => inNonProductionBranch(node) });
}

/** `host: '...'` to a client or in a service's hash, or a client's first argument (or first array element). */
function hostOf(literal: SyntaxNode, value: string): Found | undefined {
  const node = fallbackExpression(literal);
  const parent = node.parent;
  if (parent?.type === 'pair' && parent.childForFieldName('value')?.id === node.id) {
    const key = symbolOrStringName(parent.childForFieldName('key')) ?? '';
    const holder = parent.parent;
    if (holder?.type === 'argument_list' && HOST_KEYS.has(key)) return hostAddress(value, clientService(holder.parent));
    if (holder?.type === 'argument_list' && key === 'address' && isSmtpDelivery(holder)) return hostAddress(value, serviceOfWord('smtp'));
    if (holder?.type === 'hash') return hostAddress(value, hashService(holder, key));
    return undefined;
  }
  const list = parent?.type === 'array' ? parent.parent : parent;
  if (list?.type !== 'argument_list' || callArguments(list.parent!)[0]?.id !== (parent?.type === 'array' ? parent.id : node.id)) return undefined;
  const service = clientService(list.parent);
  // `Redis.new('10.0.3.7')` is not how redis-rb is called; positional hosts are Dalli's, Net::SMTP's, Mongo's and Kafka's.
  return service && service.kind !== 'redis' && service.kind !== 'database' ? (hostAddress(value, service) ?? httpClientAddress(value, service)) : undefined;
}

/**
 * A host written to a name that says the service: `SMTP_HOST = "smtp.mailgun.org"`, `gitlab_rails['smtp_address'] = "…"`,
 * `@redis_host = "…"`, as PHP's `define('DB_HOST', …)` and Python's `EMAIL_HOST = …`. This machine stays silent.
 */
function namedHost(target: Target | undefined, value: string): Found | undefined {
  // `config.action_mailer.default_url_options = { host: … }`: the app's own public host, for links in mail.
  if (target?.kind !== 'name' || target.label.split(/[.:[\]'"]+/).some((segment) => LINK_OPTIONS.test(segment))) return undefined;
  const name = hostNameOf(target.label.split(/[.:[\]'"]+/).flatMap(identifierWords).map((word) => word.toLowerCase()));
  const host = name && namedHostValue(name, value);
  if (host === undefined || isLocalHost(host.replace(/:[0-9]+$/, ''))) return undefined;
  return hostAddress(host, serviceOfWords(name!.before));
}

/** `db.vm.network "private_network", ip: "…"`: a call's keyword argument is the callee's to say (hostOf knows the clients). */
function isKeywordArgument(literal: SyntaxNode): boolean {
  const pair = literal.parent;
  return pair?.type === 'pair' && pair.parent?.type === 'argument_list';
}

/**
 * `config.cache_store = :mem_cache_store, "cache-1.internal"` (also `"a:11211", "b:11211"`, an array of them, or the
 * whole value as one array):
 * Rails' Memcached store takes its servers after the symbol.
 */
function cacheStoreHost(literal: SyntaxNode, value: string): Found | undefined {
  // The array form, `config.cache_store = [:mem_cache_store, "10.0.3.9:11211", { namespace: "shop" }]` (Ruby China's).
  const arrayForm = literal.parent?.type === 'array' && literal.parent.namedChild(0)?.text === ':mem_cache_store' && literal.parent.parent?.type === 'assignment';
  const list = arrayForm ? literal.parent : literal.parent?.type === 'array' ? literal.parent.parent : literal.parent;
  if ((list?.type !== 'right_assignment_list' && !arrayForm) || list?.namedChild(0)?.text !== ':mem_cache_store') return undefined;
  const left = list.parent?.type === 'assignment' ? list.parent.childForFieldName('left')?.text ?? '' : '';
  return /(?:^|\.)cache_store$/.test(left) ? hostAddress(value, serviceOfWord('memcached')) : undefined;
}

/** `Elasticsearch::Client.new(url: "http://es.internal:9200")`, `hosts: ["https://…"]`: a search client's node URL. */
function nodeUrlOf(literal: SyntaxNode, value: string): Found | undefined {
  const node = literal.parent?.type === 'array' ? literal.parent : literal;
  const pair = node.parent;
  if (pair?.type !== 'pair' || pair.childForFieldName('value')?.id !== node.id) return undefined;
  if (!NODE_URL_KEYS.has(symbolOrStringName(pair.childForFieldName('key')) ?? '') || pair.parent?.type !== 'argument_list') return undefined;
  return httpClientAddress(value, clientService(pair.parent.parent));
}

/** The expression a fallback literal stands for: `ENV['X'] || lit`, `ENV.fetch('X', lit)`, `ENV.fetch('X') { lit }`. */
function fallbackExpression(literal: SyntaxNode): SyntaxNode {
  const parent = literal.parent;
  if (parent?.type === 'binary' && ['||', 'or'].includes(parent.childForFieldName('operator')?.text ?? '')) return parent;
  // `ENV.fetch("PGHOST")`: the first argument is the variable's name, not its fallback.
  const call = parent?.type === 'argument_list' && parent.namedChildren[0]?.id !== literal.id ? parent.parent : parent?.type === 'block_body' ? parent.parent?.parent : undefined;
  return call?.type === 'call' && isEnvFetch(call) ? call : literal;
}

function isEnvFetch(call: SyntaxNode): boolean {
  return call.childForFieldName('method')?.text === 'fetch' && isEnv(call.childForFieldName('receiver'));
}

/** The mail gem's `delivery_method :smtp, address: '...'` (in `Mail.defaults do ... end`). */
function isSmtpDelivery(list: SyntaxNode): boolean {
  const call = list.parent;
  const method = call?.type === 'call' ? call.childForFieldName('method')?.text : call?.type === 'identifier' ? call.text : undefined;
  return method === 'delivery_method' && list.namedChildren[0]?.text === ':smtp';
}

function dsnOf(node: SyntaxNode, value: string): Found | undefined {
  const list = node.parent;
  return dsnAddress(value, list?.type === 'argument_list' ? clientService(list.parent) : undefined);
}

function clientService(call: SyntaxNode | null | undefined): Service | undefined {
  if (call?.type !== 'call') return undefined;
  const name = (callName(call) ?? '').replace(/::/g, '.').replace(/^\./, '');
  const word = CLIENTS.find(([pattern]) => pattern.test(name))?.[1];
  return word === undefined ? undefined : serviceOfWord(word);
}

/** Rails' options for the URLs the app writes into mail and pages (`default_url_options`, `url_options`). */
const LINK_OPTIONS = /^(?:default_)?url_options$/;

/**
 * A hash whose owner names a service: `{ redis: { host: } }`, `REDIS_CONFIG = { host: }`,
 * `config.action_mailer.smtp_settings = { address: }` (ActionMailer calls the SMTP host `address`).
 */
function hashService(hash: SyntaxNode, key: string): Service | undefined {
  const owners = ownerNames(hash);
  // `config.action_mailer.default_url_options = { host: 'www.shop.app' }`: the app's own public host, for links in mail.
  if (owners.some((owner) => LINK_OPTIONS.test(owner))) return undefined;
  const words = owners.flatMap(identifierWords);
  // Padrino's `set :delivery_method, :smtp => { :address => … }`, `NEWSLETTER_SMTP = { address: … }`: a hash the SMTP word owns.
  if (key === 'address') return owners.some((owner) => SMTP_OWNERS.has(owner)) || serviceOfWords(words.map((word) => word.toLowerCase()))?.kind === 'mail' ? serviceOfWord('smtp') : undefined;
  if (!HOST_KEYS.has(key)) return undefined;
  const holder = hash.parent?.type === 'argument_list' ? clientService(hash.parent.parent) : undefined;
  return holder ?? words.map(serviceOfWord).find((service) => service !== undefined);
}

/** The keys of the hashes around `hash` and the name it is assigned to, innermost first. */
function ownerNames(hash: SyntaxNode): string[] {
  const names: string[] = [];
  for (let current: SyntaxNode | null = hash, depth = 0; current && depth < 16; depth++) {
    const parent: SyntaxNode | null = current.parent;
    if (parent?.type === 'pair' && parent.childForFieldName('value')?.id === current.id) {
      const key = symbolOrStringName(parent.childForFieldName('key'));
      if (key !== undefined) names.push(key);
      current = parent.parent?.type === 'hash' ? parent.parent : null;
    } else {
      const left = parent?.type === 'assignment' ? dottedName(parent.childForFieldName('left')) : undefined;
      if (left !== undefined) names.push(...left.split('.').reverse());
      break;
    }
  }
  return names;
}

/** `url == 'redis://...'`, `url.start_with?('postgres://')`, `when 'mysql://...'`: a check, not a connection. */
function isCompared(node: SyntaxNode): boolean {
  const parent = node.parent;
  if (parent?.type === 'binary') return !['||', 'or'].includes(parent.childForFieldName('operator')?.text ?? '');
  if (parent?.type === 'pattern' || parent?.type === 'when') return true;
  const call = parent?.type === 'argument_list' ? parent.parent : undefined;
  return call?.type === 'call' && /^(?:start_with\?|end_with\?|include\?|match\??|==|eql\?|sub|gsub)$/.test(call.childForFieldName('method')?.text ?? '');
}
