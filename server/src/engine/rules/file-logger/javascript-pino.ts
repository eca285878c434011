// pino: `pino.destination(path)` and transports whose target writes a file.
import ts from 'typescript';
import { objectProperty, objectPropertyNode, stringValue, unwrap } from '../../languages/ts-ast';
import type { OffsetEdit, ReplaceFix } from '../../types';
import { keptProperties, replaceNode } from './javascript-edits';
import { qualifiedName } from './javascript-names';
import { destinationOf } from './javascript-paths';
import { replaceFix, type FileLoggerScan } from './javascript-scan';
import { stdoutSiblingRemoval } from './javascript-streams';

const TO_STDOUT = 'Log to stdout (destination 1)';

/** `pino.destination('./app.log')`, `pino.destination({ dest: './app.log' })`; fd 1/2 and no argument are stdout. */
export function checkPinoDestination(call: ts.CallExpression, scan: FileLoggerScan): void {
  if (qualifiedName(call.expression, scan.bindings) !== 'pino.destination') return;
  const argument = call.arguments[0];
  if (!argument) return;
  const value = unwrap(argument);
  const edit = ts.isObjectLiteralExpression(value) ? destEdit(value, scan) : argumentEdit(argument, scan);
  if (!edit) return;
  // In a multistream list that already has a stdout entry, the file entry goes rather than doubling stdout.
  const holder = call.parent;
  const entry = ts.isPropertyAssignment(holder) && ts.isObjectLiteralExpression(holder.parent) ? holder.parent : undefined;
  const sibling = entry && stdoutSiblingRemoval(entry, scan);
  const fix = sibling ? replaceFix('Log to stdout (drop the file stream; stdout is already there)', [sibling]) : replaceFix(TO_STDOUT, [edit]);
  scan.report(call, 'pino writes logs to a file (pino.destination)', fix);
}

function destEdit(options: ts.ObjectLiteralExpression, scan: FileLoggerScan): OffsetEdit | undefined {
  const dest = objectPropertyNode(options, 'dest');
  if (!dest || destinationOf(objectProperty(options, 'dest'), scan.declarations) !== 'file') return undefined;
  return setToStdout(dest, scan);
}

function argumentEdit(argument: ts.Expression, scan: FileLoggerScan): OffsetEdit | undefined {
  return destinationOf(argument, scan.declarations) === 'file' ? replaceNode(argument, '1', scan.source) : undefined;
}

/** AdonisJS' pino targets: `targets.file({ destination: 'storage/logs/app.log' })` is a pino/file target. */
const ADONIS_FILE_TARGET = /^@adonisjs\/(?:core\/logger|logger)\.targets\.file$/;

export function checkAdonisFileTarget(call: ts.CallExpression, scan: FileLoggerScan): void {
  if (!ADONIS_FILE_TARGET.test(qualifiedName(call.expression, scan.bindings) ?? '')) return;
  const first = call.arguments[0];
  const options = first && unwrap(first);
  if (!options || !ts.isObjectLiteralExpression(options)) return;
  // Without a destination pino/file writes stdout.
  if (!objectPropertyNode(options, 'destination') || destinationOf(objectProperty(options, 'destination'), scan.declarations) !== 'file') return;
  scan.report(call, 'the AdonisJS logger writes to a file (targets.file)');
}

const FILE_TARGETS = new Set(['pino/file', 'pino-pretty', 'pino-roll']);

/**
 * A transport target object: `{ target: 'pino/file', options: { destination: './x.log' } }`, in
 * `pino({ transport })`, `pino.transport(...)` or a `targets`/`pipeline` list. pino/file and
 * pino-pretty write stdout unless given a path; pino-roll always writes files.
 */
export function checkPinoTarget(object: ts.ObjectLiteralExpression, scan: FileLoggerScan): void {
  const target = stringValue(objectProperty(object, 'target'));
  if (target === undefined || !FILE_TARGETS.has(target)) return;
  const fix = target === 'pino-roll' ? rollToStdout(object, scan) : destinationFix(object, scan);
  if (fix === null) return;
  scan.report(object, `pino writes logs to a file (transport '${target}')`, fix);
}

// null: the target writes stdout (or we cannot tell), so nothing to report.
function destinationFix(object: ts.ObjectLiteralExpression, scan: FileLoggerScan): ReplaceFix | null {
  const optionsValue = objectProperty(object, 'options');
  const options = optionsValue && unwrap(optionsValue);
  if (options && !ts.isObjectLiteralExpression(options)) return null;
  const destination = options && objectPropertyNode(options, 'destination');
  if (!options || !destination) return null;
  if (destinationOf(objectProperty(options, 'destination'), scan.declarations) !== 'file') return null;
  return replaceFix(TO_STDOUT, [setToStdout(destination, scan)]);
}

function rollToStdout(object: ts.ObjectLiteralExpression, scan: FileLoggerScan): ReplaceFix | undefined {
  const kept = keptProperties(object, ['level'], scan.source);
  if (kept === undefined) return undefined;
  const text = ["target: 'pino/file'", 'options: { destination: 1 }', ...kept].join(', ');
  return replaceFix(TO_STDOUT, [replaceNode(object, `{ ${text} }`, scan.source)]);
}

function setToStdout(property: ts.PropertyAssignment | ts.ShorthandPropertyAssignment, scan: FileLoggerScan): OffsetEdit {
  return ts.isPropertyAssignment(property)
    ? replaceNode(property.initializer, '1', scan.source)
    : replaceNode(property, `${property.name.text}: 1`, scan.source);
}
