// Whether a PHP expression names a log file, as opposed to a standard stream. What the code shows
// counts: a literal path, `__DIR__ . '/app.log'`, `storage_path('logs/app.log')`, and the app's own
// setting whose name says it is a log file (`Config::logFile()`, `Settings::LOG_PATH`), as Python's
// `FileHandler(config.LOG_FILE)` and Ruby's rotated `Logger.new(Settings::LOG_FILE, 'daily')` are. A
// variable or an env read is decided by the platform (or cannot be seen): unknown, never reported.
import { callOf, named, stringValue, unparen } from '../../languages/php';
import type { SyntaxNode } from '../../languages/treeSitter';
import { isDevicePath } from './device-paths';

const PHP_STREAMS = /^php:\/\/(?:stdout|stderr|output|memory|temp)$/i;
const PATH_FUNCTIONS = new Set(['storage_path', 'base_path', 'app_path', 'sys_get_temp_dir', 'dirname', 'realpath']);
const DIRECTORY_CONSTANTS = new Set(['__DIR__', '__FILE__']);

export function isStandardStream(value: string): boolean {
  return PHP_STREAMS.test(value.trim()) || isDevicePath(value);
}

/** A literal that is a path (not a stream, not syslog, not empty). */
function isPathLiteral(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed === '' || isStandardStream(trimmed) || /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return false;
  return trimmed.toLowerCase() !== 'syslog';
}

export function isFileDestination(node: SyntaxNode): boolean {
  const target = unparen(node);
  const literal = stringValue(target);
  if (literal !== undefined) return isPathLiteral(literal);
  // `getenv('LOG_FILE') ?: __DIR__ . '/app.log'`, `$_ENV['LOG_FILE'] ?? 'var/log/app.log'`: when nobody sets it, a
  // file (as JS's `process.env.LOG_FILE || './app.log'`); `?: 'php://stderr'` is a stream.
  const fallback = fallbackOf(target);
  if (fallback) return isFileDestination(fallback);
  if (target.type === 'binary_expression' && target.childForFieldName('operator')?.type === '.') {
    const parts = concatenationParts(target);
    const first = parts[0];
    const anyPath = parts.some((part) => /\.log$/i.test(stringValue(part) ?? ''));
    return anyPath || (first !== undefined && isDirectoryBase(first) && parts.length > 1);
  }
  const call = callOf(target);
  if (call?.kind === 'function') return PATH_FUNCTIONS.has(call.name.toLowerCase()) && call.name.toLowerCase() !== 'dirname';
  return isNamedLogFile(target, call);
}

/** `logFile`, `LOG_FILE`, `log_path`, `logFilePath`: a log's file or path, not a stream or a folder. */
const LOG_FILE_NAME = /^log_?(?:file|path|filename|file_?path)$/i;

/**
 * `Config::logFile()`, `$this->settings->logPath()` with no arguments, `Settings::LOG_FILE`, `LOG_FILE`:
 * the app's own setting named for a log file. Its value sits in another file; its name is what shows.
 */
function isNamedLogFile(target: SyntaxNode, call: ReturnType<typeof callOf>): boolean {
  if (call) return (call.kind === 'static' || call.kind === 'method') && call.args.length === 0 && LOG_FILE_NAME.test(call.name);
  if (target.type === 'class_constant_access_expression') return LOG_FILE_NAME.test(named(target).at(-1)?.text ?? '');
  return target.type === 'name' && LOG_FILE_NAME.test(target.text);
}

/** The right side of `a ?? b` and of the short ternary `a ?: b`. */
function fallbackOf(node: SyntaxNode): SyntaxNode | undefined {
  if (node.type === 'binary_expression' && node.childForFieldName('operator')?.type === '??') return node.childForFieldName('right') ?? undefined;
  if (node.type === 'conditional_expression' && node.childForFieldName('body') === null) return node.childForFieldName('alternative') ?? undefined;
  return undefined;
}

function isDirectoryBase(node: SyntaxNode): boolean {
  const target = unparen(node);
  if (target.type === 'name' && DIRECTORY_CONSTANTS.has(target.text)) return true;
  const call = callOf(target);
  return call?.kind === 'function' && PATH_FUNCTIONS.has(call.name.toLowerCase());
}

/** `a . b . c` (left-nested) as [a, b, c]. */
function concatenationParts(node: SyntaxNode): SyntaxNode[] {
  const parts: SyntaxNode[] = [];
  let current: SyntaxNode | null = node;
  while (current && current.type === 'binary_expression' && current.childForFieldName('operator')?.type === '.') {
    const right = current.childForFieldName('right');
    if (right) parts.unshift(right);
    current = current.childForFieldName('left');
  }
  if (current) parts.unshift(current);
  return parts.length > 0 ? parts : named(node);
}
