// A logger set up only outside production: `if (process.env.NODE_ENV !== 'production') {
// logger.add(new transports.File(...)) }`, `NODE_ENV === 'development' ? fileStream : process.stdout`.
// The deployed app never writes that file, so Factor XI has nothing to say about it. A stage flag
// (`const isDev = process.env.NODE_ENV !== 'production'`) is read as its test (languages/stage-flags.ts).
import ts from 'typescript';
import { productionTakes } from '../../languages/stage-flags';

/** Whether `node` sits in a branch that a `NODE_ENV` comparison keeps out of production, or after a guard that leaves production out. */
export function isOutsideProductionOnly(node: ts.Node): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    const branch = ts.isIfStatement(parent) && child !== parent.expression ? { condition: parent.expression, taken: child === parent.thenStatement }
      : ts.isConditionalExpression(parent) && child !== parent.condition ? { condition: parent.condition, taken: child === parent.whenTrue }
      : undefined;
    if (branch && productionTakes(branch.condition) === !branch.taken) return true;
    if (ts.isBlock(parent) && afterProductionGuard(parent, child)) return true;
  }
  return false;
}

/** `if (process.env.NODE_ENV === 'production') return;` earlier in the block: what follows runs only outside production. */
function afterProductionGuard(block: ts.Block, child: ts.Node): boolean {
  for (const statement of block.statements) {
    if (statement === child) return false;
    if (ts.isIfStatement(statement) && !statement.elseStatement && exits(statement.thenStatement) && productionTakes(statement.expression) === true) return true;
  }
  return false;
}

/** `return;`, `throw new Error(...)`, or a block of nothing else. */
function exits(statement: ts.Statement): boolean {
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement)) return true;
  return ts.isBlock(statement) && statement.statements.length > 0 && statement.statements.every(exits);
}
