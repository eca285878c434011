// Writable file streams (fs.createWriteStream, rotating-file-stream, file-stream-rotator, ...) and
// where they reach a logger: a `stream:` option, a logger argument, a Console, an overridden stdout.
import ts from 'typescript';
import { dottedName, lastSegment, objectProperty, objectPropertyNode, propertyName, stringValue, unwrap, walk } from '../../languages/ts-ast';
import type { OffsetEdit, ReplaceFix } from '../../types';
import { removeListElement, removeStatement, replaceNode, soleUseDeclaration } from './javascript-edits';
import { qualifiedName, saysLog } from './javascript-names';
import { isStdoutPath, pathText } from './javascript-paths';
import { replaceFix, type FileLoggerScan } from './javascript-scan';
import { winstonConsoleFix } from './javascript-winston';

/** Constructors and factories whose result is a writable file stream, with a label for messages. */
const FILE_STREAM_FACTORIES: Readonly<Record<string, string>> = {
  'fs.createWriteStream': 'fs.createWriteStream',
  'rotating-file-stream': 'rotating-file-stream',
  'rotating-file-stream.createStream': 'rotating-file-stream',
  'rotating-file-stream.RotatingFileStream': 'rotating-file-stream',
  'file-stream-rotator.getStream': 'file-stream-rotator',
  'bunyan-rotating-file-stream': 'bunyan-rotating-file-stream',
};

/** The factory label when `node` creates a file stream (not one onto /dev/stdout). */
export function fileStreamFactory(node: ts.Node, scan: FileLoggerScan): string | undefined {
  if (!ts.isCallExpression(node) && !ts.isNewExpression(node)) return undefined;
  const name = qualifiedName(node.expression, scan.bindings);
  const label = name === undefined || !Object.hasOwn(FILE_STREAM_FACTORIES, name) ? undefined : FILE_STREAM_FACTORIES[name];
  if (label === undefined) return undefined;
  const path = pathText(node.arguments?.[0], scan.declarations);
  return path !== undefined && isStdoutPath(path) ? undefined : label;
}

/** The file-stream creation an expression is, or names through a variable. */
export function fileStreamOf(node: ts.Expression, scan: FileLoggerScan): ts.Expression | undefined {
  const target = unwrap(node);
  const created = ts.isIdentifier(target) ? scan.declarations.get(target.text) : target;
  const creation = created && unwrap(created);
  return creation && fileStreamFactory(creation, scan) !== undefined ? creation : undefined;
}

type Owner = { kind: 'morgan' | 'winston-stream' | 'bunyan' | 'pino' | 'other'; label: string };

const LOGGER_MODULES = new Set(['morgan', 'winston', 'bunyan', 'log4js', 'signale', 'consola', 'tracer', 'express-winston', 'koa-logger', 'loglevel', 'npmlog', 'roarr']);

/** Which logger a call is, by its module or by a name that says log (`createLogger`). */
export function loggerOf(call: ts.CallExpression | ts.NewExpression, scan: FileLoggerScan): Owner | undefined {
  const name = qualifiedName(call.expression, scan.bindings);
  if (name === undefined) return undefined;
  if (name === 'winston.transports.Stream') return { kind: 'winston-stream', label: 'winston' };
  const root = name.split('.')[0]!;
  if (root === 'morgan' || root === 'bunyan') return { kind: root, label: root };
  if (root === 'pino' || root.startsWith('pino-')) return { kind: 'pino', label: 'pino' };
  if (LOGGER_MODULES.has(root)) return { kind: 'other', label: root };
  if (root === 'console') return undefined;
  return saysLog(lastSegment(name).replace(/\(\)$/, '')) ? { kind: 'other', label: 'the logger' } : undefined;
}

