// Loggers whose factory is itself the file destination: tracer's `dailyfile({ root })` (one file a day under
// `root`), simple-node-logger's `createSimpleFileLogger('app.log')` and `createRollingFileLogger({ logDirectory })`.
// Their console siblings (`tracer.colorConsole()`, `createSimpleLogger()` without a file) stay silent.
import ts from 'typescript';
import { qualifiedName } from './javascript-names';
import type { FileLoggerScan } from './javascript-scan';

const FILE_LOGGER_FACTORIES: Readonly<Record<string, string>> = {
  'tracer.dailyfile': "tracer's dailyfile logger writes logs to files",
  'simple-node-logger.createSimpleFileLogger': "simple-node-logger's file logger writes logs to a file",
  'simple-node-logger.createRollingFileLogger': "simple-node-logger's rolling file logger writes logs to files",
};

export function checkFileLoggerFactory(call: ts.CallExpression, scan: FileLoggerScan): void {
  const name = qualifiedName(call.expression, scan.bindings);
  const subject = name === undefined || !Object.hasOwn(FILE_LOGGER_FACTORIES, name) ? undefined : FILE_LOGGER_FACTORIES[name];
  if (subject !== undefined) scan.report(call, subject);
}
