// What a path or a destination expression says about where output goes.
import ts from 'typescript';
import { dottedName, envReadName, lastSegment, stringValue, unwrap } from '../../languages/ts-ast';
import { isDevicePath } from './device-paths';
import { saysLog } from './javascript-names';

/** Variables declared once in the file, by name, to follow `const LOG_FILE = 'app.log'`. */
export type Declarations = ReadonlyMap<string, ts.Expression>;

const MAX_DEPTH = 4;
const STDOUT_NAMES = new Set(['process.stdout', 'process.stderr', 'process.stdout.fd', 'process.stderr.fd']);
const PATH_JOINERS = new Set(['join', 'resolve']);
// `app.log`, `app-%DATE%.log`, `app.log.1`, `app.log.gz`.
const LOG_FILE_NAME = /\.log(\.[a-z0-9]+)?$/;

// A best-effort picture of a path: literals as they are, unknown parts as `*`
// (`path.join(__dirname, 'logs', name)` -> `*/logs/*`). Undefined when the expression is not
// recognisably a path.
export function pathText(node: ts.Expression | undefined, declarations: Declarations, depth = 0): string | undefined {
  if (!node || depth > MAX_DEPTH) return undefined;
  const target = unwrap(node);
  const literal = stringValue(target);
  if (literal !== undefined) return literal;
  if (ts.isTemplateExpression(target)) return target.head.text + target.templateSpans.map((span) => `*${span.literal.text}`).join('');
  if (ts.isIdentifier(target)) return pathText(declarations.get(target.text), declarations, depth + 1);
  if (ts.isBinaryExpression(target) && target.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = pathText(target.left, declarations, depth + 1);
    const right = pathText(target.right, declarations, depth + 1);
    return left === undefined && right === undefined ? undefined : `${left ?? '*'}${right ?? '*'}`;
  }
  if (ts.isCallExpression(target)) {
    const callee = dottedName(target.expression);
    if (callee === undefined || !PATH_JOINERS.has(lastSegment(callee))) return undefined;
    return target.arguments.map((argument) => pathText(argument, declarations, depth + 1) ?? '*').join('/');
  }
  return undefined;
}

export function isStdoutPath(path: string): boolean {
  return isDevicePath(path);
}

/** A `.log` file, or any file under a `log`/`logs` directory. */
export function isLogPath(path: string): boolean {
  const segments = path.replace(/\\/g, '/').toLowerCase().split('/').filter((segment) => segment.length > 0);
  const base = segments[segments.length - 1];
  if (base !== undefined && LOG_FILE_NAME.test(base)) return true;
  return segments.slice(0, -1).some((segment) => segment === 'log' || segment === 'logs');
}

/** Whether a path argument names a log file, by its value or, when unknown, by its name (`config.logFile`). */
export function namesLogFile(node: ts.Expression | undefined, declarations: Declarations): boolean {
  if (!node) return false;
  const text = pathText(node, declarations);
  if (text !== undefined) return isLogPath(text);
  const name = dottedName(unwrap(node));
  return name !== undefined && !name.includes('(') && saysLog(lastSegment(name));
}

export type Destination = 'stdout' | 'file' | 'unknown';

/**
 * Where a destination that may be an fd or a path points (pino's `destination`/`dest`).
 * Absent, an fd or `process.stdout` is stdout; a path is a file; an env read is the platform's
 * choice (unknown) unless it falls back to a path.
 */
export function destinationOf(node: ts.Expression | undefined, declarations: Declarations, depth = 0): Destination {
  if (!node) return 'stdout';
  const target = unwrap(node);
  if (depth > MAX_DEPTH) return 'unknown';
  if (ts.isNumericLiteral(target)) return 'stdout';
  const name = dottedName(target);
  if (name !== undefined && STDOUT_NAMES.has(name)) return 'stdout';
  if (envReadName(target) !== undefined) return 'unknown';
  if (ts.isBinaryExpression(target) && isFallback(target.operatorToken.kind) && envReadName(unwrap(target.left)) !== undefined) {
    return destinationOf(target.right, declarations, depth + 1);
  }
  if (ts.isIdentifier(target)) {
    const declared = declarations.get(target.text);
    return declared ? destinationOf(declared, declarations, depth + 1) : 'unknown';
  }
  const text = pathText(target, declarations);
  if (text === undefined) return 'unknown';
  return isStdoutPath(text) ? 'stdout' : 'file';
}

function isFallback(kind: ts.SyntaxKind): boolean {
  return kind === ts.SyntaxKind.BarBarToken || kind === ts.SyntaxKind.QuestionQuestionToken;
}

/** For loggers whose path option always means a file: only an explicit stdout path is not one. */
export function isExplicitStdout(node: ts.Expression | undefined, declarations: Declarations): boolean {
  return destinationOf(node, declarations) === 'stdout' && node !== undefined;
}
