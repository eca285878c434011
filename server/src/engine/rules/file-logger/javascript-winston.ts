// winston: File and DailyRotateFile transports, and the fix that swaps them for Console.
import ts from 'typescript';
import { lastSegment, objectProperty, unwrap } from '../../languages/ts-ast';
import type { ReplaceFix } from '../../types';
import { keptProperties, objectText, replaceNode } from './javascript-edits';
import { qualifiedName } from './javascript-names';
import { isExplicitStdout } from './javascript-paths';
import { replaceFix, type FileLoggerScan } from './javascript-scan';
import { consoleAlreadyThere } from './javascript-winston-console';

const FILE_TRANSPORTS: Readonly<Record<string, string>> = {
  'winston.transports.File': 'a file (transports.File)',
  'winston.transports.DailyRotateFile': 'rotating files (DailyRotateFile)',
  'winston-daily-rotate-file': 'rotating files (DailyRotateFile)',
};

// Console understands these; the file-only options (filename, maxsize, datePattern ...) go.
const CONSOLE_OPTIONS = ['format', 'level'];

/**
 * `new winston.transports.File({...})`, `new transports.File`, `new DailyRotateFile(...)`. Several in one `transports`
 * list are one logger writing files: one finding, at the first, the others related.
 */
export function checkWinstonTransport(node: ts.NewExpression, scan: FileLoggerScan): void {
  const what = fileTransport(node, scan);
  if (what === undefined) return;
  const list = node.parent;
  const siblings = ts.isArrayLiteralExpression(list) ? list.elements.filter((element): element is ts.NewExpression => ts.isNewExpression(element) && fileTransport(element, scan) !== undefined) : [node];
  if (siblings[0] !== node) return;
  const others = siblings.slice(1);
  if (others.length === 0) return scan.report(node, `winston writes logs to ${what}`, winstonConsoleFix(node, scan));
  const group = winstonGroupFix(siblings, scan);
  scan.report(node, `winston writes logs to ${what}`, group ?? winstonConsoleFix(node, scan), others, group !== undefined);
}

/**
 * The fix for a logger's several file transports, side by side in its list (`File({ filename: 'error.log', level:
 * 'error' }), File({ filename: 'combined.log' })`): one Console transport in their place, made from the one that
 * takes every level (a Console at `error` would drop the rest). None when they are apart, when each has a level of
 * its own, or when the logger has a Console already (the single fix's cases that are not a swap).
 */
function winstonGroupFix(siblings: readonly ts.NewExpression[], scan: FileLoggerScan): ReplaceFix | undefined {
  const list = siblings[0]!.parent;
  if (!ts.isArrayLiteralExpression(list)) return undefined;
  const indexes = siblings.map((sibling) => list.elements.indexOf(sibling));
  if (indexes.some((index, i) => i > 0 && index !== indexes[i - 1]! + 1)) return undefined;
  const everything = siblings.find((sibling) => !hasLevel(sibling));
  const swap = everything ? winstonConsoleFix(everything, scan) : undefined;
  const console = swap?.edits.length === 1 && swap.edits[0]!.span.start === everything!.getStart(scan.source) ? swap.edits[0]!.text : undefined;
  if (console === undefined) return undefined;
  const span = { start: siblings[0]!.getStart(scan.source), end: siblings[siblings.length - 1]!.getEnd() };
  return replaceFix('Log to stdout (one winston Console transport for the logger\'s files)', [{ span, text: console }]);
}

function hasLevel(transport: ts.NewExpression): boolean {
  const options = transport.arguments?.[0] && unwrap(transport.arguments[0]);
  return options !== undefined && (!ts.isObjectLiteralExpression(options) || objectProperty(options, 'level') !== undefined);
}

/** What a transport writes to when it is a file transport not pointed at stdout. */
function fileTransport(node: ts.NewExpression, scan: FileLoggerScan): string | undefined {
  const name = qualifiedName(node.expression, scan.bindings);
  const what = name === undefined || !Object.hasOwn(FILE_TRANSPORTS, name) ? undefined : FILE_TRANSPORTS[name];
  const options = node.arguments?.[0] && unwrap(node.arguments[0]);
  if (options && ts.isObjectLiteralExpression(options) && isExplicitStdout(objectProperty(options, 'filename'), scan.declarations)) return undefined;
  return what;
}

/** winston 2: `winston.add(winston.transports.File, { filename })`. */
export function checkWinstonLegacyAdd(call: ts.CallExpression, scan: FileLoggerScan): void {
  const callee = qualifiedName(call.expression, scan.bindings);
  const transport = call.arguments[0];
  if (callee === undefined || lastSegment(callee) !== 'add' || !transport || ts.isNewExpression(unwrap(transport))) return;
  const name = qualifiedName(transport, scan.bindings);
  const what = name === undefined || !Object.hasOwn(FILE_TRANSPORTS, name) ? undefined : FILE_TRANSPORTS[name];
  if (what !== undefined) scan.report(transport, `winston writes logs to ${what}`);
}

/**
 * `new <ns>.transports.Console({ format, level })` in place of a transport. Only when the
 * options are an object literal we can read whole, and a Console reference is at hand. When the
 * logger already has a Console, the file transport just goes; when that cannot be told, no fix.
 */
export function winstonConsoleFix(node: ts.NewExpression, scan: FileLoggerScan): ReplaceFix | undefined {
  // A second Console would print every line twice: drop the file transport instead.
  const console = consoleAlreadyThere(node, scan);
  if (console === 'unknown') return undefined;
  if (console !== 'no') return replaceFix('Log to stdout (drop the winston file transport; Console is already there)', [console]);
  const reference = consoleReference(node.expression, scan);
  const args = node.arguments ?? [];
  if (reference === undefined || args.length > 1) return undefined;
  let options = '';
  if (args[0]) {
    const object = unwrap(args[0]);
    if (!ts.isObjectLiteralExpression(object)) return undefined;
    const kept = keptProperties(object, CONSOLE_OPTIONS, scan.source);
    if (kept === undefined) return undefined;
    options = kept.length > 0 ? objectText(kept) : '';
  }
  // `new require('winston').transports.Console()` would construct `require`: keep such callees parenthesised.
  const callee = reference.includes('(') ? `(${reference})` : reference;
  const edit = replaceNode(node, `new ${callee}(${options})`, scan.source);
  return replaceFix('Log to stdout (winston Console transport)', [edit]);
}

// `winston.transports.File` -> `winston.transports.Console`; an imported class needs a winston binding.
function consoleReference(callee: ts.Expression, scan: FileLoggerScan): string | undefined {
  const target = unwrap(callee);
  if (ts.isPropertyAccessExpression(target)) return `${target.expression.getText(scan.source)}.Console`;
  for (const [local, module] of scan.bindings) {
    if (module === 'winston.transports.Console') return local;
    if (module === 'winston.transports') return `${local}.Console`;
    if (module === 'winston') return `${local}.transports.Console`;
  }
  return undefined;
}
