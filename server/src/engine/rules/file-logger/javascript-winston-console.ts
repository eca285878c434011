// Whether the winston logger a file transport belongs to already logs to the console. Swapping the
// File transport for a second Console would print every line twice: then the fix only removes the
// File transport (its array element, or its `logger.add(...)` statement).
import ts from 'typescript';
import { dottedName, objectProperty, unwrap, walk } from '../../languages/ts-ast';
import type { OffsetEdit } from '../../types';
import { removeListElement, removeStatement } from './javascript-edits';
import { qualifiedName } from './javascript-names';
import type { FileLoggerScan } from './javascript-scan';

const CONSOLE = 'winston.transports.Console';
/** Calls that take a logger's options: `createLogger({...})`, `new winston.Logger({...})`, `logger.configure({...})`. */
const LOGGER_FACTORIES = new Set(['createLogger', 'Logger', 'configure']);

/** Where the file transport stands: an element of a `transports` array, or the argument of `<logger>.add(...)`. */
type Site =
  | { kind: 'array'; array: ts.ArrayLiteralExpression; element: ts.Expression; logger: string | undefined }
  | { kind: 'add'; statement: ts.ExpressionStatement; logger: string };

type Console = 'yes' | 'no' | 'unknown';

/**
 * The edit that drops the file transport when its logger already has a Console transport; 'no'
 * when it has none (a swap is right); 'unknown' when something the logger holds cannot be read.
 */
export function consoleAlreadyThere(transport: ts.NewExpression, scan: FileLoggerScan): OffsetEdit | 'no' | 'unknown' {
  const site = siteOf(transport);
  if (!site) return 'no';
  const level = levelOf(transport);
  const found = site.kind === 'array' ? arrayHasConsole(site.array, site.element, level, scan) : 'no';
  const elsewhere = site.logger === undefined ? 'no' : loggerHasConsole(site.logger, level, scan);
  const verdict = combine(found, elsewhere);
  if (verdict !== 'yes') return verdict;
  return site.kind === 'array' ? removeListElement(site.array.elements, site.element, scan.source) : removeStatement(site.statement, scan.source);
}

function siteOf(transport: ts.NewExpression): Site | undefined {
  let node: ts.Node = transport;
  while (node.parent && (ts.isParenthesizedExpression(node.parent) || ts.isAsExpression(node.parent))) node = node.parent;
  const parent = node.parent;
  if (parent && ts.isArrayLiteralExpression(parent)) return { kind: 'array', array: parent, element: node as ts.Expression, logger: loggerOfArray(parent) };
  if (parent && ts.isCallExpression(parent) && parent.arguments.length === 1 && ts.isPropertyAccessExpression(parent.expression) && parent.expression.name.text === 'add') {
    const logger = dottedName(parent.expression.expression);
    if (logger !== undefined && ts.isExpressionStatement(parent.parent)) return { kind: 'add', statement: parent.parent, logger };
  }
  return undefined;
}

/** `const logger = createLogger({ transports: [ … ] })` -> `logger`; `logger.configure({ transports })` -> `logger`. */
function loggerOfArray(array: ts.ArrayLiteralExpression): string | undefined {
  const property = array.parent;
  if (!ts.isPropertyAssignment(property) || property.name.getText() !== 'transports') return undefined;
  const call = property.parent.parent;
  if (!call || !(ts.isCallExpression(call) || ts.isNewExpression(call))) return undefined;
  const callee = unwrap(call.expression);
  const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
  if (name === 'configure' && ts.isPropertyAccessExpression(callee)) return dottedName(callee.expression);
  if (name === undefined || !LOGGER_FACTORIES.has(name)) return undefined;
  let holder: ts.Node = call;
  while (holder.parent && (ts.isParenthesizedExpression(holder.parent) || ts.isAsExpression(holder.parent))) holder = holder.parent;
  const declaration = holder.parent;
  return declaration && ts.isVariableDeclaration(declaration) && ts.isIdentifier(declaration.name) ? declaration.name.text : undefined;
}

function arrayHasConsole(array: ts.ArrayLiteralExpression, except: ts.Expression, level: string | undefined, scan: FileLoggerScan): Console {
  return array.elements.filter((element) => element !== except).reduce<Console>((verdict, element) => combine(verdict, consoleCovering(element, level, scan)), 'no');
}

/**
 * Whether a transport expression is a Console that prints what the file got: one without a
 * `level` of its own, or with the file's. A Console at `error` does not replace a file of
 * everything. Unknown: a spread, a call, a Console chosen by a condition.
 */
function consoleCovering(expression: ts.Expression, level: string | undefined, scan: FileLoggerScan, depth = 0): Console {
  const node = unwrap(expression);
  if (ts.isNewExpression(node)) {
    if (qualifiedName(node.expression, scan.bindings) !== CONSOLE) return 'no';
    const own = levelOf(node);
    return own === undefined || own === level ? 'yes' : 'unknown';
  }
  if (ts.isIdentifier(node) && depth < 3) {
    const declared = scan.declarations.get(node.text);
    return declared ? consoleCovering(declared, level, scan, depth + 1) : 'unknown';
  }
  return 'unknown';
}

/** The transport's `level` option as written (`'error'`), undefined when it has none. */
function levelOf(transport: ts.NewExpression): string | undefined {
  const options = transport.arguments?.[0] && unwrap(transport.arguments[0]);
  if (!options || !ts.isObjectLiteralExpression(options)) return undefined;
  return objectProperty(options, 'level')?.getText();
}

/** The logger's own declaration and every `<logger>.add(...)` in the file. */
function loggerHasConsole(logger: string, level: string | undefined, scan: FileLoggerScan): Console {
  let verdict: Console = 'no';
  const declared = scan.declarations.get(logger);
  const options = declared && optionsOf(unwrap(declared));
  const transports = options && objectProperty(options, 'transports');
  if (transports) {
    const list = unwrap(transports);
    verdict = ts.isArrayLiteralExpression(list) ? list.elements.reduce<Console>((sum, element) => combine(sum, consoleCovering(element, level, scan)), 'no') : consoleCovering(list, level, scan);
  }
  walk(scan.source, (node) => {
    if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression) || node.expression.name.text !== 'add') return;
    if (dottedName(node.expression.expression) !== logger || node.arguments.length !== 1) return;
    const console = consoleCovering(node.arguments[0]!, level, scan);
    // `if (dev) logger.add(new Console())`: without the file, production would log nothing.
    const always = ts.isExpressionStatement(node.parent) && ts.isSourceFile(node.parent.parent);
    verdict = combine(verdict, console === 'no' ? 'no' : always ? console : 'unknown');
  });
  return verdict;
}

function optionsOf(call: ts.Expression): ts.ObjectLiteralExpression | undefined {
  if (!ts.isCallExpression(call) && !ts.isNewExpression(call)) return undefined;
  const first = call.arguments?.[0] && unwrap(call.arguments[0]);
  return first && ts.isObjectLiteralExpression(first) ? first : undefined;
}

/** 'yes' wins (a Console is known to be there); otherwise anything unreadable leaves it unknown. */
function combine(a: Console, b: Console): Console {
  if (a === 'yes' || b === 'yes') return 'yes';
  return a === 'unknown' || b === 'unknown' ? 'unknown' : 'no';
}
