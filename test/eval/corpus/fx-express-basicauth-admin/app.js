'use strict';

const express = require('express');
const basicAuth = require('express-basic-auth');
const config = require('./config.default.js');

const app = express();

if (config.useBasicAuth) {
  app.use(basicAuth({ users: { [config.basicAuth.username]: config.basicAuth.password }, challenge: true }));
}

app.get('/', (req, res) => res.send('ok'));

const server = app.listen(config.site.port, () => console.log('listening'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
