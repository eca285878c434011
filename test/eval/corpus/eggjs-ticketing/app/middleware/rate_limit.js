'use strict';

// Counters live in Redis so every worker and every pod sees the same window.
module.exports = ({ max = 60, windowSeconds = 60 } = {}) => async function rateLimit(ctx, next) {
  const key = `ratelimit:${ctx.ip}:${ctx.path}`;
  const hits = await ctx.app.redis.incr(key);
  if (hits === 1) await ctx.app.redis.expire(key, windowSeconds);
  if (hits > max) {
    ctx.status = 429;
    ctx.body = { error: 'Too many requests' };
    return;
  }
  await next();
};
