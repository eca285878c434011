// Tree-sitter for the languages the TypeScript compiler does not read. The engine stays
// synchronous and free of I/O: the caller loads grammars (async, from wasm files) and hands the
// engine something that parses; a language whose grammar is not loaded is simply not checked.
import type { Node, Tree } from 'web-tree-sitter';
import type { Span } from '../types';
import type { TreeSitterLanguage } from './catalogue';

export { isTreeSitterLanguage, TREE_SITTER_LANGUAGES, type TreeSitterLanguage } from './catalogue';

/** Parses text with a loaded grammar; undefined when the grammar is not loaded. */
export interface TreeSitterParsers {
  /** `previous`: the tree of the text before an edit, already edited to match, to reuse. */
  parse(language: TreeSitterLanguage, text: string, previous?: Tree): Tree | undefined;
}

export type { Node as SyntaxNode, Tree as SyntaxTree };

/** Offsets are UTF-16 code units, as web-tree-sitter counts them for JS strings. */
export function nodeSpan(node: Node): Span {
  return { start: node.startIndex, end: node.endIndex };
}

/**
 * Visits every node depth-first without recursion (a 100k-deep tree must not overflow the
 * stack); return false from `visit` to skip a node's children.
 */
export function walkTree(root: Node, visit: (node: Node) => boolean | void): void {
  const cursor = root.walk();
  try {
    let descend = visit(cursor.currentNode) !== false;
    for (;;) {
      if (descend && cursor.gotoFirstChild()) {
        descend = visit(cursor.currentNode) !== false;
        continue;
      }
      for (;;) {
        if (cursor.gotoNextSibling()) {
          descend = visit(cursor.currentNode) !== false;
          break;
        }
        if (!cursor.gotoParent() || cursor.currentNode.id === root.id) return;
      }
    }
  } finally {
    cursor.delete();
  }
}

/** The nearest ancestor (or the node itself) of one of `types`. */
export function ancestorOfType(node: Node, types: readonly string[]): Node | undefined {
  for (let current: Node | null = node; current; current = current.parent) {
    if (types.includes(current.type)) return current;
  }
  return undefined;
}
