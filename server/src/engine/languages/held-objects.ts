// A top-level `const sess = { secret: '…' }` handed whole to a call in another statement (`app.use(session(sess))`):
// hardcoded-credential reads the object as if written in that call (rules/hardcoded-credential/javascript-held-
// options.ts), so its report in the const's statement follows from the call's statement too. The call's statement is
// therefore a context unit (units.ts), kept in every region rerun, and the names it hands over are context bindings,
// so a change to the call reruns the const's statement (engine/regions.ts).
import ts from 'typescript';
import { readOnce } from '../readOnce';

/** Top-level `const` names whose value is an object literal. */
function topLevelObjectConsts(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement) || (statement.declarationList.flags & ts.NodeFlags.Const) === 0) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.initializer && ts.isObjectLiteralExpression(declaration.initializer)) names.add(declaration.name.text);
    }
  }
  return names;
}

/** A bare identifier handed whole to a call: `session(sess)`, `new JwtStrategy(jwtOptions, verify)`. */
export interface HandOver {
  call: ts.CallExpression | ts.NewExpression;
  /** Which argument the identifier is. */
  index: number;
  /** The top-level statement the call is in. */
  statement: ts.Statement;
}

/** The calls each identifier is handed to as a whole argument, in source order; one walk per file. */
export const callsByBareArgument = readOnce((source: ts.SourceFile): ReadonlyMap<string, readonly HandOver[]> => {
  const found = new Map<string, HandOver[]>();
  for (const statement of source.statements) {
    const visit = (node: ts.Node): void => {
      if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments) {
        node.arguments.forEach((argument, index) => {
          if (!ts.isIdentifier(argument)) return;
          const list = found.get(argument.text);
          if (list) list.push({ call: node, index, statement });
          else found.set(argument.text, [{ call: node, index, statement }]);
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(statement);
  }
  return found;
});

/** Each top-level statement that hands a top-level const object whole to a call, with the callees it hands each name to. */
export const heldObjectHandOvers = readOnce((source: ts.SourceFile): ReadonlyMap<ts.Statement, ReadonlyMap<string, string>> => {
  const found = new Map<ts.Statement, Map<string, string>>();
  const objects = topLevelObjectConsts(source);
  if (objects.size === 0) return found;
  for (const name of objects) {
    for (const { call, statement } of callsByBareArgument(source).get(name) ?? []) {
      const handed = found.get(statement) ?? new Map<string, string>();
      handed.set(name, `${handed.get(name) ?? ''} ${call.expression.getText(source)}`.trim());
      found.set(statement, handed);
    }
  }
  return found;
});

/** The names handed over and to what (`sess` -> `held:session`), for a check's contextBindings. */
export function heldObjectBindings(source: ts.SourceFile): Map<string, string> {
  const bindings = new Map<string, string>();
  for (const handed of heldObjectHandOvers(source).values()) {
    for (const [name, callee] of handed) bindings.set(name, `${bindings.has(name) ? `${bindings.get(name)} ` : ''}held:${callee}`);
  }
  return bindings;
}
