const winston = require('winston');
require('winston-daily-rotate-file');

const logger = winston.createLogger({
  level: process.env.LOG_LEVEL || 'info',
  format: winston.format.json(),
  transports: [
    new winston.transports.Console(),
    new winston.transports.DailyRotateFile({ filename: 'logs/photos-%DATE%.log', maxFiles: '14d' }), // tfl-eval: file-logger
  ],
});

module.exports = logger;
