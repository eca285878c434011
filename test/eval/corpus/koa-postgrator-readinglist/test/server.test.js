import { test } from 'node:test';
import assert from 'node:assert/strict';
import Koa from 'koa';
import session from 'koa-generic-session';

test('session middleware keeps a value between requests', async () => {
  const app = new Koa();
  app.keys = ['test-key'];
  app.use(session()); // tfl-eval-not: memory-session-store
  assert.ok(app.middleware.length === 1);
});
