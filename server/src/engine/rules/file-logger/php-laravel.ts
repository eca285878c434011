// Laravel's config/logging.php: the channels the app actually logs through (the `default` channel
// and, through `stack` channels, the channels they fan out to) that write files: the `single` and
// `daily` drivers, and `monolog` channels with a file StreamHandler or a RotatingFileHandler.
// A file channel that nothing references is Laravel's stock menu, not what the app does: silent.
import { argumentAt, arrayEntries, arrayValue, callOf, envReadName, lastSegment, named, returnedArray, stringValue, unparen } from '../../languages/php';
import type { SyntaxNode } from '../../languages/treeSitter';
import { isFileDestination } from './php-paths';

const FILE_DRIVERS = new Set(['single', 'daily']);

export interface FileChannel {
  name: string;
  /** What to report: the driver or handler value. */
  node: SyntaxNode;
  /** For the message: `driver "daily"`, `RotatingFileHandler`. */
  what: string;
}

/** File channels that the default channel reaches, in config/logging.php's returned array. */
export function laravelFileChannels(root: SyntaxNode): FileChannel[] {
  const config = returnedArray(root);
  const channelsNode = arrayValue(config, 'channels');
  if (!config || !channelsNode || unparen(channelsNode).type !== 'array_creation_expression') return [];
  const channels = new Map<string, SyntaxNode>();
  for (const entry of arrayEntries(unparen(channelsNode))) {
    const name = entry.key ? stringValue(entry.key) : undefined;
    if (name !== undefined && unparen(entry.value).type === 'array_creation_expression') channels.set(name, unparen(entry.value));
  }
  const files = new Map<string, FileChannel>();
  for (const [name, channel] of channels) {
    const file = fileChannel(name, channel);
    if (file) files.set(name, file);
  }
  const reached = reachedFromDefault(arrayValue(config, 'default'), channels);
  if (reached) return [...files.values()].filter((file) => reached.has(file.name));
  // No default we can read: report only when the app has nothing but file channels to log to.
  const others = [...channels].filter(([name, channel]) => !files.has(name) && !['stack', 'null'].includes(driverOf(channel) ?? ''));
  return others.length === 0 ? [...files.values()] : [];
}

function driverOf(channel: SyntaxNode): string | undefined {
  return stringValue(arrayValue(channel, 'driver'));
}

function fileChannel(name: string, channel: SyntaxNode): FileChannel | undefined {
  const driverNode = arrayValue(channel, 'driver');
  const driver = stringValue(driverNode);
  if (driverNode && driver !== undefined && FILE_DRIVERS.has(driver)) return { name, node: driverNode, what: `driver "${driver}"` };
  if (driver !== 'monolog') return undefined;
  const handler = arrayValue(channel, 'handler');
  const handlerName = handler ? handlerClass(handler) : undefined;
  if (!handler || handlerName === undefined) return undefined;
  if (handlerName === 'RotatingFileHandler') return { name, node: handler, what: handlerName };
  const stream = arrayValue(arrayValue(channel, 'with'), 'stream');
  if (handlerName === 'StreamHandler' && stream && isFileDestination(stream)) return { name, node: handler, what: `${handlerName} to a file` };
  return undefined;
}

/** `StreamHandler::class` or `'Monolog\Handler\StreamHandler'`. */
function handlerClass(node: SyntaxNode): string | undefined {
  const target = unparen(node);
  if (target.type === 'class_constant_access_expression') return lastSegment(named(target)[0]);
  const text = stringValue(target);
  return text?.slice(text.lastIndexOf('\\') + 1);
}

/**
 * Laravel before 5.6 had no config/logging.php: `config/app.php` chose the log with
 * `'log' => 'single' | 'daily' | 'syslog' | 'errorlog'` (often `env('APP_LOG', 'single')`).
 */
export function legacyLaravelFileLog(root: SyntaxNode, path: string): FileChannel | undefined {
  if (!/(?:^|\/)config\/app\.php$/.test(path)) return undefined;
  const log = arrayValue(returnedArray(root), 'log');
  const names = log ? channelNames(log) : undefined;
  const driver = names?.find((name) => FILE_DRIVERS.has(name));
  return log && driver ? { name: 'log', node: log, what: `"${driver}", Laravel 5.5's file log` } : undefined;
}

/** Channels the default reaches through stacks; undefined when the default cannot be read. */
function reachedFromDefault(defaultNode: SyntaxNode | undefined, channels: ReadonlyMap<string, SyntaxNode>): Set<string> | undefined {
  const roots = defaultNode ? channelNames(defaultNode) : undefined;
  if (!roots || roots.length === 0) return undefined;
  const reached = new Set<string>();
  const queue = [...roots];
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    if (reached.has(name)) continue;
    reached.add(name);
    const channel = channels.get(name);
    if (channel && driverOf(channel) === 'stack') queue.push(...(channelNames(arrayValue(channel, 'channels')) ?? []));
  }
  return reached;
}

/**
 * Channel names a config value selects: `'stack'`, `env('LOG_CHANNEL', 'stack')` (the fallback is
 * what runs unless the environment says otherwise), `['single', 'slack']`,
 * `explode(',', env('LOG_STACK', 'single'))`.
 */
function channelNames(node: SyntaxNode | undefined): string[] | undefined {
  if (!node) return undefined;
  const target = unparen(node.type === 'cast_expression' ? (node.childForFieldName('value') ?? node) : node);
  const literal = stringValue(target);
  if (literal !== undefined) return [literal];
  if (target.type === 'array_creation_expression') return arrayEntries(target).flatMap((entry) => channelNames(entry.value) ?? []);
  const call = callOf(target);
  if (!call) return undefined;
  if (envReadName(target) !== undefined) return channelNames(argumentAt(call, 1));
  if (call.kind === 'function' && call.name.toLowerCase() === 'explode') {
    const separator = stringValue(argumentAt(call, 0));
    const names = channelNames(argumentAt(call, 1));
    return separator === undefined ? undefined : names?.flatMap((name) => name.split(separator).map((part) => part.trim()).filter(Boolean));
  }
  return undefined;
}
