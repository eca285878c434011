// Small text edits over object literals and argument lists, for the rule's fixes.
import ts from 'typescript';
import { propertyName } from '../../languages/ts-ast';
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
