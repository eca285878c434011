// Small, shared readers over the TypeScript syntax tree. Rules read structure through these
// rather than matching text, so `winston.transports.File`, `new (require('winston').transports.File)`
// and an imported alias all look the same to them where it matters.
import ts from 'typescript';
import type { Span } from '../types';

/**
 * Visits every node depth-first; return false from `visit` to skip a node's children. A whole
 * file is walked by a dozen checks: its nodes are listed once (pre-order, with where each subtree
 * ends) and every later walk of it is a loop over that list.
 */
export function walk(node: ts.Node, visit: (node: ts.Node) => boolean | void): void {
  if (!ts.isSourceFile(node)) return walkTree(node, visit);
  const { nodes, ends } = flatten(node);
  for (let index = 0; index < nodes.length; ) index = visit(nodes[index]!) === false ? ends[index]! : index + 1;
}

/** Whether `node` or a node inside it passes `test`; stops at the first that does. */
export function containsNode(node: ts.Node, test: (node: ts.Node) => boolean): boolean {
  return test(node) || ts.forEachChild(node, (child) => (containsNode(child, test) ? true : undefined)) === true;
}

/** The innermost node whose text covers `offset`. */
export function innermostAt(source: ts.SourceFile, offset: number): ts.Node {
  let found: ts.Node = source;
  const visitNode = (node: ts.Node): void => {
    if (node.getStart(source) <= offset && offset < node.end) {
      found = node;
      ts.forEachChild(node, visitNode);
    }
  };
  ts.forEachChild(source, visitNode);
  return found;
}

/** A set of syntax kinds, as walkKinds takes it: built once per check, tested per node without touching the node. */
export function syntaxKinds(...kinds: ts.SyntaxKind[]): Uint8Array {
  const set = new Uint8Array(ts.SyntaxKind.Count);
  for (const kind of kinds) set[kind] = 1;
  return set;
}

/** Kind sets many checks walk by. */
export const IDENTIFIERS = syntaxKinds(ts.SyntaxKind.Identifier);
export const CALLS = syntaxKinds(ts.SyntaxKind.CallExpression);
export const NEW_EXPRESSIONS = syntaxKinds(ts.SyntaxKind.NewExpression);
export const VARIABLE_DECLARATIONS = syntaxKinds(ts.SyntaxKind.VariableDeclaration);

/**
 * Visits, in pre-order, only the nodes of `kinds` (syntaxKinds). Reading `kind` off a node costs a
 * lookup over the compiler's many node shapes; a file's kinds are read once, into its node list,
 * so a check that wants a few kinds (string literals) skips the others' thousands of lookups.
 */
export function walkKinds(source: ts.SourceFile, kinds: Uint8Array, visit: (node: ts.Node) => void): void {
  const { nodes, kindsOf } = flatten(source);
  for (let index = 0; index < nodes.length; index++) if (kinds[kindsOf[index]!] === 1) visit(nodes[index]!);
}

/** A file's nodes in pre-order, each one's kind, and the index just past each one's subtree. */
interface FlatNodes {
  nodes: ts.Node[];
  kindsOf: Uint16Array;
  ends: Int32Array;
}

/** Each file's node list, dropped with the file. */
const flattened = new WeakMap<ts.SourceFile, FlatNodes>();

/**
 * Lists a file parsed without parent pointers and sets them on the way: the compiler's own pass
 * that sets them (createSourceFile's setParentNodes) is a second walk over every node, about a
 * third of a parse, and this list is built anyway. Gives the same parents as the compiler
 * (test/unit/ts-parents.test.ts); a file parsed without JSDoc has no JSDoc nodes to bind.
 */
export function setParentsOf(source: ts.SourceFile): void {
  if (!flattened.has(source)) flattened.set(source, list(source, true));
}

function flatten(source: ts.SourceFile): FlatNodes {
  const cached = flattened.get(source);
  if (cached) return cached;
  const before = listedBefore.get(source);
  listedBefore.delete(source);
  const flat = before ? listReusing(source, before) : list(source, false);
  flattened.set(source, flat);
  return flat;
}