/** `{ stream: fs.createWriteStream('access.log') }` given to morgan, bunyan, pino, winston's Stream transport ... */
export function checkStreamProperty(property: ts.PropertyAssignment | ts.ShorthandPropertyAssignment, scan: FileLoggerScan): void {
  if (propertyName(property.name) !== 'stream' || !ts.isObjectLiteralExpression(property.parent)) return;
  const value = ts.isPropertyAssignment(property) ? property.initializer : property.name;
  const creation = fileStreamOf(value, scan);
  const owner = creation && ownerCall(property.parent);
  const logger = owner && loggerOf(owner, scan);
  if (!creation || !owner || !logger) return;
  scan.consumed.add(creation);
  const subject = logger.kind === 'winston-stream' ? 'winston writes logs to a file stream (transports.Stream)' : `${logger.label} writes logs to a file stream`;
  const cleanup = streamCleanup(value, creation, scan);
  const fix = cleanup && streamOptionFix(logger, property, owner, scan);
  scan.report(value, subject, fix && withEdits(fix, cleanup));
}

/**
 * What else a fix that stops using the stream must remove: nothing for a stream created in place;
 * its declaration for a variable used only here (else the file stays open, and reported).
 * Undefined when the variable is used elsewhere: no fix.
 */
function streamCleanup(value: ts.Expression, creation: ts.Expression, scan: FileLoggerScan): OffsetEdit[] | undefined {
  if (creation.pos >= value.pos && creation.end <= value.end) return [];
  const name = unwrap(value);
  const statement = ts.isIdentifier(name) ? soleUseDeclaration(name, scan.source) : undefined;
  return statement ? [removeStatement(statement, scan.source)] : undefined;
}

function withEdits(fix: ReplaceFix, edits: readonly OffsetEdit[]): ReplaceFix {
  return edits.length === 0 ? fix : { ...fix, edits: [...fix.edits, ...edits] };
}

function streamOptionFix(
  logger: Owner,
  property: ts.PropertyAssignment | ts.ShorthandPropertyAssignment,
  owner: ts.CallExpression | ts.NewExpression,
  scan: FileLoggerScan,
): ReplaceFix | undefined {
  const object = property.parent as ts.ObjectLiteralExpression;
  if (logger.kind === 'winston-stream') return ts.isNewExpression(owner) ? winstonConsoleFix(owner, scan) : undefined;
  if (logger.kind === 'morgan') return replaceFix('Log to stdout (drop the morgan stream option)', [dropOption(object, property, owner, scan)]);
  if (logger.kind === 'pino' || (logger.kind === 'bunyan' && stringValue(objectProperty(object, 'type')) !== 'raw')) {
    const sibling = stdoutSiblingRemoval(object, scan);
    if (sibling) return replaceFix('Log to stdout (drop the file stream; stdout is already there)', [sibling]);
    const edit = ts.isPropertyAssignment(property)
      ? replaceNode(property.initializer, 'process.stdout', scan.source)
      : replaceNode(property, 'stream: process.stdout', scan.source);
    return replaceFix('Log to stdout (process.stdout)', [edit]);
  }
  return undefined;
}

/**
 * `pino.multistream([{ stream: process.stdout }, { stream: file }])`: a second stdout entry would
 * print every line twice, so the file entry goes (when it says nothing but where to write and at what level).
 */
export function stdoutSiblingRemoval(entry: ts.ObjectLiteralExpression, scan: FileLoggerScan): OffsetEdit | undefined {
  const array = entry.parent;
  if (!ts.isArrayLiteralExpression(array)) return undefined;
  const level = objectProperty(entry, 'level')?.getText(scan.source);
  const writesStdout = (element: ts.Expression) => {
    const object = unwrap(element);
    if (!ts.isObjectLiteralExpression(object) || object === entry) return false;
    const stream = objectProperty(object, 'stream');
    return stream !== undefined && isStdout(unwrap(stream)) && objectProperty(object, 'level')?.getText(scan.source) === level;
  };
  return array.elements.some(writesStdout) ? removeListElement(array.elements, entry, scan.source) : undefined;
}

/** `process.stdout`, or `pino.destination(1)`. */
function isStdout(stream: ts.Expression): boolean {
  if (dottedName(stream) === 'process.stdout') return true;
  return ts.isCallExpression(stream) && lastSegment(dottedName(stream.expression) ?? '') === 'destination' && stream.arguments[0]?.getText() === '1';
}

// morgan writes to stdout without a stream; an options object left empty goes too.
function dropOption(object: ts.ObjectLiteralExpression, property: ts.ObjectLiteralElementLike, owner: ts.CallExpression | ts.NewExpression, scan: FileLoggerScan) {
  const args = owner.arguments;
  if (object.properties.length === 1 && args && args.includes(object)) return removeListElement(args, object, scan.source);
  return removeListElement(object.properties, property, scan.source);
}

