// Whether a port expression is a literal, directly or through a variable this file declares once
// (`const PORT = 3000`). Anything that reads the environment, a config object or a parameter is
// not: the port may well come from the platform.
import ts from 'typescript';
import { walk } from '../../languages/ts-ast';

export interface LiteralPort {
  /** The literal to replace in a fix (may sit in a declaration, not at the call). */
  literal: ts.NumericLiteral | ts.StringLiteral | ts.NoSubstitutionTemplateLiteral;
  port: number;
  /** The literal sits in a declaration with a type annotation: rewriting it may not type-check. */
  typed: boolean;
}

/**
 * Variables declared exactly once in the file and never written again, with their declarations: `let port = 3001`
 * then `if (process.env.ADMIN_PORT) port = Number(…)` holds what the deploy sets, not the literal.
 */
export function singleDeclarations(source: ts.SourceFile): Map<string, ts.VariableDeclaration> {
  const seen = new Map<string, ts.VariableDeclaration | null>();
  const written = new Set<string>();
  walk(source, (node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) {
      seen.set(node.name.text, seen.has(node.name.text) ? null : node);
    } else if (ts.isParameter(node) && ts.isIdentifier(node.name)) seen.set(node.name.text, null);
    else if (ts.isBinaryExpression(node) && isAssignment(node.operatorToken.kind) && ts.isIdentifier(node.left)) written.add(node.left.text);
  });
  const single = new Map<string, ts.VariableDeclaration>();
  for (const [name, declaration] of seen) if (declaration && !written.has(name)) single.set(name, declaration);
  return single;
}

function isAssignment(kind: ts.SyntaxKind): boolean {
  return kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;
}

export function literalPort(expression: ts.Expression, declarations: ReadonlyMap<string, ts.VariableDeclaration>): LiteralPort | undefined {
  const node = unwrapExpression(expression);
  const direct = portValue(node);
  if (direct) return { literal: direct.literal, port: direct.port, typed: false };
  if (!ts.isIdentifier(node)) return undefined;
  const declaration = declarations.get(node.text);
  const init = declaration?.initializer && unwrapExpression(declaration.initializer);
  const value = init && portValue(init);
  return value && { literal: value.literal, port: value.port, typed: declaration.type !== undefined };
}

function unwrapExpression(node: ts.Expression): ts.Expression {
  let current = node;
  while (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isNonNullExpression(current)) current = current.expression;
  return current;
}

/** A literal TCP port: 1 to 65535 (0 asks the OS for a free one, as tests do). */
function portValue(node: ts.Expression): { literal: LiteralPort['literal']; port: number } | undefined {
  if (!ts.isNumericLiteral(node) && !ts.isStringLiteral(node) && !ts.isNoSubstitutionTemplateLiteral(node)) return undefined;
  if (!/^[0-9]{1,5}$/.test(node.text)) return undefined;
  const port = Number(node.text);
  return port >= 1 && port <= 65535 ? { literal: node, port } : undefined;
}
