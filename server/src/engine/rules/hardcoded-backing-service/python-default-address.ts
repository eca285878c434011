// Python clients constructed with no address (default-address.ts): redis-py's `redis.Redis()` and
// `StrictRedis(decode_responses=True)`, pymongo's `MongoClient()`, motor's `AsyncIOMotorClient()`.
// Not libpq's `psycopg2.connect()` (it reads PGHOST), nor `Redis.from_url(...)` (a URL is given).
import { importBindings, resolvedName } from '../../languages/python';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { isNonServerPath } from '../process-paths';
import { MONGODB_DEFAULT, REDIS_DEFAULT, reportDefaultAddress, type DefaultAddress } from './default-address';

interface Client {
  found: DefaultAddress;
  /** Keyword arguments that give an address; a positional argument always does (the host comes first). */
  addressKeywords: ReadonlySet<string>;
}

const REDIS: Client = { found: REDIS_DEFAULT, addressKeywords: new Set(['host', 'port', 'unix_socket_path', 'connection_pool', 'url']) };
const MONGO: Client = { found: MONGODB_DEFAULT, addressKeywords: new Set(['host', 'port']) };

const CLIENTS: ReadonlyMap<string, Client> = new Map([
  ['redis.Redis', REDIS], ['redis.StrictRedis', REDIS], ['redis.client.Redis', REDIS], ['redis.asyncio.Redis', REDIS], ['redis.asyncio.StrictRedis', REDIS],
  ['pymongo.MongoClient', MONGO], ['motor.motor_asyncio.AsyncIOMotorClient', MONGO], ['motor.motor_tornado.MotorClient', MONGO],
]);

export const pythonDefaultAddressCheck: LanguageCheck = {
  languages: ['python'],
  keywords: ['redis', 'mongoclient'],
  mayReport: ({ text }) => /(?:Redis|MongoClient)\s*\(/.test(text),
  check,
};

function check(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree || isNonServerPath(context.path)) return;
  const bindings = importBindings(tree.rootNode);
  walkTree(tree.rootNode, (node) => {
    if (node.type !== 'call') return;
    const name = resolvedName(node.childForFieldName('function'), bindings);
    const client = name === undefined ? undefined : CLIENTS.get(name);
    if (!client || !givesNoAddress(node, client.addressKeywords)) return;
    reportDefaultAddress(context, { start: node.startIndex, end: node.endIndex }, `${node.childForFieldName('function')!.text}()`, client.found);
  });
}

/** Keyword arguments only, none an address, and no `*args`/`**settings` that may hold one. */
function givesNoAddress(call: SyntaxNode, addressKeywords: ReadonlySet<string>): boolean {
  const list = call.childForFieldName('arguments');
  if (list?.type !== 'argument_list') return false;
  return list.namedChildren.every((argument) => {
    if (!argument || argument.type === 'comment') return true;
    return argument.type === 'keyword_argument' && !addressKeywords.has(argument.childForFieldName('name')?.text ?? '');
  });
}
