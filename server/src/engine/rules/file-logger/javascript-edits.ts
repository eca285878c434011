// Small text edits over object literals and argument lists, for the rule's fixes.
import ts from 'typescript';
import { propertyName, walk } from '../../languages/ts-ast';
import type { OffsetEdit } from '../../types';

export function replaceNode(node: ts.Node, text: string, source: ts.SourceFile): OffsetEdit {
  return { span: { start: node.getStart(source), end: node.getEnd() }, text };
}

/**
 * The source text of the properties named `keys`, in source order; undefined when the object
 * has a spread or computed key, because then what it holds is unknown.
 */
export function keptProperties(object: ts.ObjectLiteralExpression, keys: readonly string[], source: ts.SourceFile): string[] | undefined {
  const kept: string[] = [];
  for (const property of object.properties) {
    if (ts.isSpreadAssignment(property)) return undefined;
    const name = property.name && propertyName(property.name);
    if (name === undefined) return undefined;
    if (keys.includes(name)) kept.push(property.getText(source));
  }
  return kept;
}

export function objectText(properties: readonly string[]): string {
  return properties.length === 0 ? '{}' : `{ ${properties.join(', ')} }`;
}

/** Removes one element of a comma-separated list (properties or arguments), with its comma. */
export function removeListElement(elements: ts.NodeArray<ts.Node>, element: ts.Node, source: ts.SourceFile): OffsetEdit {
  const index = elements.indexOf(element);
  const next = elements[index + 1];
  const previous = elements[index - 1];
  if (next) return { span: { start: element.getStart(source), end: next.getStart(source) }, text: '' };
  if (previous) return { span: { start: previous.getEnd(), end: element.getEnd() }, text: '' };
  const end = elements.hasTrailingComma ? elements.end : element.getEnd();
  return { span: { start: element.getStart(source), end }, text: '' };
}

/** The statement with its own line, when it has the line to itself. */
export function removeStatement(statement: ts.Statement, source: ts.SourceFile): OffsetEdit {
  const text = source.text;
  let start = statement.getStart(source);
  let end = statement.getEnd();
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const after = /^[ \t]*(?:\r?\n|$)/.exec(text.slice(end));
  if (/^[ \t]*$/.test(text.slice(lineStart, start)) && after) {
    start = lineStart;
    end += after[0].length;
  }
  return { span: { start, end }, text: '' };
}

/**
 * The statement declaring `name` (`const stream = fs.createWriteStream(...)`) when `use` is the
 * name's only use: a fix that stops using the stream removes it too, or the file stays open (and
 * reported). Undefined when the name is declared in a shared statement, exported, or used again.
 */
export function soleUseDeclaration(use: ts.Identifier, source: ts.SourceFile): ts.VariableStatement | undefined {
  const declarations: ts.VariableDeclaration[] = [];
  let uses = 0;
  walk(source, (node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === use.text) declarations.push(node);
    else if (ts.isIdentifier(node) && node.text === use.text && !isDeclarationOrMemberName(node)) uses++;
  });
  const declaration = declarations.length === 1 ? declarations[0]! : undefined;
  const statement = declaration?.parent.parent;
  if (uses !== 1 || !statement || !ts.isVariableStatement(statement) || statement.declarationList.declarations.length !== 1) return undefined;
  return ts.getModifiers(statement)?.length ? undefined : statement;
}

function isDeclarationOrMemberName(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) && parent.name === node) return true;
  if ((ts.isPropertyAccessExpression(parent) || ts.isPropertyAssignment(parent)) && parent.name === node) return true;
  return false;
}
