// Factor IX for Go: a program's package that serves HTTP and never listens for SIGTERM
// (`signal.Notify`/`signal.NotifyContext`) nor calls `Shutdown`. The default on SIGTERM is to exit
// at once, cutting every open request. A program's package: `main`, or one under `internal/` or `cmd/`
// (cobra's `cmd/api`, a DDD layout's `internal/common/server`), which only this module's own programs run;
// and any package that listens for signals itself, which owns the process whatever function holds the start.
import { callArguments, callName, goImports, importsAny, packageName, qualifiedName } from '../../languages/go';
import { chainedCallName, constructedEngineLocals, importsDebugPackage, isLoopbackAddress, routerEngineLocals, startsGinEngine, startsWebAppAt } from '../go-servers';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { ImportedServerStart } from '../../types';
import { isNonServerPath } from '../process-paths';
import { unsignalledShutdowns } from './go-unsignalled';

const SERVE_FUNCTIONS = new Set(['net/http.ListenAndServe', 'net/http.ListenAndServeTLS', 'net/http.Serve']);
const SERVER_METHODS = new Set(['ListenAndServe', 'ListenAndServeTLS']);
/** Frameworks whose app start blocks serving HTTP: gin's Run, echo's Start, fiber's Listen. */
const FRAMEWORK_STARTS = new Set(['Run', 'Start', 'Listen', 'RunTLS', 'StartTLS']);
const FRAMEWORKS = ['github.com/gin-gonic/gin', 'github.com/labstack/echo', 'github.com/gofiber/fiber'];
/** gRPC's `s.Serve(lis)` blocks serving too; `GracefulStop` (below) is its shutdown. */
const GRPC = ['google.golang.org/grpc'];
/** Libraries that run the server and handle signals themselves. */
const MANAGED = [
  'github.com/urfave/negroni', 'go.uber.org/fx', 'github.com/oklog/run', 'github.com/TV4/graceful', 'gopkg.in/tylerb/graceful.v1', 'github.com/facebookgo/grace',
  'github.com/fvbock/endless', // finishes open requests on SIGINT and SIGTERM (go-gin-example's server)
];

const MESSAGE =
  "Factor IX: the server starts with no SIGTERM handling: on every deploy or scale-down the platform's SIGTERM ends the process mid-request; catch it with signal.NotifyContext and call Shutdown to finish the open requests.";

const INTERRUPT_ONLY_MESSAGE =
  "Factor IX: the server listens for SIGINT (Ctrl-C) but not SIGTERM: on every deploy or scale-down the platform's SIGTERM ends the process mid-request; add syscall.SIGTERM to signal.Notify / signal.NotifyContext.";

/**
 * Signals that are not the platform's stop signal: Ctrl-C's, and SIGKILL, which no program can catch
 * (`signal.Notify(quit, os.Interrupt, os.Kill)` is a common slip for SIGTERM).
 */
const NOT_TERM = /^(?:os\.(?:Interrupt|Kill)|(?:syscall|unix)\.(?:SIGINT|SIGKILL|SIGHUP|SIGQUIT|SIGUSR1|SIGUSR2))$/;

const UNSIGNALLED_MESSAGE =
  "Factor IX: the server's Shutdown waits on a context that no signal cancels (only a deferred cancel, after the program ends): on the platform's SIGTERM the process still stops mid-request; derive the context from signal.NotifyContext(ctx, syscall.SIGTERM).";

const EXIT_MESSAGE =
  'Factor IX: the program catches SIGTERM but then exits (os.Exit) without calling Shutdown: on every deploy or scale-down the open requests are cut; call srv.Shutdown(ctx) to finish them before returning.';

/** `signal.Notify(c, syscall.SIGTERM)`, `signal.Notify(c)` (every signal), or signals held in a name (taken as catching it). */
function catchesSigterm(call: SyntaxNode): boolean {
  const signals = callArguments(call).slice(1);
  return signals.length === 0 || signals.some((signal) => !NOT_TERM.test(signal.text.replace(/\s+/g, '')));
}

/** A start of a web app some other package built: given a listen address, gin's with none, or a router package's engine. */
function startsWebApp(callee: string, args: readonly SyntaxNode[], routerLocals: () => ReadonlySet<string>): boolean {
  return startsWebAppAt(callee, args[0]) || startsGinEngine(callee, args.length, routerLocals);
}

