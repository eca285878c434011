// Readers over tree-sitter-ruby nodes shared by the Ruby checks: string values, names of
// receivers and calls, hash keys, environment reads.
import type { Span } from '../types';
import type { SyntaxNode } from './treeSitter';

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  n: '\n', t: '\t', r: '\r', s: ' ', e: '\x1b', a: '\x07', b: '\b', f: '\f', v: '\v', '0': '\0',
};

/** The source span between a string's delimiters (`'…'`, `"…"`, `%q(…)`). */
export function stringContentSpan(node: SyntaxNode): Span | undefined {
  const first = node.child(0);
  const last = node.child(node.childCount - 1);
  if (!first || !last || first.isNamed || last.isNamed || node.childCount < 2) return undefined;
  return { start: first.endIndex, end: last.startIndex };
}

/** A `string` node's value when it has no interpolation and only escapes we decode exactly; else undefined. */
export function stringValue(node: SyntaxNode | null | undefined): string | undefined {
  if (!node || node.type !== 'string') return undefined;
  const opener = node.child(0)?.text ?? '';
  const raw = opener === "'" || opener.startsWith('%q');
  let value = '';
  for (const part of node.namedChildren) {
    if (!part) continue;
    if (part.type === 'string_content') value += raw ? unescapeRaw(part.text, opener) : part.text;
    else if (part.type === 'escape_sequence') {
      const decoded = decodeEscape(part.text);
      if (decoded === undefined) return undefined;
      value += decoded;
    } else return undefined;
  }
  return value;
}

/** Single-quoted strings keep every backslash but `\\` and an escaped delimiter. */
function unescapeRaw(text: string, opener: string): string {
  const close = opener === "'" ? "'" : closingDelimiter(opener.slice(-1));
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    const next = text.charAt(i + 1);
    if (char === '\\' && (next === '\\' || next === close || next === opener.slice(-1))) {
      out += next;
      i++;
    } else out += char;
  }
  return out;
}

function closingDelimiter(open: string): string {
  return ({ '(': ')', '[': ']', '{': '}', '<': '>' } as Record<string, string>)[open] ?? open;
}

function decodeEscape(text: string): string | undefined {
  const body = text.slice(1);
  if (body.length === 1) return SIMPLE_ESCAPES[body] ?? (/[^A-Za-z0-9]/.test(body) ? body : undefined);
  const hex = /^x([0-9a-fA-F]{1,2})$/.exec(body) ?? /^u([0-9a-fA-F]{4})$/.exec(body) ?? /^u\{([0-9a-fA-F]{1,6})\}$/.exec(body);
  if (hex?.[1]) return String.fromCodePoint(parseInt(hex[1], 16));
  const octal = /^([0-7]{1,3})$/.exec(body);
  return octal?.[1] ? String.fromCharCode(parseInt(octal[1], 8)) : undefined;
}

/** `:name` / `name:` / `:"name"` / `'name'` as a key or argument: the name. */
export function symbolOrStringName(node: SyntaxNode | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'simple_symbol') return node.text.slice(1);
  if (node.type === 'hash_key_symbol') return node.text;
  if (node.type === 'string') return stringValue(node);
  if (node.type === 'delimited_symbol') {
    const content = node.namedChildren;
    return content.length === 1 && content[0]?.type === 'string_content' ? content[0].text : undefined;
  }
  return undefined;
}

/**
 * `config`, `Rails.application.config`, `ActiveSupport::Logger`, `@@carts`, `self.x`: dotted
 * (`::` as `.`); undefined for anything computed (calls with arguments, indexing, literals).
 */
export function dottedName(node: SyntaxNode | null | undefined): string | undefined {
  const segments: string[] = [];
  // Iterative, right to left: a chain of thousands of calls must not overflow the stack.
  for (let current = node; current; ) {
    if (segments.length > MAX_SEGMENTS) return undefined;
    switch (current.type) {
      case 'identifier':
      case 'constant':
      case 'instance_variable':
      case 'class_variable':
      case 'global_variable':
      case 'self':
        segments.unshift(current.text);
        return segments.join('.');
      case 'scope_resolution':
      case 'call': {
        const isCall = current.type === 'call';
        if (isCall && (current.childForFieldName('arguments') || current.childForFieldName('block'))) return undefined;
        const name = current.childForFieldName(isCall ? 'method' : 'name')?.text;
        if (name === undefined) return undefined;
        segments.unshift(name);
        const left = current.childForFieldName(isCall ? 'receiver' : 'scope');
        if (!left) return segments.join('.');
        current = left;
        break;
      }
      default:
        return undefined;
    }
  }
  return undefined;
}

const MAX_SEGMENTS = 64;

/** `Logger.new(...)` -> `Logger.new`, `use X` -> `use`, `Rails.root.join(...)` -> `Rails.root.join`. */
export function callName(call: SyntaxNode): string | undefined {
  if (call.type !== 'call') return undefined;
  const method = call.childForFieldName('method')?.text;
  const receiver = call.childForFieldName('receiver');
  if (method === undefined) return undefined;
  if (!receiver) return method;
  const left = dottedName(receiver);
  return left === undefined ? undefined : `${left}.${method}`;
}

/** The last segment of a call's name: `Logger.new(...)` -> `new`. */
export function methodName(call: SyntaxNode): string | undefined {
  return call.type === 'call' ? call.childForFieldName('method')?.text : undefined;
}

