// JavaScript and TypeScript: a literal passed to a function declared at the top of the same file is bound to the
// parameter at its position, so `openPool(host, 'app', '…')` against `function openPool(host, user, password)` is a
// password as `const password = '…'` is (issue #9, probe26c 3, the JS twin of go-own-parameters.ts). A name guess,
// with that guess's severity and hard negatives (`passwordLabel`, `passwordField` name no secret). Methods and
// imported functions are left out: which one is called is another file's or a receiver's to say.
import ts from 'typescript';
import { declaredFunctionsOf } from '../../languages/credential-parameters';
import { skipTrivia } from '../../prefilter';
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

/** OWN_CREDENTIAL_PARAMETER with the g flag, to read each declaration it finds. */
const OWN_CREDENTIAL_DECLARATIONS = new RegExp(OWN_CREDENTIAL_PARAMETER.source, 'gim');
const DECLARED_NAME = /^(?:export\s+)?(?:async\s+)?function\s*([\w$]+)|^(?:export\s+)?(?:const|let|var)\s+([\w$]+)/i;

/**
 * The prefilter's test: OWN_CREDENTIAL_PARAMETER, and a bare call of a function it finds (`openPool(` or `openPool<T>(`,
 * not `x.openPool(`) with a literal among the arguments: a quote, a backtick or a digit before the call's `)`. ownParameterTarget
 * binds only a literal argument. A parser's `const isScalar = (token) => …`, called with names, is not parsed for it
 * (round 27: 15 of /tmp/bt's files).
 */
export function mayPassLiteralToOwnCredentialParameter(text: string): boolean {
  if (!OWN_CREDENTIAL_PARAMETER.test(text)) return false;
  for (const match of text.matchAll(OWN_CREDENTIAL_DECLARATIONS)) {
    const found = DECLARED_NAME.exec(match[0]);
    const name = found?.[1] ?? found?.[2];
    if (name === undefined || mayCallWithLiteral(text, name)) return true;
  }
  return false;
}

function mayCallWithLiteral(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (NAME_PART.test(text[at - 1] ?? '') || NAME_PART.test(text[end] ?? '') || text[at - 1] === '.') continue;
    const open = skipTrivia(text, end);
    if (open < 0 || text[open] === '<') return true;
    if (text[open] === '(' && mayHoldLiteral(text, open)) return true;
  }
  return false;
}

const NAME_PART = /[\w$\\]/;

/** A quote, a backtick or a digit before the `)` closing the arguments at `open`, or a list too long or odd to read. */
function mayHoldLiteral(text: string, open: number): boolean {
  let depth = 0;
  for (let at = open; at < text.length && at < open + 2000; at++) {
    const char = text[at]!;
    if (char === "'" || char === '"' || char === '`' || (char >= '0' && char <= '9')) return true;
    if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return false;
  }
  return true;
}
