// What the Go server checks (IX's no-graceful-shutdown, VII's hardcoded-port) both ask of a program: which start
// serves a web app (startsWebAppAt, and for IX gin's start with no address, startsGinEngine), and which is a debug
// endpoint.
//
// Go's debug endpoints: `import _ "net/http/pprof"` (or expvar) registers handlers on the default
// mux, and `http.ListenAndServe("localhost:6060", nil)` serves them to this machine only, as the
// pprof docs show. That server is a developer's window into the process, not the service the app
// exports (Factor VII) nor the one a deploy drains (Factor IX).
import { callName, goStringValue, named } from '../languages/go';
import { walkTree, type SyntaxNode } from '../languages/treeSitter';

const DEBUG_PACKAGES = ['net/http/pprof', 'expvar'];
const LOOPBACK_ADDRESS = /^(?:localhost|127(?:\.[0-9]{1,3}){3}|\[::1\]):[0-9]{1,5}$/;

/** Whether the file imports a debug package, blank imports included (goImports leaves those out). */
export function importsDebugPackage(root: SyntaxNode): boolean {
  let found = false;
  for (const declaration of named(root)) {
    if (declaration.type !== 'import_declaration') continue;
    walkTree(declaration, (node) => {
      if (node.type === 'import_spec' && DEBUG_PACKAGES.includes(goStringValue(node.childForFieldName('path')) ?? '')) found = true;
      return !found;
    });
  }
  return found;
}

/** A listen address on this machine only: `"localhost:6060"`, `"127.0.0.1:6060"`. */
export function isLoopbackAddress(node: SyntaxNode | undefined): boolean {
  return LOOPBACK_ADDRESS.test(goStringValue(node) ?? '');
}

const LISTEN_ADDRESS = /^(?:\d{1,3}(?:\.\d{1,3}){3}|localhost|\[::\])?:\d{2,5}$/;

/** What a web app's value is called: echo's `e`, gin's `r`/`engine`/`router`, fiber's `app`, a struct's `a.router`, `s.echo`. */
const WEB_APP_NAMES = new Set(['e', 'r', 'g', 'app', 'router', 'engine', 'server', 'srv', 'api', 'web', 'echo', 'gin', 'fiber', 'mux', 'http']);

/**
 * `e.Start(":8080")`, `r.Run("0.0.0.0:8080")`, `a.router.Run(":8080")`: a web app's start given the address to listen
 * on serves, whatever package built the value (a project's own `routes.New()` returning gin or echo, which the caller
 * does not import). `job.Run(":8080")` names no web app.
 */
export function startsWebAppAt(callee: string, address: SyntaxNode | undefined): boolean {
  const receiver = callee.slice(0, Math.max(callee.lastIndexOf('.'), 0));
  const last = receiver.slice(receiver.lastIndexOf('.') + 1).replace(/\(\)$/, '');
  return WEB_APP_NAMES.has(last.toLowerCase()) && LISTEN_ADDRESS.test(goStringValue(address) ?? '');
}

/** What a gin engine is called where another package built it: `r := router.Init()`, `engine`, `router.Router()`. */
const GIN_ENGINE_NAMES = new Set(['r', 'router', 'engine']);
/** A router package's constructor: `router.Router()`, `routes.Setup()`, `routers.InitRouter()`, `api.NewRouter()`. */
const ROUTER_CONSTRUCTOR = /^(?:(?:router|routers|routes|route)\.[A-Za-z]\w*|[a-z]\w*\.(?:Init|New|Setup|Create|Build)Router)\(\)$/;

/**
 * `r.Run()`, `router.Router().Run()`: gin's start with no address serves on $PORT (else :8080), so it is no
 * hardcoded port, but it serves as the addressed start does. Only gin's names: a bare `app.Run()` is
 * Kratos' or go-micro's, which stop on SIGTERM themselves. A router package's engine (`routers.InitRouter().Run(addr)`,
 * or held in a local: `engine2 := router.InitRouter(); engine2.Run(fmt.Sprintf(":%d", setting.HttpPort))`,
 * go-gin-example's main.go, probe25) serves whatever address the code computes.
 */
export function startsGinEngine(callee: string, argumentCount: number, routerLocals?: () => ReadonlySet<string>): boolean {
  if (argumentCount > 1 || !callee.endsWith('.Run')) return false;
  const receiver = callee.slice(0, -'.Run'.length);
  if (ROUTER_CONSTRUCTOR.test(receiver)) return true;
  if (argumentCount === 0 && GIN_ENGINE_NAMES.has(receiver.slice(receiver.lastIndexOf('.') + 1))) return true;
  return /^[A-Za-z_]\w*$/.test(receiver) && routerLocals !== undefined && routerLocals().has(receiver);
}

