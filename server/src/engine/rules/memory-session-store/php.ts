// Factor VI for PHP: sessions kept on the local disk. Laravel's `file`
// session driver (config/session.php; ThinkPHP's and webman's `type`), Hyperf's and Phalcon's file handlers, `session.save_handler = files` in php.ini and
// `ini_set()`, Symfony's native file handler, CodeIgniter's and CakePHP's file sessions; static arrays
// of per-user state under a long-lived worker runtime (php-state.ts). Redis, Memcached, database and cookie stores are fine.
import { baseName } from '../../languages/detect';
import { parseIni } from '../../languages/ini';
import { argumentAt, arrayValue, callOf, envReadName, named, returnedArray, stringValue, unparen } from '../../languages/php';
import { classNameOf, importedClasses, resolveClassName } from '../../languages/php-imports';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { Span } from '../../types';
import { phpStateCheck } from './php-state';
import { phpApcuSessionCheck } from './php-apcu-sessions';
import { phpClosureStateCheck } from './php-closure-state';
import { phpNativeSessionCheck } from './php-native-sessions';

export const ADVICE = 'use a backing store such as Redis';
export const DISK = 'on the local disk: they are lost when the container is replaced';
const NOT_SHARED = 'and are not shared between processes';

/**
 * Laravel's `array` driver is not reported: it keeps nothing beyond the request, which is how
 * stateless APIs switch sessions off.
 */
const LARAVEL_DRIVERS: Readonly<Record<string, string>> = { file: DISK };
/** Frameworks' session handlers that keep each session in a file, by class: named in config or constructed. */
const FILE_SESSION_HANDLERS: ReadonlyMap<string, { subject: string; instead: string }> = new Map([
  ['CodeIgniter\\Session\\Handlers\\FileHandler', { subject: "CodeIgniter's `FileHandler` session driver", instead: 'RedisHandler' }],
  ['Hyperf\\Session\\Handler\\FileHandler', { subject: "Hyperf's `FileHandler` session handler", instead: 'RedisHandler' }],
  ['Phalcon\\Session\\Adapter\\Stream', { subject: "Phalcon's `Stream` session adapter (session files)", instead: 'Phalcon\\Session\\Adapter\\Redis' }],
  ['Phalcon\\Session\\Adapter\\Files', { subject: "Phalcon's `Files` session adapter", instead: 'Phalcon\\Session\\Adapter\\Redis' }],
]);
/** config/session.php keys naming the handler: Laravel's `driver`; ThinkPHP's and webman's `type`. */
const DRIVER_KEYS = ['driver', 'type'];
/** Keys only Laravel's config/session.php has beside `driver`. */
const SESSION_CONFIG_KEYS = ['lifetime', 'expire_on_close', 'encrypt', 'lottery', 'cookie'];

export function report(context: RuleContext, span: Span, subject: string, where: string, advice: string): void {
  context.report({ span, message: `Factor VI: ${subject} keeps sessions ${where} ${NOT_SHARED}; ${advice}.` });
}

function checkPhp(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree) return;
  checkLaravelConfig(context, tree.rootNode);
  const imports = importedClasses(tree.rootNode);
  walkTree(tree.rootNode, (node) => {
    checkNode(context, node);
    checkFrameworkSessionConfig(context, node, imports);
  });
}

/**
 * Other frameworks' file session handlers, named in their config: CodeIgniter 4
 * (`public string $driver = FileHandler::class;`, or the class as a string in `$sessionDriver`), Hyperf
 * (`'handler' => FileHandler::class`), Phalcon (`new Stream(['savePath' => …])` as the session adapter),
 * CodeIgniter 3 (`$config['sess_driver'] = 'files';`) and CakePHP (`'Session' => ['defaults' => 'cake']`,
 * files under tmp/sessions). CakePHP's `'php'` default leaves it to php.ini, which is read on its own.
 */
