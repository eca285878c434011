// parseTypeScript parses without the compiler's parent pass and sets parents while it lists the
// file's nodes (ts-ast.ts setParentsOf): every node must get the parent the compiler would give
// it, on every JS/TS rule example, on mutations of them, and on broken text. The same node list
// keeps each node's kind for walkKinds, which must visit exactly what `walk` would of those kinds.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import ts from 'typescript';
import { parseTypeScript } from '../../server/src/engine/languages/typescript';
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
