// Climbing PHP trees: parents recorded during a walk (web-tree-sitter finds `node.parent` by
// descending from the root, so naive climbing is quadratic in depth), and the enclosing function,
// method or class of a node.
import type { SyntaxNode } from './treeSitter';

/**
 * How far the ancestor readers climb. web-tree-sitter finds a node's parent by descending from the
 * root, so climbing is quadratic in depth; real code nests a few dozen levels, and a pathological
 * 100k-deep file must not stall the scan.
 */
export const MAX_CLIMB = 64;

/** Node id -> parent, recorded by `walkWithParents` (a map lookup instead of web-tree-sitter's descent). */
export type Parents = ReadonlyMap<number, SyntaxNode>;

export function parentOf(node: SyntaxNode, parents?: Parents): SyntaxNode | null {
  return parents ? (parents.get(node.id) ?? null) : node.parent;
}

/** Ancestors of `node`, nearest first, at most MAX_CLIMB of them. */
export function ancestors(node: SyntaxNode, parents?: Parents): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  for (let current = parentOf(node, parents); current && found.length < MAX_CLIMB; current = parentOf(current, parents)) found.push(current);
  return found;
}

/**
 * `walkTree` that also records each node's parent before visiting it, so `visit` can climb from
 * any node to the root through `parents` in linear time.
 */
export function walkWithParents(root: SyntaxNode, visit: (node: SyntaxNode, parents: Parents) => boolean | void): void {
  const parents = new Map<number, SyntaxNode>();
  const stack: SyntaxNode[] = [];
  const cursor = root.walk();
  const enter = (): boolean => {
    const node = cursor.currentNode;
    const parent = stack[stack.length - 1];
    if (parent) parents.set(node.id, parent);
    return visit(node, parents) !== false;
  };
  try {
    let descend = enter();
    for (;;) {
      const current = cursor.currentNode;
      if (descend && cursor.gotoFirstChild()) {
        stack.push(current);
        descend = enter();
        continue;
      }
      for (;;) {
        if (cursor.gotoNextSibling()) {
          descend = enter();
          break;
        }
        if (!cursor.gotoParent() || stack.length <= 1) return;
        stack.pop();
      }
    }
  } finally {
    cursor.delete();
  }
}

const FUNCTION_TYPES = ['function_definition', 'method_declaration', 'anonymous_function', 'anonymous_function_creation_expression', 'arrow_function'];

/** The nearest enclosing function, method, closure or arrow function. */
export function enclosingFunction(node: SyntaxNode): SyntaxNode | undefined {
  return ancestors(node).find((current) => FUNCTION_TYPES.includes(current.type));
}

/** The nearest enclosing named function or method (closures are skipped), with its class when it is a method. */
export function enclosingNamedFunction(node: SyntaxNode): { name: string; classNode?: SyntaxNode } | undefined {
  const found = ancestors(node).find((current) => current.type === 'function_definition' || current.type === 'method_declaration');
  if (!found) return undefined;
  const name = found.childForFieldName('name')?.text ?? '';
  const classNode = found.type === 'method_declaration' ? enclosingClass(found) : undefined;
  return { name, ...(classNode ? { classNode } : {}) };
}

export function enclosingClass(node: SyntaxNode): SyntaxNode | undefined {
  return ancestors(node).find((current) => current.type === 'class_declaration');
}

