const express = require('express');
const knex = require('knex')(require('../knexfile'));

const app = express();
app.get('/shipments/:id', async (req, res) => {
  const row = await knex('shipments').where({ id: req.params.id }).first();
  if (!row) return res.sendStatus(404);
  return res.json(row);
});

app.listen(Number(process.env.PORT) || 3000); // tfl-eval: no-graceful-shutdown
