// file-logger for Python: the standard library's file handlers (constructed, configured through
// basicConfig or a dictConfig dict such as Django's LOGGING), loguru sinks that are files, and
// gunicorn config files that send access or error logs to a path, and Scrapy settings' `LOG_FILE`. A path read from the environment or
// from command-line options is the operator's choice and stays silent (python-chosen-paths.ts).
import { dottedName, importBindings, isModuleLevel, keywordArgument, lastSegment, positionalArguments, resolvedName, stringValue, unwrapParentheses, type Bindings } from '../../languages/python';
import { isDevelopmentOnly } from './python-dev-branch';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { ReplaceFix } from '../../types';
import { isChosenAtRunTime } from './python-chosen-paths';
import { isGunicornConfig } from '../process-paths';

/** Handler classes that write to a file, by their full name (as resolved, or as a dictConfig `class`). */
export const FILE_HANDLERS: ReadonlySet<string> = new Set([
  'logging.FileHandler',
  'logging.handlers.RotatingFileHandler',
  'logging.handlers.TimedRotatingFileHandler',
  'logging.handlers.WatchedFileHandler',
  'concurrent_log_handler.ConcurrentRotatingFileHandler',
  'concurrent_log_handler.ConcurrentTimedRotatingFileHandler',
]);

const TO_STDOUT = 'Log to stdout (logging.StreamHandler(sys.stdout))';

export const pythonChecks: LanguageCheck[] = [
  {
    languages: ['python'],
    keywords: ['filehandler', 'basicconfig', 'loguru', 'accesslog', 'errorlog', 'loggerfactory', 'log_file', 'def emit'],
    check,
  },
];

function check(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree) return;
  const bindings = importBindings(tree.rootNode);
  const report = (node: SyntaxNode, subject: string, fix?: ReplaceFix, others: readonly SyntaxNode[] = []): void => {
    if (isDevelopmentOnly(node)) return;
    const more = others.length > 0 ? ` (and ${others.length} more file handler${others.length > 1 ? 's' : ''} of the same config, shown as related locations)` : '';
    context.report({
      span: { start: node.startIndex, end: node.endIndex },
      message: `Factor XI: ${subject}${more}; log to stdout and let the platform route the stream.`,
      ...(fix ? { fix } : {}),
      ...(others.length > 0 ? { related: others.map((other) => ({ span: { start: other.startIndex, end: other.endIndex }, message: 'Factor XI: another file handler of the same logging config' })) } : {}),
    });
  };
  // One dictConfig `handlers` section with several file handlers is one problem: one finding, the others related.
  const sections = new Map<number, { subject: string; pairs: SyntaxNode[] }>();
  const collect = (handlers: SyntaxNode, pair: SyntaxNode, subject: string): void => {
    const section = sections.get(handlers.id) ?? { subject, pairs: [] };
    section.pairs.push(pair);
    sections.set(handlers.id, section);
  };
  const gunicornConfig = isGunicornConfig(context.path);
  const scrapySettings = isScrapySettings(tree.rootNode);
  walkTree(tree.rootNode, (node) => {
    if (node.type === 'call') checkCall(node, { bindings, root: tree.rootNode }, report);
    else if (node.type === 'pair') checkHandlerEntry(node, collect);
    else if (gunicornConfig && node.type === 'assignment') checkGunicornLog(node, report);
    else if (scrapySettings && node.type === 'assignment') checkScrapyLogFile(node, report);
    else if (node.type === 'class_definition') checkHandlerClass(node, bindings, report);
    if (node.type === 'assignment') checkTornadoLogFile(node, { bindings, root: tree.rootNode }, report);
  });
  for (const { subject, pairs: [first, ...others] } of sections.values()) if (first) report(first, subject, undefined, others);
}

/** The standard library's handler classes a custom handler extends. */
const HANDLER_BASES = new Set(['logging.Handler', 'logging.StreamHandler']);

/**
 * A `logging.Handler` subclass whose `emit` opens a file for writing itself (`with open(f"logs/{day}.log", "a")`): a
 * file handler by another name, the same file on the local disk as `FileHandler`'s. Only `emit`, the method every
 * record goes through; a handler that opens nothing (a stdout formatter) stays silent.
 */
function checkHandlerClass(cls: SyntaxNode, bindings: Bindings, report: Reporter): void {
  const bases = cls.childForFieldName('superclasses')?.namedChildren ?? [];
  if (!bases.some((base) => base !== null && HANDLER_BASES.has(resolvedName(base, bindings) ?? ''))) return;
  for (const member of cls.childForFieldName('body')?.namedChildren ?? []) {
    const method = member?.type === 'decorated_definition' ? member.childForFieldName('definition') : member;
    if (method?.type !== 'function_definition' || method.childForFieldName('name')?.text !== 'emit') continue;
    let opened: SyntaxNode | undefined;
    walkTree(method, (node) => {
      if (opened) return false;
      if (node.type === 'call' && opensForWriting(node)) opened = node;
      return undefined;
    });
    if (opened) report(opened, `the logging handler ${cls.childForFieldName('name')?.text ?? ''} opens a file in its emit method, as a FileHandler would`);
  }
}

