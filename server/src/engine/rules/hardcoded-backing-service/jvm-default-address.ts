// Java and Kotlin clients constructed with no address (default-address.ts): Jedis' `new Jedis()`,
// `new JedisPooled()`, `new JedisPool()` and `new JedisPool(new JedisPoolConfig())` (localhost:6379), the MongoDB
// driver's `MongoClients.create()` (localhost:27017). A one-argument pool given a name (`new JedisPool(config)`)
// is left alone: Jedis takes a host or a URL there as well as a pool config.
import { importsOf, isImported } from '../../languages/java';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { isNonServerPath } from '../process-paths';
import { MONGODB_DEFAULT, REDIS_DEFAULT, reportDefaultAddress, type DefaultAddress } from './default-address';

/** Constructors (by simple name, with the class an import must name) and static factories given no argument. */
const CONSTRUCTORS: ReadonlyMap<string, string> = new Map([
  ['Jedis', 'redis.clients.jedis.Jedis'], ['JedisPooled', 'redis.clients.jedis.JedisPooled'], ['JedisPool', 'redis.clients.jedis.JedisPool'],
]);
/** The MongoDB drivers' factory class, synchronous and reactive. */
const MONGO_CLIENTS = ['com.mongodb.client.MongoClients', 'com.mongodb.reactivestreams.client.MongoClients'];
/** Pool configs, the one argument that gives a JedisPool no server. */
const POOL_CONFIG = /^(?:JedisPoolConfig|GenericObjectPoolConfig|ConnectionPoolConfig)\b/;

export const jvmDefaultAddressCheck: LanguageCheck = {
  languages: ['java', 'kotlin'],
  keywords: ['jedis', 'mongoclients'],
  mayReport: ({ text }) => /Jedis(?:Pool(?:ed)?)?\s*\(|MongoClients\.create\s*\(\s*\)/.test(text),
  check,
};

function check(context: RuleContext): void {
  const root = context.parsed.tree?.rootNode;
  if (!root || isNonServerPath(context.path)) return;
  const imports = importsOf(root);
  walkTree(root, (node) => {
    const found = defaultAddressOf(node, imports);
    if (found) reportDefaultAddress(context, { start: node.startIndex, end: node.endIndex }, found.call, found.found);
  });
}

function defaultAddressOf(node: SyntaxNode, imports: readonly string[]): { call: string; found: DefaultAddress } | undefined {
  const call = constructionOf(node);
  if (!call) return undefined;
  const constructor = CONSTRUCTORS.get(call.name);
  if (constructor && isImported(imports, constructor) && (call.args.length === 0 || (call.name === 'JedisPool' && call.args.length === 1 && POOL_CONFIG.test(constructed(call.args[0]!))))) {
    return { call: `${call.java ? 'new ' : ''}${call.name}()`, found: REDIS_DEFAULT };
  }
  if (call.name !== 'MongoClients.create' || call.args.length > 0 || !MONGO_CLIENTS.some((name) => isImported(imports, name))) return undefined;
  return { call: 'MongoClients.create()', found: MONGODB_DEFAULT };
}

/** `new Jedis(...)`, `MongoClients.create(...)` in Java; `Jedis(...)`, `MongoClients.create(...)` in Kotlin. */
function constructionOf(node: SyntaxNode): { name: string; args: SyntaxNode[]; java: boolean } | undefined {
  const args = (list: SyntaxNode | null | undefined) => (list?.namedChildren ?? []).filter((child): child is SyntaxNode => child !== null && child.type !== 'line_comment' && child.type !== 'block_comment');
  if (node.type === 'object_creation_expression') return { name: node.childForFieldName('type')?.text ?? '', args: args(node.childForFieldName('arguments')), java: true };
  if (node.type === 'method_invocation') return { name: `${node.childForFieldName('object')?.text ?? ''}.${node.childForFieldName('name')?.text ?? ''}`, args: args(node.childForFieldName('arguments')), java: true };
  if (node.type !== 'call_expression') return undefined;
  const callee = node.namedChildren[0];
  const suffix = node.namedChildren.find((child) => child?.type === 'call_suffix');
  const values = suffix?.namedChildren.find((child) => child?.type === 'value_arguments');
  // A trailing lambda (`Jedis { … }`) is an argument too.
  if (!callee || !suffix || suffix.namedChildren.some((child) => child?.type === 'annotated_lambda')) return undefined;
  return { name: callee.text.replace(/\s+/g, ''), args: args(values), java: false };
}

/** The class an argument constructs: `new JedisPoolConfig()` (Java), `JedisPoolConfig()` (Kotlin). */
function constructed(argument: SyntaxNode): string {
  const value = argument.type === 'value_argument' ? (argument.namedChildren[0] ?? argument) : argument;
  if (value.type === 'object_creation_expression') return value.childForFieldName('type')?.text ?? '';
  return value.type === 'call_expression' ? (value.namedChildren[0]?.text ?? '') : '';
}
