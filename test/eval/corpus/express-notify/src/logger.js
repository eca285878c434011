const winston = require('winston');

const logger = winston.createLogger({
  level: process.env.LOG_LEVEL || 'info',
  format: winston.format.json(),
  transports: [
    new winston.transports.File({ filename: 'logs/error.log', level: 'error' }), // tfl-eval: file-logger
    new winston.transports.File({ filename: 'logs/combined.log' }), // tfl-eval-not: file-logger (a related location of the finding above: one logger, one finding)
  ],
});

if (process.env.NODE_ENV !== 'production') {
  logger.add(new winston.transports.Console({ format: winston.format.simple() })); // tfl-eval-not: file-logger
}

module.exports = logger;
