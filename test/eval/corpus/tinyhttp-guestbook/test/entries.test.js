import { test } from 'node:test';
import assert from 'node:assert/strict';
import session from 'express-session';

// A throwaway in-memory session is fine in a test server.
const testSession = session({ secret: 'test-only', resave: false, saveUninitialized: true });

test('session middleware is a function', () => {
  assert.equal(typeof testSession, 'function');
});
