const express = require('express');
const { carts, products } = require('../repositories');
const { record } = require('../audit');

const router = express.Router();

router.get('/:id', async (req, res) => {
  res.json((await carts.findById(req.params.id)) || { items: [] });
});

router.post('/', async (req, res) => {
  const product = await products.findById(req.body.productId);
  if (!product) return res.sendStatus(404);
  const cart = await carts.create({ id: req.body.cartId, items: [product] });
  record({ type: 'cart.created', id: cart.id });
  res.status(201).json(cart);
});

module.exports = router;
