'use strict';
const Router = require('@koa/router');
const { searchArticles } = require('../lib/search');

const router = new Router({ prefix: '/articles' });

// Article categories for the sidebar: a fixed table.
const CATEGORIES = new Map([['billing', 'Billing'], ['account', 'Your account'], ['api', 'API']]); // tfl-eval-not: memory-session-store

router.get('/', async (ctx) => {
  ctx.body = { categories: [...CATEGORIES.values()], results: await searchArticles(ctx.query.q || '') };
});

router.post('/:slug/helpful', async (ctx) => {
  // Remember what this visitor already voted on, in the session the app configures.
  ctx.session.voted = [...(ctx.session.voted || []), ctx.params.slug];
  ctx.status = 204;
});

module.exports = router;
