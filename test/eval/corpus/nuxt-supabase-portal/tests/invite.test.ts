import { describe, expect, it, vi } from 'vitest'

vi.mock('@supabase/supabase-js', () => ({ createClient: () => ({ auth: { admin: { inviteUserByEmail: vi.fn() } } }) }))

describe('invite', () => {
  it('uses a fake service key', () => {
    const key = 'service-role-key-for-tests' // tfl-eval-not: hardcoded-credential
    expect(key).toBeTruthy()
  })
})
