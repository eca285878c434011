// Readers over tree-sitter-python trees shared by the Python checks: string literals, dotted
// names, imports, calls, and where a statement runs (module level, which function).
import { walkTree, type SyntaxNode } from './treeSitter';

/** A string literal, read: its prefix, the raw text between the quotes, and its value when it has one. */
export interface PythonString {
  /** Lowercased prefix letters: '', 'r', 'b', 'f', 'rb', ... */
  prefix: string;
  /** Offset of the first character after the opening quotes. */
  contentStart: number;
  /** The source between the quotes, as written (escapes not decoded). */
  raw: string;
  /** The runtime value; undefined for f-strings with interpolations. */
  value: string | undefined;
}

/** Reads a `string` node; undefined for anything else. */
export function readString(node: SyntaxNode): PythonString | undefined {
  if (node.type !== 'string') return undefined;
  const open = node.firstChild;
  const close = node.lastChild;
  if (open?.type !== 'string_start' || close?.type !== 'string_end') return undefined;
  const prefix = /^[A-Za-z]*/.exec(open.text)?.[0].toLowerCase() ?? '';
  const raw = node.text.slice(open.endIndex - node.startIndex, close.startIndex - node.startIndex);
  const interpolated = node.namedChildren.some((child) => child?.type === 'interpolation');
  const value = interpolated ? undefined : prefix.includes('r') ? raw : decodeEscapes(raw);
  return { prefix, contentStart: open.endIndex, raw, value };
}

/** The value of a string or an implicit concatenation of strings (`'a' 'b'`); undefined when any part is interpolated. */
export function stringValue(node: SyntaxNode | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'string') return readString(node)?.value;
  if (node.type !== 'concatenated_string') return undefined;
  let value = '';
  for (const part of node.namedChildren) {
    const text = part ? stringValue(part) : undefined;
    if (text === undefined) return undefined;
    value += text;
  }
  return value;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

/** Python's escapes; unknown ones keep their backslash, as Python does. */
function decodeEscapes(raw: string): string {
  if (!raw.includes('\\')) return raw;
  return raw.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|[\s\S])/g, (match, escape: string) => {
    const simple = SIMPLE_ESCAPES[escape];
    if (simple !== undefined) return simple;
    // A lone `\U` (no hex digits) or one past U+10FFFF is not a code point: Python rejects it; keep it as written.
    if (/^[xuU][0-9a-fA-F]+$/.test(escape)) {
      const codePoint = parseInt(escape.slice(1), 16);
      return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : match;
    }
    if (/^[0-7]+$/.test(escape)) return String.fromCharCode(parseInt(escape, 8));
    return match;
  });
}

const MAX_SEGMENTS = 32;

/** `a`, `a.b.c`; undefined for calls, subscripts and the like (and for absurdly long chains). */
export function dottedName(node: SyntaxNode | null | undefined): string | undefined {
  const segments: string[] = [];
  let current = node;
  // Iterative and bounded: no name we look for is longer, and a 100k-long chain must stay cheap.
  while (current?.type === 'attribute') {
    if (segments.length >= MAX_SEGMENTS) return undefined;
    const attribute = current.childForFieldName('attribute');
    if (!attribute) return undefined;
    segments.push(attribute.text);
    current = current.childForFieldName('object');
  }
  if (current?.type !== 'identifier') return undefined;
  segments.push(current.text);
  return segments.reverse().join('.');
}

/** Local name -> what it refers to: `import logging.handlers as lh` gives lh -> logging.handlers. */
export type Bindings = ReadonlyMap<string, string>;

/** The module's imports (anywhere in the file: imports inside functions count too). */
export function importBindings(root: SyntaxNode): Bindings {
  const bindings = new Map<string, string>();
  walkTree(root, (node) => {
    if (node.type === 'import_statement') {
      for (const name of node.childrenForFieldName('name')) addImport(bindings, name, undefined);
      return false;
    }
    if (node.type === 'import_from_statement') {
      const module = node.childForFieldName('module_name');
      if (module?.type !== 'dotted_name') return false;
      for (const name of node.childrenForFieldName('name')) addImport(bindings, name, module.text);
      return false;
    }
    return node.type === 'module' || isBlockLike(node);
  });
  return bindings;
}

function addImport(bindings: Map<string, string>, name: SyntaxNode | null, from: string | undefined): void {
  if (!name) return;
  const aliased = name.type === 'aliased_import';
  const path = (aliased ? name.childForFieldName('name') : name)?.text;
  if (path === undefined) return;
  const full = from === undefined ? path : `${from}.${path}`;
  if (aliased) {
    const alias = name.childForFieldName('alias')?.text;
    if (alias !== undefined) bindings.set(alias, full);
  } else if (from === undefined) {
    // `import logging.handlers` binds `logging`, and `logging.handlers.X` then resolves as written.
    const first = path.split('.')[0] ?? path;
    bindings.set(first, first);
  } else bindings.set(path, full);
}

