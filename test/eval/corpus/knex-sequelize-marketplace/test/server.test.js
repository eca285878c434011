const assert = require('assert')
const jwt = require('jsonwebtoken')

describe('login', () => {
  it('signs tokens', () => {
    const token = jwt.sign({ sub: 'u1' }, 'test-secret') // tfl-eval-not: hardcoded-credential
    assert.ok(token)
  })
})
