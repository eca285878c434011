'use strict';
const { Router } = require('express');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const router = Router();

router.get('/', async (req, res) => {
  const { rows } = await pool.query('SELECT id, title FROM recipes ORDER BY title');
  res.json(rows);
});

module.exports = router;
