import type { NextApiRequest, NextApiResponse } from 'next';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-06-20' });
const slackWebhookToken = 'xoxb-59574410719-664051674500-dXeBwPmaSFxN7rGNwtTIYf0P'; // tfl-eval: hardcoded-credential

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const signature = req.headers['stripe-signature'] as string;
  const event = stripe.webhooks.constructEvent(req.body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  await fetch('https://slack.com/api/chat.postMessage', {
    method: 'POST',
    headers: { Authorization: `Bearer ${slackWebhookToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ channel: '#payments', text: event.type }),
  });
  res.json({ received: true });
}
