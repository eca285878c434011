// log4js: file appenders in a configuration object.
import ts from 'typescript';
import { objectProperty, stringValue, unwrap } from '../../languages/ts-ast';
import { keptProperties, objectText, replaceNode } from './javascript-edits';
import { qualifiedName } from './javascript-names';
import { isExplicitStdout } from './javascript-paths';
import { replaceFix, type FileLoggerScan } from './javascript-scan';

const FILE_APPENDERS = new Set(['file', 'dateFile', 'fileSync', 'multiFile']);

/**
 * `{ appenders: { app: { type: 'file', filename } }, categories }`: a log4js configuration,
 * recognised by its `categories` (log4js requires them) or by being passed to `log4js.configure`.
 */
export function checkLog4jsConfig(object: ts.ObjectLiteralExpression, scan: FileLoggerScan): void {
  const appendersValue = objectProperty(object, 'appenders');
  if (!appendersValue || !isLog4jsConfig(object, scan)) return;
  const appenders = unwrap(appendersValue);
  // log4js 1 listed appenders in an array, with a `category` each and no `stdout` type yet.
  const legacy = ts.isArrayLiteralExpression(appenders);
  // Several file appenders of one configuration are one problem: one finding at the first, the others related.
  const files = appenderObjects(appenders).filter(isFileAppender(scan));
  const [first, ...others] = files;
  if (first) reportAppender(first, legacy, scan, others);
}

function isFileAppender(scan: FileLoggerScan): (appender: ts.ObjectLiteralExpression) => boolean {
  return (appender) => {
    const type = stringValue(objectProperty(appender, 'type'));
    return type !== undefined && FILE_APPENDERS.has(type) && !isExplicitStdout(objectProperty(appender, 'filename'), scan.declarations);
  };
}

function isLog4jsConfig(object: ts.ObjectLiteralExpression, scan: FileLoggerScan): boolean {
  if (objectProperty(object, 'categories') !== undefined) return true;
  const parent = object.parent;
  return ts.isCallExpression(parent) && parent.arguments[0] === object && qualifiedName(parent.expression, scan.bindings) === 'log4js.configure';
}

function appenderObjects(appenders: ts.Expression): ts.ObjectLiteralExpression[] {
  const values = ts.isObjectLiteralExpression(appenders)
    ? appenders.properties.flatMap((property) => (ts.isPropertyAssignment(property) ? [property.initializer] : []))
    : ts.isArrayLiteralExpression(appenders)
      ? [...appenders.elements]
      : [];
  return values.map(unwrap).filter(ts.isObjectLiteralExpression);
}

function reportAppender(appender: ts.ObjectLiteralExpression, legacy: boolean, scan: FileLoggerScan, others: readonly ts.Node[]): void {
  const type = stringValue(objectProperty(appender, 'type'));
  const kept = keptProperties(appender, legacy ? ['layout', 'category'] : ['layout'], scan.source);
  const stdoutType = legacy ? "type: 'console'" : "type: 'stdout'";
  const fix = kept && replaceFix(`Log to stdout (log4js ${legacy ? 'console' : 'stdout'} appender)`, [
    replaceNode(appender, objectText([stdoutType, ...kept]), scan.source),
  ]);
  scan.report(appender, `log4js writes logs to a file (appender type '${type}')`, fix, others);
}
