// Uploaded files kept on the process's own disk: multer (Express), @koa/multer and fastify-multer
// with a `dest` folder or a `diskStorage` engine. The file outlives the request only on this
// container, so another process (or the next deploy) cannot serve it. Memory storage (the default,
// `multer()`) holds the file for one request only and is left alone, as are engines from other
// packages (multer-s3, multer-storage-cloudinary). So is a destination in the OS's temporary folder
// (`os.tmpdir()`, `/tmp/…`): a brief, single-transaction scratch space, as the methodology allows,
// that the handler moves on from (Ghost stages its uploads there for its storage adapters).
import ts from 'typescript';
import { CALLS, calleeName, containsNode, lastSegment, propertyName, spanOf, unwrap, walkKinds } from '../../languages/ts-ast';
import type { Report } from '../../types';
import { inEnvironmentBranch } from './javascript-middleware';
import { moduleOfExpression, type Bindings } from './javascript-modules';

const MULTER_MODULES = new Set(['multer', '@koa/multer', 'fastify-multer']);

export function checkLocalUploads(source: ts.SourceFile, bindings: Bindings, report: (report: Report) => void): void {
  walkKinds(source, CALLS, (node) => {
    if (!ts.isCallExpression(node) || inEnvironmentBranch(node)) return;
    const module = moduleOfExpression(node.expression, bindings);
    if (module === undefined) return;
    if (MULTER_MODULES.has(module)) {
      const dest = destProperty(node.arguments[0]);
      if (dest && !isTemporaryFolder(dest)) report({ span: spanOf(dest, source), message: uploadMessage('multer `dest`') });
    } else if (isDiskStorage(module)) {
      report({ span: spanOf(node, source), message: uploadMessage('multer.diskStorage') });
    }
  });
}

/** `multer.diskStorage`, `@koa/multer.diskStorage`, or `diskStorage` imported by name from one of them. */
function isDiskStorage(module: string): boolean {
  const dot = module.lastIndexOf('.');
  return dot > 0 && module.slice(dot + 1) === 'diskStorage' && MULTER_MODULES.has(module.slice(0, dot));
}

/** The `dest` property of multer's options object, when it is written there. */
function destProperty(argument: ts.Expression | undefined): ts.ObjectLiteralElementLike | undefined {
  const options = argument && unwrap(argument);
  if (!options || !ts.isObjectLiteralExpression(options)) return undefined;
  return options.properties.find((property) => property.name !== undefined && propertyName(property.name) === 'dest');
}

/** `dest: os.tmpdir()`, `dest: path.join(tmpdir(), 'uploads')`, `dest: '/tmp/uploads'`. */
function isTemporaryFolder(dest: ts.ObjectLiteralElementLike): boolean {
  if (!ts.isPropertyAssignment(dest)) return false;
  const value = unwrap(dest.initializer);
  if (ts.isStringLiteralLike(value)) return /^\/(?:var\/)?tmp(?:\/|$)/.test(value.text);
  return containsNode(value, (node) => ts.isCallExpression(node) && node.arguments.length === 0 && lastSegment(calleeName(node) ?? '') === 'tmpdir');
}

function uploadMessage(what: string): string {
  return (
    `Factor VI: uploaded files are written to this process's local disk (${what}): they are lost when the container ` +
    'is replaced and other processes cannot serve them; stream them to object storage (S3, GCS, Azure Blob), e.g. with multer-s3.'
  );
}
