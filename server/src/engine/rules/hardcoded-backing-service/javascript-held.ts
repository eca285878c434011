// Values a JS/TS client gets through a name: `const host = 'db.internal'` then `createPool({ host })`,
// `const brokers = ['10.0.0.4:9092']` then `new Kafka({ brokers })`; and URLs built from pieces,
// `'mongodb+srv://app:' + password + '@cluster0-a8kd2.mongodb.net/shop'`. The literal is what the
// client gets, judged as if written in place.
import { pushTo } from './held-names';
import ts from 'typescript';
import { isStringLike, walk } from '../../languages/ts-ast';

type Literal = ts.StringLiteral | ts.NoSubstitutionTemplateLiteral;

/**
 * Each name's writes in the file (declarations, assignments, parameters), whatever the scope: a
 * name is resolved only when the file writes it once, in a `const` declaration, so a shadowing
 * parameter or a later reassignment leaves it alone.
 */
export class NameWrites {
  private writes?: Map<string, ts.Node[]>;

  constructor(private readonly source: ts.SourceFile) {}

  /** The value of the one `const` the identifier names, when the file writes that name nowhere else. */
  constValue(name: ts.Identifier): ts.Expression | undefined {
    const writes = this.all().get(name.text);
    const only = writes?.length === 1 ? writes[0] : undefined;
    if (!only || !ts.isVariableDeclaration(only) || !(ts.getCombinedNodeFlags(only) & ts.NodeFlags.Const)) return undefined;
    return only.initializer;
  }

  private all(): Map<string, ts.Node[]> {
    if (this.writes) return this.writes;
    const writes = new Map<string, ts.Node[]>();
    const add = (name: ts.Node, node: ts.Node): void => {
      if (ts.isIdentifier(name)) pushTo(writes, name.text, node);
    };
    walk(this.source, (node) => {
      if (ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isBindingElement(node)) add(node.name, node);
      else if (ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) add(node.name ?? node, node);
      else if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) add(node.left, node);
      // `++n`, `n--` write the name; `!n`, `-n` only read it (`if (!databaseUri)` before a fallback).
      else if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && isIncrement(node.operator) && ts.isIdentifier(node.operand)) add(node.operand, node);
    });
    this.writes = writes;
    return writes;
  }
}

function isIncrement(operator: ts.SyntaxKind): boolean {
  return operator === ts.SyntaxKind.PlusPlusToken || operator === ts.SyntaxKind.MinusMinusToken;
}

/** The value of a property (`host: name`, shorthand `{ host }`) when it is a name a `const` holds. */
export function heldValue(property: ts.ObjectLiteralElementLike, writes: NameWrites): ts.Expression | undefined {
  const value = ts.isShorthandPropertyAssignment(property) ? property.name : ts.isPropertyAssignment(property) ? property.initializer : undefined;
  return value && ts.isIdentifier(value) ? writes.constValue(value) : undefined;
}

/** The string literals of a value: itself, or each element of an array of them. */
export function literalsOf(value: ts.Expression | undefined): Literal[] {
  if (value && isStringLike(value)) return [value];
  return value && ts.isArrayLiteralExpression(value) ? value.elements.filter(isStringLike) : [];
}

/** A URL is a few `+` long; a hostile chain is not climbed. */
const MAX_PIECES = 16;

/**
 * The text of the URL a literal opens, other pieces read as nothing: the first literal of a `+`
 * chain (`'mongodb://app:' + pw + '@db.internal/shop'` -> `mongodb://app:@db.internal/shop`) or the
 * head of a template (`` `mongodb://app:${pw}@db.internal/shop` ``). Undefined for a literal that
 * opens no chain, or is not its first piece.
 */
export function builtUrl(node: ts.Node): { text: string; head: string; whole: ts.Expression } | undefined {
  if (ts.isTemplateExpression(node)) return { text: node.head.text + node.templateSpans.map((span) => span.literal.text).join(''), head: node.head.text, whole: node };
  if (!isStringLike(node)) return undefined;
  let top: ts.Expression = node;
  for (let depth = 0; depth < MAX_PIECES && isPlus(top.parent) && top.parent.left === top; depth++) top = top.parent;
  if (top === node) return undefined;
  const pieces: string[] = [];
  for (let part: ts.Expression = top; pieces.length < MAX_PIECES; part = part.left) {
    if (!isPlus(part)) {
      pieces.push(isStringLike(part) ? part.text : '');
      break;
    }
    pieces.push(isStringLike(part.right) ? part.right.text : '');
  }
  return { text: pieces.reverse().join(''), head: node.text, whole: top };
}

/** The operands of a `+` chain in order (`'redis://' + PRIMARY + ':6379/0'`), at most a URL's few. */
export function plusOperands(top: ts.BinaryExpression): ts.Expression[] {
  const operands: ts.Expression[] = [];
  let part: ts.Expression = top;
  for (; isPlus(part) && operands.length < MAX_PIECES; part = part.left) operands.push(part.right);
  operands.push(part);
  return operands.reverse();
}

export function isPlus(node: ts.Node): node is ts.BinaryExpression {
  return ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken;
}
