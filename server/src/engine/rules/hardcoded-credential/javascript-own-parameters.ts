// JavaScript and TypeScript: a literal passed to a function declared at the top of the same file is bound to the
// parameter at its position, so `openPool(host, 'app', '…')` against `function openPool(host, user, password)` is a
// password as `const password = '…'` is (issue #9, probe26c 3, the JS twin of go-own-parameters.ts). A name guess,
// with that guess's severity and hard negatives (`passwordLabel`, `passwordField` name no secret). Methods and
// imported functions are left out: which one is called is another file's or a receiver's to say.
import ts from 'typescript';
import { declaredFunctionsOf } from '../../languages/credential-parameters';
import { readOnce } from '../../readOnce';
import { ownParameterTarget, type DeclaredFunctions } from './own-parameters';
import type { Target } from './target';

/** The file's top-level functions by name, each with its parameters' names (languages/credential-parameters.ts lists them). */
const declaredFunctions = readOnce((file: ts.SourceFile): DeclaredFunctions => {
  const found = new Map<string, (readonly string[])[]>();
  // A later declaration of a name replaces an earlier one, as it does when the file runs.
  for (const statement of file.statements) {
    for (const [name, parameters] of declaredFunctionsOf(statement)) found.set(name, [parameterNames(parameters)]);
  }
  return found;
});

/** Names in order; a destructured parameter keeps its place unnamed, a rest parameter ends the list. */
function parameterNames(parameters: ts.NodeArray<ts.ParameterDeclaration>): string[] {
  const names: string[] = [];
  for (const parameter of parameters) {
    if (parameter.dotDotDotToken) break;
    names.push(ts.isIdentifier(parameter.name) ? parameter.name.text : '');
  }
  return names;
}

/** The credential argument `index` of a bare call binds to, where the file declares the function and names that parameter so. */
export function javascriptOwnParameterTarget(call: ts.CallExpression | ts.NewExpression, index: number): Target | undefined {
  if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression)) return undefined;
  return ownParameterTarget(declaredFunctions(call.getSourceFile()), call.expression.text, call.expression.text, index);
}

/**
 * The prefilter's test (javascript-prefilter.ts): a function declared at the top of the file (its line starts the
 * declaration, as declaredFunctions reads only top-level statements) with a parameter of a credential's name. Anchored
 * at the line so a method's or a callback's `(token)` (cancellation tokens, lexer tokens) does not wake the parse.
 */
export const OWN_CREDENTIAL_PARAMETER =
  /^(?:export\s+)?(?:async\s+)?function\s*[\w$]+\s*\([^()]{0,300}?\b(?:password|passwd|passwort|secret|token|api_?key|apikey|passphrase)\b|^(?:export\s+)?(?:const|let|var)\s+[\w$]+\s*=\s*(?:async\s*)?(?:function\s*[\w$]*\s*\([^()]{0,300}?\b(?:password|passwd|passwort|secret|token|api_?key|apikey|passphrase)\b|\([^()]{0,300}?\b(?:password|passwd|passwort|secret|token|api_?key|apikey|passphrase)\b[^()]{0,300}\)\s*(?::[^=;{}]{0,80})?=>)/im;
