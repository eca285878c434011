// Factor XI in Go: loggers writing to files. The standard `log`, logrus, slog, zerolog and zapcore
// (go-kit's and hclog's too) given a file opened in the code; lumberjack, timberjack and file-rotatelogs (file rotation,
// nothing else: wherever the writer goes, it writes files); zap configs whose
// OutputPaths name a file; beego's file log adapters; an io.Writer type whose Write opens a `.log` file. Loggers on
// os.Stdout/os.Stderr stay silent.
import { callArguments, callName, dottedGoName, goImports, goStringValue, importsAny, isGoString, lastSegment, named, qualifiedName, unwrapGo } from '../../languages/go';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { ReplaceFix } from '../../types';
import { isDevicePath } from './device-paths';
import { fileOpenerOf } from './go-writers';

/** Calls whose first argument is where a logger writes, by callee resolved through imports. */
const SINKS = new Set([
  'log.SetOutput', 'log.New', 'github.com/sirupsen/logrus.SetOutput', 'log/slog.NewJSONHandler', 'log/slog.NewTextHandler',
  'github.com/rs/zerolog.New', 'go.uber.org/zap/zapcore.AddSync', 'go.uber.org/zap/zapcore.Lock',
  'github.com/gin-gonic/gin.LoggerWithWriter',
  'github.com/go-kit/log.NewLogfmtLogger', 'github.com/go-kit/log.NewJSONLogger',
  'github.com/go-kit/kit/log.NewLogfmtLogger', 'github.com/go-kit/kit/log.NewJSONLogger',
]);
/** Request-logging middleware configs whose `Output` field is where the access log goes. */
const LOGGER_CONFIGS = new Set([
  'github.com/labstack/echo/v4/middleware.LoggerConfig', 'github.com/labstack/echo/middleware.LoggerConfig',
  'github.com/gofiber/fiber/v2/middleware/logger.Config', 'github.com/gofiber/fiber/v3/middleware/logger.Config',
  'github.com/gin-gonic/gin.LoggerConfig',
  // hclog's `hclog.New(&hclog.LoggerOptions{Output: f})`.
  'github.com/hashicorp/go-hclog.LoggerOptions',
]);
/** Package-level writers a framework logs through: gin's access log and error log. */
const WRITER_VARIABLES = new Set(['github.com/gin-gonic/gin.DefaultWriter', 'github.com/gin-gonic/gin.DefaultErrorWriter']);
/** lumberjack and its fork timberjack: a `Logger{Filename: …}` struct is a rotating file writer. */
const LUMBERJACK = ['gopkg.in/natefinch/lumberjack.v2', 'github.com/natefinch/lumberjack', 'github.com/DeRuina/timberjack'];
/** lestrrat's file-rotatelogs: `rotatelogs.New("log/app.%Y%m%d.log", …)` returns a writer of time-rotated files. */
const ROTATELOGS_NEW = 'github.com/lestrrat-go/file-rotatelogs.New';
const ZAP_OUTPUTS: Readonly<Record<string, string>> = { OutputPaths: 'stdout', ErrorOutputPaths: 'stderr' };

interface GoFile {
  root: SyntaxNode;
  imports: ReadonlyMap<string, string>;
  context: RuleContext;
}

export const goChecks: LanguageCheck[] = [
  {
    languages: ['go'],
    // `*os.file`: a package-level file a project's own helper opens (go-writers.ts helperOpenedFile).
    keywords: ['setoutput', 'lumberjack', 'timberjack', 'rotatelogs', 'outputpaths', 'openfile', 'os.create', 'lfshook', 'setlogger', 'setpath', '*os.file'],
    check,
  },
];

function check(context: RuleContext): void {
  const root = context.parsed.tree?.rootNode;
  if (!root) return;
  const file: GoFile = { root, imports: goImports(root), context };
  const usesZap = importsAny(file.imports, ['go.uber.org/zap']);
  const usesLogrus = importsAny(file.imports, ['github.com/sirupsen/logrus']);
  walkTree(root, (node) => {
    if (node.type === 'composite_literal') checkLumberjack(node, file);
    else if (node.type === 'call_expression') checkSink(node, file);
    else if (node.type === 'keyed_element') checkKeyedElement(node, file, usesZap);
    else if (node.type === 'assignment_statement') checkAssignment(node, file, usesZap, usesLogrus);
    else if (node.type === 'method_declaration') checkLogWriter(node, file);
  });
}

/**
 * A writer type whose `Write` opens a log file itself: gin-vue-admin's Cutter opens `<dir>/<day>/<level>.log` on every
 * write and is handed to zapcore.AddSync in another file, so the logger behind it writes files whichever file wires it
 * up. A log file by its name: the path built in `Write` holds a `.log` literal (an upload spool's `.part` is no log).
 */
