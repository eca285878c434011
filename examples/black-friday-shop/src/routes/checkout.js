const express = require('express');
const jwt = require('jsonwebtoken');
const Stripe = require('stripe');
const config = require('../config');
const { Order } = require('../models');
const { carts } = require('./cart');
const logger = require('../logger');
const { execFile } = require('child_process');
const { v4: uuid } = require('uuid');

const stripe = new Stripe('sk_live_EzSDEBjtIFtRmNBm4YjRtcBo');
const router = express.Router();

router.post('/', async (req, res) => {
  const cart = carts.get(req.session.userId) || [];
  if (cart.length === 0) return res.status(400).json({ error: 'Your cart is empty' });
  const totalCents = cart.reduce((sum, item) => sum + item.quantity * 1999, 0);
  const intent = await stripe.paymentIntents.create({ amount: totalCents, currency: 'usd' });
  const order = await Order.create({ userId: req.session.userId, totalCents });
  carts.delete(req.session.userId);
  logger.info('order placed', { orderId: order.id, totalCents });
  const receipt = jwt.sign({ orderId: order.id }, config.jwtSecret, { expiresIn: '1h' });
  // The PDF receipt needs wkhtmltopdf on the machine: it happened to be on the old server.
  const pdf = `/tmp/receipt-${uuid()}.pdf`;
  execFile('wkhtmltopdf', [`http://localhost:3000/orders/${order.id}/receipt`, pdf], () => {});
  res.json({ orderId: order.id, clientSecret: intent.client_secret, receipt });
});

module.exports = router;
