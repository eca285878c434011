// Factor VII for Java and Kotlin: servers bound to a literal port. The JDK's `HttpServer.create(new
// InetSocketAddress(8080), 0)` and `new ServerSocket(8080)`, gRPC's `ServerBuilder.forPort`, Jetty's
// `new Server(8080)`, Undertow's `addHttpListener(8080, ...)`, and in files that import them Javalin's
// `start(7000)`, Spark's `port(4567)`, Vert.x's `listen(8080)`, Ktor's `embeddedServer(Netty, port = 8080)`
// and http4k's `Jetty(9000)`, and JAX-RS containers started on a base URI with a port (jvm-base-uri.ts). Spring Boot, Micronaut and Quarkus bind `server.port`-style settings
// that the environment overrides: nothing in the code to report.
import { importsOf, javaCall, type JvmCall } from '../../languages/java';
import { kotlinCall } from '../../languages/kotlin';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { ReplaceFix, Span } from '../../types';
import { isNonServerPath } from '../process-paths';
import { baseUriPort } from './jvm-base-uri';
import { portMessage } from './messages';

/** A server's port argument, found by the call's name (and the framework the file imports). */
interface PortCall {
  name: string;
  /** Position of the port; Kotlin may name it instead. */
  index: number;
  argName?: string;
  argCount?: number;
  /** The receiver's last name must be one of these (`HttpServer.create`). */
  receivers?: readonly string[];
  /** A construction (`new ServerSocket(...)`, Kotlin `Jetty(9000)`). */
  constructed?: boolean;
  /** The file must import one of these packages. */
  imports?: readonly string[];
}

const PORT_CALLS: readonly PortCall[] = [
  { name: 'ServerSocket', index: 0, constructed: true },
  { name: 'forPort', index: 0, receivers: ['ServerBuilder', 'NettyServerBuilder', 'Grpc'] },
  { name: 'addHttpListener', index: 0 },
  { name: 'addHttpsListener', index: 0 },
  { name: 'Server', index: 0, argCount: 1, constructed: true, imports: ['org.eclipse.jetty.'] },
  { name: 'start', index: 0, argCount: 1, imports: ['io.javalin.'] },
  { name: 'port', index: 0, argCount: 1, imports: ['spark.'] },
  { name: 'listen', index: 0, imports: ['io.vertx.'] },
  { name: 'embeddedServer', index: 1, argName: 'port', imports: ['io.ktor.'] },
  ...['Jetty', 'Netty', 'Undertow', 'SunHttp', 'ApacheServer', 'KtorCIO', 'Helidon'].map((name) => ({ name, index: 0, argCount: 1, constructed: true, imports: ['org.http4k.'] })),
];
/** `new InetSocketAddress(8080)` / `(host, 8080)` handed to a server: `HttpServer.create`, `bind`. */
const ADDRESS_TAKERS = new Set(['create', 'bind']);

export const jvmChecks: LanguageCheck[] = [
  {
    languages: ['java', 'kotlin'],
    keywords: ['inetsocketaddress', 'serversocket', 'forport', 'httplistener', 'javalin', 'spark', 'vertx', 'embeddedserver', 'http4k', 'jetty', 'httpserverfactory', 'containerfactory', 'containerprovider'],
    check,
  },
];

function check(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree || isNonServerPath(context.path)) return;
  const kotlin = context.language === 'kotlin';
  const imports = importsOf(tree.rootNode);
  const constants = intConstants(tree.rootNode, kotlin);
  walkTree(tree.rootNode, (node) => {
    const base = baseUriPort(node, context.text, kotlin);
    if (base) {
      context.report({ span: span(base.literal), message: portMessage(base.port, 'System.getenv("PORT")') });
      return;
    }
    const call = kotlin ? kotlinCall(node) : javaCall(node);
    const argument = call && portArgument(call, imports);
    const literal = argument && literalPort(argument, constants);
    if (!literal) return;
    const fix = portFix(literal, kotlin, context.text);
    context.report({ span: span(argument), message: portMessage(literal.port, 'System.getenv("PORT")'), ...(fix ? { fix } : {}) });
  });
}

function portArgument(call: JvmCall, imports: readonly string[]): SyntaxNode | undefined {
  if (call.name === 'InetSocketAddress' && call.receiver === undefined && call.args.length <= 2) {
    return isHandedToServer(call.node) ? call.args[call.args.length - 1] : undefined;
  }
  for (const known of PORT_CALLS) {
    if (known.name !== call.name || (known.argCount !== undefined && known.argCount !== call.args.length)) continue;
    if (known.constructed && call.receiver !== undefined) continue;
    if (known.receivers && !known.receivers.includes(call.receiver?.text.split('.').pop() ?? '')) continue;
    if (known.imports && !imports.some((name) => known.imports!.some((prefix) => name.startsWith(prefix)))) continue;
    const named = known.argName === undefined ? -1 : call.argNames.indexOf(known.argName);
    const index = named >= 0 ? named : call.argNames[known.index] === undefined ? known.index : -1;
    return index >= 0 ? call.args[index] : undefined;
  }
  return undefined;
}

/** The address goes to `HttpServer.create(address, backlog)` or `channel.bind(address)`; `connect` is a client. */
function isHandedToServer(construction: SyntaxNode): boolean {
  let owner = construction.parent;
  if (owner?.type === 'value_argument') owner = owner.parent;
  let callNode = owner?.parent ?? null;
  if (callNode?.type === 'call_suffix') callNode = callNode.parent;
  const call = callNode ? javaCall(callNode) ?? kotlinCall(callNode) : undefined;
  return call !== undefined && (ADDRESS_TAKERS.has(call.name) || call.name === 'Server' || call.name === 'ServerSocket');
}

