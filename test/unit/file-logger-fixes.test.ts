// What the file-logger examples cannot say: which findings come without a fix, and fixes on
// shapes where a naive rewrite would change meaning.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits } from '../../server/src/engine/fixes/apply';
import { fileLogger } from '../../server/src/engine/rules/file-logger';
import { scan } from '../../server/src/engine/scan';
import type { Finding } from '../../server/src/engine/types';

function findings(code: string, path = 'src/logger.js'): Finding[] {
  return scan({ path }, code, {}, [fileLogger]);
}

function reported(code: string, path?: string): string[] {
  return findings(code, path).map((finding) => code.slice(finding.span.start, finding.span.end));
}

function fixed(code: string): string {
  const fix = findings(code)[0]?.fix;
  assert.ok(fix && fix.kind === 'replace', 'expected a replace fix');
  return applyEdits(code, fix.edits);
}

describe('file-logger: findings without a fix', () => {
  const cases: [string, string][] = [
    ['winston 2 add(transport, options)', `const winston = require('winston');\nwinston.add(winston.transports.File, { filename: 'a.log' });\n`],
    ['options held in a variable', `const winston = require('winston');\nwinston.add(new winston.transports.File(fileOptions));\n`],
    ['options with a spread', `const { transports } = require('winston');\nnew transports.File({ ...base, filename: 'a.log' });\n`],
    ['imported DailyRotateFile without a winston import to name Console', `const DailyRotateFile = require('winston-daily-rotate-file');\nnew DailyRotateFile({ filename: 'a-%DATE%.log' });\n`],
    ['bunyan raw stream', `const bunyan = require('bunyan');\nconst fs = require('fs');\nbunyan.createLogger({ name: 'a', streams: [{ type: 'raw', stream: fs.createWriteStream('a.log') }] });\n`],
    ['stdout redirect', `const fs = require('fs');\nconst out = fs.createWriteStream('a.log');\nprocess.stdout.write = out.write.bind(out);\n`],
    ['hand-rolled append', `const fs = require('fs');\nfs.appendFileSync('a.log', 'line');\n`],
  ];
  for (const [name, code] of cases) {
    it(name, () => {
      const [finding, ...rest] = findings(code);
      assert.ok(finding, 'expected a finding');
      assert.equal(rest.length, 0);
      assert.equal(finding.fix, undefined);
    });
  }
});

describe('file-logger: fixes that keep meaning', () => {
  it('keeps a require() callee parenthesised, so `new` does not construct require', () => {
    const code = `const t = new (require('winston').transports.File)({ filename: 'a.log' });\n`;
    assert.equal(fixed(code), `const t = new (require('winston').transports.Console)();\n`);
  });

  it('names Console through the winston import when the file transport was a destructured class', () => {
    const code = `const winston = require('winston');\nconst { File } = winston.transports;\nnew File({ filename: 'a.log', format: winston.format.json() });\n`;
    assert.equal(fixed(code), `const winston = require('winston');\nconst { File } = winston.transports;\nnew winston.transports.Console({ format: winston.format.json() });\n`);
  });

  it('drops a morgan options object that only held the stream, trailing comma included', () => {
    const code = `const morgan = require('morgan');\nconst fs = require('fs');\napp.use(morgan('dev', { stream: fs.createWriteStream('a.txt'), }));\n`;
    assert.equal(fixed(code), `const morgan = require('morgan');\nconst fs = require('fs');\napp.use(morgan('dev'));\n`);
  });
});

describe('file-logger: one finding per problem', () => {
  it('reports a morgan stream variable at the option, not again at its createWriteStream', () => {
    const code = `const fs = require('fs');\nconst morgan = require('morgan');\nconst s = fs.createWriteStream('access.log', { flags: 'a' });\napp.use(morgan('combined', { stream: s }));\n`;
    assert.deepEqual(reported(code), ['s']);
  });

  it('reports a stream used by a stdout redirect once, at the redirect', () => {
    const code = `import fs from 'fs';\nconst s = fs.createWriteStream('x.log');\nprocess.stdout.write = s.write.bind(s);\n`;
    assert.deepEqual(reported(code, 'src/tee.ts'), ['process.stdout.write']);
  });

  it('still reports an unused .log write stream on its own', () => {
    const code = `const fs = require('fs');\nchild.stdout.pipe(fs.createWriteStream('build.log'));\n`;
    assert.deepEqual(reported(code), [`fs.createWriteStream('build.log')`]);
  });
});

describe('file-logger: names that only look like logging', () => {
  it('ignores appends in login/catalog/blog code and console.log given a stream', () => {
    const code = `const fs = require('fs');\nfunction catalogue() { fs.appendFileSync('items.txt', 'x'); }\nconst blog = () => fs.appendFileSync('posts.txt', 'x');\nconsole.log(fs.createWriteStream('out.csv'));\n`;
    assert.deepEqual(reported(code), []);
  });

  it('reports an append in a method of a class whose name says log', () => {
    const code = `const fs = require('fs');\nclass AuditLogger { write = (line) => fs.appendFileSync('audit.txt', line); }\n`;
    assert.deepEqual(reported(code), [`fs.appendFileSync('audit.txt', line)`]);
  });
});