/** Locals assigned a router package's engine: `engine := routers.InitRouter()`, `handler = api.NewRouter(cfg)`. */
export function routerEngineLocals(root: SyntaxNode): Set<string> {
  return localsAssignedFrom(root, (name) => ROUTER_CONSTRUCTOR.test(`${name}()`));
}

/** Locals assigned, alone, the result of a call whose name passes `constructs`: `x := pkg.New(…)`, `x = pkg.New(…)`. */
function localsAssignedFrom(root: SyntaxNode, constructs: (name: string) => boolean): Set<string> {
  return new Set(localConstructors(root, constructs).keys());
}

/** Those locals, each with the name of the call that built it (the last one the walk meets). */
function localConstructors(root: SyntaxNode, constructs: (name: string) => boolean): Map<string, string> {
  const locals = new Map<string, string>();
  walkTree(root, (node) => {
    if (node.type !== 'short_var_declaration' && node.type !== 'assignment_statement') return;
    const left = named(node.childForFieldName('left') ?? undefined);
    const right = named(node.childForFieldName('right') ?? undefined);
    const name = right[0]?.type === 'call_expression' ? callName(right[0]) : undefined;
    if (left.length === 1 && right.length === 1 && left[0]!.type === 'identifier' && name !== undefined && constructs(name)) locals.set(left[0]!.text, name);
    return false;
  });
  return locals;
}

/**
 * A project's own constructor of a web framework's engine, named for the framework: `config.NewEcho(cfg)`,
 * `server.NewGin()`, `web.InitFiber()`, `app.NewEchoServer(cfg)`, `bootstrap.SetupGinEngine()`. The caller does not
 * import the framework, so the name is what says the value is an engine (the repository's echo-twitter shape, probe29).
 */
const ENGINE_CONSTRUCTOR = /^(?:[a-z]\w*\.)?(?:New|Init|Setup|Create|Build|Make)(?:Echo|Gin|Fiber)(?:App|Engine|Server|Router|Instance)?$/;

/**
 * Locals assigned an engine from such a constructor (`e := config.NewEcho(cfg)`, `app = web.NewFiber()`), or from one
 * `returnsEngine` knows of whatever its name (the node layer's fact: `srv := server.New(cfg)` where `func New(cfg Config)
 * *gin.Engine`), each with the constructor's name.
 */
export function constructedEngineLocals(root: SyntaxNode, returnsEngine: (name: string) => boolean = () => false): Map<string, string> {
  return localConstructors(root, (name) => ENGINE_CONSTRUCTOR.test(name) || returnsEngine(name));
}

/**
 * A call's name, a method called on another call's result included: `router.Router().Run` (callName gives
 * none for it). The part before the last `()` is a value, never a package.
 */
export function chainedCallName(call: SyntaxNode): string | undefined {
  const direct = callName(call);
  if (direct !== undefined) return direct;
  const callee = call.childForFieldName('function');
  const operand = callee?.type === 'selector_expression' ? callee.childForFieldName('operand') : null;
  const field = callee?.childForFieldName('field')?.text;
  const inner = operand?.type === 'call_expression' && named(operand.childForFieldName('arguments')).length === 0 ? callName(operand) : undefined;
  return inner === undefined || field === undefined ? undefined : `${inner}().${field}`;
}

/** `main1`, `main_old`, `mainExample`: a `main` renamed so a second one compiles beside it. */
const RENAMED_MAIN = /^main(?:_?\d{1,3}|_?(?:old|bak|backup|copy|example|sample|demo))$/i;

/**
 * Whether `node` is inside a renamed `main` (`func main1()`) of a package other than main that the file never names
 * again: a framework README's sample pasted in and renamed to compile (probe24: gin-scaffold's `router.main1`). No
 * platform runs it; the app's real server starts elsewhere. An unexported name in a library package is nobody's
 * entry point, and the name says it was a `main`.
 */
export function inUncalledRenamedMain(node: SyntaxNode, root: SyntaxNode): boolean {
  let fn: SyntaxNode | null = node.parent;
  while (fn && fn.type !== 'function_declaration') fn = fn.parent;
  const name = fn?.childForFieldName('name')?.text;
  if (!name || !RENAMED_MAIN.test(name)) return false;
  const pkg = named(root).find((child) => child.type === 'package_clause');
  if (!pkg || named(pkg)[0]?.text === 'main') return false;
  let uses = 0;
  walkTree(root, (child) => {
    if (child.type === 'identifier' && child.text === name) uses++;
  });
  return uses === 1; // its own declaration
}
