// Session backends chosen in settings: Flask-Session on the local filesystem (or a cachelib
// FileSystemCache/SimpleCache), Django's file
// sessions, Django cache sessions on a per-process LocMemCache, Beaker's memory/file/dbm sessions (`'session.type': 'file'`),
// and Django Channels' in-memory channel layer.
import { stringValue } from '../../languages/python';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { Report, SessionCacheChoice } from '../../types';

const FILE_SESSIONS = 'django.contrib.sessions.backends.file';
const CACHE_SESSIONS = 'django.contrib.sessions.backends.cache';
const LOCMEM = 'django.core.cache.backends.locmem.LocMemCache';
const ADVICE = 'keep sessions in a backing store such as Redis or the database';
/** Beaker's session types that stay in this process or on its disk (`ext:redis`, `ext:memcached`, `ext:database`, `cookie` are shared). */
const BEAKER_LOCAL_TYPES: Readonly<Record<string, string>> = { memory: 'in process memory', file: 'on the local disk', dbm: 'on the local disk' };

/** A setting written in the file: `NAME = 'lit'`, `app.config['NAME'] = 'lit'`, `{'NAME': 'lit'}`, `NAME='lit'`. */
interface Setting {
  name: string;
  value: SyntaxNode;
}

/**
 * `elsewhere`: another settings module of the app keeps sessions in the cache (split settings: the
 * engine in base.py, the cache in production.py), as the node layer found it.
 */
export function checkSessionSettings(root: SyntaxNode, report: (report: Report) => void, elsewhere?: SessionCacheChoice): void {
  const settings = settingsIn(root);
  if (elsewhere) checkCacheOfSessionsElsewhere(settings, elsewhere, report);
  for (const setting of settings) {
    const value = stringValue(setting.value);
    if (setting.name === 'SESSION_TYPE' && value === 'filesystem') {
      report(at(setting.value, `Factor VI: Flask-Session \`SESSION_TYPE = 'filesystem'\` keeps sessions on the local disk: they vanish with the container and are not shared between processes; ${ADVICE} (SESSION_TYPE = 'redis').`));
    } else if (setting.name === 'SESSION_CACHELIB' && CACHELIB_LOCAL[cachelibClass(setting.value) ?? ''] !== undefined) {
      const where = CACHELIB_LOCAL[cachelibClass(setting.value)!];
      report(at(setting.value, `Factor VI: Flask-Session's cachelib backend on a ${cachelibClass(setting.value)} keeps sessions ${where}: they are lost on restart or with the container and are not shared between processes; ${ADVICE} (SESSION_TYPE = 'redis', or cachelib's RedisCache).`));
    } else if (setting.name === 'SESSION_ENGINE' && value === FILE_SESSIONS) {
      report(at(setting.value, `Factor VI: Django file sessions keep sessions on the local disk: they vanish with the container and are not shared between processes; ${ADVICE} (the db or cache backend on Redis).`));
    } else if (setting.name === 'SESSION_ENGINE' && value === CACHE_SESSIONS && sessionCacheIsLocMem(settings)) {
      report(at(setting.value, `Factor VI: Django cache sessions on LocMemCache live in process memory: they vanish on restart and are not shared between processes; ${ADVICE} (a Redis cache, or the db backend).`));
    } else if (setting.name === 'session.type' && value !== undefined && Object.hasOwn(BEAKER_LOCAL_TYPES, value)) {
      report(at(setting.value, `Factor VI: Beaker \`session.type = '${value}'\` keeps sessions ${BEAKER_LOCAL_TYPES[value]}: they are lost on restart or with the container and are not shared between processes; ${ADVICE} (session.type = 'ext:redis' or 'ext:database').`));
    } else if (setting.name === 'CHANNEL_LAYERS') {
      for (const backend of inMemoryChannelLayers(setting.value)) {
        report(at(backend, `Factor VI: Django Channels' InMemoryChannelLayer keeps groups and messages in process memory: a message sent in one process never reaches a consumer in another, and all is lost on restart; use a backing store (channels_redis' RedisChannelLayer).`));
      }
    }
  }
}

/**
 * Split settings: base.py chose cache sessions and this module (production.py, which star-imports
 * base) makes the default cache a LocMemCache. A module that picks its own SESSION_ENGINE, or its own
 * SESSION_CACHE_ALIAS, decides for itself (the checks above read it).
 */
function checkCacheOfSessionsElsewhere(settings: readonly Setting[], elsewhere: SessionCacheChoice, report: (report: Report) => void): void {
  if (settings.some((setting) => setting.name === 'SESSION_ENGINE' || setting.name === 'SESSION_CACHE_ALIAS')) return;
  const backend = sessionCacheIsLocMem(settings) ? cacheBackend(settings.find((setting) => setting.name === 'CACHES')!, 'default') : undefined;
  if (!backend) return;
  report({
    ...at(backend, `Factor VI: the app keeps sessions in the cache (SESSION_ENGINE in another settings module), and here that cache is a LocMemCache in process memory: sessions vanish on restart and are not shared between processes; ${ADVICE} (a Redis cache, or the db backend).`),
    relatedElsewhere: [{ path: elsewhere.path, range: elsewhere.range, message: 'Sessions are kept in the cache here.' }],
  });
}

