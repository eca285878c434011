// An object of user -> password that the code looks up and compares with a password, though no
// name says what it holds: `const USERS = { grower: '…' }` then `USERS[name] === password`,
// `timingSafeEqual(Buffer.from(USERS[user]), Buffer.from(pass))`. A check of its own, over the
// whole file: the object and its lookup sit in different statements.
import ts from 'typescript';
import { dottedName, isStringLike, lastSegment, propertyName, walk } from '../../languages/ts-ast';
import type { LanguageCheck, RuleContext } from '../../rule';
import { namesPassword } from './password-map-names';
import { JS_EQUALITY_CALLS, otherSide } from './compared';
import { reportCredentialLiteral } from './javascript';
import { isPasswordMapName, isTransparent, nameTarget, type Target } from './target';

const PASSWORD: Target['credential'] = { noun: 'password', strength: 'strong' };
const EQUALITY_OPERATORS = new Set([ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken]);
/** Wrappers between a lookup and the compare: `Buffer.from(USERS[u])`, `(USERS[u] as string)`. */
const MAX_WRAPPERS = 4;

export const javascriptPasswordMapCheck: LanguageCheck = {
  languages: ['javascript', 'typescript'],
  keywords: ['pass', 'pw'],
  check,
};

function check(context: RuleContext): void {
  const source = context.parsed.typescript;
  const names = comparedMapNames(source);
  if (names.size === 0) return;
  walk(source, (node) => {
    if (!ts.isVariableDeclaration(node) || !ts.isIdentifier(node.name) || !node.initializer) return;
    const object = unwrapped(node.initializer);
    if (!ts.isObjectLiteralExpression(object) || !names.has(node.name.text) || isPasswordMapName(node.name.text)) return;
    reportValues(object, node.name.text, source, context);
  });
}

/** The names whose lookup the file compares with a password. */
function comparedMapNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  walk(source, (node) => {
    if (!ts.isElementAccessExpression(node) || !ts.isIdentifier(node.expression)) return;
    if (comparedWithPassword(node)) names.add(node.expression.text);
  });
  return names;
}

/** Each `user: 'literal'` entry is a password; keys that name a credential themselves are the local check's. */
function reportValues(object: ts.ObjectLiteralExpression, owner: string, source: ts.SourceFile, context: RuleContext): void {
  for (const property of object.properties) {
    if (!ts.isPropertyAssignment(property) || !isStringLike(property.initializer)) continue;
    const key = propertyName(property.name);
    if (key === undefined || nameTarget([key]).credential) continue;
    const target: Target = { ...nameTarget([key, 'password']), label: `${owner}.${key}`, credential: PASSWORD };
    const literal = property.initializer;
    reportCredentialLiteral(literal, { start: literal.getStart(source), end: literal.getEnd() }, literal.text, target, context);
  }
}

/** `lookup === password`, `pass !== lookup`, `timingSafeEqual(Buffer.from(lookup), Buffer.from(password))`. */
function comparedWithPassword(lookup: ts.Expression): boolean {
  let node: ts.Node = lookup;
  for (let hops = 0; node.parent && hops < MAX_WRAPPERS && isTransparent(node.parent, node); hops++) node = node.parent;
  const parent = node.parent;
  let other: ts.Node | undefined;
  if (parent && ts.isBinaryExpression(parent) && EQUALITY_OPERATORS.has(parent.operatorToken.kind)) other = parent.left === node ? parent.right : parent.left;
  else if (parent && ts.isCallExpression(parent) && JS_EQUALITY_CALLS.has(lastSegment(dottedName(parent.expression) ?? ''))) {
    const args = [...parent.arguments];
    other = otherSide(args, args.indexOf(node as ts.Expression));
    for (let hops = 0; other && hops < MAX_WRAPPERS && isWrapperCall(other); hops++) other = (other as ts.CallExpression).arguments[0];
  }
  const name = other ? dottedName(other) : undefined;
  return name !== undefined && namesPassword(name);
}

/** `Buffer.from(x)`: the compared value inside. */
function isWrapperCall(node: ts.Node): boolean {
  return ts.isCallExpression(node) && node.arguments.length >= 1 && lastSegment(dottedName(node.expression) ?? '') === 'from';
}

function unwrapped(node: ts.Expression): ts.Expression {
  let current = node;
  for (let hops = 0; hops < MAX_WRAPPERS; hops++) {
    if (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isSatisfiesExpression(current)) current = current.expression;
    else if (ts.isCallExpression(current) && dottedName(current.expression) === 'Object.freeze' && current.arguments[0]) current = current.arguments[0];
    else break;
  }
  return current;
}
