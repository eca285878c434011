// JS/TS: `session({ secret: crypto.randomBytes(32).toString('hex') })`, `cookieParser(randomBytes(16)...)`,
// cookie-session's and Koa's `keys: [randomBytes(32)...]`, `const JWT_SECRET = crypto.randomUUID()` that `jwt.sign`
// signs with. `process.env.SESSION_SECRET || randomBytes(32)...` is a fallback.
import ts from 'typescript';
import { envReadEdit } from '../../fixes/envRead';
import { dottedName, lastSegment, propertyName, spanOf, walk } from '../../languages/ts-ast';
import type { LanguageCheck, RuleContext } from '../../rule';
import { isKeyToolPath, isSigningKeyName, isSingletonClass, isStartupFunctionName } from './names';
import { assignsFromEnvironment, fillsEmpty, testsEnvironmentForEmpty, testsName, variableRead } from './env-guard';
import { printsName, reportKey } from './report';
import { inDevelopmentCode } from '../development-code';

const GENERATORS = new Set(['randomBytes', 'randomUUID', 'uuidv4', 'v4', 'nanoid', 'generateSecret']);
/** Calls that only encode the key: `Buffer.from(...)`, `.toString('hex')`, `String(...)`. */
const WRAPPERS = new Set(['toString', 'String', 'from', 'slice', 'toUpperCase', 'toLowerCase']);
/** Calls that take nothing but a signing secret as their first argument. */
const SINKS = new Set(['cookieParser', 'cookie-parser']);

type Step = { kind: 'wrap' } | { kind: 'fallback' } | { kind: 'name'; name: string; sink?: boolean } | { kind: 'stop' };

function isGenerator(node: ts.Node): node is ts.CallExpression {
  if (!ts.isCallExpression(node)) return false;
  const name = dottedName(node.expression);
  return name !== undefined && GENERATORS.has(lastSegment(name)) && (lastSegment(name) !== 'v4' || /uuid/i.test(name) || name === 'v4');
}

function readsEnvironment(node: ts.Node): boolean {
  return /\b(?:process\.env|import\.meta\.env|Deno\.env|Bun\.env|env)\b/.test(node.getText());
}

function step(parent: ts.Node, child: ts.Node): Step {
  if (ts.isPropertyAccessExpression(parent) || ts.isParenthesizedExpression(parent) || ts.isArrayLiteralExpression(parent)) return { kind: 'wrap' };
  if (ts.isAwaitExpression(parent) || ts.isAsExpression(parent) || ts.isNonNullExpression(parent) || ts.isSatisfiesExpression(parent)) return { kind: 'wrap' };
  if (ts.isCallExpression(parent)) {
    if (parent.expression === child) return { kind: 'wrap' };
    const name = dottedName(parent.expression);
    if (name !== undefined && SINKS.has(name) && parent.arguments[0] === child) return { kind: 'name', name, sink: true };
    return name !== undefined && WRAPPERS.has(lastSegment(name)) ? { kind: 'wrap' } : { kind: 'stop' };
  }
  if (ts.isBinaryExpression(parent)) {
    const op = parent.operatorToken.kind;
    // `secret ||= randomUUID()`: judged as an assignment, a fallback when a statement before read the environment (envGuard).
    if ((op === ts.SyntaxKind.EqualsToken || op === ts.SyntaxKind.BarBarEqualsToken || op === ts.SyntaxKind.QuestionQuestionEqualsToken) && parent.right === child) return named(assignedName(parent.left));
    if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) return readsEnvironment(parent.left) ? { kind: 'fallback' } : { kind: 'wrap' };
    return { kind: 'stop' };
  }
  if (ts.isConditionalExpression(parent)) return { kind: 'fallback' };
  if (ts.isPropertyAssignment(parent) && parent.initializer === child) return named(propertyName(parent.name));
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyDeclaration(parent)) && parent.initializer === child) return named(propertyName(parent.name));
  return { kind: 'stop' };
}

function named(name: string | undefined): Step {
  return name === undefined ? { kind: 'stop' } : { kind: 'name', name };
}

/** `JWT_SECRET = ...`, `app.keys = ...` -> `keys`, `this.secret = ...`. */
function assignedName(left: ts.Expression): string | undefined {
  if (ts.isIdentifier(left)) return left.text;
  if (ts.isPropertyAccessExpression(left)) return left.name.text;
  return undefined;
}

/** A function's name: declared, or the variable or property it is assigned to (`const createApp = () => ...`). */
function functionName(fn: ts.SignatureDeclaration): string {
  if (ts.isConstructorDeclaration(fn)) return 'constructor';
  if (fn.name) return propertyName(fn.name as ts.PropertyName) ?? '';
  const holder = fn.parent;
  if (ts.isVariableDeclaration(holder) || ts.isPropertyAssignment(holder) || ts.isPropertyDeclaration(holder)) return propertyName(holder.name) ?? '';
  return '';
}

/**
 * Outside any function, or in one that runs once: start-up code, an app factory, a class's constructor (a Nest provider).
 * A function declaration whatever its name (`function withSessions(app)`) runs once when this file calls it from such
 * code, two calls deep at most; a call in a route's callback or in development code does not count.
 */
