import winston from 'winston';

export const logger = winston.createLogger({
  level: process.env.LOG_LEVEL ?? 'info',
  format: winston.format.json(),
  transports: [
    new winston.transports.Console(), // tfl-eval-not: file-logger
    new winston.transports.File({ filename: 'logs/orders.log' }), // tfl-eval: file-logger
  ],
});
