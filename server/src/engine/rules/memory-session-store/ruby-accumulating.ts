// Ruby reading of accumulating-state.ts: a class-level, global or top-level array (`@@posts = []`, `$shoutbox = []`)
// that a Sinatra route or a controller action appends to (`@@posts << post`) and another handler reads back.
import { methodName } from '../../languages/ruby';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { Report } from '../../types';
import { ListUses, type ListUse } from './accumulating-state';

const APPENDS = new Set(['push', '<<', 'append', 'unshift', 'prepend', 'concat', 'insert']);
const REPLACES = new Set(['clear', 'replace', 'delete', 'delete_if', 'reject!', 'select!', 'keep_if', 'compact!', 'uniq!']);
const NAME_TYPES = new Set(['constant', 'class_variable', 'global_variable', 'identifier']);

export interface RubyHandlers {
  enclosingHandler(node: SyntaxNode): SyntaxNode | undefined;
  isShadowed(reference: SyntaxNode): boolean;
}

/** `arrays`: the module- or class-level arrays by name (their name node), less those already reported as per-user state. */
export function checkAccumulatingArrays(root: SyntaxNode, arrays: ReadonlyMap<string, SyntaxNode>, handlers: RubyHandlers, report: (report: Report) => void): void {
  if (arrays.size === 0) return;
  const uses = new ListUses();
  walkTree(root, (node) => {
    if (!NAME_TYPES.has(node.type)) return;
    const declaration = arrays.get(node.text);
    if (!declaration || declaration.id === node.id || (node.type === 'identifier' && handlers.isShadowed(node))) return;
    uses.add(node.text, { handler: handlers.enclosingHandler(node)?.id, kind: useKind(node), span: nodeSpan(node) });
  });
  uses.report((name) => nodeSpan(arrays.get(name)!), report);
}

/** `x << v`, `x.push(v)`; `x.clear`, `x = []`: replaced; anything else (`x.last(20)`, `x.each`) reads. */
function useKind(reference: SyntaxNode): ListUse['kind'] {
  const parent = reference.parent;
  if (parent?.type === 'call' && parent.childForFieldName('receiver')?.id === reference.id) {
    const method = methodName(parent) ?? '';
    return APPENDS.has(method) ? 'append' : REPLACES.has(method) ? 'other' : 'read';
  }
  if (parent?.type === 'binary' && parent.childForFieldName('left')?.id === reference.id && parent.childForFieldName('operator')?.text === '<<') return 'append';
  const assigned = (parent?.type === 'assignment' || parent?.type === 'operator_assignment') && parent.childForFieldName('left')?.id === reference.id;
  return assigned ? 'other' : 'read';
}
