const express = require('express');

const app = express();
app.get('/invoices', (req, res) => res.json([]));
const server = app.listen(process.env.PORT);
process.on('SIGTERM', () => server.close());
