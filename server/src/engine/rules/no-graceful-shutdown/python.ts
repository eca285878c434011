// Factor IX for Python: a program that serves with a loop that knows nothing of SIGTERM and never
// handles the signal itself: the standard library's and gevent's `server.serve_forever()`
// (http.server, socketserver, wsgiref, xmlrpc, gevent.pywsgi), waitress' `serve(app)`, Tornado's
// `IOLoop.current().start()`. Python's default on SIGTERM is to die at once: no `finally`, no
// `server.shutdown()`, every open request cut. Servers that catch the signal themselves (uvicorn.run,
// aiohttp's run_app, gunicorn, CherryPy's engine, Twisted's reactor, Sanic) are not read; a server bound
// to the loopback address is a developer's or a test's helper; a start inside a function the module does
// not call when it runs (a library's `serve()`), or in a method of a class it never builds, is not the
// program's. A module that installs a signal handler owns the process, wherever its start is.
import { importBindings, isModuleLevel, positionalArguments, resolvedName, stringValue, unwrapParentheses, type Bindings } from '../../languages/python';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { isNonServerPath } from '../process-paths';

const MESSAGE =
  "Factor IX: the server starts with no SIGTERM handling: Python's default on SIGTERM ends the process at once, mid-request, on every deploy or scale-down; " +
  'install a handler (signal.signal(signal.SIGTERM, …)) that stops the server (server.shutdown()) and lets the open requests finish, or serve with gunicorn or uvicorn.';
/** Tornado's loop, started through the class: `IOLoop.current().start()`, `IOLoop.instance().start()`. */
const TORNADO_LOOPS = new Set(['tornado.ioloop.IOLoop.current', 'tornado.ioloop.IOLoop.instance']);
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export const pythonCheck: LanguageCheck = { languages: ['python'], keywords: ['serve_forever', 'waitress', 'ioloop'], check };

function check(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree || isNonServerPath(context.path)) return;
  const root = tree.rootNode;
  const bindings = importBindings(root);
  const programFunctions = functionsRunAtStart(root);
  const candidates: SyntaxNode[] = [];
  const exitOnly: SyntaxNode[] = [];
  let handles = false;
  /** `signal.signal(signal.SIGINT, stop)`: the module takes signals into its own hands. */
  let installsHandler = false;
  walkTree(root, (node) => {
    if (node.type === 'call' && isExitOnlyHandler(node, root)) exitOnly.push(node);
    else if (node.type === 'identifier' && node.text === 'SIGTERM' && !exitOnly.some((call) => call.startIndex <= node.startIndex && node.endIndex <= call.endIndex)) handles = true;
    if (node.type === 'call' && isSignalHandler(node)) installsHandler = true;
    if (node.type === 'call' && isServerStart(node, bindings, root)) candidates.push(node);
  });
  if (handles) return;
  const starts = installsHandler ? candidates : candidates.filter((call) => runsAtStart(call, programFunctions));
  if (starts.length === 0) return;
  const [first, ...others] = starts.map((start) => start.childForFieldName('function')!);
  const related = [
    ...others.map((callee) => ({ span: nodeSpan(callee), message: 'Factor IX: another server of the same program, also stopped mid-request' })),
    ...exitOnly.map((call) => ({ span: nodeSpan(call), message: 'Factor IX: this handler exits at once, cutting the open requests' })),
  ];
  const message = exitOnly.length > 0 ? EXIT_MESSAGE : installsHandler ? INTERRUPT_ONLY_MESSAGE : MESSAGE;
  context.report({ span: nodeSpan(first!), message, ...(related.length > 0 ? { related } : {}) });
}

const INTERRUPT_ONLY_MESSAGE =
  "Factor IX: the program handles SIGINT (Ctrl-C) but not SIGTERM: Python's default on SIGTERM ends the process at once, mid-request, on every deploy or scale-down; " +
  'handle signal.SIGTERM as well, stopping the server (server.shutdown()) and letting the open requests finish.';

/** `signal.signal(<signal>, handler)`, also as `from signal import signal`. */
function isSignalHandler(call: SyntaxNode): boolean {
  const callee = call.childForFieldName('function')?.text;
  return (callee === 'signal.signal' || callee === 'signal') && positionalArguments(call).length === 2;
}

const EXIT_MESSAGE =
  "Factor IX: the SIGTERM handler exits at once (sys.exit) without stopping the server: the open requests are cut on every deploy or scale-down, as with no handler; " +
  'in the handler, stop the server (server.shutdown() from another thread) and let the open requests finish, or serve with gunicorn or uvicorn.';
/** Calls that end the process, and calls that only log on the way out. */
const EXIT_CALLS = /^(?:sys\.exit|os\._exit|exit|quit)$/;
const LOG_CALLS = /^(?:print|(?:logging|logger|log|LOGGER|LOG)\.\w+)$/;

/**
 * `signal.signal(signal.SIGTERM, handler)` whose handler only exits: `lambda *_: sys.exit(0)`, or a module-level
 * `def` whose body is exit and log calls. Python's SIGTERM default does the same, so it is no handling.
 */