/**
 * `package main`, or a package only this module's programs can import (`internal/…`, Go refuses the import from
 * any other module) or a command's own (`cmd/<name>/…`): a server such a package starts is the app's, not a
 * library's helper that leaves running and stopping to its caller (`pkg/…` and other public packages stay silent).
 */
function isProgramPackage(path: string, name: string | undefined): boolean {
  return name === 'main' || /(?:^|\/)(?:internal|cmd)\//.test(path);
}

/** Import names a variable of the file takes over (`gin := gin.Default()`, `echo := echo.New()`). */
function shadowedImports(root: SyntaxNode, imports: ReadonlyMap<string, string>): Set<string> {
  const shadowed = new Set<string>();
  walkTree(root, (node) => {
    if (node.type !== 'short_var_declaration') return;
    for (const name of node.childForFieldName('left')?.namedChildren ?? []) if (name?.type === 'identifier' && imports.has(name.text)) shadowed.add(name.text);
  });
  return shadowed;
}

const KEYWORDS = ['listenandserve', '.run(', '.start(', '.listen(', '.serve('];

export const goChecks: LanguageCheck[] = [
  {
    languages: ['go'],
    // The start words, as keywords would; or `main` calling a start of its module's own package (`server.Launch()`,
    // importedServerStarts), which may say none of them.
    keywords: [],
    mayReport: ({ lowered, options }) => KEYWORDS.some((word) => lowered.includes(word)) || (options.importedServerStarts?.length ?? 0) > 0,
    check,
  },
];

