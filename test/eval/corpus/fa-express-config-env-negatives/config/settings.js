'use strict';

const config = {};

config.env = process.env.NODE_ENV || 'development';
config.port = 5050;
// the platform's port wins when it sets one
if (process.env.LISTEN_PORT) config.port = Number(process.env.LISTEN_PORT);

config.db = { host: process.env.PGHOST, port: 5432 };

module.exports = config;