function isExitOnlyHandler(call: SyntaxNode, root: SyntaxNode): boolean {
  const callee = call.childForFieldName('function')?.text;
  const [signal, handler] = positionalArguments(call);
  if ((callee !== 'signal.signal' && callee !== 'signal') || !signal || !/(?:^|\.)SIGTERM$/.test(signal.text) || !handler) return false;
  if (handler.type === 'lambda') return EXIT_CALLS.test(handler.childForFieldName('body')?.childForFieldName('function')?.text ?? '');
  if (handler.type !== 'identifier') return false;
  const definition = root.namedChildren.find((statement) => statement?.type === 'function_definition' && statement.childForFieldName('name')?.text === handler.text);
  const statements = definition?.childForFieldName('body')?.namedChildren.filter((statement) => statement?.type !== 'comment') ?? [];
  const called = statements.map((statement) => (statement?.type === 'expression_statement' && statement.namedChild(0)?.type === 'call' ? statement.namedChild(0)!.childForFieldName('function')?.text ?? '' : ''));
  return called.some((name) => EXIT_CALLS.test(name)) && called.every((name) => EXIT_CALLS.test(name) || LOG_CALLS.test(name));
}

function isServerStart(call: SyntaxNode, bindings: Bindings, root: SyntaxNode): boolean {
  const callee = call.childForFieldName('function');
  if (!callee) return false;
  if (resolvedName(callee, bindings) === 'waitress.serve') return true;
  if (callee.type !== 'attribute') return false;
  const method = callee.childForFieldName('attribute')?.text;
  const receiver = callee.childForFieldName('object');
  if (method === 'start' && receiver?.type === 'call') return TORNADO_LOOPS.has(resolvedName(receiver.childForFieldName('function'), bindings) ?? '');
  return method === 'serve_forever' && receiver !== null && !isLoopbackServer(receiver, root);
}

/** `HTTPServer(("127.0.0.1", 8000), Handler)`, inline or through the name it was assigned (or bound by `with … as`) to. */
function isLoopbackServer(receiver: SyntaxNode, root: SyntaxNode): boolean {
  if (receiver.type === 'call') return bindsLoopback(receiver);
  if (receiver.type !== 'identifier') return false;
  let loopback = false;
  walkTree(root, (node) => {
    const bound = node.type === 'assignment' ? [node.childForFieldName('left'), node.childForFieldName('right')] : node.type === 'as_pattern' ? [node.childForFieldName('alias'), node.namedChildren[0]] : undefined;
    if (!bound || bound[0]?.text !== receiver.text) return;
    if (bound[1]?.type === 'call' && bindsLoopback(bound[1])) loopback = true;
  });
  return loopback;
}

/**
 * The program's own run: statements at the module's top level (the `__main__` guard's included), and the
 * bodies of top-level functions called there by name (`main()`), and classes built there (`Relay(port).start()`).
 * A function nobody calls at start (a library's `serve()`) is not the program starting.
 */
function functionsRunAtStart(root: SyntaxNode): Set<string> {
  const called = new Set<string>();
  for (const statement of root.namedChildren) {
    if (!statement || statement.type === 'function_definition' || statement.type === 'class_definition' || statement.type === 'decorated_definition') continue;
    walkTree(statement, (node) => {
      if (node.type === 'call' && node.childForFieldName('function')?.type === 'identifier') called.add(node.childForFieldName('function')!.text);
    });
  }
  return called;
}

/** In the module's run, a top-level function it calls, or a method of a top-level class it builds. */
function runsAtStart(call: SyntaxNode, programFunctions: ReadonlySet<string>): boolean {
  if (isModuleLevel(call)) return true;
  let scope: SyntaxNode | null = call.parent;
  while (scope && scope.type !== 'function_definition' && scope.type !== 'class_definition') scope = scope.parent;
  if (scope?.type !== 'function_definition') return false;
  const owner = topLevel(scope.parent?.type === 'decorated_definition' ? scope.parent : scope);
  if (owner?.type === 'function_definition') return programFunctions.has(owner.childForFieldName('name')?.text ?? '');
  return owner?.type === 'class_definition' && programFunctions.has(owner.childForFieldName('name')?.text ?? '');
}

/** The module-level definition holding `node` (a method's class, through its body), or undefined for a nested one. */
function topLevel(node: SyntaxNode): SyntaxNode | undefined {
  const parent = node.parent;
  if (parent?.type === 'module') return node;
  // A method: function_definition (or decorated) <- block <- class_definition <- module.
  const klass = parent?.type === 'block' ? parent.parent : undefined;
  const outer = klass?.type === 'class_definition' ? (klass.parent?.type === 'decorated_definition' ? klass.parent : klass) : undefined;
  return outer?.parent?.type === 'module' ? klass! : undefined;
}

function bindsLoopback(constructor: SyntaxNode): boolean {
  const address = positionalArguments(constructor)[0];
  const host = address && unwrapParentheses(address).type === 'tuple' ? unwrapParentheses(address).namedChildren[0] : undefined;
  return host !== undefined && LOOPBACK.has(stringValue(host) ?? '');
}