// The call an option object belongs to, through nested objects and arrays (`streams: [{ stream }]`).
function ownerCall(object: ts.Node): ts.CallExpression | ts.NewExpression | undefined {
  let current = object;
  for (let depth = 0; depth < 6; depth++) {
    const parent = current.parent;
    if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.arguments?.includes(current as ts.Expression)) return parent;
    const passThrough = ts.isObjectLiteralExpression(parent) || ts.isArrayLiteralExpression(parent) || ts.isPropertyAssignment(parent) || ts.isParenthesizedExpression(parent);
    if (!passThrough) return undefined;
    current = parent;
  }
  return undefined;
}

/** `pino(opts, fs.createWriteStream('app.log'))`, `pinoHttp(stream)`, `createLogger(fileStream)`. */
export function checkLoggerArguments(call: ts.CallExpression | ts.NewExpression, scan: FileLoggerScan): void {
  const logger = loggerOf(call, scan);
  if (!logger || logger.kind === 'winston-stream') return;
  for (const argument of call.arguments ?? []) {
    const creation = fileStreamOf(argument, scan);
    if (!creation) continue;
    scan.consumed.add(creation);
    const cleanup = streamCleanup(argument, creation, scan);
    const fix = logger.kind === 'pino' && cleanup ? replaceFix('Log to stdout (process.stdout)', [replaceNode(argument, 'process.stdout', scan.source), ...cleanup]) : undefined;
    scan.report(argument, `${logger.label} writes logs to a file stream`, fix);
  }
}

/** `new console.Console(fileStream)`, `new Console({ stdout: fileStream, stderr })`. */
export function checkConsoleConstructor(node: ts.NewExpression, scan: FileLoggerScan): void {
  const name = qualifiedName(node.expression, scan.bindings);
  if (name !== 'Console' && name !== 'console.Console') return;
  const args = node.arguments ?? [];
  const first = args[0] && unwrap(args[0]);
  const outputs: [ts.Node | undefined, ts.Expression | undefined, string][] =
    first && ts.isObjectLiteralExpression(first)
      ? [
          [objectPropertyNode(first, 'stdout'), objectProperty(first, 'stdout'), 'process.stdout'],
          [objectPropertyNode(first, 'stderr'), objectProperty(first, 'stderr'), 'process.stderr'],
        ]
      : [
          [args[0], args[0], 'process.stdout'],
          [args[1], args[1], 'process.stderr'],
        ];
  for (const [holder, value, standard] of outputs) {
    const creation = value && fileStreamOf(value, scan);
    if (!holder || !value || !creation) continue;
    scan.consumed.add(creation);
    const edit = ts.isShorthandPropertyAssignment(holder)
      ? replaceNode(holder, `${holder.name.text}: ${standard}`, scan.source)
      : replaceNode(value, standard, scan.source);
    scan.report(value, 'console output goes to a file stream (new Console)', replaceFix(`Log to stdout (${standard})`, [edit]));
  }
}

const STANDARD_OUTPUTS = new Set(['process.stdout.write', 'process.stderr.write', 'console.log', 'console.info', 'console.warn', 'console.error', 'console.debug']);

/** `process.stdout.write = (chunk) => logFile.write(chunk)`, `console.log = ...` writing a file. */
export function checkOutputOverride(node: ts.BinaryExpression, scan: FileLoggerScan, isFileWrite: (call: ts.Node) => boolean): void {
  if (node.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return;
  const name = dottedName(node.left);
  if (name === undefined || !STANDARD_OUTPUTS.has(name)) return;
  const writes: ts.Node[] = [];
  walk(node.right, (child) => {
    const creation = ts.isExpression(child) && (ts.isIdentifier(child) || ts.isCallExpression(child) || ts.isNewExpression(child)) ? fileStreamOf(child, scan) : undefined;
    if (creation) writes.push(creation);
    else if (isFileWrite(child)) writes.push(child);
  });
  if (writes.length === 0) return;
  for (const write of writes) scan.consumed.add(write);
  scan.report(node.left, `${name} is redirected to a file`);
}
