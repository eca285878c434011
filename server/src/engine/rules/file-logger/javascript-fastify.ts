// Fastify: `Fastify({ logger: { file: '/var/log/app.log' } })` hands pino a file destination.
import ts from 'typescript';
import { objectProperty, objectPropertyNode, unwrap } from '../../languages/ts-ast';
import { qualifiedName } from './javascript-names';
import { destinationOf } from './javascript-paths';
import type { FileLoggerScan } from './javascript-scan';

const FASTIFY = new Set(['fastify', 'fastify.fastify']);

/** The `file` of Fastify's logger options, when it is a path (an env read is the platform's choice). */
export function checkFastifyLogger(call: ts.CallExpression, scan: FileLoggerScan): void {
  const name = qualifiedName(call.expression, scan.bindings);
  const first = call.arguments[0];
  const options = first && unwrap(first);
  if (name === undefined || !FASTIFY.has(name) || !options || !ts.isObjectLiteralExpression(options)) return;
  const loggerValue = objectProperty(options, 'logger');
  const logger = loggerValue && unwrap(loggerValue);
  if (!logger || !ts.isObjectLiteralExpression(logger)) return;
  const file = objectPropertyNode(logger, 'file');
  if (!file || destinationOf(objectProperty(logger, 'file'), scan.declarations) !== 'file') return;
  scan.report(file, "Fastify's logger writes to a file (logger.file)");
}
