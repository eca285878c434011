import pino from 'pino';

export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  transport: {
    targets: [
      { target: 'pino/file', options: { destination: 1 } }, // tfl-eval-not: file-logger
      { target: 'pino/file', options: { destination: './logs/fleet.log', mkdir: true } }, // tfl-eval: file-logger
    ],
  },
});
