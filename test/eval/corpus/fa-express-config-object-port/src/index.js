const express = require('express');
const mongoose = require('mongoose');
const config = require('./config');

const app = express();
app.use(express.json());
app.get('/items', async (req, res) => res.json([]));

mongoose.connect(config.mongo.uri).then(() => {
  const server = app.listen(config.port, () => console.log(`inventory listening on ${config.port}`)); // tfl-eval: hardcoded-port
  process.on('SIGTERM', () => server.close(() => mongoose.disconnect()));
});
