// file-logger for JavaScript/TypeScript: loggers and hand-rolled code that write logs to files.
import ts from 'typescript';
import type { LanguageCheck, RuleContext } from '../../rule';
import { syntaxKinds, walkKinds } from '../../languages/ts-ast';
import { checkBunyanLogger } from './javascript-bunyan';
import { fileLogWrite, isFsWrite, type PendingWrite } from './javascript-fs-writes';
import { mayReport } from './javascript-prefilter';
import { checkLog4jsConfig } from './javascript-log4js';
import { checkAdonisFileTarget, checkPinoDestination, checkPinoTarget } from './javascript-pino';
import { checkFastifyLogger } from './javascript-fastify';
import { checkFileLoggerFactory } from './javascript-file-factories';
import { createScan, type FileLoggerScan } from './javascript-scan';
import { checkConsoleConstructor, checkLoggerArguments, checkOutputOverride, checkStreamProperty } from './javascript-streams';
import { checkWinstonLegacyAdd, checkWinstonTransport } from './javascript-winston';

function check(context: RuleContext): void {
  const scan = createScan(context);
  const pending: PendingWrite[] = [];
  walkKinds(scan.source, VISITED_KINDS, (node) => {
    visit(node, scan);
    const write = fileLogWrite(node, scan);
    if (write) pending.push(write);
  });
  // Streams and writes a logger or redirect already reported are not reported twice.
  for (const write of pending) if (!scan.consumed.has(write.node)) scan.report(write.node, write.subject);
}

/** The kinds `visit` and fileLogWrite act on. */
const VISITED_KINDS = syntaxKinds(
  ts.SyntaxKind.NewExpression,
  ts.SyntaxKind.CallExpression,
  ts.SyntaxKind.ObjectLiteralExpression,
  ts.SyntaxKind.PropertyAssignment,
  ts.SyntaxKind.ShorthandPropertyAssignment,
  ts.SyntaxKind.BinaryExpression,
);

function visit(node: ts.Node, scan: FileLoggerScan): void {
  if (ts.isNewExpression(node)) {
    checkWinstonTransport(node, scan);
    checkConsoleConstructor(node, scan);
    checkBunyanLogger(node, scan);
    checkLoggerArguments(node, scan);
  } else if (ts.isCallExpression(node)) {
    checkPinoDestination(node, scan);
    checkFastifyLogger(node, scan);
    checkAdonisFileTarget(node, scan);
    checkWinstonLegacyAdd(node, scan);
    checkBunyanLogger(node, scan);
    checkLoggerArguments(node, scan);
    checkFileLoggerFactory(node, scan);
  } else if (ts.isObjectLiteralExpression(node)) {
    checkPinoTarget(node, scan);
    checkLog4jsConfig(node, scan);
  } else if (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) {
    checkStreamProperty(node, scan);
  } else if (ts.isBinaryExpression(node)) {
    checkOutputOverride(node, scan, (call) => isFsWrite(call, scan));
  }
}

export const javascriptCheck: LanguageCheck = {
  languages: ['javascript', 'typescript'],
  keywords: [
    'winston', 'pino', 'log4js', 'appenders', 'bunyan', 'createwritestream', 'rotating-file-stream',
    'file-stream-rotator', 'appendfile', 'writefile', 'console(', 'fastify', 'targets.file', 'dailyfile', 'filelogger', 'mini-logger',
  ],
  mayReport,
  check,
};
