// parseTypeScript parses without the compiler's parent pass and sets parents while it lists the
// file's nodes (ts-ast.ts setParentsOf): every node must get the parent the compiler would give
// it, on every JS/TS rule example, on mutations of them, and on broken text. The same node list
// keeps each node's kind for walkKinds, which must visit exactly what `walk` would of those kinds.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import ts from 'typescript';
import { parseTypeScript, updateTypeScript } from '../../server/src/engine/languages/typescript';
import { syntaxKinds, walk, walkKinds } from '../../server/src/engine/languages/ts-ast';
import { exampleSets } from '../../server/src/engine/rules/examples';
import { parseMarkers } from '../helpers/markers';

const JS_TS = /\.(?:[cm]?[jt]sx?)$/;

const SAMPLES = exampleSets().flatMap(({ examples }) =>
  [...examples.valid.map((example) => ({ path: example.path, code: example.code })), ...examples.invalid.map((example) => ({ path: example.path, code: parseMarkers(example.code).code }))].filter(
    (sample) => JS_TS.test(sample.path),
  ),
);

/** Every node with its parent's index in pre-order, and the node's kind and span. */
function shape(source: ts.SourceFile): string[] {
  const order = new Map<ts.Node, number>();
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    order.set(node, order.size);
    out.push(`${node.kind}@${node.pos}-${node.end}<${node.parent ? order.get(node.parent) : 'none'}`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function compilerParse(path: string, code: string): ts.SourceFile {
  const kind = /\.tsx$/.test(path) ? ts.ScriptKind.TSX : /\.jsx$/.test(path) ? ts.ScriptKind.JSX : /\.[cm]?ts$/.test(path) ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const options = { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone };
  return ts.createSourceFile(path, code, options, true, kind);
}

function assertSameParents(path: string, code: string): void {
  const language = /\.[cm]?tsx?$/.test(path) ? 'typescript' : 'javascript';
  assert.deepEqual(shape(parseTypeScript(path, code, language)), shape(compilerParse(path, code)), path);
}

describe('parent pointers of parseTypeScript', () => {
  it('covers JS/TS examples', () => assert.ok(SAMPLES.length > 100, `${SAMPLES.length} samples`));

  it('are the compiler’s on every JS/TS rule example', () => {
    for (const sample of SAMPLES) assertSameParents(sample.path, sample.code);
  });

  it('are the compiler’s on mutated examples and broken text', () => {
    const mutated = fc
      .tuple(fc.constantFrom(...SAMPLES), fc.nat(), fc.nat({ max: 20 }), fc.constantFrom('', '{', '}', '(', '`${', '/*', '"', '<div>', 'async ', '=>', ';', '\n'))
      .map(([sample, at, remove, insert]) => {
        const offset = at % (sample.code.length + 1);
        return { path: sample.path, code: sample.code.slice(0, offset) + insert + sample.code.slice(offset + remove) };
      });
    fc.assert(fc.property(mutated, ({ path, code }) => assertSameParents(path, code)), { numRuns: 300 });
  });

  it('sets the parents a rule climbs from a deep node', () => {
    const source = parseTypeScript('src/db.ts', "export const config = { db: { password: 'x' } };\n", 'typescript');
    let node: ts.Node | undefined;
    const find = (current: ts.Node): void => {
      if (ts.isStringLiteral(current)) node = current;
      ts.forEachChild(current, find);
    };
    find(source);
    const kinds: ts.SyntaxKind[] = [];
    for (let up = node; up; up = up.parent) kinds.push(up.kind);
    assert.equal(kinds.at(-1), ts.SyntaxKind.SourceFile);
    assert.equal(node!.getSourceFile(), source);
  });
});

describe('walkKinds', () => {
  /** What `walk` visits of those kinds, in its order: walkKinds must give exactly that. */
  function walked(source: ts.SourceFile, kinds: readonly ts.SyntaxKind[]): ts.Node[] {
    const nodes: ts.Node[] = [];
    walk(source, (node) => void (kinds.includes(node.kind) && nodes.push(node)));
    return nodes;
  }

  const KIND_CHOICES = [ts.SyntaxKind.StringLiteral, ts.SyntaxKind.Identifier, ts.SyntaxKind.CallExpression, ts.SyntaxKind.NewExpression, ts.SyntaxKind.VariableDeclaration, ts.SyntaxKind.TemplateExpression, ts.SyntaxKind.NumericLiteral];

  it('visits the nodes of the kinds asked for, as walk does, on every example and its mutations', () => {
    const cases = fc.tuple(fc.constantFrom(...SAMPLES), fc.nat(), fc.constantFrom('', '{', '`${', '"', 'new A(', 'f(1)', 'let x = 2;'), fc.subarray(KIND_CHOICES, { minLength: 1 }));
    fc.assert(
      fc.property(cases, ([sample, at, insert, kinds]) => {
        const offset = at % (sample.code.length + 1);
        const code = sample.code.slice(0, offset) + insert + sample.code.slice(offset);
        const source = parseTypeScript(sample.path, code, /\.[cm]?tsx?$/.test(sample.path) ? 'typescript' : 'javascript');
        const visited: ts.Node[] = [];
        walkKinds(source, syntaxKinds(...kinds), (node) => void visited.push(node));
        assert.deepEqual(visited, walked(source, kinds));
        assert.ok(visited.every((node) => kinds.includes(node.kind)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the node list of an incrementally reparsed file', () => {
  /** A traversal of the tree itself (no list), skipping the subtrees `skip` names, as `walk` must. */
  function traversed(node: ts.Node, skip: (node: ts.Node) => boolean, out: ts.Node[] = []): ts.Node[] {
    out.push(node);
    if (!skip(node)) ts.forEachChild(node, (child) => void traversed(child, skip, out));
    return out;
  }

  function listed(source: ts.SourceFile, skip: (node: ts.Node) => boolean): ts.Node[] {
    const out: ts.Node[] = [];
    walk(source, (node) => {
      out.push(node);
      return !skip(node);
    });
    return out;
  }

  const skipFunctions = (node: ts.Node): boolean => ts.isFunctionLike(node) || ts.isClassLike(node);
  const edit = fc.tuple(fc.nat(), fc.nat({ max: 12 }), fc.constantFrom('', 'x', '{', '}', ';\n', '\nconst k = 1;\n', "'", '(a) => a', 'import { Pool } from "pg";\n', '/*', '*/', '`${'));

  it('is what a fresh walk of the new tree gives, after each edit of a chain (kept statements copied, the rest listed)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SAMPLES), fc.array(edit, { minLength: 1, maxLength: 5 }), (sample, edits) => {
        const language = /\.[cm]?tsx?$/.test(sample.path) ? 'typescript' : 'javascript';
        let source = parseTypeScript(sample.path, sample.code, language);
        walk(source, () => undefined); // listed, as a scan lists it before the next edit
        for (const [at, remove, insert] of edits) {
          const text = source.text;
          const start = at % (text.length + 1);
          const end = Math.min(text.length, start + remove);
          const next = updateTypeScript(source, text.slice(0, start) + insert + text.slice(end), ts.createTextChangeRange(ts.createTextSpan(start, end - start), insert.length));
          assert.deepEqual(listed(next, skipFunctions), traversed(next, skipFunctions));
          const kinds = syntaxKinds(ts.SyntaxKind.StringLiteral, ts.SyntaxKind.Identifier);
          const ofKinds: ts.Node[] = [];
          walkKinds(next, kinds, (node) => void ofKinds.push(node));
          assert.deepEqual(ofKinds, traversed(next, () => false).filter((node) => kinds[node.kind] === 1));
          source = next;
        }
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});
