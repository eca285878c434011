const express = require('express');
const { formatPrice } = require('./format');

const app = express();
app.get('/price', (req, res) => res.json({ text: formatPrice(Number(req.query.amount), 'EUR', 'de-DE') }));

const server = app.listen(Number(process.env.PORT));
process.on('SIGTERM', () => server.close());
