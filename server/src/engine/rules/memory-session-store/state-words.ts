// The words every language's per-user state check reads in a container's name: one list, so the
// same name gets the same answer in JS, Python, Ruby, Go, the JVM and PHP.

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
