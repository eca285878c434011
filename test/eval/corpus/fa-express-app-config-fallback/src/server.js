const express = require('express');
const config = require('./config');

const app = express();
app.get('/vehicles', (req, res) => res.json([]));
const port = config.app.PORT || 3000;

const server = app.listen(port, () => console.log(`listening on ${port}`)); // tfl-eval: hardcoded-port
process.on('SIGTERM', () => server.close());
