// The start path of a Go server: `main` (and `init`) of package main when the program starts a
// server, any function that starts a server itself, and the same-file functions they call.
import { callName, lastSegment, named, packageName } from '../../languages/go';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';

/** Methods that only a server has: net/http, gin, echo, fiber, gRPC, chi via net/http. */
const SERVE_METHODS = new Set(['ListenAndServe', 'ListenAndServeTLS', 'Serve', 'ServeTLS', 'Listen', 'ListenTLS', 'RunTLS', 'StartTLS', 'StartAutoTLS', 'RunListener', 'RunUnix']);
/** `r.Run(":8080")`, `e.Start(":1323")`, `app.Run()`: only on something named like a server or router. */
const RUN_METHODS = new Set(['Run', 'Start']);
const SERVER_RECEIVERS = /^(?:r|e|g|s|srv|server|httpServer|router|engine|app|api|web|grpcServer|echo|gin|fiber|mux|handler)$/i;

/** Every function declaration on the start path. */
export function startPath(root: SyntaxNode): Set<SyntaxNode> {
  const functions = named(root).filter((node) => node.type === 'function_declaration' || node.type === 'method_declaration');
  const path = new Map<number, SyntaxNode>();
  const add = (nodes: SyntaxNode[]) => nodes.forEach((node) => path.set(node.id, node));
  for (const fn of functions) if (startsServer(fn)) add(reachable(fn, functions));
  if (packageName(root) === 'main') {
    const main = functions.find((fn) => fn.type === 'function_declaration' && fn.childForFieldName('name')?.text === 'main');
    const fromMain = main ? reachable(main, functions) : [];
    if (fromMain.some(startsServer)) {
      add(fromMain);
      for (const init of functions.filter((fn) => fn.type === 'function_declaration' && fn.childForFieldName('name')?.text === 'init')) add(reachable(init, functions));
    }
  }
  return new Set(path.values());
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

function isServerStart(call: SyntaxNode): boolean {
  const name = callName(call);
  if (name === undefined || !name.includes('.')) return false;
  const method = lastSegment(name);
  if (SERVE_METHODS.has(method)) return true;
  const receiver = name.slice(0, name.lastIndexOf('.'));
  return RUN_METHODS.has(method) && SERVER_RECEIVERS.test(lastSegment(receiver));
}

/** The function and the same-file functions it calls, transitively: `setupDB()`, `s.migrate()` on its receiver. */
function reachable(start: SyntaxNode, functions: SyntaxNode[]): SyntaxNode[] {
  const seen = new Map<number, SyntaxNode>([[start.id, start]]);
  const queue = [start];
  for (let fn = queue.shift(); fn; fn = queue.shift()) {
    const receiver = receiverName(fn);
    walkTree(fn, (node) => {
      if (node.type !== 'call_expression') return true;
      const name = callName(node);
      const callee = name === undefined ? undefined : resolve(name, receiver, functions);
      if (callee && !seen.has(callee.id)) {
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
