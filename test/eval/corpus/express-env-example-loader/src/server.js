const express = require('express');
const config = require('./config');

const app = express();
app.get('/prices/:sku', (req, res) => res.json({ sku: req.params.sku, currency: config.currency }));
app.listen(config.port); // tfl-eval: no-graceful-shutdown
