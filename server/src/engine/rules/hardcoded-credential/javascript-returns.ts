// A function that only returns a literal: its name says what the literal is (target.ts getterTarget), as in Java,
// PHP, Go and Python: `get webhookSecret() { return '…' }`, `function getApiKey() { return '…' }`,
// `const partnerToken = () => '…'`.
import ts from 'typescript';
import { propertyName } from '../../languages/ts-ast';
import { getterTarget, type Target } from './target';

/**
 * `return '…'` as the only statement of a function that takes nothing, or such an arrow function's expression body.
 * A body that does more (branches, lookups), or parameters, make the value depend on them: not one value its name says.
 */
export function returnedTarget(parent: ts.Node, node: ts.Node): Target | undefined {
  if (ts.isArrowFunction(parent) && parent.body === node) return gettersTarget(parent);
  if (!ts.isReturnStatement(parent) || parent.expression !== node) return undefined;
  const block = parent.parent;
  if (!ts.isBlock(block) || block.statements.length !== 1 || !ts.isFunctionLike(block.parent)) return undefined;
  return gettersTarget(block.parent);
}

function gettersTarget(fn: ts.SignatureDeclaration): Target | undefined {
  return fn.parameters.length === 0 ? getterTarget(functionName(fn)) : undefined;
}

/** The function's own name, or the name it is bound to: `const f = () => …`, `{ f: function () { … } }`. */
function functionName(fn: ts.SignatureDeclaration): string | undefined {
  if (ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn) || ts.isGetAccessorDeclaration(fn) || ts.isFunctionExpression(fn)) {
    const own = fn.name ? propertyName(fn.name) : undefined;
    if (own !== undefined) return own;
  }
  const holder = fn.parent;
  if ((ts.isVariableDeclaration(holder) || ts.isPropertyAssignment(holder) || ts.isPropertyDeclaration(holder)) && holder.initializer === fn) {
    return propertyName(holder.name);
  }
  return undefined;
}
