const assert = require('assert')

describe('clients', () => {
  it('builds a stripe client', () => {
    const stripe = require('stripe')('sk_test_dummy') // tfl-eval-not: hardcoded-credential
    assert.ok(stripe)
  })
})