function runsOncePerProcess(node: ts.Node, context: RuleContext, depth = 0): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (!ts.isFunctionLike(parent)) continue;
    const name = functionName(parent);
    if (name === 'constructor' || (name !== '' && isStartupFunctionName(name))) return true;
    if (!ts.isFunctionDeclaration(parent) || name === '' || depth >= 2) return false;
    const fn = parent;
    let once = false;
    walk(node.getSourceFile(), (call) => {
      if (once || call === fn) return false;
      if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || call.expression.text !== name) return;
      once = !inDevelopmentCode(context.parsed, context.language, spanOf(call)) && runsOncePerProcess(call, context, depth + 1);
    });
    return once;
  }
  return true;
}

/** A class field that is not static counts only in a class one instance of which serves the process (a Nest provider). */
function madeOncePerInstance(at: ts.Node): boolean {
  if (!ts.isPropertyDeclaration(at) || at.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword)) return true;
  const cls = at.parent;
  if (!ts.isClassLike(cls)) return true;
  const decorators = (ts.getDecorators(cls) ?? []).map((decorator) => decorator.getText()).join(' ');
  return isSingletonClass(cls.name?.text ?? '', decorators);
}

function check(context: RuleContext): void {
  if (isKeyToolPath(context.path)) return;
  const source = context.parsed.typescript;
  walk(source, (node) => {
    if (!isGenerator(node)) return;
    let fallback = false;
    // In `keys: [randomBytes(32)...]` a fix replaces the element: the option still takes a list.
    let element: ts.Node | undefined;
    for (let child: ts.Node = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
      if (ts.isArrayLiteralExpression(parent)) element ??= child;
      const next = step(parent, child);
      if (next.kind === 'stop') return;
      if (next.kind === 'fallback') fallback = true;
      if (next.kind !== 'name') continue;
      // The environment's read the random value stands in for: inline (`process.env.X || …`) or a guard before it.
      const read = fallback ? child.getText() : envGuard(parent, next.name);
      const variable = read === undefined || next.sink || isSigningKeyName(next.name) ? undefined : variableRead(read);
      const name = variable ?? next.name;
      if (!next.sink && !isSigningKeyName(name)) return;
      if (!runsOncePerProcess(parent, context) || printsName(context.text, next.name) || !madeOncePerInstance(parent)) return;
      const value = element ?? child;
      reportKey(context, {
        span: spanOf(child),
        name,
        fallback: fallback || read !== undefined,
        fix: (envName) => [envReadEdit(context.text, spanOf(value), envName, context.language, context.path)],
      });
      return;
    }
  });
}

/**
 * `if (!secret) { secret = randomBytes(32)… }` after `let secret = process.env.SESSION_SECRET`, `secret ||= randomUUID()`:
 * the text of the environment read the assignment stands in for (env-guard.ts), or undefined.
 */
function envGuard(assignment: ts.Node, name: string): string | undefined {
  const statement = assignment.parent;
  if (!ts.isExpressionStatement(statement)) return undefined;
  if (fillsEmpty(assignment.getText())) return readBefore(statement, name);
  let guard: ts.Node = statement.parent;
  if (ts.isBlock(guard)) guard = guard.parent;
  if (!ts.isIfStatement(guard)) return undefined;
  const test = guard.expression.getText();
  if (testsEnvironmentForEmpty(test)) return test;
  return testsName(test, name) ? readBefore(guard, name) : undefined;
}

/** The nearest statement before `statement` in its block that assigns the name, if it reads the environment. */
function readBefore(statement: ts.Statement, name: string): string | undefined {
  const block = statement.parent;
  if (!ts.isBlock(block) && !ts.isSourceFile(block)) return undefined;
  const statements = block.statements;
  for (let index = statements.indexOf(statement) - 1; index >= 0 && index >= statements.indexOf(statement) - 12; index--) {
    const text = statements[index]!.getText();
    if (assignsFromEnvironment(text, name)) return text;
  }
  return undefined;
}

/**
 * After the generator's word, a word of what holds a signing key (names.ts): `secret`, cookie-parser, an option or a
 * property `keys`, a `jwtKey`/`session_key`. Library code makes random ids (`uuid`) far more often than keys.
 */
const SIGNING_WORD = /secret|cookieparser|cookie-parser|\bkeys\s*[:=]|(?:jwt|sign|signing|session|cookie|hmac|token|auth|master|encryption|app)[_-]?key/;

/** A generator's call, not only the word `uuid` (a library's arbitraries, a column type). */
const GENERATOR_CALL = /randombytes|randomuuid|uuidv4|\bv4\s*\(|nanoid|generatesecret/;

export const javascriptCheck: LanguageCheck = {
  languages: ['javascript', 'typescript'],
  keywords: ['randombytes', 'randomuuid', 'uuid', 'nanoid', 'generatesecret'],
  mayReport: (file) => GENERATOR_CALL.test(file.lowered) && SIGNING_WORD.test(file.lowered),
  check,
};
