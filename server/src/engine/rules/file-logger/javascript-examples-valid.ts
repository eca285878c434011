import type { ValidExample } from '../../rule';

// The false positives a reviewer would call clearly fine.
export const validExamples: ValidExample[] = [
  {
    name: 'mini-logger with no folder to write to (its stdout only)',
    path: 'common/logger.js',
    code: "const Logger = require('mini-logger');\nmodule.exports = Logger({ categories: ['sync_info'], stdout: true });\n",
  },
  {
    name: "tracer's and simple-node-logger's console loggers",
    path: 'src/lib/console.js',
    code: "const tracer = require('tracer');\nconst SimpleNodeLogger = require('simple-node-logger');\nmodule.exports = tracer.colorConsole({ level: process.env.LOG_LEVEL || 'info' });\nconst plain = SimpleNodeLogger.createSimpleLogger();\n",
  },
  {
    name: 'a file transport added only outside production (NODE_ENV), and a file stream only in development',
    path: 'src/logger.js',
    code: `const winston = require('winston');
const fs = require('fs');
const logger = winston.createLogger({ transports: [new winston.transports.Console()] });
if (process.env.NODE_ENV !== 'production') {
  logger.add(new winston.transports.File({ filename: 'debug.log' }));
}
const stream = process.env.NODE_ENV === 'development' ? fs.createWriteStream('./access.log') : process.stdout;
`,
  },
  {
    name: 'winston Console transport',
    path: 'src/logger.js',
    code: `const winston = require('winston');
const logger = winston.createLogger({
  format: winston.format.json(),
  transports: [new winston.transports.Console(), new winston.transports.Http({ host: 'logs.internal' })],
});
module.exports = logger;
`,
  },
  {
    name: 'pino defaults and stdout destinations',
    path: 'src/logger.ts',
    code: `import pino from 'pino';
export const logger = pino();
export const fast = pino({ level: 'info' }, pino.destination(1));
export const errors = pino(pino.destination({ dest: 2, sync: false }));
export const plain = pino(pino.destination());
export const direct = pino(pino.destination(process.stdout.fd));
`,
  },
  {
    name: 'pino destination chosen by the environment',
    path: 'src/logger.ts',
    code: `import pino from 'pino';
export const logger = pino(pino.destination(process.env.LOG_DESTINATION));
`,
  },
  {
    name: 'pino transports onto stdout',
    path: 'src/logger.js',
    code: `const pino = require('pino');
const transport = pino.transport({
  targets: [
    { target: 'pino-pretty', options: { colorize: true } },
    { target: 'pino/file', options: { destination: 1 } },
    { target: 'pino/file' },
    { target: 'pino-elasticsearch', options: { node: process.env.ES_URL } },
  ],
});
module.exports = pino(transport);
`,
  },
  {
    name: 'log4js stdout and console appenders',
    path: 'src/logging.js',
    code: `const log4js = require('log4js');
log4js.configure({
  appenders: { out: { type: 'stdout' }, console: { type: 'console', layout: { type: 'basic' } } },
  categories: { default: { appenders: ['out'], level: 'info' } },
});
`,
  },
  {
    name: 'bunyan on stdout and stderr',
    path: 'src/log.js',
    code: `const bunyan = require('bunyan');
module.exports = bunyan.createLogger({
  name: 'api',
  streams: [{ level: 'info', stream: process.stdout }, { level: 'error', stream: process.stderr }],
});
`,
  },
  {
    name: 'code that reads or serves log files',
    path: 'src/admin/logs.js',
    code: `const fs = require('fs');
const express = require('express');
const router = express.Router();
router.use('/logs', express.static('logs'));
router.get('/app-log', (req, res) => res.sendFile('/var/log/app.log'));
router.get('/tail', async (req, res) => {
  const text = await fs.promises.readFile('app.log', 'utf8');
  fs.createReadStream('access.log').pipe(res);
  res.end(text.split('\\n').slice(-100).join('\\n'));
});
module.exports = router;
`,
  },
  {
    name: 'write streams for exports and uploads',
    path: 'src/export.ts',
    code: `import fs from 'node:fs';
import path from 'node:path';
export function exportCsv(rows: string[][]) {
  const out = fs.createWriteStream('report.csv');
  for (const row of rows) out.write(row.join(',') + '\\n');
  out.end();
}
export function saveUpload(name: string, data: NodeJS.ReadableStream) {
  data.pipe(fs.createWriteStream(path.join('/tmp/uploads', name)));
}
`,
  },
  {
    name: 'morgan on stdout, or streaming into another logger',
    path: 'src/app.js',
    code: `const morgan = require('morgan');
const logger = require('./logger');
app.use(morgan('combined'));
app.use(morgan('dev', { stream: process.stdout }));
app.use(morgan('tiny', { stream: { write: (line) => logger.info(line.trim()) } }));
`,
  },
  {
    name: 'classes named File that are not winston',
    path: 'src/upload.ts',
    code: `import { transports } from './mail';
const attachment = new File(['hello'], 'notes.log', { type: 'text/plain' });
const sender = new transports.File({ directory: './outbox' });
export { attachment, sender };
`,
  },
  {
    name: 'appends that are not logging',
    path: 'src/store.js',
    code: `const fs = require('fs');
function saveOrder(order) { fs.appendFileSync('orders.csv', order.id + '\\n'); }
function login(user) { fs.appendFileSync('sessions.txt', user.id + '\\n'); }
fs.writeFileSync('catalog.json', JSON.stringify({}));
module.exports = { saveOrder, login };
`,
  },
  {
    name: 'console and streams onto the standard outputs',
    path: 'src/console.js',
    code: `const fs = require('fs');
const { Console } = require('console');
const a = new console.Console(process.stdout, process.stderr);
const b = new Console({ stdout: process.stdout, stderr: process.stderr });
const morgan = require('morgan');
app.use(morgan('combined', { stream: fs.createWriteStream('/dev/stdout') }));
`,
  },
  {
    name: 'stdout wrapped without a file',
    path: 'src/timestamps.js',
    code: `const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => write(new Date().toISOString() + ' ' + chunk, ...rest);
`,
  },
  {
    name: 'a .log fixture written by a test of a log parser',
    path: 'test/parser.test.ts',
    code: `import fs from 'node:fs';
import { parseLog } from '../src/parse';
fs.writeFileSync('/tmp/sample.log', 'GET / 200\\n');
parseLog('/tmp/sample.log');
`,
  },
  {
    name: 'an upload form object that says file, outside a log4js config',
    path: 'src/form.js',
    code: `const field = { type: 'file', filename: 'avatar.png', accept: 'image/*' };
const appenders = { type: 'file' };
module.exports = { field, appenders };
`,
  },
  {
    name: 'a test logger writing to the null device: it writes no file',
    path: 'src/test-logger.js',
    code: `const { createLogger, transports } = require('winston');
module.exports = createLogger({ transports: [new transports.File({ filename: '/dev/null' })] });
`,
  },
  {
    name: 'winston File transport pointed at /dev/stdout',
    path: 'src/logger.js',
    code: `const { createLogger, transports } = require('winston');
module.exports = createLogger({ transports: [new transports.File({ filename: '/dev/stdout' })] });
`,
  },
  {
    name: 'a suppressed file transport',
    path: 'scripts/debug-logger.js',
    code: `const winston = require('winston');
// twelve-factor-ignore-next-line file-logger -- local debugging script, never deployed
const transport = new winston.transports.File({ filename: 'debug.log' });
module.exports = transport;
`,
  },
];
