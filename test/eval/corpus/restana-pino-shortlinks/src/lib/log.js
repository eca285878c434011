'use strict'

const pino = require('pino')

// Access log goes to its own file; the app log to stdout.
const access = pino(pino.destination('./logs/access.log')) // tfl-eval: file-logger
const app = pino({ level: process.env.LOG_LEVEL || 'info' }, pino.destination(1)) // tfl-eval-not: file-logger

module.exports = app
module.exports.access = access
