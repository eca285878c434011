'use strict';
const express = require('express');
const recipes = require('./routes/recipes');

const app = express();
app.use(express.json());
app.use('/recipes', recipes);
app.get('/healthz', (req, res) => res.json({ ok: true }));

const port = Number(process.env.PORT || 3000);
const server = app.listen(port, () => console.log(`recipe-box listening on ${port}`));

process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
});

module.exports = app;