function checkFrameworkSessionConfig(context: RuleContext, node: SyntaxNode, imports: ReadonlyMap<string, string>): void {
  const handler = fileSessionHandler(node, imports);
  if (handler) {
    report(context, spanOf(node), handler.subject, DISK, `${ADVICE} (${handler.instead})`);
  } else if (node.type === 'assignment_expression' && /^\$config\[\s*['"]sess_driver['"]\s*\]$/.test(node.childForFieldName('left')?.text ?? '')) {
    const value = node.childForFieldName('right');
    if (value && stringValue(value) === 'files') report(context, spanOf(value), "CodeIgniter's `files` session driver", DISK, `${ADVICE} (sess_driver 'redis')`);
  } else if (node.type === 'array_element_initializer' && stringValue(named(node)[0]) === 'savePath' && isYiiFileSession(node)) {
    report(context, spanOf(named(node)[1]!), "Yii's file session `savePath`", DISK, `${ADVICE} (yii\\redis\\Session, or yii\\web\\DbSession)`);
  } else if (node.type === 'array_element_initializer' && stringValue(named(node)[0]) === 'defaults' && stringValue(named(node)[1]) === 'cake') {
    const parent = node.parent?.parent;
    if (parent?.type === 'array_element_initializer' && stringValue(named(parent)[0]) === 'Session') {
      report(context, spanOf(named(node)[1]!), "CakePHP's `cake` session defaults", DISK, `${ADVICE} (a cache or database session handler)`);
    }
  }
}

/**
 * A file session handler class where the code chooses it: assigned (`public string $driver = FileHandler::class`),
 * a config array's value (`'handler' => Handler\\FileHandler::class`), or constructed (`new Stream([...])`).
 * An import or an `instanceof` names the class without choosing it.
 */
function fileSessionHandler(node: SyntaxNode, imports: ReadonlyMap<string, string>): { subject: string; instead: string } | undefined {
  if (node.type === 'object_creation_expression') {
    const written = named(node).find((child) => child.type === 'name' || child.type === 'qualified_name')?.text;
    return written === undefined ? undefined : FILE_SESSION_HANDLERS.get(resolveClassName(written, imports));
  }
  if (node.type !== 'class_constant_access_expression' && node.type !== 'string') return undefined;
  const parent = node.parent;
  const chosen =
    parent?.type === 'property_element' ||
    (parent?.type === 'assignment_expression' && parent.childForFieldName('right')?.id === node.id) ||
    (parent?.type === 'array_element_initializer' && named(parent).length === 2 && named(parent)[1]?.id === node.id);
  const name = chosen ? classNameOf(node, imports) : undefined;
  return name === undefined ? undefined : FILE_SESSION_HANDLERS.get(name);
}

/**
 * Yii 2's session component given a folder: `'session' => ['class' => 'yii\\web\\Session', 'savePath' => '@runtime/sessions']`
 * (PHP's files handler in that folder). A DbSession, CacheSession or Redis session class keeps them elsewhere.
 */
function isYiiFileSession(element: SyntaxNode): boolean {
  const value = named(element)[1];
  const path = value ? value.text : '';
  if (!/^['"]@|__DIR__|dirname\s*\(|^['"]\//.test(path)) return false;
  const component = element.parent?.parent;
  if (component?.type !== 'array_element_initializer' || stringValue(named(component)[0]) !== 'session') return false;
  const sessionClass = arrayValue(element.parent ?? undefined, 'class');
  const name = sessionClass ? (stringValue(sessionClass) ?? sessionClass.text) : 'yii\\web\\Session';
  return /^\\?yii\\web\\Session$|(?:^|\\)Session::class$/.test(name.replace(/\\\\/g, '\\')) && !/Db|Cache|Redis|Mongo/i.test(name);
}

/**
 * config/session.php: `'driver' => 'file'` or `'driver' => env('SESSION_DRIVER', 'file')` (the default that runs),
 * known by Laravel's keys beside it; ThinkPHP's and webman's `'type' => 'file'`, in a file named session.php
 * (their cache and log configs have a `type` too).
 */
function checkLaravelConfig(context: RuleContext, root: SyntaxNode): void {
  const config = returnedArray(root);
  const sessionFile = baseName(context.path) === 'session.php';
  const key = DRIVER_KEYS.find((name) => arrayValue(config, name) && (name === 'driver' ? SESSION_CONFIG_KEYS.some((other) => arrayValue(config, other)) : sessionFile));
  const driver = key ? arrayValue(config, key) : undefined;
  if (!config || !driver) return;
  const target = unparen(driver);
  const call = callOf(target);
  const literal = envReadName(target) !== undefined && call ? argumentAt(call, 1) : target;
  const value = literal ? stringValue(literal)?.toLowerCase() : undefined;
  const where = value === undefined ? undefined : LARAVEL_DRIVERS[value];
  if (!literal || !where) return;
  const advice = key === 'driver' ? `${ADVICE} (SESSION_DRIVER=redis, or database)` : `${ADVICE} ('type' => 'redis', or cache on Redis)`;
  report(context, spanOf(literal), key === 'driver' ? `Laravel's "${value}" session driver` : `the "${value}" session type`, where, advice);
}

function checkNode(context: RuleContext, node: SyntaxNode): void {
  const call = callOf(node);
  if (call?.kind === 'function' && call.name.toLowerCase() === 'ini_set') {
    const option = stringValue(argumentAt(call, 0, 'option'));
    const value = stringValue(argumentAt(call, 1, 'value'));
    if (option === 'session.save_handler' && value === 'files') report(context, spanOf(node), "`ini_set('session.save_handler', 'files')`", DISK, ADVICE);
    else if (option === 'session.save_path' && isLocalSavePath(context, argumentAt(call, 1, 'value'))) report(context, spanOf(node), "`ini_set('session.save_path', <folder>)`", DISK, ADVICE);
    return;
  }
  if (call?.kind === 'function' && call.name.toLowerCase() === 'session_save_path' && isLocalSavePath(context, argumentAt(call, 0, 'path'))) {
    report(context, spanOf(node), '`session_save_path(<folder>)`', DISK, ADVICE);
    return;
  }
  if (call?.kind === 'new' && call.name === 'NativeFileSessionHandler') {
    report(context, spanOf(node), 'Symfony `NativeFileSessionHandler`', DISK, `${ADVICE} (RedisSessionHandler)`);
    return;
  }
  const value = node.type === 'string' ? stringValue(node) : undefined;
  if (value === 'session.handler.native_file' && isHandlerIdValue(node)) {
    report(context, spanOf(node), NATIVE_FILE_SUBJECT, DISK, NATIVE_FILE_ADVICE);
  }
}

/**
 * A folder given as the session save path, with PHP's default `files` handler: `session_save_path(__DIR__ . '/../var/sessions')`.
 * Silent when the file picks the handler itself (`session.save_handler`: reported there when it is `files`, a Redis or
 * Memcached save path otherwise), sets its own handler object, or the path is an address (`tcp://redis:6379`) or unknown.
 */
function isLocalSavePath(context: RuleContext, path: SyntaxNode | undefined): boolean {
  if (!path || /session\.save_handler|session_set_save_handler/.test(context.text)) return false;
  const text = path.text;
  if (/:\/\/|\btcp:|\bunix:/.test(text) || callOf(path)?.kind === 'function' && /^(?:env|getenv)$/i.test(callOf(path)!.name)) return false;
  return /__DIR__|dirname\s*\(|['"]\/|sys_get_temp_dir|storage_path|base_path/.test(text);
}

export const NATIVE_FILE_SUBJECT = "Symfony's `session.handler.native_file`";
export const NATIVE_FILE_ADVICE = `${ADVICE} (a RedisSessionHandler service as handler_id)`;

/** `'handler_id' => 'session.handler.native_file'` in framework config. */
function isHandlerIdValue(node: SyntaxNode): boolean {
  const element = node.parent;
  if (element?.type !== 'array_element_initializer') return false;
  const key = named(element)[0];
  return key !== undefined && key.id !== node.id && stringValue(key) === 'handler_id';
}

/** php.ini: `session.save_handler = files`. */
function checkIni(context: RuleContext): void {
  for (const entry of parseIni(context.text)) {
    if (entry.key === 'session.save_handler' && entry.value.trim().toLowerCase() === 'files') {
      report(context, entry.valueSpan, '`session.save_handler = files`', DISK, `${ADVICE} (session.save_handler = redis)`);
    }
  }
}

function spanOf(node: SyntaxNode): Span {
  return { start: node.startIndex, end: node.endIndex };
}

export const phpChecks: LanguageCheck[] = [
  { languages: ['php'], keywords: ['driver', 'session.save_handler', 'session_save_path', 'session.save_path', 'nativefilesessionhandler', 'native_file', 'filehandler', 'sess_driver', "'cake'", 'savepath', "'type'", '"type"', 'session\\adapter'], check: checkPhp },
  { languages: ['ini'], keywords: ['session.save_handler'], check: checkIni },
  phpStateCheck,
  phpClosureStateCheck,
  phpApcuSessionCheck,
  phpNativeSessionCheck,
];
