const express = require('express');
const settings = require('../config/settings');
const server = require('../config/server');

const app = express();
app.get('/tickets', (req, res) => res.json([]));

const http = app.listen(server.port); // tfl-eval-not: hardcoded-port
const admin = express().listen(server.adminPort); // tfl-eval-not: hardcoded-port
const internal = express().listen(settings.port); // tfl-eval-not: hardcoded-port
console.log('db port', settings.db.port);
process.on('SIGTERM', () => [http, admin, internal].forEach((s) => s.close()));