function checkLogWriter(method: SyntaxNode, file: GoFile): void {
  const body = method.childForFieldName('body');
  if (method.childForFieldName('name')?.text !== 'Write' || !body) return;
  let opener: SyntaxNode | undefined;
  let logPath = false;
  walkTree(body, (node) => {
    if (node.type === 'func_literal') return false;
    const name = node.type === 'call_expression' ? callName(node) : undefined;
    if (!opener && (name === 'os.OpenFile' || name === 'os.Create')) opener = node;
    else if (isGoString(node) && goStringValue(node)?.endsWith('.log')) logPath = true;
    return undefined;
  });
  if (!opener || !logPath) return;
  // `(c *Cutter)`: the receiver's last word is its type (split, not a backtracking regex).
  const type = (method.childForFieldName('receiver')?.text ?? '').replace(/[()*]/g, ' ').trim().split(/\s+/).pop() || 'writer';
  report(file, opener, `the writer type ${type} opens a log file on the local disk in its Write method, for whichever logger it is given to`);
}

/** `others`: more files the same logger writes, related locations of this one finding. */
function report(file: GoFile, node: SyntaxNode, subject: string, fix?: ReplaceFix, others: readonly SyntaxNode[] = []): void {
  const more = others.length > 0 ? ` (and ${others.length} more file${others.length > 1 ? 's' : ''} of the same logger, shown as related locations)` : '';
  file.context.report({
    span: nodeSpan(node),
    message: `Factor XI: ${subject}${more}; log to stdout and let the platform route the stream.`,
    ...(fix ? { fix } : {}),
    ...(others.length > 0 ? { related: others.map((other) => ({ span: nodeSpan(other), message: 'Factor XI: another file the same logger writes' })) } : {}),
  });
}

function checkLumberjack(node: SyntaxNode, file: GoFile): void {
  const type = qualifiedName(dottedGoName(node.childForFieldName('type')), file.imports);
  const library = type === undefined ? undefined : LUMBERJACK.find((path) => type === `${path}.Logger`);
  if (library === undefined) return;
  report(file, node, `${library.includes('timberjack') ? 'timberjack' : 'lumberjack'}.Logger writes and rotates log files on the local disk`);
}

/** `log.SetOutput(f)`, `slog.NewJSONHandler(f, nil)`, `logger.SetOutput(f)` with `f` an opened file; logrus' lfshook. */
function checkSink(call: SyntaxNode, file: GoFile): void {
  const name = callName(call);
  if (name === undefined) return;
  const qualified = qualifiedName(name, file.imports) ?? name;
  if (qualified === LFSHOOK_NEW_HOOK) return checkLfshook(call, file);
  if (qualified === ROTATELOGS_NEW) return report(file, call, 'rotatelogs.New writes and rotates log files on the local disk');
  if (lastSegment(name) === 'SetLogger') return checkBeegoLogger(call, file);
  if (lastSegment(name) === 'SetPath') return checkGlogPath(call, file);
  const isMethod = name.includes('.') && !file.imports.has(name.slice(0, name.indexOf('.')));
  if (!SINKS.has(qualified) && !(isMethod && lastSegment(name) === 'SetOutput')) return;
  const opener = fileOpenerOf(callArguments(call)[0], file.root);
  if (opener) report(file, call, `${name} writes the log to a file opened with ${opener}`);
}

const LFSHOOK_NEW_HOOK = 'github.com/rifflock/lfshook.NewHook';

/**
 * lfshook's `NewHook(lfshook.PathMap{logrus.InfoLevel: "/var/log/info.log"}, fmt)` or `NewHook("app.log", fmt)`: the
 * hook opens and appends to those files. A `WriterMap` of writers the code chose (os.Stdout) is read as any writer is not.
 */
function checkLfshook(call: SyntaxNode, file: GoFile): void {
  const first = callArguments(call)[0];
  const type = first?.type === 'composite_literal' ? qualifiedName(dottedGoName(first.childForFieldName('type')), file.imports) : undefined;
  if (type === 'github.com/rifflock/lfshook.PathMap' || (first !== undefined && isGoString(first))) {
    report(file, call, 'lfshook adds a hook that appends every entry to log files');
  }
}

/** GoFrame's logger: `glog.New()`, `g.Log()` and the package's own functions. */
const GOFRAME = ['github.com/gogf/gf'];

/**
 * GoFrame: `l.SetPath("/var/log/app")`, `glog.SetPath(...)`, `g.Log().SetPath(...)`: glog writes its daily files to
 * that folder (a path read from config or the environment is the platform's choice, left alone).
 */
function checkGlogPath(call: SyntaxNode, file: GoFile): void {
  if (!importsAny(file.imports, GOFRAME)) return;
  const name = callName(call) ?? '';
  const pkg = file.imports.get(name.slice(0, name.indexOf('.')));
  if (pkg !== undefined && !pkg.startsWith(GOFRAME[0]!)) return;
  const folder = callArguments(call)[0];
  if (folder && isGoString(folder) && isFilePath(goStringValue(folder) ?? '')) report(file, call, "GoFrame's logger writes its log files to the folder SetPath names");
}

const BEEGO = ['github.com/beego/beego', 'github.com/astaxie/beego'];
/** beego's adapters that write files: `logs.AdapterFile` ("file") and `logs.AdapterMultiFile` ("multifile"). */
const BEEGO_FILE_ADAPTERS = new Set(['AdapterFile', 'AdapterMultiFile', 'file', 'multifile']);