function check(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree || isNonServerPath(context.path)) return;
  const program = isProgramPackage(context.path, packageName(tree.rootNode));
  const imports = goImports(tree.rootNode);
  if (importsAny(imports, MANAGED)) return;
  const framework = importsAny(imports, FRAMEWORKS);
  const grpc = importsAny(imports, GRPC);
  // pprof on `localhost:6060` is a developer's window into the process, not a server a deploy drains.
  const debug = importsDebugPackage(tree.rootNode);
  const starts: SyntaxNode[] = [];
  // `gin := gin.Default()`: from there on `gin.Run(…)` is the engine's method, not the package's.
  const shadowed = shadowedImports(tree.rootNode, imports);
  let handles = false;
  /** Whether the program listens for signals, and whether one of its listeners catches SIGTERM. */
  let listens = false;
  let catchesTerm = false;
  /** `os.Exit(…)` calls: after catching SIGTERM with no Shutdown, the program ends as the default would. */
  const exits: SyntaxNode[] = [];
  const shutdowns: SyntaxNode[] = [];
  // `server.Run()` of the module's own package, which starts a server and stops it nowhere (node layer's fact), and
  // `server.New(cfg)` of one, which returns a framework's engine (the same facts, `engine`).
  const facts = program ? (context.options.importedServerStarts ?? []) : [];
  const importedStarts = new Map(facts.filter((start) => !start.engine).map((start) => [`${start.module}.${start.name}`, start]));
  const engineConstructors = new Map(facts.filter((start) => start.engine).map((start) => [`${start.module}.${start.name}`, start]));
  const engineFact = (name: string | undefined): ImportedServerStart | undefined => (name === undefined ? undefined : engineConstructors.get(qualifiedName(name, imports) ?? name));
  const imported = new Map<SyntaxNode, ImportedServerStart>();
  let locals: Set<string> | undefined;
  const routerLocals = (): ReadonlySet<string> => (locals ??= routerEngineLocals(tree.rootNode));
  let engines: Map<string, string> | undefined;
  // `e := config.NewEcho(cfg)`: an engine the project's constructor named for its framework built, started at any
  // address; `srv := server.New(cfg)`: one the node layer read the constructor of.
  const engineLocals = (): ReadonlyMap<string, string> => (engines ??= constructedEngineLocals(tree.rootNode, (name) => engineFact(name) !== undefined));
  walkTree(tree.rootNode, (node) => {
    if (node.type !== 'call_expression') return;
    const name = chainedCallName(node) ?? '';
    const qualified = qualifiedName(name, imports) ?? name;
    const method = name.slice(name.lastIndexOf('.') + 1);
    // `net.Listen(...)` is a package function that opens a socket; only a server value's method serves
    // (`router.Router().Run()` is one: the method of what the package's function returned).
    const receiver = name.slice(0, name.indexOf('.'));
    const onValue = name.includes('.') && (name.includes('(') || !imports.has(receiver) || shadowed.has(receiver));
    if (qualified === 'os/signal.Notify' || qualified === 'os/signal.NotifyContext') {
      listens = true;
      catchesTerm ||= catchesSigterm(node);
    } else if (method === 'Shutdown' || method === 'GracefulStop') {
      handles = true;
      shutdowns.push(node);
    }
    else if (qualified === 'os.Exit') exits.push(node);
    else if (importedStarts.has(qualified)) {
      starts.push(node);
      imported.set(node, importedStarts.get(qualified)!);
    }
    else if (SERVE_FUNCTIONS.has(qualified) && debug && isLoopbackAddress(callArguments(node)[0])) return;
    else if (SERVE_FUNCTIONS.has(qualified) || (onValue && SERVER_METHODS.has(method))) starts.push(node);
    else if (onValue && FRAMEWORK_STARTS.has(method) && (framework || startsWebApp(name, callArguments(node), routerLocals) || engineLocals().has(receiver))) {
      starts.push(node);
      const built = engineFact(engineLocals().get(receiver));
      if (built && !framework) imported.set(node, built);
    } else if (engineFact(constructorCalled(node)) !== undefined) {
      // `server.New(cfg).Run(addr)`: the start of what the constructor returned.
      starts.push(node);
      imported.set(node, engineFact(constructorCalled(node))!);
    }
    else if (grpc && onValue && method === 'Serve') starts.push(node);
  });
  // A public package that listens for signals owns the process's lifecycle (go-base's `api.Server.Start()`, which a cobra
  // command calls): it is the app's runner, read as `main` is, whichever function holds the start. One that does not
  // is a library's helper that leaves running and stopping to its caller.
  if (!program && !listens) return;
  const callees = starts.flatMap((start) => start.childForFieldName('function') ?? []);
  // `signal.Notify(quit, os.Interrupt)` then `srv.Shutdown(ctx)`: the shutdown runs on Ctrl-C, never on the platform's SIGTERM.
  // SIGTERM caught, then `os.Exit` with no Shutdown anywhere: the open requests are cut as with no handler.
  const exitsAtOnce = listens && catchesTerm && !handles && exits.length > 0;
  // Shutdown with no signal listener, each one waiting on a context only a deferred cancel ends: it never runs on SIGTERM.
  const unsignalled = listens || !handles ? [] : unsignalledShutdowns(tree.rootNode, imports, shutdowns);
  const neverShutsDown = unsignalled.length > 0 && unsignalled.length === shutdowns.length;
  if ((listens ? catchesTerm && !exitsAtOnce : handles && !neverShutsDown) || callees.length === 0) return;
  // One program that ignores SIGTERM is one problem, however many servers it starts.
  const [first, ...others] = callees;
  const related = [
    ...others.map((callee) => ({ span: nodeSpan(callee), message: 'Factor IX: another server of the same program, also stopped mid-request' })),
    ...(exitsAtOnce ? exits.map((exit) => ({ span: nodeSpan(exit), message: 'Factor IX: the program exits here on SIGTERM, cutting the open requests' })) : []),
    ...(neverShutsDown ? unsignalled.map((call) => ({ span: nodeSpan(call), message: 'Factor IX: the Shutdown no signal reaches' })) : []),
  ];
  const elsewhere = [...imported.values()].map((start) => ({
    path: start.path,
    range: start.range,
    message: start.engine ? 'Factor IX: the engine this start serves, returned by the package it imports' : 'Factor IX: the server this call starts, in the package it imports',
  }));
  context.report({
    span: nodeSpan(first!),
    message: exitsAtOnce ? EXIT_MESSAGE : listens ? INTERRUPT_ONLY_MESSAGE : neverShutsDown ? UNSIGNALLED_MESSAGE : MESSAGE,
    ...(related.length > 0 ? { related } : {}),
    ...(elsewhere.length > 0 ? { relatedElsewhere: elsewhere } : {}),
  });
}

/** `server.New(cfg).Run(addr)` -> `server.New`: the call whose result a framework's start is called on. */
function constructorCalled(call: SyntaxNode): string | undefined {
  const callee = call.childForFieldName('function');
  if (callee?.type !== 'selector_expression' || !FRAMEWORK_STARTS.has(callee.childForFieldName('field')?.text ?? '')) return undefined;
  const operand = callee.childForFieldName('operand');
  return operand?.type === 'call_expression' ? callName(operand) : undefined;
}
