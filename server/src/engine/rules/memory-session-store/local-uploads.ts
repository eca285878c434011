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
import { argumentAt, arrayEntries, callOf, type PhpCall } from '../../languages/php';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';

/** Paths in the OS's temporary folder, in each language's spelling. */
export const TEMPORARY = /gettempdir|mkstemp|mkdtemp|NamedTemporaryFile|TemporaryDirectory|TempDir\(|\btmpdir\(|MkdirTemp|CreateTemp|createTemp(?:File|Directory)|java\.io\.tmpdir|sys_get_temp_dir|tempnam|["'`]\/(?:var\/)?tmp(?:\/|["'`])/;
/**
 * A folder the deploy chooses, read from the environment in each language's spelling (`os.environ['UPLOAD_DIR']`,
 * `os.Getenv("SCAN_DIR")`, `getenv('SCAN_DIR')`, `process.env.ATTACHMENT_DIR`): the platform may mount a shared
 * volume there, which the code cannot show; Factor III's configuration, not a folder the code fixed.
 */
export const ENVIRONMENT_READ = /\bos\.environ\b|\bos\.getenv\b|\bos\.Getenv\b|\bos\.LookupEnv\b|\bgetenv\s*\(|\bSystem\.getenv\b|\bprocess\.env\b|\$_ENV\b|\$_SERVER\s*\[|\bENV(?:\[|\.fetch\b)|\benv\s*\(/;
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
export function enclosingFunction(node: SyntaxNode): SyntaxNode {
  let scope = node;
  for (let parent = node.parent; parent; parent = parent.parent) {
    scope = parent;
    if (FUNCTIONS.has(parent.type)) return parent;
  }
  return scope;
}

/**
 * The destination is scratch space or the deploy's: it names the temporary folder or reads the environment, or is a
 * variable the function builds from one (`staged = os.path.join(tempfile.gettempdir(), …)`), or a variable the
 * function deletes again (`os.remove(staged)`, `defer os.Remove(tmp)`, `Files.deleteIfExists(staged)`, `unlink($staged)`).
 */
function isScratch(destination: SyntaxNode, scope: SyntaxNode): boolean {
  return isScratchDestination(destination.text, scope.text);
}

/** isScratch on text: `destination` as written, `body` the function it is written in (JS's `file.mv(dest)` too). */
export function isScratchDestination(destination: string, body: string): boolean {
  const outside = (text: string): boolean => TEMPORARY.test(text) || ENVIRONMENT_READ.test(text);
  if (outside(destination)) return true;
  // A plain variable, or the folder variable a path is concatenated onto (`$dir . '/' . $name`, `base + name`).
  const name = /^\$?[A-Za-z_]\w*(?=\s*(?:$|\.\s*['"$]|\+))/.exec(destination)?.[0];
  if (name === undefined) return false;
  const escaped = name.replace('$', '\\$');
  const assigned = new RegExp(`(?:^|[^\\w$])${escaped}\\s*(?::=|=)([^\\n;]*)`, 'g');
  for (const match of body.matchAll(assigned)) if (outside(match[1]!)) return true;
  return new RegExp(`\\b(?:remove|unlink|rm|Remove|RemoveAll|delete|deleteIfExists|rmtree)\\(\\s*${escaped}\\s*\\)|(?:^|[^\\w$])${escaped}\\.(?:delete|unlink)\\(`).test(body);
}

export function reportUnlessScratch(context: RuleContext, call: SyntaxNode, destination: SyntaxNode | undefined, what: string): void {
  if (!destination || isScratch(destination, enclosingFunction(call))) return;
  context.report({ span: nodeSpan(call), message: uploadMessage(what) });
}

/** Flask/Werkzeug: `.save(path)` on `request.files[...]`, `request.files.get(...)`, a Flask-WTF file field's `.data`, or a name assigned from one. */
function checkPython(context: RuleContext): void {
  const root = context.parsed.tree?.rootNode;
  if (!root || !/request\.files|validate(?:_on_submit)?\(/.test(context.text)) return;
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

/**
 * FastAPI/Starlette: `shutil.copyfileobj(upload.file, out)` where `upload` is an `UploadFile` and `out` is a file the
 * function opens by path (`with open(f"uploads/{name}", "wb") as out`, or `open(…)` in the call). A named temporary
 * file, or a path from the temporary folder or the environment, stays silent as above.
 */
function checkPythonCopy(context: RuleContext): void {
  const root = context.parsed.tree?.rootNode;
  if (!root || !context.text.includes('UploadFile')) return;
  walkTree(root, (node) => {
    if (node.type !== 'call' || !/^(?:shutil\.)?copyfileobj$/.test(node.childForFieldName('function')?.text ?? '')) return;
    const [source, target] = node.childForFieldName('arguments')?.namedChildren ?? [];
    const scope = enclosingFunction(node);
    if (!source || !target || !isUploadFileStream(source, scope)) return;
    const path = openedPath(target, scope);
    if (path) reportUnlessScratch(context, node, path, '`shutil.copyfileobj(upload.file, open(path))`');
  });
}

/** `file.file` of a parameter annotated `UploadFile`. */
function isUploadFileStream(source: SyntaxNode, scope: SyntaxNode): boolean {
  const owner = source.type === 'attribute' && source.childForFieldName('attribute')?.text === 'file' ? source.childForFieldName('object') : undefined;
  const parameters = scope.childForFieldName('parameters')?.namedChildren ?? [];
  return owner?.type === 'identifier' && parameters.some((parameter) => parameter?.namedChild(0)?.text === owner.text && /:\s*UploadFile\b/.test(parameter.text));
}

/** The path of `open(path, …)`, given directly or bound by `with open(path, …) as target` in the function. */
function openedPath(target: SyntaxNode, scope: SyntaxNode): SyntaxNode | undefined {
  const pathOf = (call: SyntaxNode | null | undefined): SyntaxNode | undefined =>
    call?.type === 'call' && call.childForFieldName('function')?.text === 'open' ? (call.childForFieldName('arguments')?.namedChild(0) ?? undefined) : undefined;
  if (target.type !== 'identifier') return pathOf(target);
  let found: SyntaxNode | undefined;
  walkTree(scope, (node) => {
    if (found) return false;
    const alias = node.type === 'as_pattern' ? node.childForFieldName('alias') : undefined;
    if (alias?.text === target.text) found = pathOf(node.namedChild(0));
    return undefined;
  });
  return found;
}

/**
 * A werkzeug FileStorage: `request.files[…]`, or Flask-WTF's `form.photo.data` (a `FileField`'s data is the same object)
 * in a function that validates the form, or a name assigned from either.
 */
function isRequestFile(owner: SyntaxNode, scope: SyntaxNode): boolean {
  const formField = /\bvalidate(?:_on_submit)?\(/.test(scope.text) ? String.raw`|[A-Za-z_]\w*\.[A-Za-z_]\w*\.data\b` : '';
  if (new RegExp(`^(?:request\\.files\\b${formField})`).test(owner.text)) return true;
  if (owner.type !== 'identifier') return false;
  const assigned = new RegExp(`(?:^|\\W)${owner.text}\\s*=\\s*(?:request\\.files\\b${formField})`);
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

/** Laravel's upload methods, and where each takes its disk: `store($dir, $disk)`, `storeAs($dir, $name, $disk)`. */
const LARAVEL_DISK_ARGUMENT: ReadonlyMap<string, number> = new Map([['store', 1], ['storePublicly', 1], ['storeAs', 2], ['storePubliclyAs', 2]]);
/** The two disks Laravel's `config/filesystems.php` generates on the `local` driver: storage/app on this server. */
const LOCAL_DISK = /^(['"])(?:local|public)\1$/;

/**
 * Laravel: an uploaded file stored on a disk named in the call that Laravel generates on the local driver
 * (`$request->file('avatar')->store('avatars', 'local')`, `->storeAs(…, …, 'public')`, `['disk' => 'local']`).
 * The default disk (`->store('avatars')`) is left alone: `FILESYSTEM_DISK` in the environment picks it.
 */
function checkLaravelStore(context: RuleContext): void {
  const root = context.parsed.tree?.rootNode;
  if (!root) return;
  walkTree(root, (node) => {
    const call = callOf(node);
    const position = call?.kind === 'method' ? LARAVEL_DISK_ARGUMENT.get(call.name) : undefined;
    if (!call || position === undefined || !/->file\s*\(|\$_FILES|->hasFile\s*\(|UploadedFile/.test(uploadSource(call, node))) return;
    const disk = argumentAt(call, position, 'options') ?? argumentAt(call, position, 'disk');
    const named = disk && arrayDisk(disk);
    if (named && LOCAL_DISK.test(named.text)) context.report({ span: nodeSpan(node), message: uploadMessage(`Laravel's \`${named.text.slice(1, -1)}\` disk`) });
  });
}

/** The receiver chain of the call and its function's text, where the uploaded file comes from. */
function uploadSource(call: PhpCall, node: SyntaxNode): string {
  return `${call.object?.text ?? ''}\n${enclosingFunction(node).text}`;
}

/** `'local'`, or the `disk` entry of an options array `['disk' => 'local']`. */
function arrayDisk(disk: SyntaxNode): SyntaxNode | undefined {
  if (disk.type !== 'array_creation_expression') return disk;
  return arrayEntries(disk).find((entry) => /^['"]disk['"]$/.test(entry.key?.text ?? ''))?.value;
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
  { languages: ['python'], keywords: ['request.files', 'validate_on_submit', 'validate()'], check: checkPython },
  { languages: ['python'], keywords: ['copyfileobj'], check: checkPythonCopy },
  { languages: ['go'], keywords: ['saveuploadedfile', 'savefile'], check: checkGo },
  { languages: ['java', 'kotlin'], keywords: ['transferto'], check: checkJvm },
  { languages: ['php'], keywords: ['move_uploaded_file'], check: checkPhp },
  { languages: ['php'], keywords: ['->store'], check: checkLaravelStore },
  { languages: ['ruby'], keywords: ['active_storage'], check: checkRails },
];
