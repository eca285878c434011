// Factor XI in Ruby: loggers that write to a file. `Logger.new('log/production.log')`,
// `ActiveSupport::Logger.new(Rails.root.join('log', ...))`, `Logger.new(File.open(...))`,
// SemanticLogger file appenders (and rails_semantic_logger's `add_file_appender = true`), `use Rack::CommonLogger,
// File.new(...)` and Roda's `plugin :common_logger, File.open(...)`, `$stdout.reopen(file)` and
// Puma's `stdout_redirect` / Unicorn's `stdout_path`, Hanami's `config.logger.stream = root.join(...)`.
import { callArguments, callName, dottedName, keywordArguments } from '../../languages/ruby';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { OffsetEdit } from '../../types';
import { isDevelopmentBranch, isStdoutOptIn, rubyFileDestination, singleAssignments, type Assignments } from './ruby-destinations';

const LOGGER_CLASSES = new Set(['Logger.new', 'ActiveSupport.Logger.new']);
/** Puma's `stdout_redirect`, Unicorn's `stdout_path` / `stderr_path`: the whole process output goes to files. */
const SERVER_REDIRECTS = new Set(['stdout_redirect', 'stdout_path', 'stderr_path']);

export const rubyChecks: LanguageCheck[] = [
  { languages: ['ruby'], keywords: ['logger', 'reopen', 'stdout_redirect', 'stderr_path', 'stdout_path', 'paths['], check },
];

interface Scan {
  context: RuleContext;
  assignments: Assignments;
}

function check(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree) return;
  const scan: Scan = { context, assignments: singleAssignments(tree.rootNode) };
  walkTree(tree.rootNode, (node) => {
    if (node.type === 'call') inspectCall(node, scan);
    else if (node.type === 'assignment') inspectStreamSetting(node, scan);
  });
}

/**
 * Hanami 2's `config.logger.stream = root.join('log', 'app.log')`: the logger's stream setting names a file.
 * Rails' `config.paths["log"] = "/var/log/app/production.log"`: the file Rails' default logger writes.
 */
function inspectStreamSetting(assignment: SyntaxNode, scan: Scan): void {
  const left = assignment.childForFieldName('left');
  const value = assignment.childForFieldName('right');
  if (left?.type === 'element_reference' && value && isRailsLogPath(left)) {
    const destination = rubyFileDestination(value, scan.assignments);
    if (destination) report(scan, assignment, `\`config.paths["log"]\` sends Rails' log to a file (${destination})`);
    return;
  }
  const setting = dottedName(left);
  if (setting && value?.type === 'true' && /(?:^|\.)rails_semantic_logger\.add_file_appender$/.test(setting)) {
    return report(scan, assignment, "rails_semantic_logger's file appender writes Rails' log to log/<environment>.log");
  }
  if (!setting || !value || !/(?:^|\.)logger\.stream$/.test(setting)) return;
  const destination = rubyFileDestination(value, scan.assignments);
  if (destination) report(scan, assignment, `the logger's stream is a file (${destination})`);
}

