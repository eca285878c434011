import type { NextApiRequest, NextApiResponse } from 'next';
import Stripe from 'stripe';
import algoliasearch from 'algoliasearch';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string, { apiVersion: '2024-06-20' }); // tfl-eval-not: hardcoded-credential
const algolia = algoliasearch('uMTCc5B1GZpb3qInY0Wg', '81843fa705b329c30db5df407197c312'); // tfl-eval: hardcoded-credential

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await stripe.checkout.sessions.create({ mode: 'payment', line_items: req.body.items });
  res.json({ id: session.id });
}
