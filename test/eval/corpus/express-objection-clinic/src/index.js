const express = require('express');
const session = require('express-session');
const SQLiteStore = require('connect-sqlite3')(session);
const Knex = require('knex');
const { Model } = require('objection');
const knexConfig = require('../knexfile');
const log = require('./logger');
const appointments = require('./routes/appointments');

const knex = Knex(knexConfig[process.env.NODE_ENV || 'production']);
Model.knex(knex);

const app = express();
app.use(express.json());
app.use(
  session({
    store: new SQLiteStore({ db: 'sessions.sqlite', dir: './var' }), // tfl-eval: memory-session-store
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
  }),
);
app.use('/appointments', appointments);

const server = app.listen(process.env.PORT || 3000, async () => {
  await knex.migrate.latest(); // tfl-eval: startup-migration
  log.info('clinic api ready');
});

process.on('SIGTERM', () => server.close(() => knex.destroy()));
