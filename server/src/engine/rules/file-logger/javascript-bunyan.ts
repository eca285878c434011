// bunyan: `streams` entries with a `path` or a file type.
import ts from 'typescript';
import { lastSegment, objectProperty, stringValue, unwrap } from '../../languages/ts-ast';
import type { ReplaceFix } from '../../types';
import { keptProperties, objectText, replaceNode } from './javascript-edits';
import { qualifiedName } from './javascript-names';
import { isExplicitStdout } from './javascript-paths';
import { replaceFix, type FileLoggerScan } from './javascript-scan';

const FILE_TYPES = new Set(['file', 'rotating-file']);

/** `bunyan.createLogger({ streams: [...] })`, `new bunyan({...})`, `log.addStream({...})` in a file using bunyan. */
export function checkBunyanLogger(call: ts.CallExpression | ts.NewExpression, scan: FileLoggerScan): void {
  const name = qualifiedName(call.expression, scan.bindings);
  const first = call.arguments?.[0];
  const options = first && unwrap(first);
  if (name === undefined || !options || !ts.isObjectLiteralExpression(options)) return;
  if (lastSegment(name) === 'addStream' && usesBunyan(scan)) return checkStreamEntry(options, scan);
  if (name !== 'bunyan' && name !== 'bunyan.createLogger') return;
  const streams = objectProperty(options, 'streams');
  const list = streams && unwrap(streams);
  if (!list || !ts.isArrayLiteralExpression(list)) return;
  // Several file streams of one logger are one problem: one finding at the first, the others related.
  const files = list.elements.map(unwrap).filter(ts.isObjectLiteralExpression).filter((entry) => fileStreamType(entry, scan) !== undefined);
  const [firstFile, ...others] = files;
  if (firstFile) reportEntry(firstFile, scan, others);
}

function usesBunyan(scan: FileLoggerScan): boolean {
  for (const module of scan.bindings.values()) if (module === 'bunyan' || module.startsWith('bunyan.')) return true;
  return false;
}

// A bunyan `path` always opens a file; only an explicit /dev/stdout is not one.
function checkStreamEntry(entry: ts.ObjectLiteralExpression, scan: FileLoggerScan): void {
  if (fileStreamType(entry, scan) !== undefined) reportEntry(entry, scan, []);
}

/** The stream's type (`path` for a plain path) when it writes a file. */
function fileStreamType(entry: ts.ObjectLiteralExpression, scan: FileLoggerScan): string | undefined {
  const type = stringValue(objectProperty(entry, 'type'));
  const path = objectProperty(entry, 'path');
  const writesFile = (type !== undefined && FILE_TYPES.has(type)) || (path !== undefined && type === undefined);
  return writesFile && !isExplicitStdout(path, scan.declarations) ? (type ?? 'path') : undefined;
}

function reportEntry(entry: ts.ObjectLiteralExpression, scan: FileLoggerScan, others: readonly ts.Node[]): void {
  scan.report(entry, `bunyan writes logs to a file (${fileStreamType(entry, scan)} stream)`, stdoutEntryFix(entry, scan), others);
}

function stdoutEntryFix(entry: ts.ObjectLiteralExpression, scan: FileLoggerScan): ReplaceFix | undefined {
  const kept = keptProperties(entry, ['level', 'name'], scan.source);
  if (kept === undefined) return undefined;
  const text = objectText([...kept, 'stream: process.stdout']);
  return replaceFix('Log to stdout (bunyan stream process.stdout)', [replaceNode(entry, text, scan.source)]);
}
