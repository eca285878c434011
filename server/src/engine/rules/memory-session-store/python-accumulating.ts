// Python reading of accumulating-state.ts: a module-level list (`history = []`, `items: list[dict] = []`) that a
// Flask/FastAPI/Django handler appends to and another handler reads (`return jsonify(history)`).
import { enclosingFunction } from '../../languages/python';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { Report } from '../../types';
import { ListUses, type ListUse } from './accumulating-state';
import { enclosingHandler } from './python-handlers';

const APPENDS = new Set(['append', 'extend', 'insert']);
const REPLACES = new Set(['clear', 'remove', 'sort', 'reverse']);
const CONNECTIONS = /^(?:ws|websocket|socket|conn|connection|queue|response|stream)$/;

/** `lists`: the module-level lists by name (their name node), less those already reported as per-user state. */
export function checkAccumulatingLists(root: SyntaxNode, lists: ReadonlyMap<string, SyntaxNode>, isShadowed: (name: string, fn: SyntaxNode) => boolean, report: (report: Report) => void): void {
  if (lists.size === 0) return;
  const uses = new ListUses();
  walkTree(root, (node) => {
    if (node.type !== 'identifier') return;
    const declaration = lists.get(node.text);
    const fn = declaration && node.id !== declaration.id ? enclosingFunction(node) : undefined;
    if (!fn || isShadowed(node.text, fn) || isAttributeName(node)) return;
    uses.add(node.text, { handler: enclosingHandler(node)?.id, kind: useKind(node), span: nodeSpan(node) });
  });
  uses.report((name) => nodeSpan(lists.get(name)!), report);
}

/** `x.append(v)`, `x += [v]`; `x.clear()`, `x[:] = …`, `x = []`: replaced; anything else (`x.pop()` too) reads. */
function useKind(reference: SyntaxNode): ListUse['kind'] {
  const parent = reference.parent;
  if (parent?.type === 'attribute' && parent.childForFieldName('object')?.id === reference.id && parent.parent?.type === 'call') {
    const method = parent.childForFieldName('attribute')?.text ?? '';
    if (APPENDS.has(method)) return isConnection(parent.parent) ? 'other' : 'append';
    return REPLACES.has(method) ? 'other' : 'read';
  }
  if (parent?.type === 'augmented_assignment' && parent.childForFieldName('left')?.id === reference.id) return 'append';
  if (parent?.type === 'assignment' && parent.childForFieldName('left')?.id === reference.id) return 'other';
  const subscript = parent?.type === 'subscript' && parent.childForFieldName('value')?.id === reference.id ? parent : undefined;
  return subscript?.parent?.type === 'assignment' && subscript.parent.childForFieldName('left')?.id === subscript.id ? 'other' : 'read';
}

function isConnection(call: SyntaxNode): boolean {
  const first = call.childForFieldName('arguments')?.namedChild(0);
  return first?.type === 'identifier' && CONNECTIONS.test(first.text);
}

function isAttributeName(node: SyntaxNode): boolean {
  return node.parent?.type === 'attribute' && node.parent.childForFieldName('attribute')?.id === node.id;
}
