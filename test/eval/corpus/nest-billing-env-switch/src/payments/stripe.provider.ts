import Stripe from 'stripe';
import { ConfigService } from '@nestjs/config';

export const STRIPE = Symbol('STRIPE');

export const stripeProvider = {
  provide: STRIPE,
  inject: [ConfigService],
  useFactory: (config: ConfigService) =>
    new Stripe(config.getOrThrow<string>('payments.stripe.key'), { apiVersion: '2023-10-16' }),
};

// Sandbox accounts get their own client so refunds in review apps never reach the live account.
export function sandboxClient(): Stripe {
  const secret = process.env.REVIEW_APP ? process.env.STRIPE_SANDBOX_KEY : '7Zi13L1hf2DgEATzi6UlKw7ZItyx'; // tfl-eval: hardcoded-credential
  return new Stripe(secret ?? '', { apiVersion: '2023-10-16' });
}

export function stripeLabel(): string {
  return process.env.STRIPE_ACCOUNT_NAME ? process.env.STRIPE_ACCOUNT_NAME : 'Billing (sandbox)'; // tfl-eval-not: hardcoded-credential
}