/** Arguments of a call, named nodes only (no commas or parentheses). */
export function callArguments(call: SyntaxNode): SyntaxNode[] {
  const list = call.childForFieldName('arguments');
  return list ? list.namedChildren.filter((child): child is SyntaxNode => child !== null && child.type !== 'comment') : [];
}

/** The `key: value` pairs passed to a call (keyword arguments). */
export function keywordArguments(call: SyntaxNode): Map<string, SyntaxNode> {
  const pairs = new Map<string, SyntaxNode>();
  for (const argument of callArguments(call)) {
    if (argument.type !== 'pair') continue;
    const key = symbolOrStringName(argument.childForFieldName('key'));
    const value = argument.childForFieldName('value');
    if (key !== undefined && value) pairs.set(key, value);
  }
  return pairs;
}

/** `ENV['X']`, `ENV.fetch('X')` without a default: the variable read, else undefined. */
export function envReadName(node: SyntaxNode | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'element_reference') {
    const object = node.childForFieldName('object');
    const index = node.namedChildren.filter((child) => child?.id !== object?.id);
    return isEnv(object) && index.length === 1 ? stringValue(index[0]) : undefined;
  }
  if (node.type !== 'call' || methodName(node) !== 'fetch' || !isEnv(node.childForFieldName('receiver'))) return undefined;
  if (node.childForFieldName('block')) return undefined;
  const args = callArguments(node);
  return args.length === 1 ? stringValue(args[0]) : undefined;
}

export function isEnv(node: SyntaxNode | null | undefined): boolean {
  return !!node && (node.text === 'ENV' || node.text === '::ENV') && (node.type === 'constant' || node.type === 'scope_resolution');
}

/** Any read of `ENV` inside `node` (a condition that depends on the environment). */
export function mentionsEnv(node: SyntaxNode): boolean {
  return node.descendantsOfType('constant').some((constant) => constant?.text === 'ENV');
}

/**
 * The nearest ancestors of `node`, nearest first, at most MAX_ANCESTORS of them. tree-sitter finds a
 * parent by walking down from the root, so climbing costs depth per step: the cap keeps absurdly deep
 * files linear-ish; no rule needs to look further out than this.
 */
export function ancestors(node: SyntaxNode): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  for (let parent = node.parent; parent && found.length < MAX_ANCESTORS; parent = parent.parent) found.push(parent);
  return found;
}

const MAX_ANCESTORS = 256;

/** The method (`def`) a node sits in, if any. */
export function enclosingMethod(node: SyntaxNode): SyntaxNode | undefined {
  return ancestors(node).find((parent) => parent.type === 'method' || parent.type === 'singleton_method');
}

/** Whether the file is under a test directory, where fixtures and one-off setup are expected. */
export function isTestPath(path: string): boolean {
  return /(?:^|\/)(?:spec|test|tests|features)\//.test(path) || /_(?:spec|test)\.rb$/.test(path);
}

const ENVIRONMENT_BLOCKS = new Set(['configure', 'environment']);
const CONDITIONALS = new Set(['if', 'unless', 'if_modifier', 'unless_modifier', 'conditional', 'elsif']);
const DEVELOPMENT_CONDITION = /\b(?:development|test)\?|\benv\b.*\b(?:development|test)\b|\b(?:development|test)\b.*\benv\b/i;

/**
 * Whether `node` sits in a branch the environment picks: any side of a condition that `decides`
 * (e.g. mentions `RAILS_LOG_TO_STDOUT`), the true side of `if Rails.env.development?`, or a Sinatra
 * `configure :development` / `:test` block, or a Hanami `environment(:development)` / `(:test)` block.
 */
export function inEnvironmentBranch(node: SyntaxNode, decides: (condition: SyntaxNode) => boolean): boolean {
  let child = node;
  for (const parent of ancestors(node)) {
    const condition = CONDITIONALS.has(parent.type) ? parent.childForFieldName('condition') : null;
    if (condition && condition.id !== child.id) {
      if (decides(condition)) return true;
      if (isPositiveBranch(parent, child) && DEVELOPMENT_CONDITION.test(condition.text)) return true;
    }
    if (isDevelopmentEnvironmentBlock(parent, child)) return true;
    child = parent;
  }
  return false;
}

/** Whether `node` sits in a Sinatra `configure :development` / `:test` block or a Hanami `environment(:development)` one. */
export function inDevelopmentEnvironmentBlock(node: SyntaxNode): boolean {
  let child = node;
  for (const parent of ancestors(node)) {
    if (isDevelopmentEnvironmentBlock(parent, child)) return true;
    child = parent;
  }
  return false;
}

/** Sinatra's `configure :development do`, Hanami's `environment(:development) do` (its settings for that environment only). */
function isDevelopmentEnvironmentBlock(parent: SyntaxNode, child: SyntaxNode): boolean {
  if (parent.type !== 'call' || !ENVIRONMENT_BLOCKS.has(methodName(parent) ?? '') || parent.childForFieldName('block')?.id !== child.id) return false;
  const environments = callArguments(parent).map(symbolOrStringName);
  return environments.length > 0 && environments.every((name) => name === 'development' || name === 'test');
}

function isPositiveBranch(branch: SyntaxNode, child: SyntaxNode): boolean {
  if (branch.type === 'if_modifier') return branch.childForFieldName('body')?.id === child.id;
  if (branch.type === 'if' || branch.type === 'elsif') return branch.childForFieldName('consequence')?.id === child.id;
  if (branch.type === 'conditional') return branch.childForFieldName('consequence')?.id === child.id;
  return false;
}
