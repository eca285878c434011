import winston from 'winston';
import 'winston-daily-rotate-file';

const { combine, timestamp, json } = winston.format;

// Entries are moderated by hand, so every post is kept in a daily log for the moderators.
export const logger = winston.createLogger({
  level: process.env.LOG_LEVEL ?? 'info',
  format: combine(timestamp(), json()),
  transports: [
    new winston.transports.Console(),
    new winston.transports.DailyRotateFile({ // tfl-eval: file-logger
      filename: 'logs/guestbook-%DATE%.log',
      datePattern: 'YYYY-MM-DD',
      maxFiles: '14d',
    }),
  ],
});
