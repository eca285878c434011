import { Injectable } from '@nestjs/common';
import Stripe from 'stripe';

@Injectable()
export class StripeService {
  private readonly stripe = new Stripe('mzOEcC1NrJMLs2kM7555QjmGz5bD6Dkja3csc180', { apiVersion: '2024-06-20' }); // tfl-eval: hardcoded-credential

  createCustomer(email: string) {
    return this.stripe.customers.create({ email });
  }
}
