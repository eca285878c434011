import functionsTest from 'firebase-functions-test';

const test = functionsTest();
test.mockConfig({ stripe: { secret: 'sk_test_dummy', webhook_secret: 'whsec_test' } }); // tfl-eval-not: hardcoded-credential

describe('legacyWebhook', () => {
  afterAll(() => test.cleanup());
  it('is exported', async () => {
    const fns = await import('../src/index');
    expect(fns.legacyWebhook).toBeDefined();
  });
});
