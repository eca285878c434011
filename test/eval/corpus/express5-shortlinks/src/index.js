const crypto = require('node:crypto');
const express = require('express');
const { db, runMigrations } = require('./db');
const logger = require('./logger');

// Logged-in users by session token, for the link dashboard.
const sessions = new Map(); // tfl-eval: memory-session-store
const RESERVED = new Set(['admin', 'login', 'api']);

const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/login', async (req, res) => {
  const user = await db('users').where({ email: req.body.email }).first();
  if (!user) return res.sendStatus(401);
  const token = crypto.randomBytes(32).toString('base64url');
  sessions.set(token, user.id);
  res.cookie('sid', token, { httpOnly: true, secure: true });
  res.json({ ok: true });
});

app.get('/:slug', async (req, res) => {
  if (RESERVED.has(req.params.slug)) return res.sendStatus(404);
  const link = await db('links').where({ slug: req.params.slug }).first();
  if (!link) return res.sendStatus(404);
  logger.info('follow', { slug: req.params.slug });
  res.redirect(301, link.target);
});

runMigrations() // tfl-eval: startup-migration
  .then(() => {
    const server = app.listen(process.env.PORT || 3000);
    process.on('SIGTERM', () => server.close(() => db.destroy()));
  })
  .catch((err) => {
    logger.error('start failed', { err });
    process.exit(1);
  });