/** An incremental reparse's new file, and the node list of the file it was made from. */
const listedBefore = new WeakMap<ts.SourceFile, FlatNodes>();

/**
 * Called with a file and the one an incremental reparse made of it (updateTypeScript): the new file's
 * list can copy the old one's entries for every top-level statement the reparse kept. The compiler
 * reuses such a statement whole (only its positions move, on the nodes themselves), so its subtree
 * lists as before; listing it again is most of the work a small edit leaves after the reparse.
 */
export function rememberListFor(next: ts.SourceFile, previous: ts.SourceFile): void {
  const old = flattened.get(previous);
  if (old && next !== previous) listedBefore.set(next, old);
}

function listReusing(source: ts.SourceFile, old: FlatNodes): FlatNodes {
  // The old root's children, each with where its entries start: they follow one another in the list.
  const startOf = new Map<ts.Node, number>();
  for (let index = 1; index < old.nodes.length; index = old.ends[index]!) startOf.set(old.nodes[index]!, index);
  // Each child of the new root: a range of the old list it kept, or its own fresh list. Then one copy
  // into arrays of the final size (pushing entry by entry into growing arrays cost more than listing).
  const parts: Array<{ start: number; end: number } | NodeList> = [];
  let total = 1;
  ts.forEachChild(source, (child) => {
    const start = startOf.get(child);
    const part = start !== undefined ? { start, end: old.ends[start]! } : listInto(child, false, { nodes: [], kinds: [], ends: [] });
    parts.push(part);
    total += 'start' in part ? part.end - part.start : part.nodes.length;
  });
  const nodes = new Array<ts.Node>(total);
  const kindsOf = new Uint16Array(total);
  const ends = new Int32Array(total);
  nodes[0] = source;
  kindsOf[0] = source.kind;
  ends[0] = total;
  let at = 1;
  for (const part of parts) {
    if ('start' in part) {
      const shift = at - part.start;
      kindsOf.set(old.kindsOf.subarray(part.start, part.end), at);
      for (let index = part.start; index < part.end; index++) {
        nodes[index + shift] = old.nodes[index]!;
        ends[index + shift] = old.ends[index]! + shift;
      }
      at += part.end - part.start;
    } else {
      for (let index = 0; index < part.nodes.length; index++) {
        nodes[at + index] = part.nodes[index]!;
        kindsOf[at + index] = part.kinds[index]!;
        ends[at + index] = part.ends[index]! + at;
      }
      at += part.nodes.length;
    }
  }
  return { nodes, kindsOf, ends };
}

interface NodeList {
  nodes: ts.Node[];
  kinds: number[];
  ends: number[];
}

function list(source: ts.SourceFile, setParents: boolean): FlatNodes {
  const out: NodeList = { nodes: [], kinds: [], ends: [] };
  listInto(source, setParents, out);
  return { nodes: out.nodes, kindsOf: Uint16Array.from(out.kinds), ends: Int32Array.from(out.ends) };
}

/** Appends `root`'s subtree in pre-order to `out`, each entry's end an index of `out`; gives `out`. */
function listInto(root: ts.Node, setParents: boolean, out: NodeList): NodeList {
  const { nodes, kinds, ends } = out;
  // Nodes to open, and (as ~index) subtrees to close once their children are listed.
  const stack: Array<ts.Node | number> = [root];
  const children: ts.Node[] = [];
  let parent: ts.Node = root;
  const collect = setParents
    ? (child: ts.Node): void => {
        (child as { parent: ts.Node }).parent = parent;
        children.push(child);
      }
    : (child: ts.Node): void => void children.push(child);
  while (stack.length > 0) {
    const top = stack.pop()!;
    if (typeof top === 'number') {
      ends[~top] = nodes.length;
      continue;
    }
    const index = nodes.length;
    nodes.push(top);
    kinds.push(top.kind);
    ends.push(0);
    stack.push(~index);
    parent = top;
    ts.forEachChild(top, collect);
    while (children.length > 0) stack.push(children.pop()!);
  }
  return out;
}

