// Go reading of accumulating-state.ts: a package-level slice (`var entries []Entry`, often beside a mutex) that a
// handler appends to (`entries = append(entries, e)`) and another handler reads (`json.NewEncoder(w).Encode(entries)`).
import { callName, dottedGoName, named, unwrapGo } from '../../languages/go';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { Report } from '../../types';
import { ListUses, type ListUse } from './accumulating-state';
import { hasWord } from './state-words';

const CONNECTIONS = /^(?:conn|ws|socket|websocket|stream|ch|client|w|writer)$/;

export function checkAccumulatingSlices(
  root: SyntaxNode,
  exempt: ReadonlySet<string>,
  enclosingHandler: (node: SyntaxNode) => SyntaxNode | undefined,
  isShadowed: (reference: SyntaxNode) => boolean,
  report: (report: Report) => void,
): void {
  const slices = packageSlices(root, exempt);
  if (slices.size === 0) return;
  const uses = new ListUses();
  walkTree(root, (node) => {
    if (node.type !== 'identifier') return;
    const declaration = slices.get(node.text);
    if (!declaration || declaration.id === node.id || isShadowed(node)) return;
    uses.add(node.text, { handler: enclosingHandler(node)?.id, kind: useKind(node), span: nodeSpan(node) });
  });
  uses.report((name) => nodeSpan(slices.get(name)!), report);
}

/** Package-level `var x []T`, `var x = []T{}`, `var x = make([]T, 0)`, by name identifier. */
function packageSlices(root: SyntaxNode, exempt: ReadonlySet<string>): Map<string, SyntaxNode> {
  const slices = new Map<string, SyntaxNode>();
  for (const declaration of named(root)) {
    if (declaration.type !== 'var_declaration') continue;
    for (const spec of declaration.descendantsOfType('var_spec')) {
      if (!spec) continue;
      const values = named(spec.childForFieldName('value'));
      named(spec).filter((child) => child.type === 'identifier').forEach((name, index) => {
        const value = values[index];
        const slice = value ? isSliceValue(value) : spec.childForFieldName('type')?.type === 'slice_type';
        if (slice && !hasWord(name.text, exempt)) slices.set(name.text, name);
      });
    }
  }
  return slices;
}

function isSliceValue(value: SyntaxNode): boolean {
  const node = unwrapGo(value);
  if (node.type === 'composite_literal') return node.childForFieldName('type')?.type === 'slice_type';
  return node.type === 'call_expression' && callName(node) === 'make' && named(node.childForFieldName('arguments'))[0]?.type === 'slice_type';
}

/** `x = append(x, v)` (either side); `x = nil`, `x = x[:0]`: replaced; anything else reads. */
function useKind(reference: SyntaxNode): ListUse['kind'] {
  const statement = assignmentOf(reference);
  if (!statement) return 'read';
  const left = named(statement.childForFieldName('left'));
  const right = named(statement.childForFieldName('right'));
  const index = left.findIndex((target) => target.text === reference.text);
  if (index < 0) return 'read';
  const value = right[index] && unwrapGo(right[index]);
  if (value?.type !== 'call_expression' || callName(value) !== 'append') return 'other';
  const added = named(value.childForFieldName('arguments')).slice(1);
  return added.some((item) => CONNECTIONS.test(dottedGoName(item) ?? '')) ? 'other' : 'append';
}

/** The assignment the reference is a target of, or whose `append(x, …)` it is the slice of. */
function assignmentOf(reference: SyntaxNode): SyntaxNode | undefined {
  let node = reference.parent;
  if (node?.type === 'argument_list' && node.namedChild(0)?.id === reference.id && node.parent?.type === 'call_expression') node = node.parent.parent;
  if (node?.type === 'expression_list') node = node.parent;
  return node?.type === 'assignment_statement' ? node : undefined;
}
