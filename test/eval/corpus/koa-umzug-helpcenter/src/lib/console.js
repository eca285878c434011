'use strict';
// The CLI scripts log to the terminal.
const tracer = require('tracer');

module.exports = tracer.colorConsole({ level: process.env.LOG_LEVEL || 'info' }); // tfl-eval-not: file-logger
