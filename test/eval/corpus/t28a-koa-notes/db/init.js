// Loaded by server.js: makes sure the tables exist before the first request.
const sequelize = require('./connection');
const Note = require('./models/note');

const ready = sequelize.sync(); // tfl-eval: startup-migration

module.exports = { sequelize, Note, ready };
