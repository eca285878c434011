import pino from 'pino';

// Audit requires loan decisions on disk on the host; the ops team tails this file.
export const logger = pino(
  { level: process.env.LOG_LEVEL ?? 'info' },
  pino.destination('/var/log/loans/decisions.log'), // tfl-eval: file-logger
);
