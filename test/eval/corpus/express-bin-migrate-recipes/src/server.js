const express = require('express');
const { knex, runMigrations } = require('./db');

const app = express();
app.get('/recipes', async (req, res) => res.json(await knex('recipes').select()));

// Operators can migrate from the admin panel when a release needs it.
app.post('/admin/migrate', async (req, res) => {
  if (req.get('x-admin-token') !== process.env.ADMIN_TOKEN) return res.sendStatus(403);
  await runMigrations(); // tfl-eval-not: startup-migration
  res.sendStatus(204);
});

if (process.env.RUN_MIGRATIONS_ON_BOOT === 'true') {
  runMigrations(); // tfl-eval-not: startup-migration
}

const server = app.listen(process.env.PORT || 3000);
process.on('SIGTERM', () => server.close(() => knex.destroy()));
