const path = require('path');
const feathers = require('@feathersjs/feathers');
const configuration = require('@feathersjs/configuration');
const express = require('@feathersjs/express');

const app = express(feathers());
// Load app configuration from config/ (node-config): default.json, then the NODE_ENV file over it.
app.configure(configuration());
app.use(express.json());
app.use('/', express.static(app.get('public')));

module.exports = app;