/** `config.paths["log"]` / `config.paths['log']` / `Rails.application.config.paths[:log]`. */
function isRailsLogPath(reference: SyntaxNode): boolean {
  const object = dottedName(reference.childForFieldName('object'));
  const index = reference.namedChildren.find((child) => child !== null && child.id !== reference.childForFieldName('object')?.id);
  const key = index?.text.replace(/^:|^["']|["']$/g, '');
  return object !== undefined && /(?:^|\.)config\.paths$/.test(object) && key === 'log';
}

function inspectCall(call: SyntaxNode, scan: Scan): void {
  const name = (callName(call) ?? '').replace(/::/g, '.').replace(/^\./, '');
  const args = callArguments(call);
  if (LOGGER_CLASSES.has(name)) {
    const destination = args[0] && args[0].type !== 'pair' ? rubyFileDestination(args[0], scan.assignments) ?? rotatedDestination(args) : undefined;
    if (destination) report(scan, call, `${call.childForFieldName('receiver')?.text ?? 'Logger'} writes logs to a file (${destination})`, loggerFix(args));
  } else if (name === 'SemanticLogger.add_appender') {
    const file = keywordArguments(call).get('file_name');
    if (file) report(scan, call, `SemanticLogger writes logs to a file (${shorten(file.text)})`);
  } else if (name === 'use' || name.endsWith('middleware.use')) {
    const [middleware, stream] = args;
    if (middleware?.text.replace(/^::/, '') !== 'Rack::CommonLogger' || !stream) return;
    const destination = rubyFileDestination(stream, scan.assignments);
    if (destination) report(scan, call, `Rack::CommonLogger writes the access log to a file (${destination})`);
  } else if (name === 'plugin' && args[0]?.text === ':common_logger' && args[1]) {
    const destination = rubyFileDestination(args[1], scan.assignments);
    if (destination) report(scan, call, `Roda's common_logger writes the access log to a file (${destination})`);
  } else if (SERVER_REDIRECTS.has(name)) {
    // Its paths may be built (`App.log_root.join('puma.log')`); its last argument (append) is a boolean.
    const destinations = args.filter((argument) => argument.type !== 'true' && argument.type !== 'false').map((argument) => rubyFileDestination(argument, scan.assignments));
    const files = destinations.filter((destination): destination is string => destination !== undefined);
    if (files.length > 0) report(scan, call, `\`${name}\` sends the server's output to ${files.length > 1 ? 'files' : 'a file'} (${files.join(', ')})`);
  } else if (/^(?:\$stdout|STDOUT|\$stderr|STDERR)\.reopen$/.test(name) && args[0]) {
    const destination = rubyFileDestination(args[0], scan.assignments);
    if (destination) report(scan, call, `${name.replace(/\.reopen$/, '')} is redirected to a file (${destination})`);
  }
}

/** Logger's rotation arguments: `'daily'`, `'weekly'`, `'monthly'`, or a count of files kept. */
const SHIFT_AGE = /^(?:["'](?:daily|weekly|monthly)["']|:(?:daily|weekly|monthly)|\d+)$/;
const STANDARD_STREAMS = /^(?:\$stdout|STDOUT|\$stderr|STDERR|\$stdout\.dup|File::NULL)$/;

/**
 * `Logger.new(Settings::LOG_FILE, 'daily')`, `Logger.new(path, 5, 10 * 1024 * 1024)`: only a file
 * rotates, so a rotation argument says the destination we cannot see (another file's constant) is
 * one. A stream, or the environment's choice (`ENV['LOG_FILE']`), is not judged so.
 */
function rotatedDestination(args: SyntaxNode[]): string | undefined {
  const [first, shiftAge] = args.filter((argument) => argument.type !== 'pair');
  if (!first || !shiftAge || !SHIFT_AGE.test(shiftAge.text) || STANDARD_STREAMS.test(first.text) || /^ENV\b/.test(first.text)) return undefined;
  return `${shorten(first.text)}, rotated`;
}

function report(scan: Scan, call: SyntaxNode, subject: string, edits?: OffsetEdit[]): void {
  // The file side of `if ENV['RAILS_LOG_TO_STDOUT']` is still the default: reported, as Python's,
  // Go's, PHP's and JavaScript's file branch of a stdout switch are (one shape, one answer).
  if (isDevelopmentBranch(call)) return;
  const behindSwitch = isStdoutOptIn(call) ? ' unless the stdout switch is set' : '';
  const advice = behindSwitch ? 'make stdout the default and let the platform route the stream' : 'log to stdout and let the platform route the stream';
  scan.context.report({
    span: nodeSpan(call),
    message: `Factor XI: ${subject}${behindSwitch}; ${advice}.`,
    ...(edits ? { fix: { kind: 'replace', title: 'Log to $stdout', edits } } : {}),
  });
}

/**
 * `Logger.new('log/x.log', 'daily', level: :info)` -> `Logger.new($stdout, level: :info)`: the path and
 * the rotation arguments go, keyword options stay. Only for a destination written inline (a named
 * one may be used elsewhere).
 */
function loggerFix(args: SyntaxNode[]): OffsetEdit[] | undefined {
  const positional = args.filter((argument) => argument.type !== 'pair');
  const first = positional[0];
  const last = positional[positional.length - 1];
  if (!first || !last || first.type === 'identifier' || first.type === 'constant' || first.type === 'scope_resolution' || positional.some((argument) => argument.type.endsWith('splat_argument'))) return undefined;
  // Keyword options before the path (`Logger.new(level: :info, ...)`) are not a shape we rewrite.
  const firstPair = args.findIndex((argument) => argument.type === 'pair');
  if (firstPair >= 0 && firstPair < positional.length) return undefined;
  return [{ span: { start: first.startIndex, end: last.endIndex }, text: '$stdout' }];
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= 60 ? flat : `${flat.slice(0, 59)}…`;
}
