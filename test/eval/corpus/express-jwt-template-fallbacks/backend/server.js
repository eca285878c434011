const express = require('express');
const { isAuth } = require('./utils');

const app = express();
app.get('/api/orders/mine', isAuth, (req, res) => res.send([]));
const server = app.listen(process.env.PORT || 5000);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
