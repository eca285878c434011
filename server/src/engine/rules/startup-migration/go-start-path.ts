// The start path of a Go server: `main` (and `init`) of package main when the program starts a
// server, any function that starts a server itself, and the same-file functions they call. Outside
// package main also the app's database set-up: a function that opens the database (and is not
// named for migrating), which the server calls as it starts (`database.Connect()`,
// `models.ConnectDatabase()`), and a package's `init`, which runs in every program that imports it.
import { callName, lastSegment, named, packageName, qualifiedName } from '../../languages/go';
import { fileNameWords } from './javascript-paths';
import { isOptIn } from './go-opt-in';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';

/** Methods that only a server has: net/http, gin, echo, fiber, gRPC, chi via net/http. */
const SERVE_METHODS = new Set(['ListenAndServe', 'ListenAndServeTLS', 'Serve', 'ServeTLS', 'Listen', 'ListenTLS', 'RunTLS', 'StartTLS', 'StartAutoTLS', 'RunListener', 'RunUnix']);
/** `r.Run(":8080")`, `e.Start(":1323")`, `app.Run()`: only on something named like a server or router. */
const RUN_METHODS = new Set(['Run', 'Start']);
const SERVER_RECEIVERS = /^(?:r|e|g|s|srv|server|httpServer|router|engine|app|api|web|grpcServer|echo|gin|fiber|mux|handler|beego)$/i;

/** Calls that open a database connection, by import path and name. */
const DATABASE_OPENERS = new Set([
  'gorm.io/gorm.Open', 'github.com/jinzhu/gorm.Open', 'database/sql.Open', 'github.com/jmoiron/sqlx.Open', 'github.com/jmoiron/sqlx.Connect',
  'github.com/jmoiron/sqlx.MustConnect', 'github.com/jmoiron/sqlx.MustOpen', 'github.com/jackc/pgx/v5/pgxpool.New',
  'github.com/jackc/pgx/v4/pgxpool.Connect', 'github.com/uptrace/bun.NewDB', 'xorm.io/xorm.NewEngine', 'github.com/go-xorm/xorm.NewEngine',
]);
/** Words of a function name that make it the migration command's, not the app's set-up. */
const MIGRATING_WORDS = new Set(['migrate', 'migrates', 'migration', 'migrations', 'schema', 'seed', 'upgrade', 'reset', 'test']);

/** Every function declaration on the start path. */
export function startPath(root: SyntaxNode, imports: ReadonlyMap<string, string>): Set<SyntaxNode> {
  const functions = named(root).filter((node) => node.type === 'function_declaration' || node.type === 'method_declaration');
  const path = new Map<number, SyntaxNode>();
  const add = (nodes: SyntaxNode[]) => nodes.forEach((node) => path.set(node.id, node));
  for (const fn of functions) if (startsServer(fn)) add(reachable(fn, functions, true));
  if (packageName(root) !== 'main') {
    for (const fn of functions) if (isInit(fn) || isDatabaseSetUp(fn, imports)) add(reachable(fn, functions, true));
  } else {
    const main = functions.find((fn) => fn.type === 'function_declaration' && fn.childForFieldName('name')?.text === 'main');
    // Whether the program serves at all follows every call (`case "serve": serve()`); its start path leaves out what
    // only the operator's choice runs (`case "migrate": prepareTables(db)`).
    if (main && reachable(main, functions, false).some(startsServer)) {
      add(reachable(main, functions, true));
      for (const init of functions.filter((fn) => fn.type === 'function_declaration' && fn.childForFieldName('name')?.text === 'init')) add(reachable(init, functions, true));
    }
  }
  return new Set(path.values());
}

/** A package's `init` (not main's) and the same-file functions it calls: run before any program that links the package starts. */
export function packageInitPath(root: SyntaxNode): SyntaxNode[] {
  if (packageName(root) === 'main') return [];
  const functions = named(root).filter((node) => node.type === 'function_declaration' || node.type === 'method_declaration');
  return functions.filter(isInit).flatMap((init) => reachable(init, functions, true));
}

