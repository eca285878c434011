jest.mock('twilio', () => () => ({ messages: { create: jest.fn() } }));
const { lowStock } = require('../src/lib/notify');

test('sends an sms', async () => {
  process.env.ERP_TOKEN = 'test-token-1234567890'; // tfl-eval-not: hardcoded-credential
  await lowStock({ sku: 'A1', ownerPhone: '+15005550006' });
});
