// The words every language's per-user state check reads in a container's name: one list, so the
// same name gets the same answer in JS, Python, Ruby, Go, the JVM and PHP; and the one message for request state
// kept in a process-wide variable.
import { identifierWords } from '../../identifier-words';
import type { Report, Span } from '../../types';

/** Splits `loggedInUsers`, `x-user-id`, `session_id`, `sessionID` into lowercase words. */
export const wordsOf = identifierWords;

export function hasWord(name: string, words: ReadonlySet<string>): boolean {
  return wordsOf(name).some((word) => words.has(word));
}

/**
 * Names that say the container holds per-user or per-session state: sessions and carts; who is
 * online or viewing right now (presence: `onlineUsers`, `online_agents`, `viewers`), which each
 * process sees only its own share of; and a user's unsaved work (`drafts`), lost on restart.
 */
export const PER_USER_WORDS: ReadonlySet<string> = new Set([
  'cart', 'carts', 'basket', 'baskets', 'session', 'sessions', 'user', 'users', 'token', 'tokens',
  'login', 'logins', 'logged', 'wishlist', 'wishlists', 'account', 'accounts', 'customer', 'customers',
  'visitor', 'visitors', 'profile', 'profiles', 'online', 'presence', 'viewer', 'viewers', 'draft', 'drafts',
]);

/**
 * Names of per-process state that is fine or not ours to judge: caches (may be stale, never
 * authoritative), rate limiters and counters (a per-process limit is a known trade-off), live
 * connections and timers (cannot live in a backing store at all). Each language adds its own.
 */
export const EXEMPT_WORDS: ReadonlySet<string> = new Set([
  'cache', 'cached', 'caches', 'memo', 'memoized', 'lru', 'rate', 'limit', 'limits', 'limiter', 'throttle',
  'attempts', 'hits', 'requests', 'calls', 'usage', 'count', 'counts', 'counter', 'counters', 'quota', 'socket', 'sockets',
  'ws', 'connection', 'connections', 'stream', 'streams', 'subscriber', 'subscribers', 'listener',
  'listeners', 'timer', 'timers', 'timeout', 'timeouts', 'interval', 'intervals', 'emitter', 'emitters',
]);

export function exemptWith(...more: string[]): ReadonlySet<string> {
  return new Set([...EXEMPT_WORDS, ...more]);
}

/**
 * JavaScript classes whose instances are a Map in this process's memory: Map and Set, and the in-process caches
 * (node-cache's `NodeCache`, lru-cache's `LRUCache` and its older default `LRU`, `QuickLRU`,
 * @isaacs/ttlcache's `TTLCache`). Keyed by a session id they are a session store in memory like any Map;
 * a cache of derived data (rendered pages, lookups) is judged by the same write rules, and stays silent.
 */
export const IN_MEMORY_CLASSES: readonly string[] = ['Map', 'Set', 'NodeCache', 'LRUCache', 'LRU', 'QuickLRU', 'TTLCache'];

// `sess`: PHP's own prefix for a session's key and file (`sess_<id>`).
const SESSION_ID_WORDS: ReadonlySet<string> = new Set(['session', 'sessions', 'sess', 'sid']);
const TOKEN_WORDS: ReadonlySet<string> = new Set(['token']);

/**
 * A key that is a session's id wherever it is written (`sid`, `sessionId`): a session id exists only while
 * a request is served; or a token keying a container named for sessions (`sessions[token]`, `sessionsByToken.set(token, …)`).
 */
export function isSessionKeyName(key: string, container: string): boolean {
  return hasWord(key, SESSION_ID_WORDS) || (hasWord(key, TOKEN_WORDS) && hasWord(container, SESSION_ID_WORDS));
}

/**
 * The finding for request state in a process-wide variable (Ruby's `@@notice`, a Python `global`, a JS module `let`),
 * the same in every language: one finding on the first write, the other handlers' writes related. `carry`: where the
 * language carries request state instead (`the session or the flash`).
 */
export function requestStateReport(name: string, [first, ...others]: readonly Span[], carry: string): Report {
  return {
    span: first!,
    message:
      `Factor VI: \`${name}\` is set by a request handler and kept in process memory, one value for every user of this process: ` +
      `the next request may reach another process, or a restarted one; carry request state in ${carry}, or keep it in a backing store.`,
    ...(others.length > 0 ? { related: others.map((span) => ({ span, message: 'Factor VI: another handler that sets the same process-wide value' })) } : {}),
  };
}
