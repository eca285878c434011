// Factor VII for Python: servers started on a literal port. Flask/Sanic/Dash `app.run(port=5000)`,
// `uvicorn.run(app, port=8000)`, aiohttp's `web.run_app`, waitress and bottle, tornado's
// `app.listen(8888)`, werkzeug's `run_simple`, wsgiref's `make_server` and the stdlib `HTTPServer`.
import { cherryPyConfigEntries } from '../../languages/cherrypy-config';
import { withOsImport } from '../../fixes/envRead-python';
import { dottedName, importBindings, keywordArgument, lastSegment, positionalArguments, resolvedName, stringValue, unwrapParentheses, type Bindings } from '../../languages/python';
import { joinModule } from '../startup-migration/python-imported';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { ImportedPort, ReplaceFix } from '../../types';
import { isDefaultGunicornConfig, isNonServerPath } from '../process-paths';
import { portMessage } from './messages';
import { singleValueAt } from '../../languages/locals';

/** Calls that take `port=`: app.run, uvicorn.run, web.run_app, waitress.serve, bottle.run, app.run_server. */
const PORT_KEYWORD_CALLS = new Set(['run', 'run_app', 'serve', 'run_server']);
/** Calls with the port as a positional argument, by index: `run_simple('0.0.0.0', 5000, app)`. */
const POSITIONAL_PORT: Readonly<Record<string, number>> = { run_simple: 1, make_server: 1 };
/** Socket servers take an `(host, port)` tuple first. */
const ADDRESS_SERVERS = new Set(['HTTPServer', 'ThreadingHTTPServer', 'TCPServer', 'ThreadingTCPServer', 'WSGIServer']);

const BIND_ADDRESS = /^((?:[A-Za-z0-9.-]*|\[[0-9A-Fa-f:]*\]):)([0-9]{1,5})$/;

export const pythonChecks: LanguageCheck[] = [{ languages: ['python'], keywords: ['port', 'listen', 'serve', 'run_simple', 'bind'], check }];

function check(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree || isNonServerPath(context.path)) return;
  const constants = moduleConstants(tree.rootNode);
  // Gunicorn's config module: a `bind` there wins over the PORT that gunicorn would otherwise bind.
  if (isDefaultGunicornConfig(context.path)) checkGunicornBind(constants.get('bind'), context);
  // `sock.listen(5)` is a backlog: only tornado's `app.listen` takes a port.
  const tornado = [...importBindings(tree.rootNode).values()].some((module) => module.startsWith('tornado'));
  // CherryPy binds `server.socket_port` from its config dicts.
  for (const entry of cherryPyConfigEntries(tree.rootNode)) {
    const literal = entry.key === 'server.socket_port' ? literalPort(entry.value, constants) : undefined;
    if (!literal) continue;
    const fix = portFix(literal, context.text);
    context.report({ span: span(entry.value), message: portMessage(literal.port, 'os.environ.get("PORT")'), ...(fix ? { fix } : {}) });
  }
  const importedPorts = context.options.importedPorts ?? [];
  const bindings = importedPorts.length > 0 ? importBindings(tree.rootNode) : undefined;
  walkTree(tree.rootNode, (node) => {
    if (node.type !== 'call') return;
    const grpc = grpcAddressPort(node, constants);
    if (grpc) context.report({ span: span(grpc.literal), message: portMessage(grpc.port, 'os.environ.get("PORT")') });
    const argument = portArgument(node, tornado);
    const literal = argument && literalPort(argument, constants);
    const imported = argument && !literal && bindings ? importedPort(argument, bindings, importedPorts) : undefined;
    if (argument && imported) {
      context.report({
        span: span(argument),
        message: `${portMessage(imported.port, 'os.environ.get("PORT")')} (${imported.name}() returns it, in ${imported.path})`,
        relatedElsewhere: [{ path: imported.path, range: imported.range, message: 'Factor VII: the fixed port the server binds.' }],
      });
    }
    if (!literal) return;
    const fix = portFix(literal, context.text);
    context.report({ span: span(argument), message: portMessage(literal.port, 'os.environ.get("PORT")'), ...(fix ? { fix } : {}) });
  });
}

/** `get_port()` (`from settings import get_port`) or `settings.get_port()`: a call the node layer found returning a port. */
function importedPort(argument: SyntaxNode, bindings: Bindings, facts: readonly ImportedPort[]): ImportedPort | undefined {
  const call = unwrapParentheses(argument);
  if (call.type !== 'call' || (call.childForFieldName('arguments')?.namedChildCount ?? 1) > 0) return undefined;
  const callee = resolvedName(call.childForFieldName('function'), bindings);
  return callee === undefined ? undefined : facts.find((fact) => joinModule(fact.module, fact.name) === callee);
}

