jest.mock('@sendgrid/mail')
jest.mock('twilio', () => () => ({ messages: { create: jest.fn() } }))

describe('notify', () => {
  it('sends', async () => {
    process.env.GITHUB_TOKEN = 'ghp_test' // tfl-eval-not: hardcoded-credential
    const { handler } = await import('../src/handlers/notify')
    await handler({ Records: [] })
  })
})