/** Where this module keeps sessions in the default cache: `SESSION_ENGINE = 'django.contrib.sessions.backends.cache'`. */
export function cacheSessionsEngine(root: SyntaxNode): SyntaxNode | undefined {
  const settings = settingsIn(root);
  const alias = settings.find((setting) => setting.name === 'SESSION_CACHE_ALIAS');
  if (alias && stringValue(alias.value) !== 'default') return undefined;
  const engines = settings.filter((setting) => setting.name === 'SESSION_ENGINE');
  return engines.length === 1 && stringValue(engines[0]!.value) === CACHE_SESSIONS ? engines[0]!.value : undefined;
}

const IN_MEMORY_CHANNEL_LAYER = 'channels.layers.InMemoryChannelLayer';

/** `CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}`: each such backend string. */
function inMemoryChannelLayers(layers: SyntaxNode): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  walkTree(layers, (node) => {
    if (node.type !== 'pair' || stringValue(node.childForFieldName('key')) !== 'BACKEND') return;
    const value = node.childForFieldName('value');
    if (value && stringValue(value) === IN_MEMORY_CHANNEL_LAYER) found.push(value);
  });
  return found;
}

/** cachelib caches that stay in this process or on its disk (RedisCache, MemcachedCache, MongoDbCache are shared). */
const CACHELIB_LOCAL: Readonly<Record<string, string>> = { FileSystemCache: 'on the local disk', SimpleCache: 'in process memory' };

/** `FileSystemCache(...)`, `cachelib.file.FileSystemCache(...)`: the class a SESSION_CACHELIB value constructs. */
function cachelibClass(value: SyntaxNode): string | undefined {
  if (value.type !== 'call') return undefined;
  const callee = value.childForFieldName('function');
  const name = callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : callee?.type === 'identifier' ? callee.text : undefined;
  return name !== undefined && Object.hasOwn(CACHELIB_LOCAL, name) ? name : undefined;
}

function at(node: SyntaxNode, message: string): Report {
  return { span: { start: node.startIndex, end: node.endIndex }, message };
}

/** Flask's config classes for a developer's machine or the test run (`TestConfig`, `DevelopmentConfig`): never deployed. */
const LOCAL_CONFIG_CLASS = /^(?:Test|Testing|Dev|Development|Local)(?:Config|Settings|Configuration)$/;

function settingsIn(root: SyntaxNode): Setting[] {
  const settings: Setting[] = [];
  walkTree(root, (node) => {
    if (node.type === 'class_definition' && LOCAL_CONFIG_CLASS.test(node.childForFieldName('name')?.text ?? '')) return false;
    const setting = settingAt(node);
    if (setting) settings.push(setting);
  });
  return settings;
}

function settingAt(node: SyntaxNode): Setting | undefined {
  if (node.type === 'assignment') {
    const left = node.childForFieldName('left');
    const value = node.childForFieldName('right');
    const name = left?.type === 'identifier' ? left.text : left?.type === 'subscript' ? stringValue(left.childForFieldName('subscript')) : undefined;
    return name !== undefined && value ? { name, value } : undefined;
  }
  if (node.type === 'pair') {
    const name = stringValue(node.childForFieldName('key'));
    const value = node.childForFieldName('value');
    return name !== undefined && value ? { name, value } : undefined;
  }
  if (node.type === 'keyword_argument') {
    const name = node.childForFieldName('name')?.text;
    const value = node.childForFieldName('value');
    return name !== undefined && value ? { name, value } : undefined;
  }
  return undefined;
}

/**
 * The cache named by SESSION_CACHE_ALIAS (default 'default') is a LocMemCache in every CACHES this
 * file assigns: `if DEBUG: CACHES = <locmem> else: CACHES = <redis>` shares sessions in production
 * (the divergence itself is dev-prod-divergence's).
 */
function sessionCacheIsLocMem(settings: readonly Setting[]): boolean {
  const aliasSetting = settings.find((setting) => setting.name === 'SESSION_CACHE_ALIAS');
  const alias = aliasSetting ? stringValue(aliasSetting.value) : 'default';
  const caches = settings.filter((setting) => setting.name === 'CACHES');
  if (caches.length === 0 || alias === undefined) return false;
  return caches.every((setting) => stringValue(cacheBackend(setting, alias)) === LOCMEM);
}

/** The BACKEND of the cache `alias` in a CACHES setting. */
function cacheBackend(caches: Setting, alias: string): SyntaxNode | undefined {
  const cache = caches.value.type === 'dictionary' ? dictEntry(caches.value, alias) : undefined;
  return cache?.type === 'dictionary' ? dictEntry(cache, 'BACKEND') : undefined;
}

function dictEntry(dictionary: SyntaxNode, key: string): SyntaxNode | undefined {
  for (const pair of dictionary.namedChildren) {
    if (pair?.type === 'pair' && stringValue(pair.childForFieldName('key')) === key) return pair.childForFieldName('value') ?? undefined;
  }
  return undefined;
}
