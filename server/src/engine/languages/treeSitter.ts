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

/** A node's parent by the node's id: any node of the tree, also one wasm handed out afresh (`namedChildren`). */
export interface ParentIndex {
  get(id: number): Node | undefined;
}

/** The parents of a tree's nodes, read from its node list: no descent from the root in wasm per `.parent`. */
export function parentIndexOf(tree: Tree): ParentIndex {
  const list = nodeListOf(tree);
  return {
    get: (id) => {
      const at = list.indexOf.get(id);
      return at === undefined ? undefined : (list.nodes[at]!.parent ?? undefined);
    },
  };
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
 * dozen times. Listed once, a node is made once and keeps its type and parent.
 */
function nodeListOf(tree: Tree): NodeList {
  let list = NODE_LISTS.get(tree);
  if (!list) NODE_LISTS.set(tree, (list = listNodes(tree.rootNode)));
  return list;
}

/** A listed node's type and parent, as plain fields the node class's getters read first (keepsListedFields). */
const TYPE = Symbol('listed type');
const PARENT = Symbol('listed parent');
type Listed = Node & { [TYPE]?: string; [PARENT]?: Node | null };

const PATCHED = new WeakSet<object>();

/**
 * Own `type` and `parent` values on each node (Object.defineProperty, as the class has getters
 * there) took half the listing's time: a runtime call per property, 875k nodes in the eval
 * corpus. Instead the class's getters answer a field set at listing, a plain store, and ask wasm
 * only for a node that was never listed (one handed out afresh by `namedChildren`).
 */
function keepsListedFields(node: Node): void {
  const prototype = Object.getPrototypeOf(node) as object;
  if (PATCHED.has(prototype)) return;
  PATCHED.add(prototype);
  const type = Object.getOwnPropertyDescriptor(prototype, 'type')?.get;
  const parent = Object.getOwnPropertyDescriptor(prototype, 'parent')?.get;
  if (!type || !parent) throw new Error('web-tree-sitter: Node has no type or parent getter');
  Object.defineProperty(prototype, 'type', {
    configurable: true,
    get(this: Listed) {
      const listed = this[TYPE];
      return listed !== undefined ? listed : type.call(this);
    },
  });
  Object.defineProperty(prototype, 'parent', {
    configurable: true,
    get(this: Listed) {
      const listed = this[PARENT];
      return listed !== undefined ? listed : parent.call(this);
    },
  });
}

function listNodes(root: Node): NodeList {
  keepsListedFields(root);
  // Sized up front (the walk visits each descendant once); grown should a count ever fall short.
  const count = root.descendantCount;
  const nodes: Listed[] = new Array<Listed>(count);
  let subtreeEnd: Int32Array = new Int32Array(count);
  const indexOf = new Map<number, number>();
  const open: number[] = [];
  let listed = 0;
  // The cursor's type id costs one call into wasm; the node's own `type` marshals the node first.
  const types = root.tree.language.types;
  const cursor = root.walk();
  const enter = (): void => {
    const type = types[cursor.nodeTypeId] || 'ERROR';
    const node = cursor.currentNode as Listed;
    node[TYPE] = type;
    // A parent from wasm is found by a descent from the root, for every `.parent` a check asks.
    node[PARENT] = open.length > 0 ? nodes[open[open.length - 1]!]! : root.parent;
    indexOf.set(node.id, listed);
    if (listed === subtreeEnd.length) subtreeEnd = grown(subtreeEnd);
    open.push(listed);
    nodes[listed++] = node;
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
        subtreeEnd[open.pop()!] = listed;
        if (cursor.gotoNextSibling()) {
          enter();
          break;
        }
        if (!cursor.gotoParent()) {
          nodes.length = listed;
          return { nodes, subtreeEnd: subtreeEnd.subarray(0, listed), indexOf };
        }
      }
    }
  } finally {
    cursor.delete();
  }
}

function grown(array: Int32Array): Int32Array {
  const larger = new Int32Array(array.length * 2 + 16);
  larger.set(array);
  return larger;
}

/** The nearest ancestor (or the node itself) of one of `types`. */
export function ancestorOfType(node: Node, types: readonly string[]): Node | undefined {
  for (let current: Node | null = node; current; current = current.parent) {
    if (types.includes(current.type)) return current;
  }
  return undefined;
}
