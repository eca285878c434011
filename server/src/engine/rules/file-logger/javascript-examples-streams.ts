import type { InvalidExample } from '../../rule';

// File streams handed to loggers, console redirects and hand-rolled file logging.
export const invalidStreamExamples: InvalidExample[] = [
  {
    name: 'morgan access log through a write stream variable used only there: the stream goes too',
    path: 'src/app.js',
    code: `const fs = require('fs');
const path = require('path');
const morgan = require('morgan');
const accessLogStream = fs.createWriteStream(path.join(__dirname, 'access.log'), { flags: 'a' });
app.use(morgan('combined', { stream: ⟦accessLogStream⟧ }));
`,
    messageIncludes: ['morgan writes logs to a file stream'],
    output: `const fs = require('fs');
const path = require('path');
const morgan = require('morgan');
app.use(morgan('combined'));
`,
  },
  {
    name: 'morgan through a stream variable that is also used elsewhere: no fix',
    // The stream would stay open (a file still written, still reported) once morgan stops using it.
    path: 'src/app.js',
    code: `const fs = require('fs');
const morgan = require('morgan');
const accessLogStream = fs.createWriteStream('access.log', { flags: 'a' });
app.use(morgan('combined', { stream: ⟦accessLogStream⟧ }));
process.on('exit', () => accessLogStream.end());
`,
  },
  {
    name: 'morgan with an inline stream and other options',
    path: 'src/app.ts',
    code: `import { createWriteStream } from 'node:fs';
import logger from 'morgan';
app.use(logger('tiny', { stream: ⟦createWriteStream('requests.txt')⟧, skip: (req) => req.url === '/health' }));
`,
    output: `import { createWriteStream } from 'node:fs';
import logger from 'morgan';
app.use(logger('tiny', { skip: (req) => req.url === '/health' }));
`,
  },
  {
    name: 'morgan with rotating-file-stream',
    path: 'src/app.js',
    code: `const rfs = require('rotating-file-stream');
const morgan = require('morgan');
const stream = rfs.createStream('access.log', { interval: '1d', path: 'log' });
app.use(morgan('combined', { stream: ⟦stream⟧ }));
`,
    output: `const rfs = require('rotating-file-stream');
const morgan = require('morgan');
app.use(morgan('combined'));
`,
  },
  {
    name: 'morgan with file-stream-rotator, shorthand property',
    path: 'src/app.js',
    code: `const FileStreamRotator = require('file-stream-rotator');
const morgan = require('morgan');
const stream = FileStreamRotator.getStream({ filename: 'logs/access-%DATE%', frequency: 'daily' });
app.use(morgan('combined', { ⟦stream⟧ }));
`,
    output: `const FileStreamRotator = require('file-stream-rotator');
const morgan = require('morgan');
app.use(morgan('combined'));
`,
  },
  {
    name: 'a rotating stream opened but not handed to a known logger',
    path: 'src/audit.js',
    code: `const { createStream } = require('rotating-file-stream');
const audit = ⟦createStream('audit.txt', { size: '10M' })⟧;
module.exports = (event) => audit.write(JSON.stringify(event) + '\\n');
`,
    messageIncludes: ['rotating files'],
  },
  {
    name: 'winston Stream transport onto a file stream',
    path: 'src/logger.ts',
    code: `import * as winston from 'winston';
import fs from 'fs';
export const logger = winston.createLogger({
  transports: [new winston.transports.Stream({ stream: ⟦fs.createWriteStream('app.log')⟧, format: winston.format.simple() })],
});
`,
    messageIncludes: ['transports.Stream'],
    output: `import * as winston from 'winston';
import fs from 'fs';
export const logger = winston.createLogger({
  transports: [new winston.transports.Console({ format: winston.format.simple() })],
});
`,
  },
  {
    name: 'pino given a file stream argument',
    path: 'src/logger.js',
    code: `const fs = require('fs');
const pino = require('pino');
module.exports = pino({ level: 'debug' }, ⟦fs.createWriteStream('./server.log', { flags: 'a' })⟧);
`,
    output: `const fs = require('fs');
const pino = require('pino');
module.exports = pino({ level: 'debug' }, process.stdout);
`,
  },
  {
    name: 'bunyan raw stream from bunyan-rotating-file-stream: reported, no safe rewrite',
    path: 'src/log.js',
    code: `const bunyan = require('bunyan');
const RotatingFileStream = require('bunyan-rotating-file-stream');
module.exports = bunyan.createLogger({
  name: 'api',
  streams: [{ type: 'raw', stream: ⟦new RotatingFileStream({ path: '/var/log/api.log', period: '1d' })⟧ }],
});
`,
  },
  {
    name: 'console redirected into a file',
    path: 'src/console.js',
    code: `const fs = require('fs');
const fileConsole = new console.Console(⟦fs.createWriteStream('out.log')⟧);
fileConsole.log('started');
`,
    messageIncludes: ['console output goes to a file stream'],
    output: `const fs = require('fs');
const fileConsole = new console.Console(process.stdout);
fileConsole.log('started');
`,
  },
  {
    name: 'Console from node:console with stdout and stderr files',
    path: 'src/console.ts',
    code: `import { Console } from 'node:console';
import { createWriteStream } from 'node:fs';
const output = createWriteStream('./stdout.txt');
const errorOutput = createWriteStream('./stderr.txt');
export const logger = new Console({ stdout: ⟦output⟧, stderr: ⟦errorOutput⟧ });
`,
    output: `import { Console } from 'node:console';
import { createWriteStream } from 'node:fs';
const output = createWriteStream('./stdout.txt');
const errorOutput = createWriteStream('./stderr.txt');
export const logger = new Console({ stdout: process.stdout, stderr: errorOutput });
`,
  },
  {
    name: 'process.stdout.write teed into a file',
    path: 'src/tee.js',
    code: `const fs = require('fs');
const logFile = fs.createWriteStream('server.log', { flags: 'a' });
const write = process.stdout.write.bind(process.stdout);
⟦process.stdout.write⟧ = (chunk, ...rest) => {
  logFile.write(chunk);
  return write(chunk, ...rest);
};
`,
    messageIncludes: ['process.stdout.write is redirected to a file'],
  },
  {
    name: 'a log function appending to a file',
    path: 'src/util/log.js',
    code: `const fs = require('fs');
function log(message) {
  ⟦fs.appendFileSync('output.txt', new Date().toISOString() + ' ' + message + '\\n')⟧;
}
module.exports = { log };
`,
    messageIncludes: ['fs.appendFileSync'],
  },
  {
    name: 'appends and writes to .log paths, promises API included',
    path: 'src/jobs/report.ts',
    code: `import { promises as fsp } from 'fs';
import * as path from 'path';
export async function run(line: string) {
  await ⟦fsp.appendFile(path.join(__dirname, 'logs', 'jobs.txt'), line)⟧;
  await ⟦fsp.writeFile(\`\${process.cwd()}/last-run.log\`, line)⟧;
}
`,
  },
  {
    name: 'a write stream onto a log file, used by hand',
    path: 'src/debug.js',
    code: `import fs from 'node:fs';
const debugLog = ⟦fs.createWriteStream('debug.log', { flags: 'a' })⟧;
export const debug = (message) => debugLog.write(message + '\\n');
`,
    messageIncludes: ['fs.createWriteStream'],
  },
  {
    name: 'a logger class writing through fs to a configured log file',
    path: 'src/file-logger.ts',
    code: `import * as fs from 'fs';
export class FileLogger {
  constructor(private readonly config: { logFile: string }) {}
  info(message: string) {
    ⟦fs.appendFileSync(this.config.logFile, message + '\\n')⟧;
  }
}
`,
  },
];
