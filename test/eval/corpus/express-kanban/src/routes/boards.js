const express = require('express');
const _ = require('lodash'); // tfl-eval: undeclared-dependency
const { query } = require('../lib/db');

const router = express.Router();

router.get('/', async (req, res) => {
  const { rows } = await query('SELECT id, title, position FROM boards WHERE owner_id = $1', [req.session.userId]);
  res.json(_.sortBy(rows, 'position'));
});

router.post('/', async (req, res) => {
  const title = String(req.body.title || '').trim();
  if (!title) return res.status(422).json({ error: 'title is required' });
  const { rows } = await query('INSERT INTO boards (title, owner_id) VALUES ($1, $2) RETURNING id', [title, req.session.userId]);
  res.status(201).json(rows[0]);
});

module.exports = router;
