// Factor VII for PHP: long-running PHP servers bound to a literal port. ReactPHP's
// `new SocketServer('0.0.0.0:8080')`, Swoole/OpenSwoole's `new Swoole\Http\Server('0.0.0.0', 9501)`,
// Workerman's `new Worker('http://0.0.0.0:2345')`, `stream_socket_server('tcp://0.0.0.0:8000')` and
// `socket_bind($socket, '0.0.0.0', 8080)`, Ratchet's `IoServer::factory($app, 8080)` and amphp's
// `$server->expose('0.0.0.0:1337')` (or `new InternetAddress('0.0.0.0', 1337)`). Apps run by php-fpm or mod_php bind no port themselves;
// `php -S` in a Procfile is the Procfile check's.
import { callOf, phpString, walkWithParents, type PhpCall } from '../../languages/php';
import type { SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { ReplaceFix, Span } from '../../types';
import { isNonServerPath } from '../process-paths';
import { portMessage } from './messages';

/** Where the port is: an address string (`host:port`), or a port argument at an index. */
type PortPlace = { kind: 'address'; index: number } | { kind: 'port'; index: number };

/** A file that runs amphp's HTTP server, whose `expose()` binds the address it is given. */
const AMP_SERVER = /\bAmp\\Http\\Server\\/;

const ADDRESS = /^(?:[a-z]+:\/\/)?(?:[A-Za-z0-9.-]*|\[[0-9A-Fa-f:]*\]):([0-9]{1,5})$/;

export const phpChecks: LanguageCheck[] = [
  { languages: ['php'], keywords: ['socketserver', 'swoole', 'workerman', 'stream_socket_server', 'socket_bind', 'react\\socket', 'ioserver', 'amp\\http\\server'], check },
];

/**
 * PHP keeps its long-running servers' entry points in `bin/` (Ratchet's `bin/chat-server.php`, `bin/server.php`):
 * every call read here builds a server, so a `bin/` file is no one-off script for this check. Other one-off
 * folders (scripts/, tools/) and tests stay out.
 */
function isOneOff(path: string): boolean {
  return isNonServerPath(path.replace(/(^|\/)bin\//g, '$1'));
}

function check(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree || isOneOff(context.path)) return;
  const text = context.text;
  walkWithParents(tree.rootNode, (node) => {
    const call = callOf(node);
    const place = call && portPlace(call, node, text);
    const argument = place ? call.args[place.index]?.value : undefined;
    if (!place || !argument || call.args[place.index]?.name !== undefined) return;
    const found = place.kind === 'port' ? integerPort(argument) : addressPort(argument);
    if (found) context.report({ span: found.span, message: portMessage(found.port, "getenv('PORT')"), fix: found.fix });
  });
}

function portPlace(call: PhpCall, node: SyntaxNode, text: string): PortPlace | undefined {
  if (call.kind === 'function') {
    if (call.name === 'stream_socket_server') return { kind: 'address', index: 0 };
    return call.name === 'socket_bind' ? { kind: 'port', index: 2 } : undefined;
  }
  if (call.kind === 'static') return call.name === 'factory' && call.scope === 'IoServer' && /ratchet/i.test(text) ? { kind: 'port', index: 1 } : undefined;
  if (call.kind === 'method') return call.name === 'expose' && AMP_SERVER.test(text) ? { kind: 'address', index: 0 } : undefined;
  if (call.kind !== 'new') return undefined;
  if (call.name === 'InternetAddress' && AMP_SERVER.test(text)) return { kind: 'port', index: 1 };
  const className = node.namedChildren.find((child) => child?.type === 'name' || child?.type === 'qualified_name')?.text ?? '';
  if (call.name === 'SocketServer' || (call.name === 'Server' && /react\\socket/i.test(`${className} ${text}`) && !/swoole/i.test(text))) {
    return { kind: 'address', index: 0 };
  }
  if (call.name === 'Server' && /swoole/i.test(`${className} ${text}`)) return { kind: 'port', index: 1 };
  return call.name === 'Worker' && /workerman/i.test(text) ? { kind: 'address', index: 0 } : undefined;
}

interface Found {
  span: Span;
  port: number;
  fix: ReplaceFix;
}

/** `9501`: becomes `(int) (getenv('PORT') ?: 9501)`. */
function integerPort(argument: SyntaxNode): Found | undefined {
  const port = argument.type === 'integer' && /^[0-9]{1,5}$/.test(argument.text) ? Number(argument.text) : 0;
  if (port < 1 || port > 65535) return undefined;
  const span = { start: argument.startIndex, end: argument.endIndex };
  return { span, port, fix: replace(span, `(int) (getenv('PORT') ?: ${argument.text})`) };
}

/** `'0.0.0.0:8080'`: becomes `'0.0.0.0:' . (getenv('PORT') ?: '8080')`. */
function addressPort(argument: SyntaxNode): Found | undefined {
  const value = phpString(argument);
  const digits = value ? ADDRESS.exec(value.text)?.[1] : undefined;
  if (!value || digits === undefined) return undefined;
  const port = Number(digits);
  if (port < 1 || port > 65535) return undefined;
  const prefix = value.text.slice(0, value.text.length - digits.length);
  const span = { start: argument.startIndex, end: argument.endIndex };
  // The prefix is a host and a scheme: no quote or backslash to escape in a single-quoted literal.
  return { span, port, fix: replace(span, `'${prefix}' . (getenv('PORT') ?: '${digits}')`) };
}

function replace(span: Span, text: string): ReplaceFix {
  return { kind: 'replace', title: 'Read the port from PORT', edits: [{ span, text }] };
}
