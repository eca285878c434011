// Factor VII for Go: `http.ListenAndServe(":8080", h)`, `&http.Server{Addr: ":8080"}`,
// `net.Listen("tcp", ":8080")`, gin's `r.Run(":8080")`, echo's `e.Start(":8080")` and fiber's
// `app.Listen(":3000")`. No quick-fix: Go has no one-expression "env or default" without a helper
// or Go 1.22's cmp.Or, and the engine cannot see the module's Go version.
import { callArguments, goImports, goStringValue, importsAny, isGoString, named, qualifiedName } from '../../languages/go';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { ImportedPort } from '../../types';
import { isNonServerPath } from '../process-paths';
import { chainedCallName, importsDebugPackage, inUncalledRenamedMain, isLoopbackAddress, startsWebAppAt } from '../go-servers';
import { portMessage } from './messages';
import { GO_ADDRESS } from './go-imported';
import { singleValueAt } from '../../languages/locals';

/** Functions whose first argument is the listen address, by qualified name. */
const ADDRESS_FUNCTIONS = new Set(['net/http.ListenAndServe', 'net/http.ListenAndServeTLS']);
/** Frameworks whose app method takes the listen address: `Run`, `Start`, `Listen`, `StartTLS`. */
const FRAMEWORK_METHODS = new Set(['Run', 'Start', 'StartTLS', 'Listen', 'RunTLS']);
const FRAMEWORKS = ['github.com/gin-gonic/gin', 'github.com/labstack/echo', 'github.com/gofiber/fiber'];
const ADDRESS = GO_ADDRESS;

export const goChecks: LanguageCheck[] = [{ languages: ['go'], keywords: ['listen', 'addr', '.run(', '.start('], check }];

function check(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree || isNonServerPath(context.path)) return;
  const imports = goImports(tree.rootNode);
  const framework = importsAny(imports, FRAMEWORKS);
  const constants = packageConstants(tree.rootNode);
  // pprof/expvar on `localhost:6060`: a debug endpoint for this machine, not the service the app exports.
  const debug = importsDebugPackage(tree.rootNode);
  const importedPorts = context.options.importedPorts ?? [];
  walkTree(tree.rootNode, (node) => {
    const address = node.type === 'call_expression' ? callAddress(node, imports, framework, constants) : node.type === 'keyed_element' ? serverAddr(node) : undefined;
    const literal = address && literalAddress(address, constants);
    if (literal && !(debug && isLoopbackAddress(address)) && !inUncalledRenamedMain(node, tree.rootNode)) context.report({ span: nodeSpan(address), message: portMessage(literal, 'os.Getenv("PORT")') });
    const imported = address && !literal ? importedAddress(address, imports, importedPorts) : undefined;
    if (address && imported) {
      context.report({
        span: nodeSpan(address),
        message: `${portMessage(imported.port, 'os.Getenv("PORT")')} (${imported.name}${imported.constant ? ' holds' : '() returns'} it, in ${imported.path})`,
        relatedElsewhere: [{ path: imported.path, range: imported.range, message: 'Factor VII: the fixed address the server listens on.' }],
      });
    }
  });
}

/** `configs.ProjectPort()`: a call without arguments of a function the node layer found returning a fixed address. */
function importedAddress(node: SyntaxNode, imports: ReadonlyMap<string, string>, facts: readonly ImportedPort[]): ImportedPort | undefined {
  if (facts.length === 0) return undefined;
  // `consts.UserServiceAddr`: a constant the node layer found holding a listen address (only listen forms are facts).
  const constant = node.type === 'selector_expression';
  if (!constant && (node.type !== 'call_expression' || callArguments(node).length > 0)) return undefined;
  const callee = constant ? node : node.childForFieldName('function');
  if (callee?.type !== 'selector_expression') return undefined;
  const module = imports.get(callee.childForFieldName('operand')?.text ?? '');
  const name = callee.childForFieldName('field')?.text;
  return module === undefined ? undefined : facts.find((fact) => fact.module === module && fact.name === name && (fact.constant === true) === constant);
}

function callAddress(call: SyntaxNode, imports: ReadonlyMap<string, string>, framework: boolean, constants: ReadonlyMap<string, SyntaxNode>): SyntaxNode | undefined {
  // `router.Router().Run(":8080")`: the start of what a router package returned.
  const name = chainedCallName(call);
  if (name === undefined) return undefined;
  const qualified = qualifiedName(name, imports);
  const args = callArguments(call);
  if (qualified !== undefined && ADDRESS_FUNCTIONS.has(qualified)) return args[0];
  if (qualified === 'net.Listen' && goStringValue(args[0])?.startsWith('tcp')) return args[1];
  // Kitex and raw-TCP servers resolve their address first: `net.ResolveTCPAddr("tcp", ":9000")`, then
  // `server.WithServiceAddr(addr)`. A dial target resolves the same way, so only a listen form counts (see listenForm).
  if (qualified === 'net.ResolveTCPAddr') return isListenAddress(args[1], constants) || args[1]?.type === 'selector_expression' ? args[1] : undefined;
  const method = name.slice(name.lastIndexOf('.') + 1);
  return (framework || startsWebAppAt(name, args[0])) && name.includes('.') && FRAMEWORK_METHODS.has(method) && args.length === 1 ? args[0] : undefined;
}

/** `:9000`, `0.0.0.0:9000`, `[::]:9000`: every interface, as a server binds; `redis:6379` is a host something dials. */
function isListenAddress(node: SyntaxNode | undefined, constants: ReadonlyMap<string, SyntaxNode>): boolean {
  const value = node?.type === 'identifier' ? constants.get(node.text) : node;
  const text = isGoString(value) ? goStringValue(value) : undefined;
  return text !== undefined && /^(?:0\.0\.0\.0|\[::\]|::)?:[0-9]{1,5}$/.test(text);
}

/** `Addr: ":8080"` inside an `http.Server{...}` literal. */
function serverAddr(element: SyntaxNode): SyntaxNode | undefined {
  const [key, value] = named(element);
  if (key?.text !== 'Addr' || !value) return undefined;
  const literal = element.parent?.parent;
  const type = literal?.type === 'composite_literal' ? literal.childForFieldName('type')?.text : undefined;
  return type === 'http.Server' ? unwrapElement(value) : undefined;
}

function unwrapElement(node: SyntaxNode): SyntaxNode {
  return node.type === 'literal_element' ? named(node)[0] ?? node : node;
}

function literalAddress(node: SyntaxNode, constants: ReadonlyMap<string, SyntaxNode>): number | undefined {
  const local = node.type === 'identifier' ? singleValueAt(node, 'go') : undefined;
  const value = node.type === 'identifier' ? (isGoString(local) ? local : constants.get(node.text)) : node;
  const text = isGoString(value) ? goStringValue(value) : undefined;
  const port = text === undefined ? undefined : Number(ADDRESS.exec(text)?.[1]);
  return port !== undefined && port >= 1 && port <= 65535 ? port : undefined;
}

/** Package-level `const addr = ":8080"` (one name, one value). */
function packageConstants(root: SyntaxNode): Map<string, SyntaxNode> {
  const constants = new Map<string, SyntaxNode>();
  for (const declaration of named(root)) {
    if (declaration.type !== 'const_declaration' && declaration.type !== 'var_declaration') continue;
    for (const spec of named(declaration)) {
      const names = spec.childrenForFieldName('name');
      const values = named(spec.childForFieldName('value'));
      if (names.length === 1 && values.length === 1 && names[0]) constants.set(names[0].text, values[0]!);
    }
  }
  return constants;
}
