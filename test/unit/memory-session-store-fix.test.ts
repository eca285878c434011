// The Redis quick-fix leaves code that parses, creates the client before its first use, and
// silences the finding; applying fixes one after another never duplicates imports.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { applyEdits } from '../../server/src/engine/fixes/apply';
import { memorySessionStore } from '../../server/src/engine/rules/memory-session-store';
import { scan } from '../../server/src/engine/scan';
import type { Finding, ScanOptions } from '../../server/src/engine/types';
import { exampleSets } from '../../server/src/engine/rules/examples';
import { parseMarkers } from '../helpers/markers';

const rules = [memorySessionStore];

function findings(path: string, code: string, options: ScanOptions = {}): Finding[] {
  return scan({ path }, code, options, rules);
}

function applyFirstFix(path: string, code: string): string {
  const fix = findings(path, code).find((finding) => finding.fix)?.fix;
  assert.ok(fix && fix.kind === 'replace', `expected a replace fix in:\n${code}`);
  return applyEdits(code, fix.edits);
}

function syntaxErrors(path: string, code: string): string[] {
  const kind = path.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const source = ts.createSourceFile(path, code, ts.ScriptTarget.Latest, true, kind);
  const diagnostics = (source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
  return diagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

const fixable = exampleSets('memory-session-store')
  .flatMap((set) => set.examples.invalid)
  .filter((example) => example.output !== undefined);

describe('memory-session-store Redis fix', () => {
  it('is offered by at least the express-session examples', () => {
    assert.ok(fixable.length >= 8);
  });

  for (const example of fixable) {
    it(`leaves parseable code with no finding left: ${example.name}`, () => {
      const { code } = parseMarkers(example.code);
      const fixed = applyFirstFix(example.path, code);
      assert.deepEqual(syntaxErrors(example.path, fixed), []);
      assert.deepEqual(findings(example.path, fixed).map((finding) => finding.message), []);
    });

    it(`declares the Redis client before the store uses it: ${example.name}`, () => {
      const { code } = parseMarkers(example.code);
      const fixed = applyFirstFix(example.path, code);
      const use = /client: (\w+) \}\)(?![\s\S]*client: \w+ \}\))/.exec(fixed);
      assert.ok(use?.[1], 'the store names its client');
      const declaration = fixed.indexOf(`const ${use[1]} = `);
      assert.ok(declaration >= 0 && declaration < use.index, `client ${use[1]} is declared before use in:\n${fixed}`);
    });
  }

  it('fixing two session calls in turn imports connect-redis and redis once', () => {
    const code = `const session = require('express-session');
app.use(session({ secret: process.env.A }));
admin.use(session());
`;
    const once = applyFirstFix('src/app.js', code);
    const twice = applyFirstFix('src/app.js', once);
    assert.equal(findings('src/app.js', twice).length, 0);
    assert.equal(twice.match(/require\('connect-redis'\)/g)?.length, 1);
    assert.equal(twice.match(/require\('redis'\)/g)?.length, 1);
    assert.equal(twice.match(/createClient\(/g)?.length, 1);
    assert.match(twice, /admin\.use\(session\(\{ store: new RedisStore\(\{ client: redisClient \}\) \}\)\);/);
  });

  it('uses a redis namespace import instead of adding createClient', () => {
    const fixed = applyFirstFix(
      'src/app.mjs',
      `import session from 'express-session';
import * as redis from 'redis';
app.use(session({ secret: process.env.SECRET }));
`,
    );
    assert.match(fixed, /const redisClient = redis\.createClient\(\{ url: process\.env\.REDIS_URL \}\);/);
    assert.equal(fixed.match(/from 'redis'/g)?.length, 1);
    assert.match(fixed, /^import \{ RedisStore \} from 'connect-redis';$/m);
  });

  it('offers no fix where the edit would be a guess', () => {
    const cases: [string, string][] = [
      ['src/server.js', `const s = require('@fastify/session');\nfastify.register(s, { secret: process.env.S });\n`],
      ['src/app.js', `const session = require('koa-generic-session');\napp.use(session());\n`],
      ['src/cart.js', `const carts = new Map();\napp.post('/cart', (req, res) => carts.set(req.session.id, req.body));\n`],
    ];
    for (const [path, code] of cases) {
      const found = findings(path, code);
      assert.equal(found.length, 1, code);
      assert.equal(found[0]?.fix, undefined, code);
    }
  });
});

describe('memory-session-store scope', () => {
  it('stays silent on every shape in test and fixture scope (the engine\'s file scope decides)', () => {
    const code = `const session = require('express-session');
const carts = new Map();
app.use(session());
app.post('/cart', (req, res) => carts.set(req.session.id, req.body));
`;
    assert.equal(findings('src/app.js', code).length, 2);
    for (const path of ['test/app.js', 'src/__tests__/app.js', 'src/app.spec.ts', 'src/app.test.mjs', 'tests/e2e/server.js']) {
      assert.deepEqual(findings(path, code), [], path);
    }
    assert.deepEqual(findings('test/fixtures/shop/app.js', code), [], 'fixtures are not the deployed app');
    assert.equal(findings('test/fixtures/shop/app.js', code, { scopes: { app: ['test/fixtures/shop/**'] } }).length, 2, 'unless the config says so');
  });

  it('reports a module-level container once, however often handlers write it', () => {
    const code = `const sessions = {};
app.post('/login', (req, res) => { sessions[req.body.token] = req.user; });
app.post('/logout', (req, res) => { delete sessions[req.cookies.token]; });
app.post('/refresh', (req, res) => { sessions[req.cookies.token].at = Date.now(); });
`;
    const found = findings('src/auth.js', code);
    assert.equal(found.length, 1);
    assert.equal(found[0]?.range.start.line, 0);
  });
});
