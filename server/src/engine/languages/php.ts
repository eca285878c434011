// Readers over tree-sitter-php trees shared by the PHP checks: string literals decoded with their
// source offsets, calls, array entries, `use` aliases and environment reads.
import { readOnce } from '../readOnce';
import { MappedText, MappedTextBuilder } from './mapped-text';
import { walkTree, type SyntaxNode } from './treeSitter';
import { ancestors, parentOf, type Parents } from './php-tree';

export { ancestors, enclosingClass, enclosingFunction, enclosingNamedFunction, MAX_CLIMB, parentOf, walkWithParents, type Parents } from './php-tree';

const DOUBLE_QUOTE_ESCAPES: Readonly<Record<string, string>> = {
  n: '\n', t: '\t', r: '\r', v: '\v', e: '\x1b', f: '\f', '\\': '\\', $: '$', '"': '"',
};

/**
 * The value of a string literal, mapped to its source: `'...'` and `"..."` without interpolation.
 * Interpolated strings, heredocs and nowdocs are not literals here (undefined).
 */
export function phpString(node: SyntaxNode): MappedText | undefined {
  if (node.type !== 'string' && node.type !== 'encapsed_string') return undefined;
  const text = node.text;
  const open = text.search(/['"]/);
  if (open < 0 || text.length < open + 2 || text[text.length - 1] !== text[open]) return undefined;
  if (text[open] === '"' && named(node).some((child) => child.type !== 'string_content' && child.type !== 'escape_sequence')) return undefined;
  const start = node.startIndex + open + 1;
  const raw = text.slice(open + 1, -1);
  const whole = { start: node.startIndex, end: node.endIndex };
  return text[open] === "'" ? decodeSingle(raw, start, whole) : decodeDouble(raw, start, whole);
}

/** The literal's decoded value, or undefined when it is not a plain literal. */
export function stringValue(node: SyntaxNode | null | undefined): string | undefined {
  return node ? phpString(unparen(node))?.text : undefined;
}

function decodeSingle(raw: string, start: number, whole: { start: number; end: number }): MappedText {
  const out = new MappedTextBuilder();
  for (let i = 0; i < raw.length; i++) {
    const next = raw[i + 1];
    if (raw[i] === '\\' && (next === '\\' || next === "'")) {
      out.push(next, start + i, start + i + 2);
      i++;
    } else out.push(raw[i]!, start + i);
  }
  return out.build(whole);
}

function decodeDouble(raw: string, start: number, whole: { start: number; end: number }): MappedText {
  const out = new MappedTextBuilder();
  for (let i = 0; i < raw.length; ) {
    const escape = raw[i] === '\\' ? doubleEscape(raw, i) : undefined;
    if (escape) {
      out.push(escape.value, start + i, start + i + escape.length);
      i += escape.length;
    } else {
      out.push(raw[i]!, start + i);
      i++;
    }
  }
  return out.build(whole);
}

function doubleEscape(raw: string, at: number): { value: string; length: number } | undefined {
  const next = raw[at + 1] ?? '';
  const simple = DOUBLE_QUOTE_ESCAPES[next];
  if (simple !== undefined) return { value: simple, length: 2 };
  const octal = /^[0-7]{1,3}/.exec(raw.slice(at + 1, at + 4));
  if (octal) return { value: String.fromCharCode(parseInt(octal[0], 8) & 0xff), length: 1 + octal[0].length };
  const hex = /^x([0-9A-Fa-f]{1,2})/.exec(raw.slice(at + 1, at + 4));
  if (hex) return { value: String.fromCharCode(parseInt(hex[1]!, 16)), length: 1 + hex[0].length };
  const unicode = /^u\{([0-9A-Fa-f]{1,6})\}/.exec(raw.slice(at + 1, at + 10));
  if (unicode) return { value: String.fromCodePoint(Math.min(parseInt(unicode[1]!, 16), 0x10ffff)), length: 1 + unicode[0].length };
  return undefined;
}

/** Named children without the nulls web-tree-sitter's typings allow. */
export function named(node: SyntaxNode | null | undefined): SyntaxNode[] {
  return node ? node.namedChildren.filter((child): child is SyntaxNode => child !== null) : [];
}

export function allChildren(node: SyntaxNode | null | undefined): SyntaxNode[] {
  return node ? node.children.filter((child): child is SyntaxNode => child !== null) : [];
}

export function unparen(node: SyntaxNode): SyntaxNode {
  let current = node;
  for (let inner = named(current)[0]; current.type === 'parenthesized_expression' && inner; inner = named(current)[0]) current = inner;
  return current;
}

/** `Foo`, `\Foo\Bar`, `Bar::class`'s name: the last segment of a name or qualified name. */
export function lastSegment(node: SyntaxNode | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'name') return node.text;
  if (node.type === 'qualified_name' || node.type === 'namespace_name') {
    const names = named(node).filter((child) => child.type === 'name');
    return names[names.length - 1]?.text;
  }
  if (node.type === 'class_constant_access_expression') return lastSegment(named(node)[0]);
  return undefined;
}

export interface PhpArgument {
  value: SyntaxNode;
  /** Named argument (`password: '...'`). */
  name?: string;
}

export interface PhpCall {
  kind: 'function' | 'static' | 'method' | 'new';
  /** Function, method or class name as written, without namespace. */
  name: string;
  /** `Artisan` of `Artisan::call`. */
  scope?: string;
  /** `$migrator` of `$migrator->migrate()`. */
  object?: SyntaxNode;
  args: PhpArgument[];
}

/** The call `node` is an argument of, and its position: `curl_setopt($ch, CURLOPT_USERPWD, ⟨node⟩)` -> index 2. */
export function callOfArgument(node: SyntaxNode, parents: Parents): { call: PhpCall; index: number } | undefined {
  const argument = parentOf(node, parents);
  const list = argument?.type === 'argument' ? parentOf(argument, parents) : null;
  const owner = list?.type === 'arguments' ? parentOf(list, parents) : null;
  const call = owner ? callOf(owner) : undefined;
  const index = call ? call.args.findIndex((candidate) => candidate.value.id === node.id) : -1;
  return call && index >= 0 ? { call, index } : undefined;
}

const CALL_TYPES = new Set(['function_call_expression', 'scoped_call_expression', 'member_call_expression', 'nullsafe_member_call_expression', 'object_creation_expression']);

/**
 * A call of any form: `f()`, `A::f()`, `$a->f()`, `$a?->f()`, `new A()`. Read once per node: checks
 * ask it of every node they walk and again from each argument (callOfArgument).
 */
export function callOf(node: SyntaxNode): PhpCall | undefined {
  return CALL_TYPES.has(node.type) ? callRead(node) : undefined;
}

const callRead = readOnce((node: SyntaxNode): PhpCall | undefined => {
  const args = argumentsOf(node.childForFieldName('arguments') ?? named(node).find((child) => child.type === 'arguments'));
  switch (node.type) {
    case 'function_call_expression': {
      const name = lastSegment(node.childForFieldName('function'));
      return name === undefined ? undefined : { kind: 'function', name, args };
    }
    case 'scoped_call_expression': {
      const name = node.childForFieldName('name')?.text;
      const scope = lastSegment(node.childForFieldName('scope'));
      return name === undefined ? undefined : { kind: 'static', name, ...(scope ? { scope } : {}), args };
    }
    case 'member_call_expression':
    case 'nullsafe_member_call_expression': {
      const name = node.childForFieldName('name')?.text;
      const object = node.childForFieldName('object');
      return name === undefined ? undefined : { kind: 'method', name, ...(object ? { object } : {}), args };
    }
    case 'object_creation_expression': {
      const name = lastSegment(named(node).find((child) => child.type === 'name' || child.type === 'qualified_name'));
      return name === undefined ? undefined : { kind: 'new', name, args };
    }
    default:
      return undefined;
  }
});

function argumentsOf(list: SyntaxNode | null | undefined): PhpArgument[] {
  if (!list) return [];
  return named(list)
    .filter((child) => child.type === 'argument')
    .flatMap((argument) => {
      const name = argument.childForFieldName('name');
      const value = named(argument).filter((child) => child.id !== name?.id).pop();
      return value ? [{ value, ...(name ? { name: name.text } : {}) }] : [];
    });
}

/** The argument at `index`, or the one named `name` (PHP 8 named arguments). */
export function argumentAt(call: PhpCall, index: number, name?: string): SyntaxNode | undefined {
  const named = name === undefined ? undefined : call.args.find((argument) => argument.name === name);
  if (named) return named.value;
  const positional = call.args[index];
  return positional && positional.name === undefined ? positional.value : undefined;
}

export interface ArrayEntry {
  element: SyntaxNode;
  key?: SyntaxNode;
  value: SyntaxNode;
}

/**
 * Entries of `[...]` / `array(...)`: `'k' => v` has a key, a list element has none. Listed once per
 * node: checks ask for an entry's siblings from each entry (a 2,000-entry HTML entity map).
 */
export function arrayEntries(array: SyntaxNode): readonly ArrayEntry[] {
  return array.type === 'array_creation_expression' ? entriesListed(array) : [];
}

const entriesListed = readOnce((array: SyntaxNode): readonly ArrayEntry[] =>
  named(array)
    .filter((child) => child.type === 'array_element_initializer')
    .flatMap((element) => {
      const parts = named(element);
      const hasKey = allChildren(element).some((child) => child.type === '=>');
      const value = parts[parts.length - 1];
      if (!value || value.type === 'variadic_unpacking') return [];
      return [{ element, value, ...(hasKey && parts.length >= 2 ? { key: parts[0]! } : {}) }];
    }),
);

/**
 * A connection or settings block for the test run only, by its key: Laravel's `'mysql_testing' => [...]` and
 * `'testing' => [...]` connections (phpunit.xml picks them), `'sqlite_test'`, `'test_db'`.
 */
const TEST_STAGE_KEY = /^(?:test|tests|testing)$|^[a-z0-9]+[-_](?:test|tests|testing)$|^(?:test|testing)[-_][a-z0-9]+$/i;

/**
 * Whether the file may hold such a block: a quoted key of TEST_STAGE_KEY's shape. Climbing from every string is for
 * those files only (the checks ask for each literal they read).
 */
export function mayHaveTestStageEntry(text: string): boolean {
  return /['"](?:[a-z0-9]+[-_])?(?:test|tests|testing)(?:[-_][a-z0-9]+)?['"]/i.test(text);
}

/** Whether the node sits in an array entry whose key names a test-only block (TEST_STAGE_KEY). */
export function inTestStageEntry(node: SyntaxNode, parents?: Parents): boolean {
  return ancestors(node, parents).some((ancestor) => {
    if (ancestor.type !== 'array_element_initializer' || !allChildren(ancestor).some((child) => child.type === '=>')) return false;
    const key = stringValue(named(ancestor)[0]);
    return key !== undefined && TEST_STAGE_KEY.test(key);
  });
}

/** The value under string key `key` of an array literal. */
export function arrayValue(array: SyntaxNode | null | undefined, key: string): SyntaxNode | undefined {
  if (!array) return undefined;
  return arrayEntries(unparen(array)).find((entry) => entry.key && stringValue(entry.key) === key)?.value;
}

const ENV_FUNCTIONS = new Set(['env', 'getenv']);
const ENV_ARRAYS = new Set(['_ENV', '_SERVER']);

/** `env('X')`, `getenv('X')`, `$_ENV['X']`, `$_SERVER['X']`, `Env::get('X')`, `App::env('X')`: the variable read. */
export function envReadName(node: SyntaxNode): string | undefined {
  const target = unparen(node);
  if (target.type === 'subscript_expression') {
    const [array, index] = named(target);
    const base = array?.type === 'variable_name' ? named(array)[0]?.text : undefined;
    return base !== undefined && ENV_ARRAYS.has(base) && index ? stringValue(index) : undefined;
  }
  const call = callOf(target);
  if (!call) return undefined;
  const isRead =
    (call.kind === 'function' && ENV_FUNCTIONS.has(call.name.toLowerCase())) ||
    (call.kind === 'static' && call.scope === 'Env' && call.name === 'get') ||
    // Craft's `App::env('X')`, Statamic/October `Env::env`, a framework's `Config::env`: a static `env` reads one too.
    (call.kind === 'static' && call.name.toLowerCase() === 'env');
  const first = isRead ? argumentAt(call, 0) : undefined;
  return first ? stringValue(first) : undefined;
}

/** `use A\B\C as D;`: local name -> last segment of the imported class (`D` -> `C`). */
export function useAliases(root: SyntaxNode): Map<string, string> {
  const aliases = new Map<string, string>();
  walkTree(root, (node) => {
    if (node.type === 'namespace_use_clause') {
      const imported = lastSegment(named(node).find((child) => child.type === 'qualified_name' || child.type === 'name'));
      const alias = node.childForFieldName('alias')?.text;
      if (imported !== undefined && alias !== undefined) aliases.set(alias, imported);
      return false;
    }
    // `use` clauses sit at the top level or in namespace blocks, never inside functions.
    return !['function_definition', 'method_declaration', 'class_declaration', 'expression_statement'].includes(node.type);
  });
  return aliases;
}

/** `class X extends Y`: Y's last segment. */
export function baseClassName(classNode: SyntaxNode): string | undefined {
  const base = named(classNode).find((child) => child.type === 'base_clause');
  return lastSegment(named(base)[0]);
}

/** The array a PHP config file returns (`return [...];` at the top level). */
export function returnedArray(root: SyntaxNode): SyntaxNode | undefined {
  for (const statement of named(root)) {
    if (statement.type !== 'return_statement') continue;
    const value = named(statement)[0];
    if (value && unparen(value).type === 'array_creation_expression') return unparen(value);
  }
  return undefined;
}
