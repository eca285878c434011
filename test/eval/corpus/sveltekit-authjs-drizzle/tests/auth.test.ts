import { describe, it, expect } from 'vitest'

describe('auth', () => {
  it('signs with a dummy secret in tests', () => {
    process.env.AUTH_SECRET = 'test-secret-please-ignore' // tfl-eval-not: hardcoded-credential
    expect(process.env.AUTH_SECRET).toBeDefined()
  })
})
