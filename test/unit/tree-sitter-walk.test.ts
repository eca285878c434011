// walkTree lists a tree's nodes once and walks that list: it must visit exactly what a walk of the
// tree itself visits, in the same order, with the same subtrees skipped and the same parents, from
// the root or from any node, whatever the code (broken code included).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { walkTree, type SyntaxNode } from '../../server/src/engine/languages/treeSitter';
import type { TreeSitterLanguage } from '../../server/src/engine/languages/catalogue';
import { grammarsLoadedBefore } from '../helpers/grammars';

const PIECES: Record<'python' | 'go' | 'ruby' | 'php', readonly string[]> = {
  python: ['def f(x):\n', '    ', 'return x\n', 'class A:\n', 'pass\n', 'x = {"a": [1, 2]}\n', 'if x:\n', 'f(a=1, *b)\n', '"""doc"""\n', '(', ')', ':', '\n', 'lambda y: y\n'],
  go: ['package main\n', 'func f() {\n', '}\n', 'x := map[string]int{"a": 1}\n', 'var y = f()\n', 'if x {\n', 'go f()\n', 'type T struct{ A int }\n', '{', '(', '\n'],
  ruby: ['def f(x)\n', 'end\n', 'class A\n', 'x = { a: [1, 2] }\n', 'if x\n', 'f(a: 1) do |y| y end\n', '"#{x}"\n', '(', '\n'],
  php: ['<?php\n', 'function f($x) {\n', '}\n', '$x = ["a" => [1, 2]];\n', 'class A { public $b = 1; }\n', 'if ($x) {\n', 'f(...$a);\n', '(', '\n'],
};

/** The tree as its own children say, depth-first: what every walk used to visit. */
function reference(node: SyntaxNode, skip: (node: SyntaxNode) => boolean, out: string[], parent = node.parent): string[] {
  out.push(`${describeNode(node)} < ${parent ? describeNode(parent) : 'none'}`);
  if (!skip(node)) for (const child of node.children) if (child) reference(child, skip, out, node);
  return out;
}

function walked(node: SyntaxNode, skip: (node: SyntaxNode) => boolean): string[] {
  const out: string[] = [];
  walkTree(node, (visited) => {
    out.push(`${describeNode(visited)} < ${visited.parent ? describeNode(visited.parent) : 'none'}`);
    return !skip(visited);
  });
  return out;
}

function describeNode(node: SyntaxNode): string {
  return `${node.type}@${node.startIndex}-${node.endIndex}`;
}

const grammars = grammarsLoadedBefore(Object.keys(PIECES) as TreeSitterLanguage[]);

describe('walkTree', () => {
  for (const [language, pieces] of Object.entries(PIECES)) {
    it(`visits what the ${language} tree holds, in order, skipping where told, from any node`, () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 25 }).map((parts) => parts.join('')), fc.nat(), fc.constantFrom('block', 'call', 'string', 'identifier'), (text, pick, skipped) => {
          const tree = grammars.parse(language as TreeSitterLanguage, text);
          assert.ok(tree);
          try {
            const skip = (node: SyntaxNode) => node.type.includes(skipped);
            assert.deepEqual(walked(tree.rootNode, skip), reference(tree.rootNode, skip, []));
            const all: SyntaxNode[] = [];
            walkTree(tree.rootNode, (node) => void all.push(node));
            const from = all[pick % all.length]!;
            assert.deepEqual(walked(from, skip), reference(from, skip, []));
            // A node reached another way (a parent, not the walk) walks its own subtree alone.
            const parent = from.parent ?? from;
            assert.deepEqual(walked(parent, () => false), reference(parent, () => false, []));
          } finally {
            tree.delete();
          }
        }),
        { numRuns: 150 },
      );
    });
  }
});
