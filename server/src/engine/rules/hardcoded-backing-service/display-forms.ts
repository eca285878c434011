// Forms of a value that are shown, never connected to. What a stringification method returns is how an
// object prints, in logs, a profiler or a debug page (and a value under a key such as `placeholder` is a
// hint a form shows, shown-keys.ts): Symfony Mailer's sendmail transport is `smtp://sendmail` in
// `__toString`, an in-memory queue prints as `redis://memory`. One reading for every language.
import ts from 'typescript';
import { propertyName } from '../../languages/ts-ast';
import type { SyntaxNode } from '../../languages/treeSitter';
import { isShownUnderKey, isShownUnderKeyTs } from './shown-keys';

/** Stringification methods by name: PHP, Python, Ruby, Go (fmt's Stringer and GoStringer), JS/TS, Java and Kotlin. */
const DISPLAY_METHODS: ReadonlySet<string> = new Set(['__toString', '__str__', '__repr__', 'to_s', 'inspect', 'String', 'GoString', 'toString']);
/** JS/TS computed names that print an object: `get [Symbol.toStringTag]()`, `[util.inspect.custom]()`. */
const DISPLAY_SYMBOLS: ReadonlySet<string> = new Set(['Symbol.toStringTag', 'Symbol.toPrimitive', 'inspect.custom', 'util.inspect.custom']);

/** What a returned literal may sit in and still be the returned value: parentheses, a `+`, a ternary, Go's result list, Ruby's `return` arguments. */
const VALUE_WRAPPERS: ReadonlySet<string> = new Set([
  'parenthesized_expression', 'binary_expression', 'conditional_expression', 'ternary_expression', 'conditional', 'expression_list', 'argument_list',
]);
const RETURNS: ReadonlySet<string> = new Set(['return_statement', 'jump_expression', 'return']);
/** Functions a `return` belongs to; a Ruby block is not one (its `return` leaves the method). */
const FUNCTIONS: ReadonlySet<string> = new Set([
  'function_definition', 'lambda', 'method_declaration', 'function_declaration', 'func_literal', 'method', 'singleton_method',
  'anonymous_function', 'anonymous_function_creation_expression', 'arrow_function', 'lambda_literal', 'lambda_expression',
]);
const MAX_CLIMB = 64;

/**
 * Whether a tree-sitter literal is shown: under a key that shows it, or the value a stringification method returns: after `return`, or as
 * the method's whole body (Kotlin's `= "…"`, Ruby's last expression or endless `def to_s = "…"`).
 * `parentOf` for trees indexed without parents (java.ts indexStrings).
 */
export function isDisplayForm(literal: SyntaxNode, parentOf: (node: SyntaxNode) => SyntaxNode | null = (node) => node.parent): boolean {
  if (isShownUnderKey(literal, parentOf)) return true;
  let node = literal;
  let parent = parentOf(node);
  for (let depth = 0; parent && VALUE_WRAPPERS.has(parent.type) && depth < MAX_CLIMB; depth++) [node, parent] = [parent, parentOf(parent)];
  if (!parent) return false;
  if (RETURNS.has(parent.type)) return isDisplayMethod(enclosingFunction(parent, parentOf));
  if (parent.type === 'function_body' || parent.type === 'method') return isDisplayMethod(parent.type === 'method' ? parent : parentOf(parent));
  return parent.type === 'body_statement' && lastStatement(parent)?.id === node.id && isDisplayMethod(parentOf(parent));
}

/** A Ruby body's value is its last expression; a comment after it is none. */
function lastStatement(body: SyntaxNode): SyntaxNode | undefined {
  return body.namedChildren.filter((child) => child?.type !== 'comment').at(-1) ?? undefined;
}

function enclosingFunction(node: SyntaxNode, parentOf: (node: SyntaxNode) => SyntaxNode | null): SyntaxNode | null {
  let current = parentOf(node);
  for (let depth = 0; current && !FUNCTIONS.has(current.type) && depth < MAX_CLIMB; depth++) current = parentOf(current);
  return current;
}

function isDisplayMethod(fn: SyntaxNode | null | undefined): boolean {
  if (!fn || !FUNCTIONS.has(fn.type)) return false;
  // Kotlin's grammar names no field: the function's name is its simple_identifier.
  const name = fn.childForFieldName('name') ?? fn.namedChildren.find((child) => child?.type === 'simple_identifier');
  return DISPLAY_METHODS.has(name?.text ?? '');
}

/**
 * The same for JS/TS: `toString() { return 'mongodb://memory'; }`, `toString: () => 'amqp://null'`,
 * `get [Symbol.toStringTag]() { return '…'; }`.
 */
export function isDisplayFormTs(literal: ts.Node): boolean {
  if (isShownUnderKeyTs(literal)) return true;
  let node = literal;
  while (ts.isParenthesizedExpression(node.parent) || ts.isConditionalExpression(node.parent) || ts.isBinaryExpression(node.parent) || ts.isTemplateSpan(node.parent)) node = node.parent;
  const parent = node.parent;
  let fn: ts.Node | undefined;
  if (ts.isReturnStatement(parent)) {
    for (fn = parent.parent; fn && !ts.isFunctionLike(fn); fn = fn.parent);
  } else if (ts.isArrowFunction(parent) && parent.body === node) fn = parent;
  return !!fn && isDisplayName(functionName(fn));
}

/** A method's name, or the property or variable a function expression is assigned to. */
function functionName(fn: ts.Node): ts.PropertyName | ts.BindingName | undefined {
  if ((ts.isMethodDeclaration(fn) || ts.isGetAccessorDeclaration(fn) || ts.isFunctionDeclaration(fn)) && fn.name) return fn.name;
  const holder = fn.parent;
  if (holder && (ts.isPropertyAssignment(holder) || ts.isPropertyDeclaration(holder) || ts.isVariableDeclaration(holder))) return holder.name;
  return undefined;
}

function isDisplayName(name: ts.PropertyName | ts.BindingName | undefined): boolean {
  if (!name) return false;
  if (ts.isComputedPropertyName(name)) return DISPLAY_SYMBOLS.has(name.expression.getText());
  return DISPLAY_METHODS.has(propertyName(name) ?? '');
}