/** `open(path, "a")`, `open(path, mode="w")`: the builtin open, for appending or writing. */
function opensForWriting(call: SyntaxNode): boolean {
  if (call.childForFieldName('function')?.text !== 'open') return false;
  const mode = keywordArgument(call, 'mode') ?? positionalArguments(call)[1];
  return /^[aw]/.test(stringValue(mode) ?? '');
}

/** gunicorn.conf.py: `accesslog`/`errorlog` set to a path rather than '-' (stdout/stderr). */
function checkGunicornLog(assignment: SyntaxNode, report: Reporter): void {
  const name = assignment.childForFieldName('left');
  if (name?.type !== 'identifier' || (name.text !== 'accesslog' && name.text !== 'errorlog') || !isModuleLevel(assignment)) return;
  const value = assignment.childForFieldName('right');
  const path = stringValue(value);
  if (!value || path === undefined || path === '-' || path === '') return;
  report(value, `gunicorn \`${name.text}\` writes logs to a file`, {
    kind: 'replace',
    title: `Log to stdout (${name.text} = '-')`,
    edits: [{ span: { start: value.startIndex, end: value.endIndex }, text: "'-'" }],
  });
}

/** A Scrapy project's settings module: it names the bot or its spider modules at the top level. */
function isScrapySettings(root: SyntaxNode): boolean {
  return root.namedChildren.some((statement) => {
    const assignment = statement?.type === 'expression_statement' ? statement.namedChild(0) : null;
    return assignment?.type === 'assignment' && /^(?:BOT_NAME|SPIDER_MODULES)$/.test(assignment.childForFieldName('left')?.text ?? '');
  });
}

/** Scrapy's `LOG_FILE = "logs/crawl.log"`: the crawl's log goes to that file instead of stderr. */
function checkScrapyLogFile(assignment: SyntaxNode, report: Reporter): void {
  if (assignment.childForFieldName('left')?.text !== 'LOG_FILE' || !isModuleLevel(assignment)) return;
  const value = assignment.childForFieldName('right');
  const path = stringValue(value);
  if (value && path !== undefined && path !== '') report(value, "Scrapy's `LOG_FILE` writes the crawl's log to a file");
}

/**
 * Tornado's own file log: `options.log_file_prefix = "logs/app.log"` before `parse_command_line()` makes tornado.log
 * add a RotatingFileHandler. A path the environment gives (`os.environ.get("LOG_FILE")`) is the operator's choice.
 */
function checkTornadoLogFile(assignment: SyntaxNode, { bindings, root }: PythonFile, report: Reporter): void {
  const left = assignment.childForFieldName('left');
  if (left?.type !== 'attribute' || left.childForFieldName('attribute')?.text !== 'log_file_prefix') return;
  if (resolvedName(left.childForFieldName('object'), bindings) !== 'tornado.options.options') return;
  const value = assignment.childForFieldName('right');
  if (!value || value.type === 'none' || stringValue(value) === '' || isChosenAtRunTime(value, root, bindings)) return;
  report(value, "Tornado's `log_file_prefix` option writes the log to a file");
}

type Reporter = (node: SyntaxNode, subject: string, fix?: ReplaceFix) => void;

interface PythonFile {
  bindings: Bindings;
  root: SyntaxNode;
}

function checkCall(call: SyntaxNode, { bindings, root }: PythonFile, report: Reporter): void {
  const callee = resolvedName(call.childForFieldName('function'), bindings);
  if (callee === undefined) return;
  if (FILE_HANDLERS.has(callee)) {
    const path = positionalArguments(call)[0] ?? keywordArgument(call, 'filename');
    if (path && isChosenAtRunTime(path, root, bindings)) return;
    report(call, `\`${shortName(callee)}\` writes logs to a file`, handlerFix(call, bindings));
  } else if (callee === 'logging.basicConfig') {
    const filename = keywordArgument(call, 'filename');
    if (!filename || filename.type === 'none' || keywordArgument(call, 'handlers') || isChosenAtRunTime(filename, root, bindings)) return;
    report(call, '`logging.basicConfig(filename=...)` writes logs to a file', basicConfigFix(filename, bindings));
  } else if (callee === 'loguru.logger.add' && isFileSink(call)) {
    report(call, 'loguru `logger.add(...)` writes logs to a file');
  } else if (STRUCTLOG_FACTORIES.has(callee) && isOpenedFile(keywordArgument(call, 'file') ?? positionalArguments(call)[0])) {
    report(call, `structlog's \`${lastSegment(callee)}\` writes logs to a file it was given open`);
  }
}

function shortName(callee: string): string {
  return callee.replace(/^logging\.handlers\./, 'handlers.');
}

/** `logging.FileHandler(...)` -> `logging.StreamHandler(sys.stdout)`, when `logging` and `sys` are the modules. */
function handlerFix(call: SyntaxNode, bindings: Bindings): ReplaceFix | undefined {
  const written = dottedName(call.childForFieldName('function'));
  if (!written?.startsWith('logging.') || bindings.get('logging') !== 'logging' || bindings.get('sys') !== 'sys') return undefined;
  return { kind: 'replace', title: TO_STDOUT, edits: [{ span: { start: call.startIndex, end: call.endIndex }, text: 'logging.StreamHandler(sys.stdout)' }] };
}

