const express = require('express');
const db = require('../db');

const router = express.Router();

// Carts are rows in the database, so any process can serve any request.
router.get('/', async (req, res) => {
  res.json(await db('cart_items').where({ user_id: req.session.userId }));
});

router.post('/items', async (req, res) => {
  const item = { user_id: req.session.userId, product_id: req.body.productId, quantity: Number(req.body.quantity) || 1 };
  await db('cart_items').insert(item);
  res.status(201).json(item);
});

module.exports = router;
