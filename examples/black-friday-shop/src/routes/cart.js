const express = require('express');
const { Product } = require('../models');

const router = express.Router();

// Carts live here until checkout: userId -> [{ productId, quantity }].
const carts = new Map();

router.get('/', (req, res) => {
  res.json(carts.get(req.session.userId) || []);
});

router.post('/items', async (req, res) => {
  const product = await Product.findByPk(req.body.productId);
  if (!product) return res.status(404).json({ error: 'No such product' });
  const cart = carts.get(req.session.userId) || [];
  cart.push({ productId: product.id, quantity: Number(req.body.quantity) || 1 });
  carts.set(req.session.userId, cart);
  res.status(201).json(cart);
});

router.delete('/', (req, res) => {
  carts.delete(req.session.userId);
  res.status(204).end();
});

module.exports = { router, carts };
