// PSR-7's uploaded file (Slim 4, Mezzio, any PSR-7 app): `UploadedFileInterface::moveTo($targetPath)` writes the upload
// to the path, as `move_uploaded_file` does (local-uploads.ts), so into the app's folder it is the same local disk.
import { argumentAt, callOf } from '../../languages/php';
import { walkTree } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { enclosingFunction, reportUnlessScratch } from './local-uploads';

/** Where a PSR-7 upload comes from: the request's uploaded files, or a parameter typed as one. */
const UPLOADED_FILE = /->getUploadedFiles\s*\(|\bUploadedFileInterface\s+\$/;

/**
 * `$upload->moveTo($path)` with its one argument, in a function that takes an upload from the request or as a typed
 * parameter: a game piece's `moveTo($x, $y)`, or a `moveTo` in a class that handles no upload, is another method.
 */
function check(context: RuleContext): void {
  const root = context.parsed.tree?.rootNode;
  if (!root || !UPLOADED_FILE.test(context.text)) return;
  walkTree(root, (node) => {
    const call = callOf(node);
    if (call?.kind !== 'method' || call.name !== 'moveTo' || call.args.length !== 1) return;
    if (!UPLOADED_FILE.test(enclosingFunction(node).text)) return;
    reportUnlessScratch(context, node, argumentAt(call, 0, 'targetPath'), "PSR-7's `moveTo`");
  });
}

export const phpPsr7UploadCheck: LanguageCheck = { languages: ['php'], keywords: ['->moveto'], check };
