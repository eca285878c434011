import express from 'express';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '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'); // tfl-eval: hardcoded-credential
const app = express();
app.use(express.json());

app.post('/api/donations', async (req, res) => {
  const intent = await stripe.paymentIntents.create({ amount: req.body.amount, currency: 'eur' });
  res.json({ clientSecret: intent.client_secret }); // tfl-eval-not: hardcoded-credential
});

app.post('/api/webhooks/stripe', express.raw({ type: 'application/json' }), (req, res) => {
  const event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], 'whsec_ARp7ePxfrhlIG9bxnDGdBxtNecv98u0r'); // tfl-eval: hardcoded-credential
  res.json({ received: event.type });
});

const server = app.listen(process.env.PORT || 3000);
process.on('SIGTERM', () => server.close());
