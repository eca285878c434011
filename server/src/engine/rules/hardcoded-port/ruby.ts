// Factor VII for Ruby: servers started on a literal port. Sinatra's `set :port, 4567` and
// `run! port: 4567`, WEBrick's `HTTPServer.new(Port: 8000)`, Rack handlers' `run(app, Port: 9292)`,
// `TCPServer.new(2000)`, and in a puma config (`config/puma.rb`) `port 3000` or `bind "tcp://0.0.0.0:3000"`.
// Rails' generated puma.rb reads `ENV.fetch("PORT") { 3000 }`: an environment read, silent.
import { callArguments, callName, methodName, stringValue, symbolOrStringName } from '../../languages/ruby';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { ReplaceFix, Span } from '../../types';
import { isNonServerPath, isPumaConfig } from '../process-paths';
import { portMessage } from './messages';

/** Calls whose `Port:`/`port:` option is the listening port (`::` read as `.`). */
const PORT_OPTION_CALLS = /^(?:WEBrick\.HTTPServer\.new|Rack(?:up)?\.Handler\.\w+\.run|Rack(?:up)?\.Server\.(?:start|new)|Thin\.Server\.(?:start|new))$/;
const ADDRESS_PORT = /^(?:tcp|ssl):\/\/[^/\s]*:([0-9]{1,5})$/;

export const rubyChecks: LanguageCheck[] = [{ languages: ['ruby'], keywords: ['port', 'tcpserver', 'bind'], check }];

function check(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree || isNonServerPath(context.path)) return;
  const puma = isPumaConfig(context.path);
  const sinatra = /\bsinatra\b/i.test(context.text);
  const constants = constantPorts(tree.rootNode);
  walkTree(tree.rootNode, (node) => {
    if (node.type !== 'call') return;
    const argument = portArgument(node, puma, sinatra);
    if (!argument) return;
    const port = literalPort(argument, constants) ?? (puma ? bindPort(argument, node) : undefined);
    if (!port) return;
    context.report({ span: span(argument), message: portMessage(port.port, 'ENV.fetch("PORT")'), fix: port.fix });
  });
}

function portArgument(call: SyntaxNode, puma: boolean, sinatra: boolean): SyntaxNode | undefined {
  const method = methodName(call);
  const args = callArguments(call);
  const receiver = call.childForFieldName('receiver');
  const name = (callName(call) ?? '').replace(/::/g, '.').replace(/^\./, '');
  if (puma && !receiver && (method === 'port' || method === 'bind') && args.length >= 1) return args[0];
  if (sinatra && method === 'set' && symbolOrStringName(args[0]) === 'port' && args.length === 2) return args[1];
  if (method === 'run!') return option(args, 'port');
  if (name === 'TCPServer.new') return args[args.length - 1];
  return PORT_OPTION_CALLS.test(name) ? option(args, 'Port') ?? option(args, 'port') : undefined;
}

function option(args: readonly SyntaxNode[], key: string): SyntaxNode | undefined {
  for (const argument of args) {
    const pairs = argument.type === 'pair' ? [argument] : argument.type === 'hash' ? argument.namedChildren.filter((child): child is SyntaxNode => child?.type === 'pair') : [];
    const pair = pairs.find((candidate) => symbolOrStringName(candidate.childForFieldName('key')) === key);
    if (pair) return pair.childForFieldName('value') ?? undefined;
  }
  return undefined;
}

interface LiteralPort {
  port: number;
  fix: ReplaceFix;
}

/** `4567`, `"4567"`, or `PORT` assigned once at the top level. */
function literalPort(argument: SyntaxNode, constants: ReadonlyMap<string, SyntaxNode>): LiteralPort | undefined {
  const value = argument.type === 'constant' ? constants.get(argument.text) : argument;
  const digits = value?.type === 'integer' ? value.text : value?.type === 'string' ? stringValue(value) : undefined;
  if (!value || digits === undefined || !/^[0-9]{1,5}$/.test(digits)) return undefined;
  const port = Number(digits);
  if (port < 1 || port > 65535) return undefined;
  return { port, fix: replace(value, `ENV.fetch("PORT", ${value.text})`) };
}

/** Puma's `bind "tcp://0.0.0.0:3000"`: the port moves into an interpolation. */
function bindPort(argument: SyntaxNode, call: SyntaxNode): LiteralPort | undefined {
  const value = methodName(call) === 'bind' ? stringValue(argument) : undefined;
  const digits = value === undefined ? undefined : ADDRESS_PORT.exec(value)?.[1];
  if (value === undefined || digits === undefined || /["#\\]/.test(value)) return undefined;
  const port = Number(digits);
  if (port < 1 || port > 65535) return undefined;
  const prefix = value.slice(0, value.length - digits.length);
  return { port, fix: replace(argument, `"${prefix}#{ENV.fetch("PORT", ${digits})}"`) };
}

function constantPorts(root: SyntaxNode): Map<string, SyntaxNode> {
  const seen = new Map<string, SyntaxNode | null>();
  walkTree(root, (node) => {
    if (node.type !== 'assignment') return;
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (left?.type === 'constant' && right) seen.set(left.text, seen.has(left.text) ? null : right);
  });
  const constants = new Map<string, SyntaxNode>();
  for (const [name, value] of seen) if (value) constants.set(name, value);
  return constants;
}

function replace(node: SyntaxNode, text: string): ReplaceFix {
  return { kind: 'replace', title: 'Read the port from PORT', edits: [{ span: span(node), text }] };
}

function span(node: SyntaxNode): Span {
  return { start: node.startIndex, end: node.endIndex };
}
