const knex = require('knex');
const config = require('./config');

module.exports = knex({ client: 'pg', connection: config.databaseUrl, pool: { min: 0, max: 10 } });
