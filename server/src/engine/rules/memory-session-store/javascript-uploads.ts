// Uploaded files kept on the process's own disk: multer (Express), @koa/multer and fastify-multer
// with a `dest` folder or a `diskStorage` engine. The file outlives the request only on this
// container, so another process (or the next deploy) cannot serve it. Memory storage (the default,
// `multer()`) holds the file for one request only and is left alone, as are engines from other
// packages (multer-s3, multer-storage-cloudinary). So is a destination in the OS's temporary folder
// (`os.tmpdir()`, `/tmp/…`, and a diskStorage with no `destination`, which multer gives that folder): a
// brief, single-transaction scratch space, as the methodology allows, that the handler moves on from (Ghost
// stages its uploads there for its storage adapters).
import ts from 'typescript';
import { CALLS, calleeName, containsNode, lastSegment, propertyName, spanOf, unwrap, walkKinds } from '../../languages/ts-ast';
import type { Report } from '../../types';
import { bindsName } from './javascript-handlers';
import { isScratchDestination } from './local-uploads';
import { inEnvironmentBranch } from './javascript-middleware';
import { moduleOfExpression, type Bindings } from './javascript-modules';

const MULTER_MODULES = new Set(['multer', '@koa/multer', 'fastify-multer']);

export function checkLocalUploads(source: ts.SourceFile, bindings: Bindings, report: (report: Report) => void): void {
  walkKinds(source, CALLS, (node) => {
    if (!ts.isCallExpression(node) || inEnvironmentBranch(node)) return;
    if (isFileUploadMove(node)) {
      const destination = node.arguments[0]!;
      const scope = enclosingFunction(node);
      if (!isScratchDestination(destination.getText(), scope?.getText() ?? '')) report({ span: spanOf(node, source), message: uploadMessage('express-fileupload `mv`') });
      return;
    }
    const module = moduleOfExpression(node.expression, bindings);
    if (module === undefined) return;
    if (MULTER_MODULES.has(module)) {
      const dest = optionProperty(node.arguments[0], 'dest');
      if (dest && !isTemporaryFolder(dest)) report({ span: spanOf(dest, source), message: uploadMessage('multer `dest`') });
    } else if (isDiskStorage(module)) {
      // With no `destination`, multer writes to the OS's temporary folder (its docs): the 100Devs/Cloudinary
      // shape, `diskStorage({})` whose handlers hand `req.file.path` to an upload.
      const destination = optionProperty(node.arguments[0], 'destination');
      if (destination && !isTemporaryFolder(destination)) report({ span: spanOf(node, source), message: uploadMessage('multer.diskStorage') });
    }
  });
}

/**
 * express-fileupload's `req.files.avatar.mv(path)`: on `req.files.x`, `req.files[x]`, or a local taken from them
 * (`const file = req.files.avatar`, `const { avatar } = req.files`) in the same function.
 */
function isFileUploadMove(call: ts.CallExpression): boolean {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'mv' || call.arguments.length === 0) return false;
  const owner = unwrap(callee.expression);
  if (isRequestFiles(owner)) return true;
  const scope = enclosingFunction(call);
  if (!ts.isIdentifier(owner) || !scope) return false;
  return containsNode(scope, (node) => ts.isVariableDeclaration(node) && node.initializer !== undefined && bindsName(node.name, owner.text) && (isRequestFiles(unwrap(node.initializer)) || /^(?:req|request)\.files$/.test(unwrap(node.initializer).getText())));
}

/** `req.files.x`, `req.files[x]`, `req.files && req.files.x`, `req.files?.x`. */
function isRequestFiles(node: ts.Expression): boolean {
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) return isRequestFiles(unwrap(node.right));
  if (!ts.isPropertyAccessExpression(node) && !ts.isElementAccessExpression(node)) return false;
  return /^(?:req|request)\??\.files$/.test(unwrap(node.expression).getText());
}

function enclosingFunction(node: ts.Node): ts.FunctionLikeDeclaration | undefined {
  for (let parent = node.parent; parent; parent = parent.parent) if (ts.isFunctionLike(parent)) return parent as ts.FunctionLikeDeclaration;
  return undefined;
}

/** `multer.diskStorage`, `@koa/multer.diskStorage`, or `diskStorage` imported by name from one of them. */
function isDiskStorage(module: string): boolean {
  const dot = module.lastIndexOf('.');
  return dot > 0 && module.slice(dot + 1) === 'diskStorage' && MULTER_MODULES.has(module.slice(0, dot));
}

/**
 * A property of multer's options object (`dest`) or diskStorage's (`destination`), when it is written there.
 * Options that are not an object literal (a variable, a spread) count as naming a folder.
 */
function optionProperty(argument: ts.Expression | undefined, name: string): ts.ObjectLiteralElementLike | ts.Expression | undefined {
  const options = argument && unwrap(argument);
  if (!options) return undefined;
  if (!ts.isObjectLiteralExpression(options)) return name === 'destination' ? options : undefined;
  if (name === 'destination' && options.properties.some(ts.isSpreadAssignment)) return options;
  return options.properties.find((property) => property.name !== undefined && propertyName(property.name) === name);
}

const TEMPORARY_PATH = /^\/(?:var\/)?tmp(?:\/|$)/;

/**
 * `dest: os.tmpdir()`, `dest: path.join(tmpdir(), 'uploads')`, `dest: '/tmp/uploads'`, and a `destination`
 * function that gives multer such a folder (`cb(null, os.tmpdir())`).
 */
function isTemporaryFolder(dest: ts.ObjectLiteralElementLike | ts.Expression): boolean {
  const value = ts.isPropertyAssignment(dest) ? unwrap(dest.initializer) : ts.isMethodDeclaration(dest) ? dest : undefined;
  if (!value) return false;
  if (ts.isStringLiteralLike(value)) return TEMPORARY_PATH.test(value.text);
  // A folder read from the environment (`dest: process.env.UPLOAD_DIR`) is the deploy's: it may be a mounted volume.
  if (!ts.isFunctionLike(value)) return containsNode(value, isTmpdirCall) || /\bprocess\.env\b/.test(value.getText());
  // One walk of the function: the folders it names (strings with a slash) must all be temporary, and it names one.
  let tmpdir = false;
  const paths: string[] = [];
  containsNode(value, (node) => {
    if (ts.isStringLiteralLike(node) && node.text.includes('/')) paths.push(node.text);
    else tmpdir ||= isTmpdirCall(node);
    return false;
  });
  return (tmpdir || paths.length > 0) && paths.every((path) => TEMPORARY_PATH.test(path));
}

/** `os.tmpdir()`, `tmpdir()`: this node itself (callers walk the subtree once). */
function isTmpdirCall(node: ts.Node): boolean {
  return ts.isCallExpression(node) && node.arguments.length === 0 && lastSegment(calleeName(node) ?? '') === 'tmpdir';
}

function uploadMessage(what: string): string {
  return (
    `Factor VI: uploaded files are written to this process's local disk (${what}): they are lost when the container ` +
    'is replaced and other processes cannot serve them; stream them to object storage (S3, GCS, Azure Blob), e.g. with multer-s3.'
  );
}
