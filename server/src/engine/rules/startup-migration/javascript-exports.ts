// What a JS/TS module exports, by name, for the node layer's questions of an imported module (javascript-imported.ts:
// the functions that migrate; javascript-imported-models.ts: the Sequelize handles whose sync migrates).
import ts from 'typescript';
import { dottedName, unwrap } from '../../languages/ts-ast';

/**
 * Exported name -> what it names, in source order: `export function f`, `export const n = …`, `export { a as b }`,
 * `export default X` and `module.exports = X` (as `default`, and each member of an object literal), `exports.n = …`.
 */
export function exportedValues(source: ts.SourceFile): [string, ts.Node][] {
  const found: [string, ts.Node][] = [];
  const members = (object: ts.Expression): void => {
    const node = unwrap(object);
    if (!ts.isObjectLiteralExpression(node)) return;
    for (const property of node.properties) {
      if (ts.isShorthandPropertyAssignment(property)) found.push([property.name.text, property.name]);
      else if (ts.isPropertyAssignment(property) && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) found.push([property.name.text, property.initializer]);
      else if (ts.isMethodDeclaration(property) && ts.isIdentifier(property.name)) found.push([property.name.text, property]);
    }
  };
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && hasModifier(statement, ts.SyntaxKind.ExportKeyword)) {
      found.push([hasModifier(statement, ts.SyntaxKind.DefaultKeyword) ? 'default' : (statement.name?.text ?? 'default'), statement]);
    } else if (ts.isVariableStatement(statement) && hasModifier(statement, ts.SyntaxKind.ExportKeyword)) {
      for (const declaration of statement.declarationList.declarations) if (ts.isIdentifier(declaration.name) && declaration.initializer) found.push([declaration.name.text, declaration.initializer]);
    } else if (ts.isExportDeclaration(statement) && !statement.moduleSpecifier && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) found.push([element.name.text, element.propertyName ?? element.name]);
    } else if (ts.isExportAssignment(statement)) {
      found.push(['default', statement.expression]);
      members(statement.expression);
    } else if (ts.isExpressionStatement(statement)) {
      const assignment = unwrap(statement.expression);
      if (!ts.isBinaryExpression(assignment) || assignment.operatorToken.kind !== ts.SyntaxKind.EqualsToken) continue;
      const target = dottedName(assignment.left);
      if (target === 'module.exports') {
        found.push(['default', assignment.right]);
        members(assignment.right);
      } else if (target !== undefined && /^(?:module\.)?exports\.[\w$]+$/.test(target)) found.push([target.slice(target.lastIndexOf('.') + 1), assignment.right]);
    }
  }
  return found;
}

function hasModifier(statement: ts.Statement, kind: ts.SyntaxKind): boolean {
  return ts.canHaveModifiers(statement) && (ts.getModifiers(statement) ?? []).some((modifier) => modifier.kind === kind);
}
