// What a JS/TS module exports, by the path an importer reaches it under: `port` of `module.exports = { port: 3050 }`,
// `jwt.secret` of `export default { jwt: { secret: '…' } }`, `PORT` of `export const PORT = 8088`, `serverPort` of
// `exports.serverPort = () => 9090`. Read by the cross-file facts (hardcoded-port's imported ports, hardcoded-credential's
// sink keys). A value the module assigns again anywhere (`config.port = Number(process.env.PORT)`) is not exported as written.
import ts from 'typescript';
import { dottedName, unwrap } from './ts-ast';

/** An exported leaf: its path from what an importer binds, and its value (a literal, a function, any expression). */
export interface ExportedValue {
  name: string;
  value: ts.Expression | ts.FunctionDeclaration;
}

/** The deepest object nesting followed. */
const MAX_DEPTH = 5;

export function exportedValues(source: ts.SourceFile): ExportedValue[] {
  const declared = topLevelDeclarations(source);
  const reassigned = assignedNames(source);
  const found: ExportedValue[] = [];
  const leaf = (written: string, value: ExportedValue['value'], holder: string | undefined) => {
    // `module.exports = {...}` names its members from the top: `.port` is `port`.
    const name = written.startsWith('.') ? written.slice(1) : written;
    if (name === '' || reassigned.has(name) || (holder !== undefined && reassigned.has(`${holder}.${name}`))) return;
    found.push({ name, value });
  };
  const exported = (name: string, value: ts.Expression | undefined, holder: string | undefined, depth = 0): void => {
    const node = value && unwrap(value);
    if (!node || depth > MAX_DEPTH) return;
    if (ts.isIdentifier(node) && declared.has(node.text) && depth === 0) return exported(name, declared.get(node.text), node.text, depth + 1);
    if (!ts.isObjectLiteralExpression(node)) return leaf(name, node, holder);
    for (const property of node.properties) {
      const key = property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) ? property.name.text : undefined;
      if (key === undefined) continue;
      if (ts.isMethodDeclaration(property)) leaf(`${name}.${key}`, property as unknown as ts.FunctionDeclaration, holder);
      else if (ts.isPropertyAssignment(property)) exported(`${name}.${key}`, property.initializer, holder, depth + 1);
    }
  };
  for (const statement of source.statements) {
    if (ts.isExpressionStatement(statement)) {
      const assignment = unwrap(statement.expression);
      if (!ts.isBinaryExpression(assignment) || assignment.operatorToken.kind !== ts.SyntaxKind.EqualsToken) continue;
      const target = dottedName(assignment.left);
      // module.exports = {...}: the importer binds the object; exports.port = 3050: a member of it.
      if (target === 'module.exports') exported('', assignment.right, undefined);
      else if (target?.startsWith('exports.')) exported(target.slice('exports.'.length), assignment.right, undefined);
      else if (target?.startsWith('module.exports.')) exported(target.slice('module.exports.'.length), assignment.right, undefined);
    } else if (ts.isExportAssignment(statement)) exported('', statement.expression, undefined);
    else if (isExported(statement) && ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) exported(declaration.name.text, declaration.initializer, declaration.name.text, 1);
      }
    } else if (isExported(statement) && ts.isFunctionDeclaration(statement) && statement.name) leaf(statement.name.text, statement, undefined);
  }
  return found;
}

function isExported(statement: ts.Statement): boolean {
  return ts.canHaveModifiers(statement) && (ts.getModifiers(statement) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
}

/** Top-level `const config = {...}` declared once: what `module.exports = config` / `export default config` name. */
function topLevelDeclarations(source: ts.SourceFile): Map<string, ts.Expression | undefined> {
  const seen = new Map<string, ts.Expression | undefined | null>();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name)) seen.set(declaration.name.text, seen.has(declaration.name.text) ? null : declaration.initializer);
    }
  }
  const single = new Map<string, ts.Expression | undefined>();
  for (const [name, value] of seen) if (value !== null) single.set(name, value);
  return single;
}

/** Every dotted name the module assigns after its declaration (`config.port = …`, `PORT = …`). */
function assignedNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
      const name = dottedName(node.left);
      const statement = node.parent;
      // The export statements themselves (`module.exports = …`, `exports.port = …`) are what is read, not overrides.
      if (name !== undefined && !(ts.isExpressionStatement(statement) && statement.parent === source && /^(?:module\.)?exports(?:\.|$)/.test(name))) names.add(name);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}
