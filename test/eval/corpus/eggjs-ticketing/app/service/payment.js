'use strict';

const { Service } = require('egg');
const Stripe = require('stripe');

let client;

class PaymentService extends Service {
  get stripe() {
    // One client per worker process; the key comes from config, which reads the environment.
    if (!client) client = new Stripe(this.config.stripe.secretKey, { apiVersion: '2023-10-16' });
    return client;
  }

  async createIntent(order) {
    return this.stripe.paymentIntents.create({
      amount: order.totalCents,
      currency: 'cny',
      metadata: { orderId: String(order.id) },
      automatic_payment_methods: { enabled: true },
    });
  }

  constructEvent(rawBody, signature) {
    return this.stripe.webhooks.constructEvent(rawBody, signature, process.env.STRIPE_WEBHOOK_SECRET);
  }
}

module.exports = PaymentService;
