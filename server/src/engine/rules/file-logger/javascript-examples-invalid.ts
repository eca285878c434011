import type { InvalidExample } from '../../rule';
import { invalidStreamExamples } from './javascript-examples-streams';
import { consoleAlreadyThereExamples, streamShapeExamples } from './javascript-examples-console';

// ⟦ ⟧ mark each expected finding; `output` is the file after the first finding's fix.
export const invalidExamples: InvalidExample[] = [
  {
    name: "mini-logger given a folder (cnpmjs.org's common/logger.js): one file per category and day under dir",
    path: 'common/logger.js',
    code: `const Logger = require('mini-logger');
const config = require('../config');
module.exports = ⟦Logger({ categories: ['sync_info'], dir: config.logdir, duration: '1d' })⟧;
`,
    messageIncludes: ['mini-logger'],
  },
  {
    name: "tracer's daily file logger and simple-node-logger's file loggers",
    path: 'src/lib/logger.js',
    code: `const tracer = require('tracer');
const SimpleNodeLogger = require('simple-node-logger');
module.exports = ⟦tracer.dailyfile({ root: './logs', maxLogFiles: 14 })⟧;
const audit = ⟦require('tracer').dailyfile({ root: '/var/log/app' })⟧;
const jobs = ⟦SimpleNodeLogger.createSimpleFileLogger('jobs.log')⟧;
`,
    messageIncludes: ['Factor XI', 'logs to'],
  },
  {
    name: 'a file transport added only in production',
    path: 'src/logger.js',
    code: `const winston = require('winston');
const logger = winston.createLogger({ transports: [new winston.transports.Console()] });
if (process.env.NODE_ENV === 'production') {
  logger.add(⟦new winston.transports.File({ filename: '/var/log/app/error.log', level: 'error' })⟧);
}
`,
  },
  {
    name: "one logger with an error file and a combined file: one finding, the other file related; the fix puts one Console (from the file that takes every level) in their place",
    path: 'utils/logger.js',
    code: `const winston = require('winston');
const logger = winston.createLogger({
  transports: [
    ⟦new winston.transports.File({ filename: 'logs/error.log', level: 'error' })⟧,
    ⟪new winston.transports.File({ filename: 'logs/combined.log', format: winston.format.json() })⟫,
  ],
});
`,
    messageIncludes: ['and 1 more file destination of the same logger'],
    fix: { kind: 'replace', title: "Log to stdout (one winston Console transport for the logger's files)" },
    output: `const winston = require('winston');
const logger = winston.createLogger({
  transports: [
    new winston.transports.Console({ format: winston.format.json() }),
  ],
});
`,
  },
  {
    name: 'two file transports that each keep a level of their own: one finding, no fix (one Console at either level would change what prints)',
    path: 'utils/logger.js',
    code: `const winston = require('winston');
const logger = winston.createLogger({
  transports: [
    ⟦new winston.transports.File({ filename: 'logs/error.log', level: 'error' })⟧,
    ⟪new winston.transports.File({ filename: 'logs/audit.log', level: 'info' })⟫,
  ],
});
`,
    messageIncludes: ['and 1 more file destination of the same logger'],
    noFixBecause: 'several files',
  },
  {
    name: 'winston File transport (CommonJS)',
    path: 'src/logger.js',
    code: `const winston = require('winston');
const logger = winston.createLogger({
  transports: [⟦new winston.transports.File({ filename: 'error.log', level: 'error' })⟧],
});
`,
    messageIncludes: ['Factor XI', 'winston', 'transports.File', 'stdout'],
    fix: { kind: 'replace', title: 'Log to stdout (winston Console transport)' },
    output: `const winston = require('winston');
const logger = winston.createLogger({
  transports: [new winston.transports.Console({ level: 'error' })],
});
`,
  },
  {
    name: 'winston File transport through a destructured require, format kept',
    path: 'src/logger.js',
    code: `const { createLogger, format, transports } = require('winston');
module.exports = createLogger({
  transports: [
    ⟦new transports.File({
      filename: 'combined.log',
      maxsize: 5242880,
      format: format.json(),
    })⟧,
  ],
});
`,
    output: `const { createLogger, format, transports } = require('winston');
module.exports = createLogger({
  transports: [
    new transports.Console({ format: format.json() }),
  ],
});
`,
  },
  {
    name: 'DailyRotateFile imported from winston-daily-rotate-file',
    path: 'src/logger.ts',
    code: `import winston from 'winston';
import DailyRotateFile from 'winston-daily-rotate-file';
export const logger = winston.createLogger({
  transports: [⟦new DailyRotateFile({ filename: 'app-%DATE%.log', datePattern: 'YYYY-MM-DD' })⟧],
});
`,
    messageIncludes: ['DailyRotateFile'],
    output: `import winston from 'winston';
import DailyRotateFile from 'winston-daily-rotate-file';
export const logger = winston.createLogger({
  transports: [new winston.transports.Console()],
});
`,
  },
  {
    name: 'DailyRotateFile registered on winston.transports, named imports',
    path: 'src/logger.ts',
    code: `import { createLogger, transports } from 'winston';
import 'winston-daily-rotate-file';
export const logger = createLogger({
  exceptionHandlers: [⟦new transports.DailyRotateFile({ filename: 'exceptions-%DATE%.log' })⟧],
});
`,
    output: `import { createLogger, transports } from 'winston';
import 'winston-daily-rotate-file';
export const logger = createLogger({
  exceptionHandlers: [new transports.Console()],
});
`,
  },
  {
    name: 'winston transports taken from the imported namespace',
    path: 'src/logger.js',
    code: `import winston from 'winston';
const { transports } = winston;
const logger = winston.createLogger({ transports: [⟦new transports.File({ filename: 'test.log' })⟧] });
`,
    output: `import winston from 'winston';
const { transports } = winston;
const logger = winston.createLogger({ transports: [new transports.Console()] });
`,
  },
  {
    name: 'winston 2 add(transport, options): reported, no fix',
    path: 'src/legacy-logger.js',
    code: `var winston = require('winston');
winston.add(⟦winston.transports.File⟧, { filename: 'somefile.log' });
`,
  },
  {
    name: 'winston File transport with options from a variable: reported, no fix',
    path: 'src/logger.js',
    code: `const winston = require('winston');
const fileOptions = { filename: 'app.log', maxFiles: 5 };
winston.add(⟦new winston.transports.File(fileOptions)⟧);
`,
  },
  {
    name: 'pino.destination onto a path',
    path: 'src/logger.js',
    code: `const pino = require('pino');
module.exports = pino({ level: 'info' }, ⟦pino.destination('./app.log')⟧);
`,
    messageIncludes: ['pino.destination'],
    fix: { kind: 'replace', title: 'Log to stdout (destination 1)' },
    output: `const pino = require('pino');
module.exports = pino({ level: 'info' }, pino.destination(1));
`,
  },
  {
    name: 'pino.destination with a dest option and a path from a constant',
    path: 'src/logger.ts',
    code: `import { pino, destination } from 'pino';
import path from 'node:path';
const LOG_FILE = path.join(__dirname, 'logs', 'app.log');
export const logger = pino(⟦destination({ dest: LOG_FILE, sync: false })⟧);
`,
    output: `import { pino, destination } from 'pino';
import path from 'node:path';
const LOG_FILE = path.join(__dirname, 'logs', 'app.log');
export const logger = pino(destination({ dest: 1, sync: false }));
`,
  },
  {
    name: 'pino.destination from the environment with a file fallback',
    path: 'src/logger.js',
    code: `const pino = require('pino');
module.exports = pino(⟦pino.destination(process.env.LOG_FILE || '/var/log/api.log')⟧);
`,
    output: `const pino = require('pino');
module.exports = pino(pino.destination(1));
`,
  },
  {
    name: 'pino transport pino/file onto a path',
    path: 'src/logger.js',
    code: `const pino = require('pino');
module.exports = pino({
  transport: ⟦{ target: 'pino/file', options: { destination: './logs/app.log', mkdir: true } }⟧,
});
`,
    messageIncludes: ["transport 'pino/file'"],
    output: `const pino = require('pino');
module.exports = pino({
  transport: { target: 'pino/file', options: { destination: 1, mkdir: true } },
});
`,
  },
  {
    name: 'pino.transport targets: only the file target',
    path: 'src/logger.ts',
    code: `import pino from 'pino';
const logDir = process.env.LOG_DIR ?? 'logs';
const transport = pino.transport({
  targets: [
    { target: 'pino-pretty', options: { destination: 1 } },
    ⟦{ target: 'pino/file', level: 'error', options: { destination: \`\${logDir}/error.log\` } }⟧,
  ],
});
export const logger = pino(transport);
`,
    output: `import pino from 'pino';
const logDir = process.env.LOG_DIR ?? 'logs';
const transport = pino.transport({
  targets: [
    { target: 'pino-pretty', options: { destination: 1 } },
    { target: 'pino/file', level: 'error', options: { destination: 1 } },
  ],
});
export const logger = pino(transport);
`,
  },
  {
    name: 'pino-roll always writes files',
    path: 'src/logger.js',
    code: `const pino = require('pino');
const transport = pino.transport({
  targets: [⟦{ target: 'pino-roll', level: 'info', options: { file: 'logs/app', frequency: 'daily', mkdir: true } }⟧],
});
module.exports = pino(transport);
`,
    messageIncludes: ['pino-roll'],
    output: `const pino = require('pino');
const transport = pino.transport({
  targets: [{ target: 'pino/file', options: { destination: 1 }, level: 'info' }],
});
module.exports = pino(transport);
`,
  },
  {
    name: 'log4js file appender',
    path: 'src/logging.js',
    code: `const log4js = require('log4js');
log4js.configure({
  appenders: { app: ⟦{ type: 'file', filename: 'logs/app.log', maxLogSize: 10485760 }⟧ },
  categories: { default: { appenders: ['app'], level: 'info' } },
});
`,
    messageIncludes: ["appender type 'file'"],
    fix: { kind: 'replace', title: 'Log to stdout (log4js stdout appender)' },
    output: `const log4js = require('log4js');
log4js.configure({
  appenders: { app: { type: 'stdout' } },
  categories: { default: { appenders: ['app'], level: 'info' } },
});
`,
  },
  {
    name: 'log4js configuration object in TypeScript, layout kept',
    path: 'src/logging.ts',
    code: `import { configure, type Configuration } from 'log4js';
const config: Configuration = {
  appenders: {
    out: { type: 'stdout' },
    daily: ⟦{ type: 'dateFile', filename: 'app.log', pattern: 'yyyy-MM-dd', layout: { type: 'basic' } }⟧,
  },
  categories: { default: { appenders: ['out', 'daily'], level: 'info' } },
};
configure(config);
`,
    output: `import { configure, type Configuration } from 'log4js';
const config: Configuration = {
  appenders: {
    out: { type: 'stdout' },
    daily: { type: 'stdout', layout: { type: 'basic' } },
  },
  categories: { default: { appenders: ['out', 'daily'], level: 'info' } },
};
configure(config);
`,
  },
  {
    name: 'log4js: two file appenders of one configuration are one finding, the second related (no fix for one of two)',
    path: 'src/logging.ts',
    code: `import { configure } from 'log4js';
configure({
  appenders: {
    daily: ⟦{ type: 'dateFile', filename: 'app.log', pattern: 'yyyy-MM-dd' }⟧,
    errors: ⟪{ type: 'fileSync', filename: 'errors.log' }⟫,
  },
  categories: { default: { appenders: ['daily', 'errors'], level: 'info' } },
});
`,
    noFixBecause: 'several files',
  },
  {
    name: 'bunyan: two file streams of one logger, one finding',
    path: 'src/log.js',
    code: `const bunyan = require('bunyan');
module.exports = bunyan.createLogger({
  name: 'billing',
  streams: [⟦{ level: 'info', path: '/var/log/billing/info.log' }⟧, ⟪{ level: 'error', path: '/var/log/billing/error.log' }⟫],
});
`,
    messageIncludes: ['and 1 more file destination'],
    noFixBecause: 'several files',
  },
  {
    name: 'log4js 1 appender array, category kept',
    path: 'lib/logging.js',
    code: `var log4js = require('log4js');
log4js.configure({
  appenders: [{ type: 'console' }, ⟦{ type: 'file', filename: 'logs/cheese.log', category: 'cheese' }⟧],
});
`,
    fix: { kind: 'replace', title: 'Log to stdout (log4js console appender)' },
    output: `var log4js = require('log4js');
log4js.configure({
  appenders: [{ type: 'console' }, { type: 'console', category: 'cheese' }],
});
`,
  },
  {
    name: 'bunyan path stream',
    path: 'src/log.js',
    code: `const bunyan = require('bunyan');
module.exports = bunyan.createLogger({
  name: 'api',
  streams: [{ level: 'info', stream: process.stdout }, ⟦{ level: 'error', path: '/var/log/api-error.log' }⟧],
});
`,
    messageIncludes: ['bunyan'],
    output: `const bunyan = require('bunyan');
module.exports = bunyan.createLogger({
  name: 'api',
  streams: [{ level: 'info', stream: process.stdout }, { level: 'error', stream: process.stdout }],
});
`,
  },
  {
    name: 'bunyan rotating-file stream',
    path: 'src/log.ts',
    code: `import bunyan from 'bunyan';
export const log = bunyan.createLogger({
  name: 'worker',
  streams: [⟦{ type: 'rotating-file', path: 'logs/worker.log', period: '1d', count: 3 }⟧],
});
`,
    output: `import bunyan from 'bunyan';
export const log = bunyan.createLogger({
  name: 'worker',
  streams: [{ stream: process.stdout }],
});
`,
  },
  ...invalidStreamExamples,
  ...consoleAlreadyThereExamples,
  ...streamShapeExamples,
];
