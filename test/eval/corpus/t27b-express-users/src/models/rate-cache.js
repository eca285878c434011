const WINDOW_MS = 60_000;

export class RateLimitCache {
  static hits = new Map(); // tfl-eval-not: memory-session-store

  static save(ip, at) {
    for (const [key, time] of RateLimitCache.hits) if (at - time > WINDOW_MS) RateLimitCache.hits.delete(key);
    RateLimitCache.hits.set(ip, at);
  }

  static all() {
    return RateLimitCache.hits;
  }
}
