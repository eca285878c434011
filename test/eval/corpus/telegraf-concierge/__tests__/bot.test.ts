import { describe, it, expect, vi } from 'vitest'

vi.mock('telegraf')

const TEST_BOT_TOKEN = '123456:TEST-token-for-unit-tests' // tfl-eval-not: hardcoded-credential
const fakeUser = { id: 42, username: 'guest', password: 'hunter2-test' } // tfl-eval-not: hardcoded-credential

describe('bot', () => {
  it('answers checkout questions', async () => {
    const { answerFaq } = await import('../src/faq')
    expect(answerFaq('when is checkout?')).toContain('11:00')
    expect(TEST_BOT_TOKEN).toBeTruthy()
    expect(fakeUser.id).toBe(42)
  })
})
