// The edits of the move-to-script fix: take the migration call off the start path, either by
// removing its whole statement line or by replacing `migration().then(() => { body })` with body.
// Anything less clear-cut gets no fix: a fix must leave code that parses and still type-checks.
import ts from 'typescript';
import type { OffsetEdit, Span } from '../../types';
import type { FileFacts } from './javascript-facts';
import { importRemovalEdits, wholeLines } from './javascript-fix-imports';

/** Edits that take `call` out of this file, or undefined when no safe shape applies. */
export function removalEdits(call: ts.CallExpression, facts: FileFacts, text: string): OffsetEdit[] | undefined {
  if (call.arguments.some((argument) => ts.isFunctionLike(argument))) return undefined;
  const statement = standaloneStatement(call);
  if (statement) {
    const span = wholeLines(statement, text);
    return span && withImports([{ span, text: '' }], statement, facts, text);
  }
  const chain = thenChain(call);
  if (!chain) return undefined;
  const span = wholeLines(chain.statement, text);
  if (!span) return undefined;
  const body = unwrappedBody(chain.callback, chain.statement, facts, text, span);
  return body === undefined ? undefined : withImports([{ span, text: body }], call, facts, text);
}

/** `migration();` or `await migration();`, directly in a block or at module level. */
function standaloneStatement(call: ts.CallExpression): ts.ExpressionStatement | undefined {
  const outer = ts.isAwaitExpression(call.parent) ? call.parent : call;
  const statement = outer.parent;
  return ts.isExpressionStatement(statement) && isInBlock(statement) ? statement : undefined;
}

interface ThenChain {
  statement: ts.ExpressionStatement;
  callback: ts.ArrowFunction | ts.FunctionExpression;
}

/** `migration().then(() => { ... });` with nothing chained after the `.then`. */
function thenChain(call: ts.CallExpression): ThenChain | undefined {
  const access = call.parent;
  if (!ts.isPropertyAccessExpression(access) || access.name.text !== 'then') return undefined;
  const thenCall = access.parent;
  if (!ts.isCallExpression(thenCall) || thenCall.expression !== access || thenCall.arguments.length !== 1) return undefined;
  const statement = thenCall.parent;
  const callback = thenCall.arguments[0]!;
  if (!ts.isExpressionStatement(statement) || !isInBlock(statement)) return undefined;
  if (!ts.isArrowFunction(callback) && !ts.isFunctionExpression(callback)) return undefined;
  return { statement, callback };
}

function isInBlock(statement: ts.Statement): boolean {
  return ts.isBlock(statement.parent) || ts.isSourceFile(statement.parent);
}

/**
 * The callback's body as statements in place of the chain, re-indented, or undefined when moving
 * it would change meaning: a used parameter, `async`, `return`, `this`, a clashing declaration,
 * a multi-line template literal (re-indenting would change its text).
 */
function unwrappedBody(
  callback: ts.ArrowFunction | ts.FunctionExpression,
  statement: ts.ExpressionStatement,
  facts: FileFacts,
  text: string,
  span: Span,
): string | undefined {
  if (callback.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.AsyncKeyword)) return undefined;
  if (ts.isFunctionExpression(callback) && callback.asteriskToken) return undefined;
  if (!callback.parameters.every((parameter) => ts.isIdentifier(parameter.name) && !usesName(callback.body, parameter.name.text)))
    return undefined;
  if (hasUnmovableCode(callback.body, ts.isFunctionExpression(callback))) return undefined;
  const indent = text.slice(span.start, statement.getStart());
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  if (!ts.isBlock(callback.body)) return `${indent}${callback.body.getText()};${newline}`;
  if (declaredNames(callback.body.statements).some((name) => declaredAround(statement, facts).has(name))) return undefined;
  const inner = text.slice(callback.body.getStart() + 1, callback.body.getEnd() - 1);
  const lines = inner.split(/\r?\n|\r/);
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  const margin = Math.min(...lines.filter((line) => line.trim() !== '').map((line) => line.length - line.trimStart().length));
  return lines.map((line) => (line.trim() === '' ? '' : indent + line.slice(margin).trimEnd()) + newline).join('');
}

function usesName(node: ts.Node, name: string): boolean {
  let used = false;
  const visit = (child: ts.Node): void => {
    if (ts.isIdentifier(child) && child.text === name) used = true;
    else if (!used) ts.forEachChild(child, visit);
  };
  visit(node);
  return used;
}

/** `return`, `yield`, `this`/`arguments` of a function expression, or a template literal spanning lines. */
function hasUnmovableCode(body: ts.Node, ownsThis: boolean): boolean {
  let found = false;
  // Inside a nested function only templates matter: it has its own `return` and `this`.
  const visit = (node: ts.Node, nested: boolean): void => {
    if (found) return;
    if ((ts.isTemplateExpression(node) || ts.isNoSubstitutionTemplateLiteral(node)) && /[\r\n]/.test(node.getText())) found = true;
    else if (!nested && (ts.isReturnStatement(node) || ts.isYieldExpression(node))) found = true;
    else if (!nested && ownsThis && (node.kind === ts.SyntaxKind.ThisKeyword || (ts.isIdentifier(node) && node.text === 'arguments')))
      found = true;
    else ts.forEachChild(node, (child) => visit(child, nested || ts.isFunctionLike(node) || ts.isClassLike(node)));
  };
  ts.forEachChild(body, (child) => visit(child, false));
  return found;
}

function declaredNames(statements: readonly ts.Statement[]): string[] {
  const names: string[] = [];
  const addBinding = (name: ts.BindingName): void => {
    if (ts.isIdentifier(name)) names.push(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) addBinding(element.name);
  };
  for (const statement of statements) {
    if (ts.isVariableStatement(statement)) statement.declarationList.declarations.forEach((declaration) => addBinding(declaration.name));
    else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) names.push(statement.name.text);
  }
  return names;
}

/** Names the statement's own scope declares, which the moved body must not redeclare. */
function declaredAround(statement: ts.Statement, facts: FileFacts): Set<string> {
  const container = statement.parent as ts.Block | ts.SourceFile;
  const names = new Set(declaredNames(container.statements));
  if (ts.isSourceFile(container)) for (const name of facts.importedFrom.keys()) names.add(name);
  const owner = container.parent;
  if (owner && ts.isFunctionLike(owner))
    for (const parameter of owner.parameters) if (ts.isIdentifier(parameter.name)) names.add(parameter.name.text);
  return names;
}

function withImports(edits: OffsetEdit[], removed: ts.Node, facts: FileFacts, text: string): OffsetEdit[] | undefined {
  const imports = importRemovalEdits(removed, facts, text);
  return imports && [...imports, ...edits];
}