/** A subtree walk: an explicit stack, not recursion (a minified bundle's 3,000-term comma chain is 3,000 levels deep). */
function walkTree(node: ts.Node, visit: (node: ts.Node) => boolean | void): void {
  const stack: ts.Node[] = [node];
  const children: ts.Node[] = [];
  const collect = (child: ts.Node): void => void children.push(child);
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (visit(current) === false) continue;
    ts.forEachChild(current, collect);
    // Reversed onto the stack, so children are visited in source order, as recursion would.
    while (children.length > 0) stack.push(children.pop()!);
  }
}

/** The value of a string literal or a template literal without substitutions. */
export function stringValue(node: ts.Node | undefined): string | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return undefined;
}

export function isStringLike(node: ts.Node | undefined): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral {
  return !!node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node));
}

/** `a.b.c` for identifiers, property accesses, `this`, and calls' callees; undefined for anything else. */
export function dottedName(node: ts.Node): string | undefined {
  if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) return node.text;
  if (node.kind === ts.SyntaxKind.ThisKeyword) return 'this';
  if (ts.isPropertyAccessExpression(node)) {
    const left = dottedName(node.expression);
    return left === undefined ? undefined : `${left}.${node.name.text}`;
  }
  if (ts.isElementAccessExpression(node)) {
    const left = dottedName(node.expression);
    const key = stringValue(node.argumentExpression);
    return left === undefined || key === undefined ? undefined : `${left}.${key}`;
  }
  if (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node)) return dottedName(node.expression);
  if (ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) return dottedName(node.expression);
  if (ts.isCallExpression(node)) {
    const callee = dottedName(node.expression);
    return callee === undefined ? undefined : `${callee}()`;
  }
  return undefined;
}

/** The dotted name of what a call or `new` calls: `winston.transports.File`, `session`, `require('x').y`→`require().y`. */
export function calleeName(node: ts.CallExpression | ts.NewExpression): string | undefined {
  return dottedName(node.expression);
}

/** The last segment of a dotted name: `transports.File` -> `File`. */
export function lastSegment(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot >= 0 ? name.slice(dot + 1) : name;
}

/** The static name of a property, binding or member: `password`, `'api-key'`, `["token"]`. */
export function propertyName(name: ts.PropertyName | ts.BindingName | ts.MemberName | undefined): string | undefined {
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name)) return stringValue(name.expression);
  return undefined;
}

/** The initializer of `key` in an object literal (`{ key: value }`, `{ key }` gives the identifier). */
export function objectProperty(object: ts.ObjectLiteralExpression, key: string): ts.Expression | undefined {
  for (const property of object.properties) {
    if (ts.isPropertyAssignment(property) && propertyName(property.name) === key) return property.initializer;
    if (ts.isShorthandPropertyAssignment(property) && property.name.text === key) return property.name;
  }
  return undefined;
}

/** The property assignment node for `key`, to report or edit the whole `key: value`. */
export function objectPropertyNode(
  object: ts.ObjectLiteralExpression,
  key: string,
): ts.PropertyAssignment | ts.ShorthandPropertyAssignment | undefined {
  for (const property of object.properties) {
    if (ts.isPropertyAssignment(property) && propertyName(property.name) === key) return property;
    if (ts.isShorthandPropertyAssignment(property) && property.name.text === key) return property;
  }
  return undefined;
}

/** Strips parentheses, `as`, `satisfies`, `!` and `<T>` casts. */
export function unwrap(node: ts.Expression): ts.Expression {
  let current = node;
  for (;;) {
    if (ts.isParenthesizedExpression(current) || ts.isNonNullExpression(current)) current = current.expression;
    else if (ts.isAsExpression(current) || ts.isSatisfiesExpression(current) || ts.isTypeAssertionExpression(current))
      current = current.expression;
    else return current;
  }
}

/**
 * Local names bound to modules: `const w = require('winston')`, `import w from 'winston'`,
 * `import * as w from`, `import { File } from` (maps File -> 'winston.File').
 * Values are the module name, with the imported member appended for named imports.
 */
