// Sessions that frameworks other than Express keep in the process by default: bot frameworks'
// `session()` middleware with no storage (grammY, Telegraf) and Remix / React Router's session
// storage factories that keep the data in memory or in files on the local disk; hapi's yar told to keep
// every session server-side (`maxCookieSize: 0`) with no `cache` named, so in hapi's default in-process cache.
import ts from 'typescript';
import { propertyName, spanOf, unwrap, walk } from '../../languages/ts-ast';
import type { Report } from '../../types';
import { inEnvironmentBranch } from './javascript-middleware';
import { type Bindings, moduleOfExpression } from './javascript-modules';

/** `session(options)` middlewares whose default store is in memory, by resolved name, with the option that sets a store. */
const DEFAULT_MEMORY_SESSIONS: Readonly<Record<string, { label: string; storeOption: string }>> = {
  'grammy.session': { label: "grammY's session()", storeOption: 'storage' },
  'grammy.lazySession': { label: "grammY's lazySession()", storeOption: 'storage' },
  'telegraf.session': { label: "Telegraf's session()", storeOption: 'store' },
  'telegraf/session': { label: "Telegraf's session()", storeOption: 'store' },
};

/** Remix / React Router factories whose sessions live in this process. */
const STORAGE_FACTORIES: Readonly<Record<string, 'memory' | 'disk'>> = {
  createMemorySessionStorage: 'memory',
  createFileSessionStorage: 'disk',
};
const STORAGE_MODULE = /^(?:@remix-run\/(?:node|cloudflare|deno|server-runtime)|@react-router\/(?:node|cloudflare)|react-router)\.(\w+)$/;

const WHERE: Readonly<Record<'memory' | 'disk', string>> = {
  memory: 'in process memory: they vanish on restart',
  disk: 'in files on the local disk: they are lost when the container is replaced',
};
const ADVICE = 'use a backing store such as Redis or the database (or a cookie session)';

export function checkFrameworkSessions(source: ts.SourceFile, bindings: Bindings, report: (report: Report) => void): void {
  const yarMessage = `Factor VI: yar with \`maxCookieSize: 0\` and no \`cache\` keeps every session in hapi's default cache, in process memory: sessions vanish on restart and are not shared between processes; ${ADVICE} (a catbox-redis cache named in \`cache\`).`;
  walk(source, (node) => {
    // A plugin descriptor outside `server.register(…)`: exported from a plugin module, or an item of register's array.
    if (ts.isObjectLiteralExpression(node) && !isRegisterArgument(node) && !inEnvironmentBranch(node) && isServerSideYarInMemory(node, bindings)) {
      report({ span: spanOf(node, source), message: yarMessage });
      return;
    }
    if (!ts.isCallExpression(node) || inEnvironmentBranch(node)) return;
    const registration = node.arguments[0] && unwrap(node.arguments[0]);
    if (isRegisterCall(node) && registration && ts.isObjectLiteralExpression(registration) && isServerSideYarInMemory(registration, bindings)) {
      report({ span: spanOf(node, source), message: yarMessage });
      return;
    }
    const module = moduleOfExpression(node.expression, bindings);
    if (module === undefined) return;
    const middleware = DEFAULT_MEMORY_SESSIONS[module];
    if (middleware && !setsOption(node.arguments[0], middleware.storeOption)) {
      const message = `Factor VI: ${middleware.label} keeps each chat's session in process memory when no \`${middleware.storeOption}\` is given: sessions vanish on restart and are not shared between processes; ${ADVICE}.`;
      report({ span: spanOf(node, source), message });
      return;
    }
    const factory = STORAGE_MODULE.exec(module)?.[1];
    const where = factory === undefined ? undefined : STORAGE_FACTORIES[factory];
    if (where) {
      const message = `Factor VI: ${factory}() keeps sessions ${WHERE[where]} and are not shared between processes; ${ADVICE}.`;
      report({ span: spanOf(node, source), message });
    }
  });
}

/** Whether the options say where to store (or cannot be read: a variable, a spread). */
function setsOption(argument: ts.Expression | undefined, option: string): boolean {
  if (!argument) return false;
  const options = unwrap(argument);
  if (!ts.isObjectLiteralExpression(options)) return true;
  return options.properties.some((property) => ts.isSpreadAssignment(property) || (property.name !== undefined && propertyName(property.name) === option));
}

function isRegisterCall(call: ts.CallExpression): boolean {
  return ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === 'register';
}

/** The object `server.register(…)` is given directly: reported as the call. */
function isRegisterArgument(object: ts.ObjectLiteralExpression): boolean {
  let node: ts.Node = object;
  while (node.parent && (ts.isParenthesizedExpression(node.parent) || ts.isAsExpression(node.parent))) node = node.parent;
  const call = node.parent;
  return !!call && ts.isCallExpression(call) && isRegisterCall(call) && call.arguments[0] === node;
}

/** A yar plugin descriptor `{ plugin: Yar, options: { maxCookieSize: 0, … } }` with no `cache` option. */
function isServerSideYarInMemory(registration: ts.ObjectLiteralExpression, bindings: Bindings): boolean {
  const plugin = propertyValue(registration, 'plugin');
  const module = plugin && moduleOfExpression(plugin, bindings);
  if (module !== '@hapi/yar' && module !== 'yar') return false;
  const options = propertyValue(registration, 'options');
  if (!options || !ts.isObjectLiteralExpression(options) || setsOption(options, 'cache')) return false;
  const size = propertyValue(options, 'maxCookieSize');
  return size !== undefined && ts.isNumericLiteral(size) && Number(size.text) === 0;
}

function propertyValue(object: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const property of object.properties) {
    if (ts.isPropertyAssignment(property) && propertyName(property.name) === name) return unwrap(property.initializer);
  }
  return undefined;
}
