// Factor XI for PHP: Laravel log channels that write files, CakePHP/CodeIgniter/Yii file log engines
// (php-log-engines.ts), Monolog file handlers built in code or declared as config arrays (Hyperf,
// php-handler-arrays.ts), error_log() and
// file_put_contents(..., FILE_APPEND) into .log files, KLogger's file loggers, WordPress's `WP_DEBUG_LOG`
// (wp-content/debug.log or a path), and `error_log = <file>` in php.ini.
import { parseIni } from '../../languages/ini';
import { argumentAt, callOf, stringValue, unparen, useAliases, type PhpCall } from '../../languages/php';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { Span } from '../../types';
import { laravelFileChannels, legacyLaravelFileLog } from './php-laravel';
import { fileHandlerArrays } from './php-handler-arrays';
import { fileLogEngines } from './php-log-engines';
import { loggerSettingFiles } from './php-settings-arrays';
import { isFileDestination, isStandardStream } from './php-paths';

const ADVICE = 'log to stdout or stderr and let the platform route the stream';

function report(context: RuleContext, span: Span, subject: string, advice = ADVICE): void {
  context.report({ span, message: `Factor XI: ${subject}; ${advice}.` });
}

function checkPhp(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree) return;
  const legacy = legacyLaravelFileLog(tree.rootNode, context.path);
  if (legacy) {
    const advice = "log to the system logger instead ('log' => 'errorlog', which PHP writes to stderr) and let the platform route the stream";
    report(context, spanOf(legacy.node), `config/app.php's 'log' setting writes to a log file (${legacy.what})`, advice);
  }
  for (const channel of laravelFileChannels(tree.rootNode)) {
    const advice = 'log to stderr instead (the "stderr" channel, LOG_CHANNEL=stderr) and let the platform route the stream';
    report(context, spanOf(channel.node), `Laravel log channel "${channel.name}" writes to a log file (${channel.what})`, advice);
  }
  for (const engine of fileLogEngines(tree.rootNode)) report(context, spanOf(engine.node), `the logging config uses \`${engine.name}\`, which writes the log to files`);
  for (const path of loggerSettingFiles(tree.rootNode)) report(context, spanOf(path), "the logger settings' path names a log file, which the app's Monolog handler writes to");
  for (const handler of fileHandlerArrays(tree.rootNode)) report(context, spanOf(handler.node), `the logging config builds a Monolog \`${handler.handler}\` that writes to a log file`);
  const aliases = useAliases(tree.rootNode);
  const usesKLogger = /Katzgrau\\KLogger/.test(context.text);
  const wpDebugOff = /define\s*\(\s*['"]WP_DEBUG['"]\s*,\s*false\s*\)/i.test(context.text);
  walkTree(tree.rootNode, (node) => {
    const call = callOf(node);
    if (!call) return;
    checkCall(context, node, call, aliases);
    if (usesKLogger && call.kind === 'new' && call.name === 'Logger') checkKLogger(context, node, call);
    if (!wpDebugOff && call.kind === 'function' && call.name.toLowerCase() === 'define') checkWpDebugLog(context, node, call);
  });
}

/** KLogger's `new Logger(__DIR__ . '/logs')`: dated log files in that folder ('php://stderr' is its stream option). */
function checkKLogger(context: RuleContext, node: SyntaxNode, call: PhpCall): void {
  const directory = argumentAt(call, 0, 'logDirectory');
  if (directory && !isStandardStream(stringValue(directory) ?? '')) report(context, spanOf(node), 'KLogger writes the log to files in a folder');
}

/** wp-config.php's `define('WP_DEBUG_LOG', true)` (wp-content/debug.log) or a path; silent when WP_DEBUG is false. */
function checkWpDebugLog(context: RuleContext, node: SyntaxNode, call: PhpCall): void {
  if (stringValue(argumentAt(call, 0, 'constant_name')) !== 'WP_DEBUG_LOG') return;
  const value = argumentAt(call, 1, 'value');
  const text = value ? unparen(value).text.toLowerCase() : '';
  const path = value ? stringValue(value) : undefined;
  if (text === 'true' || (path !== undefined && path !== '' && !isStandardStream(path))) {
    report(context, spanOf(node), "`WP_DEBUG_LOG` makes WordPress write PHP's errors to a log file");
  }
}

function checkCall(context: RuleContext, node: SyntaxNode, call: PhpCall, aliases: ReadonlyMap<string, string>): void {
  if (call.kind === 'new') {
    const name = aliases.get(call.name) ?? call.name;
    if (name === 'RotatingFileHandler') return report(context, spanOf(node), 'Monolog `RotatingFileHandler` writes rotated log files');
    const stream = argumentAt(call, 0, 'stream');
    if (name === 'StreamHandler' && stream && isFileDestination(stream)) report(context, spanOf(node), 'Monolog `StreamHandler` writes to a log file');
    return;
  }
  if (call.kind !== 'function') return;
  const name = call.name.toLowerCase();
  if (name === 'error_log') {
    const type = argumentAt(call, 1, 'message_type');
    const destination = argumentAt(call, 2, 'destination');
    if (type && unparen(type).text === '3' && destination && isFileDestination(destination)) report(context, spanOf(node), '`error_log(..., 3, <file>)` appends to a log file');
  } else if (name === 'ini_set') {
    const value = argumentAt(call, 1, 'value');
    if (stringValue(argumentAt(call, 0, 'option')) === 'error_log' && value && isFileDestination(value)) report(context, spanOf(node), "`ini_set('error_log', <file>)` sends PHP's error log to a file");
  } else if (name === 'file_put_contents') {
    const path = argumentAt(call, 0, 'filename');
    const flags = argumentAt(call, 2, 'flags');
    if (path && flags?.text.includes('FILE_APPEND') && (isLogPath(path) || holdsLogPath(path, node))) report(context, spanOf(node), '`file_put_contents(..., FILE_APPEND)` appends to a .log file');
  }
}

/** `storage_path('logs/app.log')`, `__DIR__ . '/app.log'`: a destination whose text ends in `.log`. */
function isLogPath(node: SyntaxNode): boolean {
  return isFileDestination(node) && /\.log['"]\s*\)?\s*$/i.test(node.text);
}

/**
 * `$file = LOGS_PATH . DS . 'app.log'; … file_put_contents($file, $entry, FILE_APPEND)`: a variable the same function
 * gives a `.log` path (a hand-rolled logger's default). Read as text within the function, a bounded search.
 */
function holdsLogPath(path: SyntaxNode, call: SyntaxNode): boolean {
  const variable = unparen(path);
  if (variable.type !== 'variable_name') return false;
  let body: SyntaxNode | null = call.parent;
  while (body && body.type !== 'function_definition' && body.type !== 'method_declaration') body = body.parent;
  const text = body?.text.slice(0, 20_000) ?? '';
  for (let at = text.indexOf(`${variable.text} =`); at >= 0; at = text.indexOf(`${variable.text} =`, at + 1)) {
    const end = text.indexOf(';', at);
    const assigned = text[at + variable.text.length + 2] !== '=';
    if (assigned && end > at && /\.log['"]\s*\)?\s*$/i.test(text.slice(at, end))) return true;
  }
  return false;
}

const OFF = new Set(['off', '0', 'false', 'no', 'none', '']);

/** php.ini: `error_log = /var/log/php_errors.log` (unless `log_errors` is off); `syslog` and streams are fine. */
function checkIni(context: RuleContext): void {
  const entries = parseIni(context.text);
  const logErrors = entries.filter((entry) => entry.key === 'log_errors').pop();
  if (logErrors && OFF.has(logErrors.value.trim().toLowerCase())) return;
  for (const entry of entries) {
    const value = entry.value.trim();
    if (entry.key !== 'error_log' || value === '' || value.toLowerCase() === 'syslog' || isStandardStream(value) || value.includes('${')) continue;
    report(context, entry.valueSpan, `\`error_log = ${value}\` sends PHP's error log to a file; unset it or set it to /dev/stderr`);
  }
}

function spanOf(node: SyntaxNode): Span {
  return { start: node.startIndex, end: node.endIndex };
}

export const phpChecks: LanguageCheck[] = [
  {
    languages: ['php'],
    keywords: ["'logger'", '"logger"', "'logger.", '"logger.', "'log.", '"log.', 'single', 'daily', 'streamhandler', 'rotatingfilehandler', 'error_log', 'file_append', 'filelog', 'filehandler', 'filetarget', "'file'", 'klogger', 'wp_debug_log'],
    check: checkPhp,
  },
  { languages: ['ini'], keywords: ['error_log'], check: checkIni },
];
