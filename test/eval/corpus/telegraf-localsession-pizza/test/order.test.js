const test = require('node:test')
const assert = require('node:assert')
const { session } = require('telegraf')

test('the wizard keeps the cart in the session', () => {
  // In tests the in-memory session is all we need.
  const middleware = session() // tfl-eval-not: memory-session-store
  assert.equal(typeof middleware, 'function')
})
