// Readers of Go syntax trees (tree-sitter-go), shared by the Go checks: string values, call
// names, imports, enclosing functions (where a local got its value: locals.ts).
import { canonicalGoName } from './go-import-aliases';
import { walkTree, type SyntaxNode } from './treeSitter';

export const GO_STRING_TYPES: readonly string[] = ['interpreted_string_literal', 'raw_string_literal'];

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', "'": "'", '"': '"',
};

/** Named children without the nulls web-tree-sitter's typing allows. */
export function named(node: SyntaxNode | null | undefined): SyntaxNode[] {
  return (node?.namedChildren ?? []).filter((child): child is SyntaxNode => child !== null);
}

export function isGoString(node: SyntaxNode | null | undefined): node is SyntaxNode {
  return node !== null && node !== undefined && GO_STRING_TYPES.includes(node.type);
}

/** The value of a Go string literal (escapes decoded; raw strings lose their `\r`s as the compiler does). */
export function goStringValue(node: SyntaxNode | null | undefined): string | undefined {
  if (!isGoString(node)) return undefined;
  const body = node.text.slice(1, -1);
  if (node.type === 'raw_string_literal') return body.replace(/\r/g, '');
  return body.replace(/\\(?:([abfnrtv\\'"])|x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|([0-7]{3}))/g, (whole, simple: string | undefined, hex?: string, u4?: string, u8?: string, octal?: string) => {
    if (simple) return SIMPLE_ESCAPES[simple] ?? whole;
    const code = parseInt(hex ?? u4 ?? u8 ?? octal ?? '', hex || u4 || u8 ? 16 : 8);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** `os.Getenv`, `db.AutoMigrate`, `getEnv`, `a.b.c`; undefined for anything but identifiers and selectors. */
export function dottedGoName(node: SyntaxNode | null | undefined): string | undefined {
  const fields: string[] = [];
  // Iterative: a generated `a.b.c...` chain thousands deep must not overflow the stack.
  for (let current = node; current; ) {
    if (NAME_TYPES.has(current.type)) return [current.text, ...fields.reverse()].join('.');
    if (current.type === 'parenthesized_expression') current = named(current)[0];
    else if (current.type === 'selector_expression') {
      const field = current.childForFieldName('field')?.text;
      if (field === undefined) return undefined;
      fields.push(field);
      current = current.childForFieldName('operand');
    } else if (current.type === 'qualified_type') {
      const pkg = current.childForFieldName('package')?.text;
      const name = current.childForFieldName('name')?.text;
      return pkg === undefined || name === undefined ? undefined : [pkg, name, ...fields.reverse()].join('.');
    } else return undefined;
  }
  return undefined;
}

const NAME_TYPES = new Set(['identifier', 'field_identifier', 'package_identifier', 'type_identifier']);

/** The called function's dotted name, for a call_expression. */
export function callName(call: SyntaxNode): string | undefined {
  return call.type === 'call_expression' ? dottedGoName(call.childForFieldName('function')) : undefined;
}

export function callArguments(call: SyntaxNode): SyntaxNode[] {
  return named(call.childForFieldName('arguments')).filter((child) => child.type !== 'comment');
}

export function lastSegment(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

/** The package name a path is imported under by default: `.../migrate/v4` -> migrate, `lumberjack.v2` -> lumberjack. */
export function defaultPackageName(path: string): string {
  const segments = path.split('/');
  let last = segments[segments.length - 1] ?? '';
  if (/^v\d+$/.test(last) && segments.length > 1) last = segments[segments.length - 2] ?? last;
  return last.replace(/\.v\d+$/, '').replace(/^go-/, '').replace(/[-.]go$/, '').replace(/[^A-Za-z0-9_]/g, '_');
}

/** Local package name -> import path, for every import of the file (blank and dot imports left out). */
export function goImports(root: SyntaxNode): Map<string, string> {
  const imports = new Map<string, string>();
  for (const declaration of named(root)) {
    if (declaration.type !== 'import_declaration') continue;
    walkTree(declaration, (node) => {
      if (node.type !== 'import_spec') return true;
      const path = goStringValue(node.childForFieldName('path'));
      const alias = node.childForFieldName('name')?.text;
      if (path !== undefined && alias !== '_' && alias !== '.') imports.set(alias ?? defaultPackageName(path), path);
      return false;
    });
  }
  return imports;
}

/** `sessions.NewFilesystemStore` -> `github.com/gorilla/sessions.NewFilesystemStore` when `sessions` is an import (a second path of a package read as its first: go-import-aliases.ts). */
export function qualifiedName(name: string | undefined, imports: ReadonlyMap<string, string>): string | undefined {
  if (name === undefined) return undefined;
  const dot = name.indexOf('.');
  if (dot < 0) return name;
  const path = imports.get(name.slice(0, dot));
  return path === undefined ? name : canonicalGoName(path, name.slice(dot));
}

/** Whether any import path equals one of `paths` or sits below it (`go.uber.org/zap` covers `go.uber.org/zap/zapcore`). */
export function importsAny(imports: ReadonlyMap<string, string>, paths: readonly string[]): boolean {
  for (const path of imports.values()) {
    const bare = path.replace(/\/v\d+$/, '');
    if (paths.some((wanted) => bare === wanted || bare.startsWith(`${wanted}/`))) return true;
  }
  return false;
}

export const FUNCTION_TYPES: readonly string[] = ['function_declaration', 'method_declaration', 'func_literal'];

/** The innermost function (declaration, method or literal) around `node`. */
export function enclosingFunction(node: SyntaxNode): SyntaxNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (FUNCTION_TYPES.includes(current.type)) return current;
  }
  return undefined;
}

export function packageName(root: SyntaxNode): string | undefined {
  const clause = named(root).find((child) => child.type === 'package_clause');
  return named(clause)[0]?.text;
}

export function isGoTestFile(path: string): boolean {
  return /_test\.go$/.test(path);
}

/** The parameters of a function (declaration, method or literal), as `name -> type text`. */
export function parameterTypes(fn: SyntaxNode): Map<string, string> {
  const types = new Map<string, string>();
  for (const declaration of named(fn.childForFieldName('parameters'))) {
    const type = declaration.childForFieldName('type')?.text.replace(/\s+/g, '');
    if (type === undefined) continue;
    const names = named(declaration).filter((child) => child.type === 'identifier');
    for (const name of names) types.set(name.text, type);
    if (names.length === 0) types.set(`_${types.size}`, type);
  }
  return types;
}

/** Skips parentheses, `&x` and `*x`. */
export function unwrapGo(node: SyntaxNode): SyntaxNode {
  let current = node;
  for (;;) {
    if (current.type === 'parenthesized_expression' && named(current)[0]) current = named(current)[0]!;
    else if (current.type === 'unary_expression' && /^[&*]/.test(current.text) && current.childForFieldName('operand')) {
      current = current.childForFieldName('operand')!;
    } else return current;
  }
}