/** Statements and blocks an import can sit in (not expressions: nothing to find there). */
function isBlockLike(node: SyntaxNode): boolean {
  return /statement$|definition$|block$|clause$/.test(node.type) || node.type === 'decorated_definition';
}

/** `lh.RotatingFileHandler` -> `logging.handlers.RotatingFileHandler` through the imports. */
export function resolvedName(node: SyntaxNode | null | undefined, bindings: Bindings): string | undefined {
  const name = dottedName(node);
  if (name === undefined) return undefined;
  const dot = name.indexOf('.');
  const first = dot < 0 ? name : name.slice(0, dot);
  const bound = bindings.get(first);
  return bound === undefined ? name : bound + name.slice(first.length);
}

export function lastSegment(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

/** The call's keyword argument `name=`'s value. */
export function keywordArgument(call: SyntaxNode, name: string): SyntaxNode | undefined {
  for (const argument of call.childForFieldName('arguments')?.namedChildren ?? []) {
    if (argument?.type === 'keyword_argument' && argument.childForFieldName('name')?.text === name) {
      return argument.childForFieldName('value') ?? undefined;
    }
  }
  return undefined;
}

/** The call's positional arguments, in order (not `*args`, `**kwargs` or keywords). */
export function positionalArguments(call: SyntaxNode): SyntaxNode[] {
  const list = call.childForFieldName('arguments');
  if (list?.type !== 'argument_list') return [];
  return list.namedChildren.filter((argument): argument is SyntaxNode => !!argument && isPositional(argument));
}

function isPositional(argument: SyntaxNode): boolean {
  return !['keyword_argument', 'list_splat', 'dictionary_splat', 'comment', 'parenthesized_list_splat'].includes(argument.type);
}

/** Parentheses around a value: `('x')`. */
export function unwrapParentheses(node: SyntaxNode): SyntaxNode {
  let current = node;
  while (current.type === 'parenthesized_expression' && current.namedChildCount === 1 && current.namedChild(0)) current = current.namedChild(0)!;
  return current;
}

/** The innermost function (def or lambda) around `node`. */
export function enclosingFunction(node: SyntaxNode): SyntaxNode | undefined {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (parent.type === 'function_definition' || parent.type === 'lambda') return parent;
  }
  return undefined;
}

/** Runs when the module is imported: not inside a def, lambda or class body. */
export function isModuleLevel(node: SyntaxNode): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (parent.type === 'function_definition' || parent.type === 'lambda' || parent.type === 'class_definition') return false;
  }
  return true;
}

/** The decorator expressions of a function (without the `@`). */
export function decoratorsOf(fn: SyntaxNode): SyntaxNode[] {
  const decorated = fn.parent?.type === 'decorated_definition' ? fn.parent : undefined;
  if (!decorated) return [];
  return decorated.namedChildren
    .filter((child): child is SyntaxNode => child?.type === 'decorator')
    .map((decorator) => decorator.namedChild(0))
    .filter((expression): expression is SyntaxNode => !!expression);
}

/** Parameter names of a function, in order (`self`, `request`, `*args` as `args`). */
export function parameterNames(fn: SyntaxNode): string[] {
  const names: string[] = [];
  for (const parameter of fn.childForFieldName('parameters')?.namedChildren ?? []) {
    if (!parameter) continue;
    const name = parameter.type === 'identifier' ? parameter : (parameter.childForFieldName('name') ?? parameter.namedChild(0));
    if (name?.type === 'identifier') names.push(name.text);
  }
  return names;
}

/** The class a function is a method of. */
export function enclosingClass(fn: SyntaxNode): SyntaxNode | undefined {
  const holder = fn.parent?.type === 'decorated_definition' ? fn.parent : fn;
  const block = holder.parent;
  return block?.type === 'block' && block.parent?.type === 'class_definition' ? block.parent : undefined;
}

/** The dotted names of a class's bases: `class Config(AppConfig)` -> ['AppConfig']. */
export function baseClassNames(cls: SyntaxNode): string[] {
  const names: string[] = [];
  for (const base of cls.childForFieldName('superclasses')?.namedChildren ?? []) {
    const name = dottedName(base);
    if (name !== undefined) names.push(name);
  }
  return names;
}

/** A bare string statement: a docstring, or a string used as a comment. */
export function isDocstring(node: SyntaxNode): boolean {
  const parent = node.parent;
  return parent?.type === 'expression_statement' && parent.namedChildCount === 1;
}

/** Test code by where it lives or what it is called: tests/, test_x.py, x_test.py, conftest.py, settings/test.py. */
export function isPythonTestPath(path: string): boolean {
  const segments = path.toLowerCase().split('/').filter((segment) => segment.length > 0);
  const file = segments.pop() ?? '';
  if (segments.some((segment) => segment === 'tests' || segment === 'test' || segment === 'testing')) return true;
  return file === 'conftest.py' || /^tests?(?:_.*)?\.py$/.test(file) || /_tests?\.py$/.test(file);
}