function isInit(fn: SyntaxNode): boolean {
  return fn.type === 'function_declaration' && fn.childForFieldName('name')?.text === 'init';
}

/** Opens the database itself (a constructor handed a `*gorm.DB` may be the migrate command's), under a name that is not about migrating. */
function isDatabaseSetUp(fn: SyntaxNode, imports: ReadonlyMap<string, string>): boolean {
  const name = fn.childForFieldName('name')?.text ?? '';
  if (fileNameWords(name).some((word) => MIGRATING_WORDS.has(word))) return false;
  let opens = false;
  walkTree(fn, (node) => {
    if (opens || node.type === 'func_literal') return false;
    if (node.type === 'call_expression') opens = isDatabaseOpener(qualifiedName(callName(node), imports));
    return !opens;
  });
  return opens;
}

function isDatabaseOpener(name: string | undefined): boolean {
  return name !== undefined && (DATABASE_OPENERS.has(name) || /\/ent\.Open$/.test(name));
}

/** Whether the function starts a server, also inside its closures (`go func() { srv.ListenAndServe() }()`). */
export function startsServer(fn: SyntaxNode): boolean {
  let found = false;
  walkTree(fn, (node) => {
    if (found) return false;
    if (node.type === 'call_expression') found = isServerStart(node);
    return !found;
  });
  return found;
}

/** The module's own server runner, named for it: `core.RunWindowsServer()`, `server.StartHTTPServer(cfg)` (gin-vue-admin's main). */
const SERVER_RUNNER = /^(?:Run|Start)\w*Server$/;

function isServerStart(call: SyntaxNode): boolean {
  const name = callName(call);
  if (name === undefined || !name.includes('.')) return false;
  const method = lastSegment(name);
  if (SERVE_METHODS.has(method) || SERVER_RUNNER.test(method)) return true;
  const receiver = name.slice(0, name.lastIndexOf('.'));
  return RUN_METHODS.has(method) && SERVER_RECEIVERS.test(lastSegment(receiver));
}

/**
 * The function and the same-file functions it calls, transitively: `setupDB()`, `s.migrate()` on its receiver. With
 * `unlessOptIn`, not through a call behind a flag, an argument or a development branch (go-opt-in.ts), as a migration
 * call written there would not count.
 */
function reachable(start: SyntaxNode, functions: SyntaxNode[], unlessOptIn: boolean): SyntaxNode[] {
  const seen = new Map<number, SyntaxNode>([[start.id, start]]);
  const queue = [start];
  for (let fn = queue.shift(); fn; fn = queue.shift()) {
    const receiver = receiverName(fn);
    walkTree(fn, (node) => {
      if (node.type !== 'call_expression') return true;
      const name = callName(node);
      const callee = name === undefined ? undefined : resolve(name, receiver, functions);
      if (callee && !seen.has(callee.id) && !(unlessOptIn && isOptIn(node, fn))) {
        seen.set(callee.id, callee);
        queue.push(callee);
      }
      return true;
    });
  }
  return [...seen.values()];
}

function resolve(name: string, receiver: string | undefined, functions: SyntaxNode[]): SyntaxNode | undefined {
  if (!name.includes('.')) return functions.find((fn) => fn.type === 'function_declaration' && fn.childForFieldName('name')?.text === name);
  const [object, method, ...rest] = name.split('.');
  if (rest.length > 0 || receiver === undefined || object !== receiver) return undefined;
  return functions.find((fn) => fn.type === 'method_declaration' && fn.childForFieldName('name')?.text === method);
}

function receiverName(fn: SyntaxNode): string | undefined {
  const declaration = named(fn.childForFieldName('receiver'))[0];
  return named(declaration).find((child) => child.type === 'identifier')?.text;
}
