// Hand-rolled file logging: fs writes to a log path, appends inside log-named code, and file
// streams (rotating or onto a .log path) that no logger call above already accounted for.
import ts from 'typescript';
import { lastSegment, propertyName } from '../../languages/ts-ast';
import { qualifiedName, saysLog } from './javascript-names';
import { isStdoutPath, namesLogFile, pathText } from './javascript-paths';
import type { FileLoggerScan } from './javascript-scan';
import { fileStreamFactory } from './javascript-streams';

const FS_WRITES: Readonly<Record<string, 'append' | 'write'>> = {
  'fs.appendFile': 'append',
  'fs.appendFileSync': 'append',
  'fs.promises.appendFile': 'append',
  'fs.writeFile': 'write',
  'fs.writeFileSync': 'write',
  'fs.promises.writeFile': 'write',
};

// Log rotation libraries exist for log files; what they open is a log file whatever its name.
const ROTATING_FACTORIES = new Set(['rotating-file-stream', 'file-stream-rotator', 'bunyan-rotating-file-stream']);

export interface PendingWrite {
  node: ts.Node;
  subject: string;
}

/** Any fs append/write call (any path): what a stdout redirect looks for. */
export function isFsWrite(node: ts.Node, scan: FileLoggerScan): boolean {
  if (!ts.isCallExpression(node)) return false;
  const name = qualifiedName(node.expression, scan.bindings);
  return name !== undefined && FS_WRITES[name] !== undefined;
}

/** A write that is file logging on its own; reported after the walk unless a logger consumed it. */
export function fileLogWrite(node: ts.Node, scan: FileLoggerScan): PendingWrite | undefined {
  if (!ts.isCallExpression(node) && !ts.isNewExpression(node)) return undefined;
  const factory = fileStreamFactory(node, scan);
  if (factory !== undefined) return streamWrite(node, factory, scan);
  if (!ts.isCallExpression(node)) return undefined;
  const name = qualifiedName(node.expression, scan.bindings);
  const kind = name === undefined ? undefined : FS_WRITES[name];
  if (name === undefined || kind === undefined) return undefined;
  const path = node.arguments[0];
  const text = pathText(path, scan.declarations);
  if (text !== undefined && isStdoutPath(text)) return undefined;
  const toLogFile = namesLogFile(path, scan.declarations);
  if (!toLogFile && !(kind === 'append' && insideLogCode(node))) return undefined;
  return { node, subject: `logs are written to a file (${name.replace(/^fs\.(promises\.)?/, 'fs.')})` };
}

function streamWrite(node: ts.CallExpression | ts.NewExpression, factory: string, scan: FileLoggerScan): PendingWrite | undefined {
  if (ROTATING_FACTORIES.has(factory)) return { node, subject: `logs are written to rotating files (${factory})` };
  if (!namesLogFile(node.arguments?.[0], scan.declarations)) return undefined;
  return { node, subject: `logs are written to a file stream (${factory})` };
}

// `function log(msg) { fs.appendFileSync(...) }`, `const writeLog = ...`, `class FileLogger { write() {...} }`.
function insideLogCode(node: ts.Node): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (ts.isFunctionLike(parent) && saysLog(functionName(parent))) return true;
    if (ts.isClassLike(parent) && saysLog(parent.name?.text)) return true;
  }
  return false;
}

function functionName(fn: ts.SignatureDeclaration): string | undefined {
  if (fn.name) return propertyName(fn.name as ts.PropertyName);
  const parent = fn.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) {
    return propertyName(parent.name);
  }
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    const target = parent.left.getText();
    return lastSegment(target);
  }
  return undefined;
}
