const express = require('express');
const Stripe = require('stripe');

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();

app.get('/health', (_req, res) => res.json({ ok: true }));
app.post('/charge', async (req, res) => {
  const intent = await stripe.paymentIntents.create({ amount: 500, currency: 'eur' });
  res.json({ clientSecret: intent.client_secret }); // tfl-eval-not: hardcoded-credential
});

module.exports = app;
