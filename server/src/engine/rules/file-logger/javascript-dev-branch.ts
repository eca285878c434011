// A logger set up only outside production: `if (process.env.NODE_ENV !== 'production') {
// logger.add(new transports.File(...)) }`, `NODE_ENV === 'development' ? fileStream : process.stdout`.
// The deployed app never writes that file, so Factor XI has nothing to say about it.
import ts from 'typescript';
import { envReadName, stringValue, unwrap } from '../../languages/ts-ast';

const PRODUCTION = new Set(['production', 'prod']);

/** Whether `node` sits in a branch that a `NODE_ENV` comparison keeps out of production. */
export function isOutsideProductionOnly(node: ts.Node): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    const branch = ts.isIfStatement(parent) && child !== parent.expression ? { condition: parent.expression, taken: child === parent.thenStatement }
      : ts.isConditionalExpression(parent) && child !== parent.condition ? { condition: parent.condition, taken: child === parent.whenTrue }
      : undefined;
    if (branch && productionTakes(branch.condition) === !branch.taken) return true;
  }
  return false;
}

/** What the condition is in production: `NODE_ENV === 'production'` true, `!== 'production'` false, `=== 'development'` false. */
function productionTakes(condition: ts.Expression): boolean | undefined {
  const node = unwrap(condition);
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) {
    const inner = productionTakes(node.operand);
    return inner === undefined ? undefined : !inner;
  }
  if (!ts.isBinaryExpression(node)) return undefined;
  const kind = node.operatorToken.kind;
  const equal = kind === ts.SyntaxKind.EqualsEqualsEqualsToken || kind === ts.SyntaxKind.EqualsEqualsToken;
  const unequal = kind === ts.SyntaxKind.ExclamationEqualsEqualsToken || kind === ts.SyntaxKind.ExclamationEqualsToken;
  if (!equal && !unequal) return undefined;
  if ((envReadName(node.left) ?? envReadName(node.right)) !== 'NODE_ENV') return undefined;
  const value = stringValue(unwrap(node.right)) ?? stringValue(unwrap(node.left));
  if (value === undefined) return undefined;
  const matches = PRODUCTION.has(value.toLowerCase());
  return equal ? matches : !matches;
}
