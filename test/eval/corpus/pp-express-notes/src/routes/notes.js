const crypto = require('crypto');
const express = require('express');
const db = require('../db');

const router = express.Router();

router.post('/:id/share', async (req, res) => {
  const shareToken = crypto.randomBytes(20).toString('hex'); // tfl-eval-not: per-process-secret
  await db.query('UPDATE notes SET share_token = $1 WHERE id = $2', [shareToken, req.params.id]);
  res.json({ link: `/shared/${shareToken}` });
});

router.post('/password-reset', async (req, res) => {
  const resetToken = crypto.randomBytes(32).toString('hex'); // tfl-eval-not: per-process-secret
  const salt = crypto.randomBytes(16); // tfl-eval-not: per-process-secret
  await db.query('UPDATE users SET reset_hash = $1 WHERE email = $2', [crypto.scryptSync(resetToken, salt, 32), req.body.email]);
  res.sendStatus(204);
});

module.exports = router;
