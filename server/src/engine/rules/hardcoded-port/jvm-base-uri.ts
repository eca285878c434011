// JAX-RS containers started on a base URI: Jersey's `GrizzlyHttpServerFactory.createHttpServer(
// URI.create("http://0.0.0.0:8080/"), config)`, `JdkHttpServerFactory.createHttpServer(…)`,
// `JettyHttpContainerFactory.createServer(…)`, RESTEasy's and Netty's container providers. The
// port is part of the URI the server binds, so a literal one there is a port written into the code.
import { javaCall, javaString } from '../../languages/java';
import { kotlinCall, kotlinString } from '../../languages/kotlin';
import type { SyntaxNode } from '../../languages/treeSitter';

/** A receiver that builds a server from a base URI: `…HttpServerFactory`, `…ContainerFactory`, `…ContainerProvider`. */
const SERVER_FACTORY = /(?:HttpServerFactory|ContainerFactory|ContainerProvider)$/;

export interface BaseUriPort {
  /** The string literal holding the URI. */
  literal: SyntaxNode;
  port: number;
}

/** The literal port of the base URI a JAX-RS container factory call binds, if the code writes one. */
export function baseUriPort(node: SyntaxNode, text: string, kotlin: boolean): BaseUriPort | undefined {
  const call = kotlin ? kotlinCall(node) : javaCall(node);
  const receiver = call?.receiver?.text.split('.').pop() ?? '';
  if (!call || !call.name.startsWith('create') || !SERVER_FACTORY.test(receiver)) return undefined;
  const first = call.args[0];
  const literal = first && uriLiteral(first, kotlin);
  const value = literal && (kotlin ? kotlinString(literal, text) : javaString(literal, text))?.value?.text;
  const port = value === undefined ? undefined : explicitPort(value);
  return literal && port !== undefined ? { literal, port } : undefined;
}

/** `"http://…"`, `URI.create("http://…")`, `new URI("http://…")`, `UriBuilder.fromUri("http://…")…`: the string written. */
function uriLiteral(argument: SyntaxNode, kotlin: boolean): SyntaxNode | undefined {
  let current: SyntaxNode | undefined = argument.type === 'value_argument' ? argument.namedChild(0) ?? undefined : argument;
  for (let depth = 0; current && depth < 6; depth++) {
    if (current.type === 'string_literal' || current.type === 'line_string_literal') return current;
    const call = kotlin ? kotlinCall(current) : javaCall(current);
    const inner = call?.args[0];
    current = inner?.type === 'value_argument' ? inner.namedChild(0) ?? undefined : inner ?? call?.receiver;
  }
  return undefined;
}

/** `http://0.0.0.0:8080/` -> 8080; no port (the scheme's default) or a placeholder -> undefined. */
function explicitPort(uri: string): number | undefined {
  const match = /^[a-z][a-z0-9+.-]*:\/\/(?:\[[^\]]*\]|[^/:?#]*):([0-9]{1,5})(?:[/?#]|$)/i.exec(uri);
  const port = match ? Number(match[1]) : undefined;
  return port !== undefined && port >= 1 && port <= 65535 ? port : undefined;
}
