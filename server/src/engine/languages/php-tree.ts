// Climbing PHP trees: parents looked up in the tree's node list (web-tree-sitter finds `node.parent`
// by descending from the root, so naive climbing is quadratic in depth), and the enclosing function,
// method or class of a node.
import { parentIndexOf, walkTree, type ParentIndex, type SyntaxNode } from './treeSitter';

/**
 * How far the ancestor readers climb. web-tree-sitter finds a node's parent by descending from the
 * root, so climbing is quadratic in depth; real code nests a few dozen levels, and a pathological
 * 100k-deep file must not stall the scan.
 */
export const MAX_CLIMB = 64;

/** Node id -> parent: the tree's node list (`walkWithParents`), or a map a check records itself. */
export type Parents = ParentIndex;

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
 * `walkTree` with each node's parent at hand, so `visit` can climb from any node to the root by
 * lookups in the tree's node list.
 */
export function walkWithParents(root: SyntaxNode, visit: (node: SyntaxNode, parents: Parents) => boolean | void): void {
  const parents = parentIndexOf(root.tree);
  walkTree(root, (node) => visit(node, parents));
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

