const winston = require('winston');
const config = require('./config');

const transports = [
  new winston.transports.Console(),
  // The file defaults to logs/ unless the deploy overrides LOG_FILE.
  new winston.transports.File({ filename: config.logFile }), // tfl-eval: file-logger
];

module.exports = winston.createLogger({ level: 'info', format: winston.format.json(), transports });