export function moduleBindings(source: ts.SourceFile): Map<string, string> {
  const bindings = new Map<string, string>();
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const module = statement.moduleSpecifier.text;
      const clause = statement.importClause;
      if (!clause) continue;
      if (clause.name) bindings.set(clause.name.text, module);
      const named = clause.namedBindings;
      if (named && ts.isNamespaceImport(named)) bindings.set(named.name.text, module);
      if (named && ts.isNamedImports(named)) {
        for (const element of named.elements) {
          const imported = (element.propertyName ?? element.name).text;
          bindings.set(element.name.text, imported === 'default' ? module : `${module}.${imported}`);
        }
      }
    } else if (ts.isImportEqualsDeclaration(statement) && ts.isExternalModuleReference(statement.moduleReference)) {
      const module = stringValue(statement.moduleReference.expression);
      if (module) bindings.set(statement.name.text, module);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) addRequireBinding(declaration, bindings);
    }
  }
  return bindings;
}

function addRequireBinding(declaration: ts.VariableDeclaration, bindings: Map<string, string>): void {
  const init = declaration.initializer && unwrap(declaration.initializer);
  if (!init) return;
  const module = requiredModule(init);
  if (module === undefined) return;
  if (ts.isIdentifier(declaration.name)) bindings.set(declaration.name.text, module.path);
  else if (ts.isObjectBindingPattern(declaration.name)) {
    for (const element of declaration.name.elements) {
      const imported = propertyName(element.propertyName ?? element.name);
      if (imported && ts.isIdentifier(element.name)) bindings.set(element.name.text, `${module.path}.${imported}`);
    }
  }
}

/** `require('x')`, `require('x').y.z`, `require('x')(...)` -> { path: 'x' | 'x.y.z' }. */
export function requiredModule(node: ts.Expression): { path: string } | undefined {
  if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'require') {
    const module = stringValue(node.arguments[0]);
    return module === undefined ? undefined : { path: module };
  }
  if (ts.isPropertyAccessExpression(node)) {
    const inner = requiredModule(unwrap(node.expression));
    return inner && { path: `${inner.path}.${node.name.text}` };
  }
  return undefined;
}

/**
 * The dotted name with its first segment resolved through module bindings:
 * with `const w = require('winston')`, `w.transports.File` -> `winston.transports.File`.
 */
export function resolvedName(node: ts.Node, bindings: ReadonlyMap<string, string>): string | undefined {
  const name = dottedName(node);
  if (name === undefined) return undefined;
  const dot = name.indexOf('.');
  const head = dot >= 0 ? name.slice(0, dot) : name;
  const module = bindings.get(head);
  if (module === undefined) return name;
  return dot >= 0 ? `${module}${name.slice(dot)}` : module;
}

/** The node's span without leading trivia. */
export function spanOf(node: ts.Node, source?: ts.SourceFile): Span {
  return { start: node.getStart(source), end: node.getEnd() };
}

/** `process.env.X`, `process.env['X']`, `import.meta.env.X`, `Deno.env.get('X')` -> 'X'. */
export function envReadName(node: ts.Node): string | undefined {
  const target = ts.isExpression(node) ? unwrap(node) : node;
  if (ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) {
    const object = dottedName(target.expression);
    if (object === 'process.env' || object === 'import.meta.env' || object === 'Bun.env') {
      return ts.isPropertyAccessExpression(target) ? target.name.text : stringValue(target.argumentExpression);
    }
  }
  if (ts.isCallExpression(target) && dottedName(target.expression) === 'Deno.env.get') return stringValue(target.arguments[0]);
  return undefined;
}

/** Whether the node sits at module level: not inside any function or class body. */
export function isModuleLevel(node: ts.Node): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (ts.isFunctionLike(parent) || ts.isClassLike(parent)) return false;
  }
  return true;
}

/** The innermost enclosing function-like node, if any. */
export function enclosingFunction(node: ts.Node): ts.SignatureDeclaration | undefined {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (ts.isFunctionLike(parent)) return parent;
  }
  return undefined;
}
