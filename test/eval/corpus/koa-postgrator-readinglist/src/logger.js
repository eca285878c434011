import pino from 'pino';

// Ops asked for a file they can tail on the box; containers set LOG_TO_STDOUT.
export const logger = process.env.LOG_TO_STDOUT
  ? pino({ level: 'info' })
  : pino({ level: 'info' }, pino.destination('logs/readinglist.log')); // tfl-eval: file-logger
