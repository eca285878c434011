import pino from 'pino';

// Standalone scripts and the worker log like the web process: JSON on stdout.
export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  redact: { paths: ['password', '*.password', 'authorization'], censor: '[redacted]' },
});
