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
 * stack); return false from `visit` to skip a node's children. Every check walks the tree, so
 * the tree's nodes are listed once (nodeListOf) and each walk is a loop over that list.
 */
export function walkTree(root: Node, visit: (node: Node) => boolean | void): void {
  let list = nodeListOf(root.tree);
  let start = list.indexOf.get(root.id);
  // Every node of a tree is in its list; a root that is not (no such node is known) gets a list of its own.
  if (start === undefined) [list, start] = [listNodes(root), 0];
  const end = list.subtreeEnd[start]!;
  for (let at = start; at < end; ) at = visit(list.nodes[at]!) === false ? list.subtreeEnd[at]! : at + 1;
}

/** A tree's nodes in depth-first order, each with the index just past its subtree. */
interface NodeList {
  nodes: Node[];
  subtreeEnd: Int32Array;
  /** A node's index by its id (unique within a tree). */
  indexOf: Map<number, number>;
}

const NODE_LISTS = new WeakMap<Tree, NodeList>();

/**
 * Each node of web-tree-sitter is an object made in JavaScript from the wasm tree, and each
 * `type` or `parent` a call into wasm: a walk paid for every node, and a file's checks walk it a
 * dozen times. Listed once, a node is made once and keeps its type and parent as plain properties.
 */
function nodeListOf(tree: Tree): NodeList {
  let list = NODE_LISTS.get(tree);
  if (!list) NODE_LISTS.set(tree, (list = listNodes(tree.rootNode)));
  return list;
}

function listNodes(root: Node): NodeList {
  const nodes: Node[] = [];
  const ends: number[] = [];
  const open: number[] = [];
  const cursor = root.walk();
  const enter = (): void => {
    const node = cursor.currentNode;
    const parent = open.length > 0 ? nodes[open[open.length - 1]!]! : root.parent;
    // A parent from wasm is found by a descent from the root, for every `.parent` a check asks.
    Object.defineProperties(node, { type: { value: node.type }, parent: { value: parent } });
    open.push(nodes.length);
    nodes.push(node);
    ends.push(0);
  };
  try {
    enter();
    for (;;) {
      if (cursor.gotoFirstChild()) {
        enter();
        continue;
      }
      // The current node's subtree is done; so is each parent's that has no next sibling.
      for (;;) {
        ends[open.pop()!] = nodes.length;
        if (cursor.gotoNextSibling()) {
          enter();
          break;
        }
        if (!cursor.gotoParent()) return { nodes, subtreeEnd: Int32Array.from(ends), indexOf: new Map(nodes.map((node, index) => [node.id, index])) };
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
