// Uploaded files kept on the process's own disk as the app's data, in every language the same way as
// multer's `dest` in JavaScript (javascript-uploads.ts): Flask/Werkzeug `request.files[…].save(path)`, gin's
// `c.SaveUploadedFile(file, dst)` and fiber's `c.SaveFile(file, dst)`, Spring's `MultipartFile.transferTo(…)`,
// PHP's `move_uploaded_file(tmp, dst)`, Rails' `config.active_storage.service = :local` in production. The file
// exists only in this container: the next deploy loses it and the other replicas cannot serve it.
// A file staged in the OS's temporary folder, or deleted again by the same function (processed, then sent on or
// dropped), is one request's scratch space and stays silent, as multer's `os.tmpdir()` does.
import { javaCall } from '../../languages/java';
import { kotlinCall } from '../../languages/kotlin';
import { callArguments, callName } from '../../languages/go';
import { argumentAt, callOf } from '../../languages/php';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';

/** Paths in the OS's temporary folder, in each language's spelling. */
const TEMPORARY = /gettempdir|mkstemp|mkdtemp|NamedTemporaryFile|TemporaryDirectory|TempDir\(|MkdirTemp|CreateTemp|createTemp(?:File|Directory)|java\.io\.tmpdir|sys_get_temp_dir|tempnam|["']\/(?:var\/)?tmp(?:\/|["'])/;
const FUNCTIONS = new Set([
  'function_definition', 'function_declaration', 'method_declaration', 'func_literal', 'lambda_expression', 'lambda_literal',
  'constructor_declaration', 'method_definition', 'anonymous_function', 'arrow_function',
]);

export function uploadMessage(what: string): string {
  return (
    `Factor VI: uploaded files are written to this process's local disk (${what}): they are lost when the container ` +
    'is replaced and other processes cannot serve them; stream them to object storage (S3, GCS, Azure Blob).'
  );
}

/** The function the call sits in (its body is where a staged file would be deleted), or the whole file for a script. */
function enclosingFunction(node: SyntaxNode): SyntaxNode {
  let scope = node;
  for (let parent = node.parent; parent; parent = parent.parent) {
    scope = parent;
    if (FUNCTIONS.has(parent.type)) return parent;
  }
  return scope;
}

/**
 * The destination is scratch space: it names the temporary folder, or is a variable the function builds from it
 * (`staged = os.path.join(tempfile.gettempdir(), …)`), or a variable the function deletes again
 * (`os.remove(staged)`, `defer os.Remove(tmp)`, `Files.deleteIfExists(staged)`, `unlink($staged)`).
 */
function isScratch(destination: SyntaxNode, scope: SyntaxNode): boolean {
  if (TEMPORARY.test(destination.text)) return true;
  const name = /^\$?[A-Za-z_]\w*$/.test(destination.text) ? destination.text : undefined;
  if (name === undefined) return false;
  const escaped = name.replace('$', '\\$');
  const body = scope.text;
  const assigned = new RegExp(`(?:^|[^\\w$])${escaped}\\s*(?::=|=)([^\\n;]*)`, 'g');
  for (const match of body.matchAll(assigned)) if (TEMPORARY.test(match[1]!)) return true;
  return new RegExp(`\\b(?:remove|unlink|Remove|RemoveAll|delete|deleteIfExists|rmtree)\\(\\s*${escaped}\\s*\\)|(?:^|[^\\w$])${escaped}\\.(?:delete|unlink)\\(`).test(body);
}

function reportUnlessScratch(context: RuleContext, call: SyntaxNode, destination: SyntaxNode | undefined, what: string): void {
  if (!destination || isScratch(destination, enclosingFunction(call))) return;
  context.report({ span: nodeSpan(call), message: uploadMessage(what) });
}

/** Flask/Werkzeug: `.save(path)` on `request.files[...]`, `request.files.get(...)`, or a name assigned from one. */
function checkPython(context: RuleContext): void {
  const root = context.parsed.tree?.rootNode;
  if (!root || !context.text.includes('request.files')) return;
  walkTree(root, (node) => {
    if (node.type !== 'call') return;
    const callee = node.childForFieldName('function');
    if (callee?.type !== 'attribute' || callee.childForFieldName('attribute')?.text !== 'save') return;
    const owner = callee.childForFieldName('object');
    if (!owner || !isRequestFile(owner, enclosingFunction(node))) return;
    const destination = node.childForFieldName('arguments')?.namedChildren.find((child) => child?.type !== 'keyword_argument' && child?.type !== 'comment');
    if (destination?.type === 'identifier' || destination?.type === 'call' || destination?.type === 'string' || destination?.type === 'binary_operator') {
      reportUnlessScratch(context, node, destination, '`request.files[…].save(path)`');
    }
  });
}

function isRequestFile(owner: SyntaxNode, scope: SyntaxNode): boolean {
  if (/^request\.files\b/.test(owner.text)) return true;
  if (owner.type !== 'identifier') return false;
  const assigned = new RegExp(`(?:^|\\W)${owner.text}\\s*=\\s*request\\.files\\b`);
  return assigned.test(scope.text);
}

/** gin's `c.SaveUploadedFile(file, dst)` and fiber's `c.SaveFile(file, dst)`, in a file importing the framework. */
function checkGo(context: RuleContext): void {
  const root = context.parsed.tree?.rootNode;
  if (!root || !/"github\.com\/(?:gin-gonic\/gin|gofiber\/fiber(?:\/v\d)?)"/.test(context.text)) return;
  walkTree(root, (node) => {
    const name = callName(node);
    if (name === undefined || !/^\w+\.(?:SaveUploadedFile|SaveFile)$/.test(name)) return;
    reportUnlessScratch(context, node, callArguments(node)[1], `\`${name.slice(name.indexOf('.') + 1)}\``);
  });
}

/** Spring: `transferTo(dest)` on a `MultipartFile` parameter (Java or Kotlin). */
function checkJvm(context: RuleContext): void {
  const root = context.parsed.tree?.rootNode;
  if (!root || !context.text.includes('MultipartFile')) return;
  const kotlin = context.language === 'kotlin';
  walkTree(root, (node) => {
    const call = kotlin ? kotlinCall(node) : javaCall(node);
    if (call?.name !== 'transferTo' || call.receiver?.type !== (kotlin ? 'simple_identifier' : 'identifier')) return;
    const parameter = new RegExp(kotlin ? `\\b${call.receiver.text}\\s*:\\s*MultipartFile\\b` : `\\bMultipartFile\\s+${call.receiver.text}\\b`);
    if (!parameter.test(enclosingFunction(node).text)) return;
    reportUnlessScratch(context, node, call.args[0], '`MultipartFile.transferTo`');
  });
}

/** PHP: `move_uploaded_file($_FILES[…]['tmp_name'], $destination)`. */
function checkPhp(context: RuleContext): void {
  const root = context.parsed.tree?.rootNode;
  if (!root) return;
  walkTree(root, (node) => {
    const call = callOf(node);
    if (call?.kind !== 'function' || call.name.toLowerCase() !== 'move_uploaded_file') return;
    reportUnlessScratch(context, node, argumentAt(call, 1, 'to'), '`move_uploaded_file`');
  });
}

const DEPLOYED_ENVIRONMENT = /(?:^|\/)config\/environments\/(?:production|staging)\.rb$/;

/** Rails: `config.active_storage.service = :local` (the generated Disk service) in a deployed environment's config. */
function checkRails(context: RuleContext): void {
  const root = context.parsed.tree?.rootNode;
  if (!root || !DEPLOYED_ENVIRONMENT.test(context.path)) return;
  walkTree(root, (node) => {
    if (node.type !== 'assignment' || node.childForFieldName('left')?.text !== 'config.active_storage.service') return;
    const value = node.childForFieldName('right');
    if (value?.text === ':local') context.report({ span: nodeSpan(value), message: uploadMessage('Active Storage\'s `:local` Disk service') });
  });
}

export const localUploadChecks: LanguageCheck[] = [
  { languages: ['python'], keywords: ['request.files'], check: checkPython },
  { languages: ['go'], keywords: ['saveuploadedfile', 'savefile'], check: checkGo },
  { languages: ['java', 'kotlin'], keywords: ['transferto'], check: checkJvm },
  { languages: ['php'], keywords: ['move_uploaded_file'], check: checkPhp },
  { languages: ['ruby'], keywords: ['active_storage'], check: checkRails },
];
