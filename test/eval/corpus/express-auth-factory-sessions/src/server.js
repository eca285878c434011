'use strict';
const express = require('express');
const { createAuth } = require('./auth');
const { buildReport } = require('./report');
const { loadUsers, loadOrders } = require('./data');

const app = express();
app.use(express.json());

const auth = createAuth({ users: loadUsers() });
app.post('/login', auth.login);
app.post('/logout', auth.logout);
app.get('/report', auth.require, async (req, res) => {
  res.json(buildReport(req, await loadOrders()));
});

const port = Number(process.env.PORT || 3000);
const server = app.listen(port, () => console.log(`listening on ${port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