/** `filename='app.log'` -> `stream=sys.stdout` (basicConfig ignores `filemode` without a filename). */
function basicConfigFix(filename: SyntaxNode, bindings: Bindings): ReplaceFix | undefined {
  const argument = filename.parent;
  if (argument?.type !== 'keyword_argument' || bindings.get('sys') !== 'sys') return undefined;
  return { kind: 'replace', title: 'Log to stdout (basicConfig(stream=sys.stdout))', edits: [{ span: { start: argument.startIndex, end: argument.endIndex }, text: 'stream=sys.stdout' }] };
}

/** structlog's logger factories, whose `file` is where every log line goes. */
const STRUCTLOG_FACTORIES = new Set(['structlog.WriteLoggerFactory', 'structlog.PrintLoggerFactory', 'structlog.BytesLoggerFactory']);

/** `open('app.log', 'a')`, `Path('logs/app.log').open('at')`: a file opened where it is passed. */
function isOpenedFile(node: SyntaxNode | undefined): boolean {
  const value = node && unwrapParentheses(node);
  if (value?.type !== 'call') return false;
  const fn = value.childForFieldName('function');
  const callee = dottedName(fn);
  if (callee === 'open' || callee === 'io.open') return true;
  const receiver = fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'open' ? fn.childForFieldName('object') : undefined;
  return receiver?.type === 'call' && /(?:^|\.)Path$/.test(dottedName(receiver.childForFieldName('function')) ?? '');
}

/** loguru sinks that are paths: a string, an f-string, a `Path`, or rotation/retention options (files only). */
function isFileSink(call: SyntaxNode): boolean {
  if (['rotation', 'retention', 'compression'].some((option) => keywordArgument(call, option))) return true;
  const sink = positionalArguments(call)[0] ?? keywordArgument(call, 'sink');
  if (!sink) return false;
  const value = unwrapParentheses(sink);
  if (value.type === 'string' || value.type === 'concatenated_string') return true;
  if (value.type === 'binary_operator') return value.childForFieldName('left')?.type === 'call' && /Path$/.test(dottedName(value.childForFieldName('left')?.childForFieldName('function')) ?? '');
  return value.type === 'call' && /(?:^|\.)Path$/.test(dottedName(value.childForFieldName('function')) ?? '');
}

/** `'class': 'logging.handlers.RotatingFileHandler'` in a handler of a dictConfig dict (`'handlers': {'file': {...}}`). */
function checkHandlerEntry(pair: SyntaxNode, collect: (handlers: SyntaxNode, pair: SyntaxNode, subject: string) => void): void {
  if (stringValue(pair.childForFieldName('key')) !== 'class') return;
  const handlerClass = stringValue(pair.childForFieldName('value'));
  if (handlerClass === undefined || !FILE_HANDLERS.has(handlerClass)) return;
  const handler = pair.parent;
  if (handler?.type !== 'dictionary') return;
  const subject = `the logging config's handler uses \`${shortName(handlerClass)}\`, which writes logs to a file`;
  // Settings that change the base dict: `LOGGING['handlers']['file'] = {…}` (Django's split settings, probe22b H).
  if (subscriptKeys(assignedTo(handler))[1] === 'handlers') return collect(handler, pair, subject);
  const handlers = handler.parent?.type === 'pair' ? handler.parent.parent : undefined;
  const section = handlers?.parent;
  if (handlers?.type !== 'dictionary') return;
  // `LOGGING['handlers'] = {'file': {…}}`: the base dict's section replaced.
  if (subscriptKeys(assignedTo(handlers))[0] === 'handlers') return collect(handlers, pair, subject);
  // A dictConfig dict's `'handlers': {…}`, or the same dict given as an argument: Litestar's `LoggingConfig(handlers={…})`.
  const sectionName = section?.type === 'pair' ? stringValue(section.childForFieldName('key')) : section?.type === 'keyword_argument' ? section.childForFieldName('name')?.text : undefined;
  if (sectionName !== 'handlers') return;
  collect(handlers, pair, subject);
}

/** The target of `target = value` when `value` is the node, else undefined. */
function assignedTo(value: SyntaxNode): SyntaxNode | undefined {
  const parent = value.parent;
  return parent?.type === 'assignment' && parent.childForFieldName('right')?.id === value.id ? parent.childForFieldName('left') ?? undefined : undefined;
}

/** `LOGGING['handlers']['file']` -> ['file', 'handlers'] (innermost key last); string keys only. */
function subscriptKeys(target: SyntaxNode | undefined): (string | undefined)[] {
  const keys: (string | undefined)[] = [];
  for (let node = target; node?.type === 'subscript' && keys.length < 4; node = node.childForFieldName('value') ?? undefined) {
    keys.push(stringValue(node.childForFieldName('subscript')));
  }
  return keys;
}
