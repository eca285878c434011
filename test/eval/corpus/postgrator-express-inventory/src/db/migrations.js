'use strict';
const path = require('path');
const Postgrator = require('postgrator');

function makePostgrator(client) {
  return new Postgrator({
    migrationPattern: path.join(__dirname, '../../migrations/*'),
    driver: 'pg',
    database: process.env.PGDATABASE,
    schemaTable: 'schemaversion',
    execQuery: (query) => client.query(query),
  });
}

module.exports = { makePostgrator };
