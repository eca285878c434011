// A top-level function declared with a credential-named parameter (`function openPool(host, user, password)`):
// hardcoded-credential reads a literal passed to it in another statement as that credential
// (rules/hardcoded-credential/javascript-own-parameters.ts), so the report in the call's statement follows from the
// declaration's too. The declaration is therefore a context unit (units.ts), kept in every region rerun, and its name
// with its parameters is a context binding, so a change to the declaration reruns its callers (engine/regions.ts).
import ts from 'typescript';

/** The check's credential words, as a word test: a superset of what it binds only keeps more units. */
const CREDENTIAL_WORD = /password|passwd|passwort|secret|token|api_?key|apikey|passphrase/i;

/** `function f(a, password)`, `const f = (a, token) => …`, `const f = function (secret) {…}`: name and parameters. */
export function credentialParameterFunctions(statement: ts.Statement): Array<[name: string, parameters: string]> {
  const found: Array<[string, string]> = [];
  const add = (name: string, parameters: ts.NodeArray<ts.ParameterDeclaration>): void => {
    const names = parameters.map((parameter) => parameter.name.getText());
    if (names.some((name) => CREDENTIAL_WORD.test(name))) found.push([name, names.join(',')]);
  };
  if (ts.isFunctionDeclaration(statement) && statement.name) add(statement.name.text, statement.parameters);
  if (ts.isVariableStatement(statement)) {
    for (const declaration of statement.declarationList.declarations) {
      const value = declaration.initializer;
      if (ts.isIdentifier(declaration.name) && value && (ts.isArrowFunction(value) || ts.isFunctionExpression(value))) add(declaration.name.text, value.parameters);
    }
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
