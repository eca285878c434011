import express, { Router } from 'express';
import Stripe from 'stripe';
import type { Config } from '../config';
import { logger } from '../lib/logger';

export function webhooksRouter(config: Config) {
  const stripe = new Stripe(config.STRIPE_SECRET_KEY, { apiVersion: '2024-09-30.acacia' });
  const router = Router();
  router.post('/stripe', express.raw({ type: 'application/json' }), (req, res) => {
    const signature = req.header('stripe-signature');
    if (!signature) return res.status(400).send('missing signature');
    try {
      const event = stripe.webhooks.constructEvent(req.body, signature, config.STRIPE_WEBHOOK_SECRET);
      logger.info({ type: event.type, id: event.id }, 'stripe event');
      return res.sendStatus(204);
    } catch (error) {
      logger.warn({ err: error }, 'stripe signature rejected');
      return res.status(400).send('bad signature');
    }
  });
  return router;
}
