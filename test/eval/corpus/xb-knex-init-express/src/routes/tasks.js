const express = require('express');
const { db } = require('../db');

const router = express.Router();

router.get('/', async (req, res) => {
  res.json(await db('tasks').select('*').orderBy('created_at', 'desc'));
});

module.exports = router;
