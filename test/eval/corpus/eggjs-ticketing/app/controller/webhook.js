'use strict';

const { Controller } = require('egg');

class WebhookController extends Controller {
  async stripe() {
    const { ctx } = this;
    const signature = ctx.get(this.config.stripe.webhookSecretHeader);
    const event = ctx.service.payment.constructEvent(ctx.request.rawBody, signature);
    if (event.type === 'payment_intent.succeeded') {
      await ctx.service.order.markPaid(event.data.object.metadata.orderId);
    }
    ctx.body = { received: true };
  }
}

module.exports = WebhookController;
