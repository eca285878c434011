import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import Stripe from 'stripe';

@Injectable()
export class RefundsService {
  private readonly logger = new Logger(RefundsService.name);
  private readonly stripe: Stripe;

  constructor(config: ConfigService) {
    this.stripe = new Stripe(config.getOrThrow<string>('stripe.secretKey'), { apiVersion: '2023-10-16' });
  }

  async refund(paymentIntentId: string, amountCents: number): Promise<string> {
    const refund = await this.stripe.refunds.create({ payment_intent: paymentIntentId, amount: amountCents });
    this.logger.log(`refund ${refund.id} created for ${paymentIntentId}`);
    return refund.id;
  }

  verifyWebhook(payload: Buffer, signature: string, secret: string): Stripe.Event {
    return this.stripe.webhooks.constructEvent(payload, signature, secret);
  }
}
