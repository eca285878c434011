import type { InvalidExample } from '../../rule';

// A logger that already writes the console: the fix drops the file output instead of adding a
// second console output (every line would print twice). Where that cannot be told, no fix.
export const consoleAlreadyThereExamples: InvalidExample[] = [
  {
    name: 'winston: a Console beside the File transport, so the File transport goes',
    path: 'src/logger.js',
    code: `const winston = require('winston');
const logger = winston.createLogger({
  transports: [
    new winston.transports.Console(),
    ⟦new winston.transports.File({ filename: 'combined.log' })⟧,
  ],
});
`,
    fix: { kind: 'replace', title: 'Log to stdout (drop the winston file transport; Console is already there)' },
    output: `const winston = require('winston');
const logger = winston.createLogger({
  transports: [
    new winston.transports.Console(),
  ],
});
`,
  },
  {
    name: 'winston 2: new winston.Logger with a parenthesised Console, File first',
    path: 'src/log.js',
    code: `var winston = require('winston');
var logger = new winston.Logger({
  transports: [⟦new (winston.transports.File)({ filename: 'app.log' })⟧, new (winston.transports.Console)()],
});
`,
    output: `var winston = require('winston');
var logger = new winston.Logger({
  transports: [new (winston.transports.Console)()],
});
`,
  },
  {
    name: 'winston: logger.add(new File) on a logger created with a Console: the add statement goes',
    path: 'src/logger.ts',
    code: `import { createLogger, format, transports } from 'winston';
export const logger = createLogger({ format: format.json(), transports: [new transports.Console()] });
logger.add(⟦new transports.File({ filename: 'app.log' })⟧);
logger.info('ready');
`,
    output: `import { createLogger, format, transports } from 'winston';
export const logger = createLogger({ format: format.json(), transports: [new transports.Console()] });
logger.info('ready');
`,
  },
  {
    name: 'winston: Console imported under another name, added unconditionally',
    path: 'src/logging.js',
    code: `import { createLogger, transports } from 'winston';
const { Console: Terminal, File: LogFile } = transports;
const logger = createLogger({ transports: [⟦new LogFile({ filename: 'app.log' })⟧] });
logger.add(new Terminal());
export default logger;
`,
    output: `import { createLogger, transports } from 'winston';
const { Console: Terminal, File: LogFile } = transports;
const logger = createLogger({ transports: [] });
logger.add(new Terminal());
export default logger;
`,
  },
  {
    name: 'winston: a Console only outside production: no fix (dropping the file would leave production silent)',
    path: 'src/logger.js',
    code: `const winston = require('winston');
const logger = winston.createLogger({
  transports: [⟦new winston.transports.File({ filename: 'combined.log' })⟧],
});
if (process.env.NODE_ENV !== 'production') {
  logger.add(new winston.transports.Console({ format: winston.format.simple() }));
}
`,
  },
  {
    name: 'winston: a Console at error level does not print what a file of everything got: no fix',
    path: 'src/logger.js',
    code: `const winston = require('winston');
const logger = winston.createLogger({
  transports: [new winston.transports.Console({ level: 'error' }), ⟦new winston.transports.File({ filename: 'combined.log' })⟧],
});
`,
  },
  {
    name: 'pino.multistream with a stdout entry: the file entry goes',
    path: 'src/logger.js',
    code: `const pino = require('pino');
const fs = require('fs');
const logger = pino({}, pino.multistream([{ stream: process.stdout }, { stream: ⟦fs.createWriteStream('app.log')⟧ }]));
`,
    output: `const pino = require('pino');
const fs = require('fs');
const logger = pino({}, pino.multistream([{ stream: process.stdout }]));
`,
  },
  {
    name: 'pino.multistream: a pino.destination file entry beside pino.destination(1)',
    path: 'src/logger.ts',
    code: `import pino from 'pino';
export const logger = pino(
  { level: 'info' },
  pino.multistream([
    { stream: pino.destination(1) },
    { stream: ⟦pino.destination('./logs/app.log')⟧ },
  ]),
);
`,
    output: `import pino from 'pino';
export const logger = pino(
  { level: 'info' },
  pino.multistream([
    { stream: pino.destination(1) },
  ]),
);
`,
  },
];

// Shapes of pino and morgan file outputs, each fixed so that the finding goes and nothing new appears.
export const streamShapeExamples: InvalidExample[] = [
  {
    name: 'pino: a file stream held in a variable used once: the argument and the stream both go',
    path: 'src/logger.js',
    code: `const pino = require('pino');
const fs = require('fs');
const stream = fs.createWriteStream('./app.log');
const logger = pino(⟦stream⟧);
`,
    output: `const pino = require('pino');
const fs = require('fs');
const logger = pino(process.stdout);
`,
  },
  {
    name: 'pino.destination with an options object, as the second argument',
    path: 'src/logger.js',
    code: `const pino = require('pino');
const logger = pino({ level: 'info' }, ⟦pino.destination({ dest: './logs/app.log', sync: false, minLength: 4096 })⟧);
`,
    output: `const pino = require('pino');
const logger = pino({ level: 'info' }, pino.destination({ dest: 1, sync: false, minLength: 4096 }));
`,
  },
  {
    name: "pino transport targets: 'pino/file' with options.destination beside pino-pretty",
    path: 'src/logger.js',
    code: `const pino = require('pino');
const logger = pino({
  transport: { targets: [⟦{ target: 'pino/file', options: { destination: './logs/app.log', mkdir: true } }⟧, { target: 'pino-pretty' }] },
});
`,
    output: `const pino = require('pino');
const logger = pino({
  transport: { targets: [{ target: 'pino/file', options: { destination: 1, mkdir: true } }, { target: 'pino-pretty' }] },
});
`,
  },
  {
    name: 'morgan: options with a spread keep the rest',
    path: 'src/app.js',
    code: `const morgan = require('morgan');
const fs = require('fs');
const base = { skip: () => false };
app.use(morgan('combined', { ...base, stream: ⟦fs.createWriteStream('./access.log', { flags: 'a' })⟧ }));
`,
    output: `const morgan = require('morgan');
const fs = require('fs');
const base = { skip: () => false };
app.use(morgan('combined', { ...base }));
`,
  },
  {
    name: 'morgan: a rotating-file-stream held in a variable used once: the option and the stream both go',
    path: 'src/app.js',
    code: `const morgan = require('morgan');
const rfs = require('rotating-file-stream');
const accessLogStream = rfs.createStream('access.log', { interval: '1d' });
app.use(morgan('combined', { stream: ⟦accessLogStream⟧ }));
`,
    output: `const morgan = require('morgan');
const rfs = require('rotating-file-stream');
app.use(morgan('combined'));
`,
  },
];
