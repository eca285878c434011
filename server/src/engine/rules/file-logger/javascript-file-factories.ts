// Loggers whose factory is itself the file destination: tracer's `dailyfile({ root })` (one file a day under
// `root`), simple-node-logger's `createSimpleFileLogger('app.log')` and `createRollingFileLogger({ logDirectory })`.
// mini-logger's `Logger({ dir, duration: '1d' })` (cnpmjs.org), one file per category and period under `dir`.
// Their console siblings (`tracer.colorConsole()`, `createSimpleLogger()` without a file) stay silent.
import ts from 'typescript';
import { qualifiedName } from './javascript-names';
import type { FileLoggerScan } from './javascript-scan';

const FILE_LOGGER_FACTORIES: Readonly<Record<string, string>> = {
  'tracer.dailyfile': "tracer's dailyfile logger writes logs to files",
  'simple-node-logger.createSimpleFileLogger': "simple-node-logger's file logger writes logs to a file",
  'simple-node-logger.createRollingFileLogger': "simple-node-logger's rolling file logger writes logs to files",
  'mini-logger': "mini-logger writes each category's logs to files under its `dir`",
};
/** Factories that write files only when given a folder: mini-logger without `dir` has nowhere to write. */
const NEEDS_DIR = new Set(['mini-logger']);

export function checkFileLoggerFactory(call: ts.CallExpression, scan: FileLoggerScan): void {
  const name = qualifiedName(call.expression, scan.bindings);
  const subject = name === undefined || !Object.hasOwn(FILE_LOGGER_FACTORIES, name) ? undefined : FILE_LOGGER_FACTORIES[name];
  if (subject === undefined || (NEEDS_DIR.has(name!) && !hasDirOption(call.arguments[0]))) return;
  scan.report(call, subject);
}

/** `{ dir: config.logdir, … }`: a literal object naming the folder the logs go to. */
function hasDirOption(options: ts.Expression | undefined): boolean {
  return options !== undefined && ts.isObjectLiteralExpression(options) && options.properties.some((property) => property.name !== undefined && ts.isIdentifier(property.name) && property.name.text === 'dir');
}
