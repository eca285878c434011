import type { NextApiRequest, NextApiResponse } from 'next';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string, { apiVersion: '2024-06-20' }); // tfl-eval-not: hardcoded-credential
const endpointSecret = process.env.STRIPE_WEBHOOK_SECRET || 'whsec_i379EKcDUQBTL7FCfCazi5LldKyXHzSN'; // tfl-eval: hardcoded-credential

export const config = { api: { bodyParser: false } };

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const sig = req.headers['stripe-signature'] as string;
  try {
    const event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);
    res.json({ received: event.id });
  } catch (err) {
    res.status(400).send('Webhook signature verification failed'); // tfl-eval-not: hardcoded-credential
  }
}
