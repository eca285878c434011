'use strict';

const { app, assert, mock } = require('egg-mock/bootstrap');

describe('PaymentService', () => {
  afterEach(mock.restore);

  it('passes the order id as metadata', async () => {
    const ctx = app.mockContext();
    mock(app.config.stripe, 'secretKey', 'sk_test_placeholder'); // tfl-eval-not: hardcoded-credential
    let sent;
    mock(ctx.service.payment.stripe.paymentIntents, 'create', async params => { sent = params; return { id: 'pi_123', client_secret: 'pi_123_secret_456' }; }); // tfl-eval-not: hardcoded-credential
    await ctx.service.payment.createIntent({ id: 42, totalCents: 19900 });
    assert.equal(sent.metadata.orderId, '42');
  });
});
