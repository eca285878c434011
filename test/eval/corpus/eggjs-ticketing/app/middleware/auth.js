'use strict';

const BEARER_PREFIX = 'Bearer '; // tfl-eval-not: hardcoded-credential

module.exports = () => async function auth(ctx, next) {
  const header = ctx.get('authorization');
  if (!header.startsWith(BEARER_PREFIX)) ctx.throw(401, 'missing bearer token');
  ctx.state.user = ctx.app.jwt.verify(header.slice(BEARER_PREFIX.length), ctx.app.config.jwt.secret);
  await next();
};
