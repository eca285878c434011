jest.mock('next/config', () => () => ({ serverRuntimeConfig: { stripeSecret: 'sk_test_123' } })) // tfl-eval-not: hardcoded-credential

test('loads', () => {
  expect(require('../pages/api/checkout').default).toBeDefined()
})
