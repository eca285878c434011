const pino = require('pino');
const config = require('./config');

// Logs are an event stream on stdout; the platform routes and stores them.
module.exports = pino({ level: config.logLevel });
