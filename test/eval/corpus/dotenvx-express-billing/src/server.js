const express = require("express");
const Stripe = require("stripe");
const config = require("./config");

const app = express();
const stripe = new Stripe(config.stripe.secretKey);

app.post("/webhooks/stripe", express.raw({ type: "application/json" }), (req, res) => {
  const event = stripe.webhooks.constructEvent(req.body, req.headers["stripe-signature"], config.stripe.webhookSecret);
  res.json({ received: event.id });
});

app.listen(config.port); // tfl-eval: no-graceful-shutdown