/** beego: `logs.SetLogger(logs.AdapterFile, `{"filename":"logs/app.log"}`)`, `beego.SetLogger("file", …)`, `l.SetLogger(…)`. */
function checkBeegoLogger(call: SyntaxNode, file: GoFile): void {
  if (!importsAny(file.imports, BEEGO)) return;
  // A package function must be beego's own; a method is on a logger this beego file made.
  const name = callName(call) ?? '';
  const pkg = file.imports.get(name.slice(0, name.indexOf('.')));
  if (pkg !== undefined && !BEEGO.some((path) => pkg.startsWith(path))) return;
  const adapter = callArguments(call)[0];
  const kind = adapter === undefined ? undefined : isGoString(adapter) ? goStringValue(adapter) : lastSegment(dottedGoName(adapter) ?? '');
  if (kind !== undefined && BEEGO_FILE_ADAPTERS.has(kind)) report(file, call, `beego's ${kind} log adapter writes the log to files on the local disk`);
}

/** logrus: `logger.Out = f`; gin: `gin.DefaultWriter = io.MultiWriter(f, os.Stdout)`; zap: `cfg.OutputPaths = []string{"app.log"}`. */
function checkAssignment(statement: SyntaxNode, file: GoFile, usesZap: boolean, usesLogrus: boolean): void {
  const [left] = named(statement.childForFieldName('left'));
  const [right] = named(statement.childForFieldName('right'));
  if (left?.type !== 'selector_expression' || !right) return;
  const field = left.childForFieldName('field')?.text ?? '';
  const variable = qualifiedName(left.text, file.imports);
  if (variable !== undefined && WRITER_VARIABLES.has(variable)) {
    const opener = fileOpenerOf(right, file.root);
    if (opener) report(file, statement, `${left.text} writes the log to a file opened with ${opener}`);
  } else if (usesLogrus && field === 'Out') {
    const opener = fileOpenerOf(right, file.root);
    if (opener) report(file, statement, `the logrus logger's Out is a file opened with ${opener}`);
  } else if (usesZap && field in ZAP_OUTPUTS) {
    checkZapPaths(right, field, file);
  }
}

function checkKeyedElement(element: SyntaxNode, file: GoFile, usesZap: boolean): void {
  if (usesZap) checkZapKey(element, file);
  checkLoggerConfigOutput(element, file);
}

/** echo `middleware.LoggerConfig{Output: f}`, fiber `logger.Config{Output: f}`, gin `gin.LoggerConfig{Output: f}`. */
function checkLoggerConfigOutput(element: SyntaxNode, file: GoFile): void {
  const [key, value] = named(element);
  if (named(key)[0]?.text !== 'Output' || !value) return;
  const literal = element.parent?.parent;
  const type = literal?.type === 'composite_literal' ? qualifiedName(dottedGoName(literal.childForFieldName('type')), file.imports) : undefined;
  if (type === undefined || !LOGGER_CONFIGS.has(type)) return;
  const opener = fileOpenerOf(named(value)[0] ?? value, file.root);
  const logger = type.endsWith('.LoggerOptions') ? "the hclog logger's" : "the request logger's";
  if (opener) report(file, element, `${logger} Output is a file opened with ${opener}`);
}

function checkZapKey(element: SyntaxNode, file: GoFile): void {
  const [key, value] = named(element);
  const field = named(key)[0]?.text ?? '';
  const list = named(value)[0];
  if (key?.type === 'literal_element' && field in ZAP_OUTPUTS && list) checkZapPaths(list, field, file);
}

/** Each file path of a zap output list; the fix points a lone file at stdout (stderr for errors). */
function checkZapPaths(list: SyntaxNode, field: string, file: GoFile): void {
  const node = unwrapGo(list);
  if (node.type !== 'composite_literal') return;
  const paths = named(node.childForFieldName('body')).map((element) => named(element)[0]).filter(isGoString);
  const stream = ZAP_OUTPUTS[field] ?? 'stdout';
  const hasStream = paths.some((path) => goStringValue(path) === stream);
  // Several files in one list are one logger's: one finding at the first, the others related, no fix for one of them.
  const files = paths.filter((path) => isFilePath(goStringValue(path) ?? ''));
  const [first, ...others] = files;
  if (!first) return;
  const value = goStringValue(first) ?? '';
  const fix: ReplaceFix | undefined =
    hasStream || others.length > 0 ? undefined : { kind: 'replace', title: `Log to ${stream} (zap ${field})`, edits: [{ span: nodeSpan(first), text: `"${stream}"` }] };
  report(file, first, `zap ${field} sends the log to the file "${value}"`, fix, others);
}

/** zap takes "stdout", "stderr", file paths and URLs of registered sinks; only paths and file:// are files. */
export function isFilePath(value: string): boolean {
  if (value === '' || value === 'stdout' || value === 'stderr' || isDevicePath(value)) return false;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(value)?.[1];
  return scheme === undefined || scheme.toLowerCase() === 'file';
}
