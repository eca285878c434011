// JS/TS clients constructed with no address (default-address.ts): ioredis' `new Redis()` and
// `new Redis({ maxRetriesPerRequest: null })` (BullMQ's connection), node-redis' `createClient()`.
import ts from 'typescript';
import { moduleBindings, propertyName, resolvedName, spanOf, walk } from '../../languages/ts-ast';
import type { PrefilterInput } from '../../prefilter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { isNonServerPath } from '../process-paths';
import { REDIS_DEFAULT, reportDefaultAddress } from './default-address';

/** The constructors, as module bindings resolve them, and the option keys that give them an address. */
const CLIENTS: ReadonlyMap<string, { addressKeys: ReadonlySet<string> }> = new Map([
  // ioredis: `host`/`port`/`path` (a socket), Sentinel's `sentinels`; a URL is a string argument.
  ...['ioredis', 'ioredis.Redis', 'ioredis.default'].map((name) => [name, { addressKeys: new Set(['host', 'port', 'path', 'sentinels']) }] as const),
  // node-redis: `url`, or `socket: { host, port, path }`.
  ...['redis.createClient', '@redis/client.createClient'].map((name) => [name, { addressKeys: new Set(['url', 'socket']) }] as const),
]);

export const javascriptDefaultAddressCheck: LanguageCheck = {
  languages: ['javascript', 'typescript'],
  keywords: ['redis'],
  mayReport,
  check,
};

/** A construction with an empty argument list or an object literal first: `Redis()`, `Redis({`, `createClient(`. */
function mayReport({ text }: PrefilterInput): boolean {
  return /(?:Redis|createClient)\s*\(\s*[){]/.test(text);
}

function check(context: RuleContext): void {
  if (isNonServerPath(context.path)) return;
  const source = context.parsed.typescript;
  const bindings = moduleBindings(source);
  walk(source, (node) => {
    if (!ts.isNewExpression(node) && !ts.isCallExpression(node)) return;
    const name = resolvedName(node.expression, bindings);
    const client = name === undefined ? undefined : CLIENTS.get(name);
    if (!client || !givesNoAddress(node.arguments ?? ts.factory.createNodeArray(), client.addressKeys)) return;
    const call = `${ts.isNewExpression(node) ? 'new ' : ''}${node.expression.getText(source)}()`;
    reportDefaultAddress(context, spanOf(node, source), call, REDIS_DEFAULT);
  });
}

/**
 * No argument, or one object literal spelled out without an address key or a spread (`{ maxRetriesPerRequest: null }`).
 * A variable, a URL or a port is an address given (or one the code does not show).
 */
function givesNoAddress(args: ts.NodeArray<ts.Expression>, addressKeys: ReadonlySet<string>): boolean {
  if (args.length === 0) return true;
  const [options] = args;
  if (args.length > 1 || !options || !ts.isObjectLiteralExpression(options)) return false;
  return options.properties.every((property) => {
    // A spread or a computed key (`[key]: …`) may be the address.
    const key = !ts.isSpreadAssignment(property) && property.name !== undefined ? propertyName(property.name) : undefined;
    return key !== undefined && !addressKeys.has(key);
  });
}
