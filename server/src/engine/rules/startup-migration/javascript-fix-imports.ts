// Keeps a removal tidy and type-correct (noUnusedLocals): an import or require whose last use goes
// with the removed code is removed too, or kept as a bare `import './db';` when its module may have
// side effects on load. For any other local left unused the fix is withdrawn.
import ts from 'typescript';
import type { OffsetEdit, Span } from '../../types';
import type { FileFacts } from './javascript-facts';

const SIDE_EFFECT_FREE = new Set(['child_process', 'execa', 'shelljs', 'util']);

/** Edits removing bindings left unused once `removed` is gone; undefined when that is not safe. */
export function importRemovalEdits(removed: ts.Node, facts: FileFacts, text: string): OffsetEdit[] | undefined {
  const orphans = orphanedNames(removed, facts);
  if (orphans === undefined) return undefined;
  const edits: OffsetEdit[] = [];
  for (const statement of facts.source.statements) {
    const bindings = bindingNodes(statement);
    const dropped = bindings.filter((binding) => orphans.has(binding.name.getText()));
    if (dropped.length === 0) continue;
    if (dropped.length === bindings.length) {
      const span = wholeLines(statement, text);
      if (!span) return undefined;
      edits.push({ span, text: sideEffectOnly(statement, text, span) });
    } else {
      for (const binding of dropped) {
        const span = listItemSpan(binding);
        if (!span) return undefined;
        edits.push({ span, text: '' });
      }
    }
  }
  return overlaps(edits) ? undefined : edits;
}

/** What stays of a statement whose bindings all go: nothing, or the bare import that keeps its module's side effects. */
function sideEffectOnly(statement: ts.Statement, text: string, span: Span): string {
  const load = moduleLoad(statement);
  const module = load && ts.isStringLiteral(load.specifier) ? load.specifier.text.replace(/^node:/, '') : undefined;
  if (!load || module === undefined || SIDE_EFFECT_FREE.has(module)) return '';
  const indent = text.slice(span.start, statement.getStart());
  const lineEnd = /(\r?\n|\r)$/.exec(text.slice(span.start, span.end))?.[1] ?? '';
  const code = ts.isImportDeclaration(statement) ? `import ${load.specifier.getText()};` : `${load.call!.getText()};`;
  return indent + code + lineEnd;
}

function moduleLoad(statement: ts.Statement): { specifier: ts.Expression; call?: ts.CallExpression } | undefined {
  if (ts.isImportDeclaration(statement)) return { specifier: statement.moduleSpecifier };
  if (!ts.isVariableStatement(statement) || statement.declarationList.declarations.length !== 1) return undefined;
  let init = statement.declarationList.declarations[0]!.initializer;
  while (init && (ts.isPropertyAccessExpression(init) || ts.isParenthesizedExpression(init))) init = init.expression;
  if (!init || !ts.isCallExpression(init) || !ts.isIdentifier(init.expression) || init.expression.text !== 'require') return undefined;
  return init.arguments[0] ? { specifier: init.arguments[0], call: init } : undefined;
}

/** Imported names whose every use is inside `removed`; undefined when another local would be left unused. */
function orphanedNames(removed: ts.Node, facts: FileFacts): Set<string> | undefined {
  const start = removed.getStart();
  const end = removed.getEnd();
  const orphans = new Set<string>();
  for (const [name, references] of facts.references) {
    const inside = references.filter((reference) => reference.getStart() >= start && reference.getEnd() <= end);
    if (inside.length === 0 || inside.length < references.length) continue;
    if (facts.importedFrom.has(name)) orphans.add(name);
    else if (facts.initializers.has(name) || facts.functions.has(name)) return undefined;
  }
  return orphans;
}

type BindingNode = ts.ImportSpecifier | ts.ImportClause | ts.NamespaceImport | ts.VariableDeclaration | ts.BindingElement;

/** Each name a top-level import or require statement binds, as the node to remove for it. */
function bindingNodes(statement: ts.Statement): (BindingNode & { name: ts.Node })[] {
  const nodes: (BindingNode & { name: ts.Node })[] = [];
  if (ts.isImportDeclaration(statement) && statement.importClause) {
    const clause = statement.importClause;
    if (clause.name) nodes.push(clause as ts.ImportClause & { name: ts.Identifier });
    const named = clause.namedBindings;
    if (named && ts.isNamespaceImport(named)) nodes.push(named);
    if (named && ts.isNamedImports(named)) nodes.push(...named.elements);
  } else if (ts.isVariableStatement(statement)) {
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name)) nodes.push(declaration);
      else if (ts.isObjectBindingPattern(declaration.name)) nodes.push(...declaration.name.elements);
    }
  }
  return nodes;
}

/** `{ a, b }` without `a`: the element and the comma after it (or before it, for the last one). */
function listItemSpan(binding: BindingNode): Span | undefined {
  if (!ts.isImportSpecifier(binding) && !ts.isBindingElement(binding)) return undefined;
  const list = binding.parent.elements as ts.NodeArray<ts.Node>;
  const index = list.indexOf(binding);
  const next = list[index + 1];
  if (next) return { start: binding.getStart(), end: next.getStart() };
  const previous = list[index - 1];
  return previous ? { start: previous.getEnd(), end: binding.getEnd() } : undefined;
}

function overlaps(edits: OffsetEdit[]): boolean {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  return sorted.some((edit, index) => index > 0 && edit.span.start < sorted[index - 1]!.span.end);
}

/** The statement's lines, from the line start through the line break, when nothing else shares them. */
export function wholeLines(statement: ts.Statement, text: string): Span | undefined {
  const start = statement.getStart();
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('\r', start - 1)) + 1;
  if (text.slice(lineStart, start).trim() !== '') return undefined;
  let end = statement.getEnd();
  while (text[end] === ' ' || text[end] === '\t') end++;
  if (text.startsWith('//', end)) while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  if (text[end] === '\r') end++;
  if (text[end] === '\n') end++;
  else if (end < text.length && text[end - 1] !== '\r') return undefined;
  return { start: lineStart, end };
}
