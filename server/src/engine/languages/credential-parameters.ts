// A top-level function declared with a credential-named parameter (`function openPool(host, user, password)`):
// hardcoded-credential reads a literal passed to it in another statement as that credential
// (rules/hardcoded-credential/javascript-own-parameters.ts), so the report in the call's statement follows from the
// declaration's too. The declaration is therefore a context unit (units.ts), kept in every region rerun, and its name
// with its parameters is a context binding, so a change to the declaration reruns its callers (engine/regions.ts).
import ts from 'typescript';

/** The check's credential words, as a word test: a superset of what it binds only keeps more units. */
const CREDENTIAL_WORD = /password|passwd|passwort|secret|token|api_?key|apikey|passphrase/i;

/** `function f(a, b)`, `const f = (a, b) => …`, `const f = async function (a, b) {…}`: each function a top-level statement declares, by name. */
export function declaredFunctionsOf(statement: ts.Statement): Array<[name: string, parameters: ts.NodeArray<ts.ParameterDeclaration>]> {
  if (ts.isFunctionDeclaration(statement)) return statement.name ? [[statement.name.text, statement.parameters]] : [];
  if (!ts.isVariableStatement(statement)) return [];
  const found: Array<[string, ts.NodeArray<ts.ParameterDeclaration>]> = [];
  for (const declaration of statement.declarationList.declarations) {
    const value = declaration.initializer;
    if (ts.isIdentifier(declaration.name) && value && (ts.isArrowFunction(value) || ts.isFunctionExpression(value))) found.push([declaration.name.text, value.parameters]);
  }
  return found;
}

/** The statement's functions whose parameter list names a credential word, with their parameters as written. */
export function credentialParameterFunctions(statement: ts.Statement): Array<[name: string, parameters: string]> {
  const found: Array<[string, string]> = [];
  for (const [name, parameters] of declaredFunctionsOf(statement)) {
    const names = parameters.map((parameter) => parameter.name.getText());
    if (names.some((written) => CREDENTIAL_WORD.test(written))) found.push([name, names.join(',')]);
  }
  return found;
}

/** Each such function's name bound to its parameters (`openPool` -> `own:host,user,password`), for a check's contextBindings. */
export function credentialParameterBindings(source: ts.SourceFile): Map<string, string> {
  const bindings = new Map<string, string>();
  for (const statement of source.statements) {
    for (const [name, parameters] of credentialParameterFunctions(statement)) bindings.set(name, `own:${parameters}`);
  }
  return bindings;
}