interface LiteralPort {
  literal: SyntaxNode;
  port: number;
  /** In a Kotlin `const val`: an env read is no compile-time constant. */
  constant: boolean;
}

const INTEGER_TYPES = new Set(['decimal_integer_literal', 'integer_literal']);

function literalPort(argument: SyntaxNode, constants: ReadonlyMap<string, { value: SyntaxNode; constant: boolean }>): LiteralPort | undefined {
  const named = argument.type === 'identifier' || argument.type === 'simple_identifier' ? (methodLocal(argument) ?? constants.get(argument.text)) : undefined;
  const value = named?.value ?? argument;
  if (!INTEGER_TYPES.has(value.type) || !/^[0-9]{1,5}$/.test(value.text)) return undefined;
  const port = Number(value.text);
  return port >= 1 && port <= 65535 ? { literal: value, port, constant: named?.constant ?? false } : undefined;
}

const METHODS = new Set(['method_declaration', 'constructor_declaration', 'lambda_expression', 'function_declaration', 'lambda_literal', 'anonymous_function']);

/**
 * `int port = 8088;` then `new InetSocketAddress(port)` in one method, whatever other methods of the file call a local
 * `port` (an env read in `admin()`): the method's one declaration, before the call and never assigned again.
 */
function methodLocal(argument: SyntaxNode): { value: SyntaxNode; constant: boolean } | undefined {
  let scope = argument.parent;
  while (scope && !METHODS.has(scope.type)) scope = scope.parent;
  if (!scope) return undefined;
  const kotlin = argument.type === 'simple_identifier';
  let found: { value: SyntaxNode; constant: boolean } | null | undefined;
  let assigned = false;
  walkTree(scope, (node) => {
    const declared = kotlin ? kotlinDeclaration(node) : javaDeclaration(node);
    if (declared?.name === argument.text) found = found === undefined ? declared : null;
    if (assignedName(node) === argument.text) assigned = true;
  });
  return found && !assigned && found.value.endIndex <= argument.startIndex ? found : undefined;
}

/**
 * Integer fields and locals declared once in the file and never assigned again: `static final int PORT = 8080;`,
 * `const val PORT = 8080`. A field the file sets again is a default its configuration replaces (ZooKeeper's
 * `private int port = 7000;` then `this.port = Integer.parseInt(configuration.getProperty("httpPort", "7000"))`).
 */
function intConstants(root: SyntaxNode, kotlin: boolean): Map<string, { value: SyntaxNode; constant: boolean }> {
  const seen = new Map<string, { value: SyntaxNode; constant: boolean } | null>();
  const assigned = new Set<string>();
  walkTree(root, (node) => {
    const declared = kotlin ? kotlinDeclaration(node) : javaDeclaration(node);
    if (declared) seen.set(declared.name, seen.has(declared.name) ? null : declared);
    const target = assignedName(node);
    if (target !== undefined) assigned.add(target);
  });
  const single = new Map<string, { value: SyntaxNode; constant: boolean }>();
  for (const [name, declared] of seen) if (declared && !assigned.has(name)) single.set(name, declared);
  return single;
}

/** The variable or field an assignment sets: Java's `port = …`, `this.port = …`; Kotlin's `port = …`, `this.port = …`. */
function assignedName(node: SyntaxNode): string | undefined {
  if (node.type !== 'assignment_expression' && node.type !== 'assignment') return undefined;
  const target = node.childForFieldName('left') ?? node.namedChild(0);
  return target?.text.split('.').pop()?.trim();
}

function javaDeclaration(node: SyntaxNode): { name: string; value: SyntaxNode; constant: boolean } | undefined {
  if (node.type !== 'variable_declarator') return undefined;
  const name = node.childForFieldName('name')?.text;
  const value = node.childForFieldName('value');
  return name !== undefined && value ? { name, value, constant: false } : undefined;
}

function kotlinDeclaration(node: SyntaxNode): { name: string; value: SyntaxNode; constant: boolean } | undefined {
  if (node.type !== 'property_declaration') return undefined;
  const name = node.namedChildren.find((child) => child?.type === 'variable_declaration')?.namedChild(0)?.text;
  const value = node.namedChild(node.namedChildCount - 1);
  const constant = node.namedChildren.some((child) => child?.type === 'modifiers' && /\bconst\b/.test(child.text));
  return name !== undefined && value ? { name, value, constant } : undefined;
}

/** Java: `Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"))`; Kotlin: `(System.getenv("PORT")?.toInt() ?: 8080)`. */
function portFix(literal: LiteralPort, kotlin: boolean, text: string): ReplaceFix | undefined {
  if (literal.constant || inAnnotationOrCase(literal.literal)) return undefined;
  const port = literal.literal.text;
  const read = kotlin ? `(System.getenv("PORT")?.toInt() ?: ${port})` : `Integer.parseInt(System.getenv().getOrDefault("PORT", "${port}"))`;
  // Kotlin: a named argument or declaration takes the expression bare; parentheses keep `?:` from binding to what follows.
  const bare = kotlin && /=\s*$/.test(text.slice(Math.max(0, literal.literal.startIndex - 40), literal.literal.startIndex));
  return { kind: 'replace', title: 'Read the port from PORT', edits: [{ span: span(literal.literal), text: bare ? read.slice(1, -1) : read }] };
}

function inAnnotationOrCase(node: SyntaxNode): boolean {
  for (let current = node.parent, depth = 0; current && depth < 8; current = current.parent, depth++) {
    if (current.type === 'annotation' || current.type === 'switch_label' || current.type === 'when_condition') return true;
  }
  return false;
}

function span(node: SyntaxNode): Span {
  return { start: node.startIndex, end: node.endIndex };
}
