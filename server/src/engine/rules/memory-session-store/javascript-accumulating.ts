// JS/TS reading of accumulating-state.ts: a module-level array (`const messages = []`) that a request handler
// pushes to and another handler reads (`res.json(messages)`).
import ts from 'typescript';
import { IDENTIFIERS, spanOf, walkKinds } from '../../languages/ts-ast';
import type { Report } from '../../types';
import { ListUses, type ListUse } from './accumulating-state';
import { enclosingHandler } from './javascript-handlers';

const APPENDS = new Set(['push', 'unshift']);

/** `arrays`: the module-level array literals by name, less those already reported as per-user state. */
export function checkAccumulatingArrays(
  source: ts.SourceFile,
  arrays: ReadonlyMap<string, ts.VariableDeclaration & { name: ts.Identifier }>,
  isShadowed: (reference: ts.Identifier) => boolean,
  report: (report: Report) => void,
): void {
  if (arrays.size === 0) return;
  const uses = new ListUses();
  walkKinds(source, IDENTIFIERS, (node) => {
    if (!ts.isIdentifier(node)) return;
    const declaration = arrays.get(node.text);
    if (!declaration || node === declaration.name || isShadowed(node)) return;
    uses.add(node.text, { handler: enclosingHandler(node)?.pos, kind: useKind(node), span: spanOf(node, source) });
  });
  uses.report((name) => spanOf(arrays.get(name)!.name, source), report);
}

/** `x.push(v)`; `x = …`, `x.length = 0`, `x.splice(…)`: replaced or cleared; anything else reads. */
function useKind(reference: ts.Identifier): ListUse['kind'] {
  const parent = reference.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.expression === reference) {
    const call = parent.parent;
    if (ts.isCallExpression(call) && call.expression === parent) {
      if (APPENDS.has(parent.name.text)) return isConnection(call.arguments[0]) ? 'other' : 'append';
      return parent.name.text === 'splice' ? 'other' : 'read';
    }
    return isAssigned(parent) ? 'other' : 'read';
  }
  return isAssigned(reference) ? 'other' : 'read';
}

function isAssigned(node: ts.Node): boolean {
  const parent = node.parent;
  return ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;
}

/** `clients.push(res)`: a live response or socket (server-sent events), which no backing store can hold. */
function isConnection(value: ts.Expression | undefined): boolean {
  return value !== undefined && ts.isIdentifier(value) && /^(?:res|response|reply|ws|socket|stream|conn|connection|client)$/.test(value.text);
}
