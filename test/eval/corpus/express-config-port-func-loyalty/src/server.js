const express = require('express');
const config = require('./config');

const app = express();
app.get('/points', (req, res) => res.json({ points: 0 }));

const server = app.listen(config.port()); // tfl-eval: hardcoded-port
process.on('SIGTERM', () => server.close());