function portArgument(call: SyntaxNode, tornado: boolean): SyntaxNode | undefined {
  const name = dottedName(call.childForFieldName('function'));
  if (name === undefined) return undefined;
  const last = lastSegment(name);
  if (last === 'listen') return tornado ? keywordArgument(call, 'port') ?? positionalArguments(call)[0] : undefined;
  if (PORT_KEYWORD_CALLS.has(last)) return keywordArgument(call, 'port');
  const index = POSITIONAL_PORT[last];
  if (index !== undefined) return keywordArgument(call, 'port') ?? positionalArguments(call)[index];
  if (!ADDRESS_SERVERS.has(last)) return undefined;
  const address = positionalArguments(call)[0];
  return address && unwrapParentheses(address).type === 'tuple' ? unwrapParentheses(address).namedChild(1) ?? undefined : undefined;
}

/** grpcio's servers take one `host:port` string: `server.add_insecure_port('[::]:50051')`, `add_secure_port(ADDRESS, creds)`. */
const GRPC_ADD_PORT = new Set(['add_insecure_port', 'add_secure_port']);

/** The port in a gRPC server's literal address (or a module constant holding one); `'[::]:' + port` reads a variable. */
function grpcAddressPort(call: SyntaxNode, constants: ReadonlyMap<string, SyntaxNode>): LiteralPort | undefined {
  const name = dottedName(call.childForFieldName('function'));
  const first = name !== undefined && GRPC_ADD_PORT.has(lastSegment(name)) ? positionalArguments(call)[0] : undefined;
  const node = first && unwrapParentheses(first);
  const value = node?.type === 'identifier' ? constants.get(node.text) : node;
  const text = value?.type === 'string' ? stringValue(value) : undefined;
  const port = text === undefined ? undefined : Number(BIND_ADDRESS.exec(text)?.[2]);
  return port !== undefined && port >= 1 && port <= 65535 ? { literal: node!, port } : undefined;
}

interface LiteralPort {
  literal: SyntaxNode;
  port: number;
}

function literalPort(argument: SyntaxNode, constants: ReadonlyMap<string, SyntaxNode>): LiteralPort | undefined {
  const node = unwrapParentheses(argument);
  const value = node.type === 'identifier' ? (singleValueAt(node, 'python') ?? constants.get(node.text)) : node;
  if (value?.type !== 'integer' || !/^[0-9]{1,5}$/.test(value.text)) return undefined;
  const port = Number(value.text);
  return port >= 1 && port <= 65535 ? { literal: value, port } : undefined;
}

/** `PORT = 8000` assigned once at module level. */
function moduleConstants(root: SyntaxNode): Map<string, SyntaxNode> {
  const found = new Map<string, SyntaxNode | null>();
  for (const statement of root.namedChildren) {
    const assignment = statement?.type === 'expression_statement' ? statement.namedChild(0) : undefined;
    const left = assignment?.type === 'assignment' ? assignment.childForFieldName('left') : undefined;
    const right = assignment?.childForFieldName('right');
    if (left?.type === 'identifier' && right) found.set(left.text, found.has(left.text) ? null : right);
  }
  const constants = new Map<string, SyntaxNode>();
  for (const [name, value] of found) if (value) constants.set(name, value);
  return constants;
}

/** `int(os.environ.get("PORT", 5000))`: the literal stays the local default. */
function portFix(literal: LiteralPort, text: string): ReplaceFix | undefined {
  const edits = withOsImport(text, { span: span(literal.literal), text: `int(os.environ.get("PORT", ${literal.literal.text}))` });
  return edits && { kind: 'replace', title: 'Read the port from PORT', edits };
}

/**
 * `bind = "0.0.0.0:8000"` (or a one-address list): `"0.0.0.0:" + os.environ.get("PORT", "8000")`. A list of several
 * (paperless-ngx's `['[::]:8000', 'localhost:8000']`) binds each: the first fixed one is reported, with no fix, since
 * one edit would leave the others on the old port.
 */
function checkGunicornBind(value: SyntaxNode | undefined, context: RuleContext): void {
  const list = value && unwrapParentheses(value);
  const several = list?.type === 'list' && list.namedChildCount > 1;
  const literal = list?.type === 'list' ? (several ? list.namedChildren.find((item) => item?.type === 'string') : list.namedChild(0)) : list;
  const address = literal?.type === 'string' ? stringValue(literal) : undefined;
  const match = address === undefined ? null : BIND_ADDRESS.exec(address);
  if (!literal || !match || /["\\]/.test(match[1]!)) return;
  const port = Number(match[2]);
  if (port < 1 || port > 65535) return;
  if (several) {
    context.report({ span: span(literal), message: portMessage(port, 'os.environ.get("PORT")') });
    return;
  }
  const edits = withOsImport(context.text, { span: span(literal), text: `"${match[1]}" + os.environ.get("PORT", "${match[2]}")` });
  const fix: ReplaceFix | undefined = edits && { kind: 'replace', title: 'Read the port from PORT', edits };
  context.report({ span: span(literal), message: portMessage(port, 'os.environ.get("PORT")'), ...(fix ? { fix } : {}) });
}

function span(node: SyntaxNode): { start: number; end: number } {
  return { start: node.startIndex, end: node.endIndex };
}
