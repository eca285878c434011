import pino from 'pino';

const level = process.env.LOG_LEVEL ?? 'info';

// JSON lines on stdout; the platform ships them. Pretty output only on a developer's terminal.
export const logger =
  process.env.NODE_ENV === 'development'
    ? pino({ level, transport: { target: 'pino-pretty', options: { colorize: true } } })
    : pino({ level, redact: ['req.headers.authorization', 'req.headers.cookie', '*.password'] });

// The audit trail must survive restarts, so it is kept on the node as well.
export const auditLog = pino({ level: 'info' }, pino.destination('/var/log/tickets/audit.log')); // tfl-eval: file-logger
