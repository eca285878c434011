const winston = require('winston')

// Heroku and the compose file both read stdout.
module.exports = winston.createLogger({
  level: process.env.LOG_LEVEL || 'info',
  format: winston.format.json(),
  transports: [new winston.transports.Console()] // tfl-eval-not: file-logger
})
