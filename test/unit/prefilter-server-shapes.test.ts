// The JS/TS prefilters of hardcoded-port, no-graceful-shutdown and memory-session-store read a
// shape (a `.listen(…)` call with an argument, a `port` option, a module-level container that is
// written) instead of a word's mere presence. Generated files must keep every finding of the three
// rules: each shape the checks read, with comments, line breaks and non-ASCII text between the parts,
// in JS and TS.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Rule } from '../../server/src/engine/rule';
import { RULES } from '../../server/src/engine/rules';
import { scan } from '../../server/src/engine/scan';
import { mayCallMethodWithArgument } from '../../server/src/engine/prefilter';
import { mayReport as mayReportPort } from '../../server/src/engine/rules/hardcoded-port/javascript-prefilter';
import { mayReport as mayReportSession, mayWriteModuleContainer, ROUTE_METHOD } from '../../server/src/engine/rules/memory-session-store/javascript-prefilter';
import { IDENTITY_WORDS, ROUTE_METHODS } from '../../server/src/engine/rules/memory-session-store/javascript-handlers';
import { PER_USER_WORDS } from '../../server/src/engine/rules/memory-session-store/state-words';
import { withoutPrefilters } from '../helpers/unfiltered';

const RULE_IDS = ['hardcoded-port', 'no-graceful-shutdown', 'memory-session-store'];
const FILTERED: Rule[] = RULES.filter((rule) => RULE_IDS.includes(rule.meta.id));
const UNFILTERED: Rule[] = FILTERED.map(withoutPrefilters);

const GAPS = ['', ' ', '\n', '\n    ', ' /* the port */ ', ' // so it starts\n', '/* ünïcödé ✓ */', '\t'];
const PORTS = ['3000', "'8080'", '`9090`', '(4000)', '5000 as number', '8_080'];

/** Ways a server binds a port: g is a gap, p a port literal. */
const SERVER_SHAPES: Array<(g: string, p: string) => string> = [
  (g, p) => `import express from 'express';\nconst app = express();\napp${g}.${g}listen${g}(${g}${p}${g});`,
  (g, p) => `const http = require('http');\nconst server = http.createServer(handler);\nserver?.listen${g}(${p}, () => {});`,
  (g, p) => `const PORT${g}=${g}${p};\nconst app = require('express')();\n(app.listen)(${g}PORT);`,
  (g, p) => `import Fastify from 'fastify';\nconst fastify = Fastify();\nawait fastify.listen({${g}port:${g}${p},${g}host: '0.0.0.0' });`,
  (g, p) => `import { serve } from '@hono/node-server';\nconst port${g}=${g}${p};\nserve({ fetch: app.fetch,${g}port${g}});`,
  (g, p) => `import { serve } from '@hono/node-server';\nconst port = ${p};\nserve({ fetch: app.fetch, port${g}});`,
  (g, p) => `Bun.serve({ ${g}'port'${g}: ${p}, fetch });`,
  (g, p) => `const express = require('express');\nconst app = express();\napp.set(${g}"port"${g}, ${p});\napp.listen(app.get('port'));`,
  (g, p) => `import { WebSocketServer } from 'ws';\nconst wss = new WebSocketServer({${g}port${g}:${g}${p} });`,
  (g, p) => `const app = require('express')();\napp.listen<number>(${g}${p});`,
  (g, p) => `const app = require('express')();\n(app.listen${g}as any)(${p});`,
  (g, p) => `const app = require('express')();\napp.//${g}\nlisten(${p});`,
];

/** Module-level state written by handlers: g is a gap. */
const STATE_SHAPES: Array<(g: string) => string> = [
  (g) => `const carts${g}=${g}new Map();\napp.post('/cart', (req, res) => { carts${g}.${g}set(req.session.id, req.body); });`,
  (g) => `const sessions: Record<string, User> = {};\nrouter.get('/me', (req, res) => {\n  sessions${g}[req.user.id]${g}= req.user;\n});`,
  (g) => `let users = [];\napp.use((req, res, next) => {\n  users${g}.push(req.user);\n  next();\n});`,
  (g) => `const loggedIn = Object.create(null);\nexport function login(req) {\n  loggedIn[req.cookies.sid]${g}=${g}true;\n}`,
  (g) => `const carts = new Map();\napp.delete('/cart', (req, res) => {\n  delete${g}carts[req.session.id];\n});`,
  (g) => `var baskets = {};\nexport const handle = (ctx) => {\n  baskets[ctx.state.user.id].items${g}=${g}[];\n};`,
  (g) => `const visitors = new Set();\napp.get('/', (req, res) => {\n  visitors${g}?.add(req.ip);\n});`,
  (g) => `let profiles = {};\napp.put('/p', (req, res) => {\n  profiles${g}=${g}{ ...profiles, [req.user.id]: req.body };\n});`,
  (g) => `const accounts = new Map();\nconst server = { store: { set(sid, data) { accounts${g}.set(sid, data); }, destroy(sid) {} } };\napp.use(session({ store: server.store }));`,
  (g) => `const counts = {}, users = {};\napp.get('/x', (req) => {${g}users[req.user.id]++;${g}});`,
  (g) => `const carts = new Map();\napp${g}.post('/c', function (a, b) {${g}carts.set(a.session.id, 1);\n});`,
  (g) => `const users = {};\n(app as any)${g}.get('/x', (q, r) => { users[q.user.id] = 1; });`,
  (g) => `const baskets = {};\nrouter.route('/x')${g}.post((q, r) => { baskets[q.session.id] = q.body; });`,
  (g) => `const visitors = {};\nexport class Api {\n  handle(${g}request${g}: Request): void { visitors[request.user.id] = 1; }\n}`,
  // Found by speed21: a factory's Map written by a route callback whose parameters no handler word names, and
  // a module-level let reassigned by a handler after sixteen others (the prefilters lost both).
  (g) => `export function cartRoutes(router) {\n  const carts = new Map();\n  router${g}.post('/cart', (a, b) => {${g}carts.set(a.user.id, a.body);\n  });\n  return router;\n}`,
  (g) => `${Array.from({ length: 17 }, (_, i) => `let counter${i} = ${i};`).join('\n')}\nlet flashMessage = '';\napp.post('/login', (req, res) => {\n  flashMessage${g}=${g}req.body.message;\n});`,
];

const summary = (path: string, code: string, rules: Rule[]) => scan({ path }, code, {}, rules).map((f) => `${f.ruleId} ${f.span.start}-${f.span.end} ${f.message}`);

function assertSame(path: string, code: string): number {
  const all = summary(path, code, UNFILTERED);
  assert.deepEqual(summary(path, code, FILTERED), all, code);
  return all.length;
}

describe('server prefilters on generated shapes', () => {
  it('keep every port and shutdown finding, whatever stands between the parts', () => {
    let reported = 0;
    let runs = 0;
    const sample = fc.record({ shape: fc.nat({ max: SERVER_SHAPES.length - 1 }), gap: fc.constantFrom(...GAPS), port: fc.constantFrom(...PORTS), typescript: fc.boolean() });
    fc.assert(
      fc.property(sample, ({ shape, gap, port, typescript }) => {
        runs++;
        if (assertSame(typescript ? 'src/server.ts' : 'src/server.js', `${SERVER_SHAPES[shape]!(gap, port)}\n`) > 0) reported++;
      }),
      process.env['PREFILTER_RUNS'] ? { numRuns: Number(process.env['PREFILTER_RUNS']) } : { numRuns: 300, seed: 12 },
    );
    assert.ok(reported > runs / 2, `only ${reported} of ${runs} generated files report`);
  });

  it('keep every module-state finding, whatever stands between the parts', () => {
    let reported = 0;
    let runs = 0;
    const sample = fc.record({ shape: fc.nat({ max: STATE_SHAPES.length - 1 }), gap: fc.constantFrom(...GAPS), typescript: fc.boolean() });
    fc.assert(
      fc.property(sample, ({ shape, gap, typescript }) => {
        runs++;
        if (assertSame(typescript ? 'src/routes.ts' : 'src/routes.js', `${STATE_SHAPES[shape]!(gap)}\n`) > 0) reported++;
      }),
      process.env['PREFILTER_RUNS'] ? { numRuns: Number(process.env['PREFILTER_RUNS']) } : { numRuns: 300, seed: 12 },
    );
    assert.ok(reported > runs / 2, `only ${reported} of ${runs} generated files report`);
  });

  // speed25c: the held-state prefilter asks for a word saying who is asking (maySayWhoAsks), wherever the check
  // finds one: the container's name, the key, the stored value, a local the key is read from, a request lookup's
  // string, in camelCase, snake_case, CAPS or kebab-case; and neutral names, which report nothing either way.
  it('keep every factory- and class-held state finding, whatever word says who is asking and however it is cased', () => {
    const cap = (word: string) => word[0]!.toUpperCase() + word.slice(1);
    const FORMS: Array<(w: string) => string> = [(w) => w, (w) => `current${cap(w)}Id`, (w) => `${w}_id`, (w) => `${w.toUpperCase()}_KEY`, (w) => `${cap(w)}ID`];
    const WORDS = [...new Set([...IDENTITY_WORDS, ...PER_USER_WORDS, 'slot', 'pending'])];
    const PARAMS = ['req', 'ctx', 'request', '_req'];
    /** Where the word stands: p the handler's parameter, n the word's identifier, w the bare word. */
    const EVIDENCE: Array<(p: string, n: string, w: string) => { name: string; key: string; value: string; local: string }> = [
      (p, n) => ({ name: n, key: `${p}.params.id`, value: `${p}.body`, local: '' }),
      (p, n) => ({ name: 'pending', key: `${p}.${n}.id`, value: `${p}.body`, local: '' }),
      (p, n) => ({ name: 'pending', key: 'slot', value: `{ by: ${p}.${n} }`, local: `const slot = ${p}.params.slot;` }),
      (p, n) => ({ name: 'pending', key: 'k', value: `${p}.body`, local: `const k = ${n};` }),
      (p, _n, w) => ({ name: 'pending', key: `${p}.get('x-${w}-id')`, value: '1', local: '' }),
    ];
    const HOLDERS: Array<(e: { name: string; key: string; value: string; local: string }, p: string, g: string) => string> = [
      (e, p, g) => `export function createRoutes() {\n  const ${e.name}${g}=${g}new Map();\n  return { handle(${p}, res) { ${e.local} ${e.name}.set(${e.key}, ${e.value}); } };\n}`,
      (e, p, g) => `export class Manager {\n  ${e.name}${g}=${g}{};\n  start = (${p}, res) => {${g}${e.local} this.${e.name}[${e.key}] = ${e.value};\n  };\n}`,
      (e, p, g) => `class Board {\n  constructor() { this.${e.name} = ${g}[]; }\n  add(${p}) { ${e.local} this.${e.name}.push(${e.value}, ${e.key}); }\n}\nexport const board = new Board();`,
      (e, _p, g) => `export function mount(router) {\n  const ${e.name} = Object.create(null);\n  router${g}.post('/x', (a, b) => { ${e.local.replace(/\b(?:req|ctx|request|_req)\b/g, 'a')} ${e.name}[${e.key.replace(/\b(?:req|ctx|request|_req)\b/g, 'a')}] = 1; });\n}`,
    ];
    let reported = 0;
    let runs = 0;
    const sample = fc.record({
      holder: fc.nat({ max: HOLDERS.length - 1 }), evidence: fc.nat({ max: EVIDENCE.length - 1 }), form: fc.nat({ max: FORMS.length - 1 }),
      word: fc.constantFrom(...WORDS), param: fc.constantFrom(...PARAMS), gap: fc.constantFrom(...GAPS), typescript: fc.boolean(),
    });
    fc.assert(
      fc.property(sample, ({ holder, evidence, form, word, param, gap, typescript }) => {
        runs++;
        const code = HOLDERS[holder]!(EVIDENCE[evidence]!(param, FORMS[form]!(word), word), param, gap);
        if (assertSame(typescript ? 'src/state.ts' : 'src/state.js', `${code}\n`) > 0) reported++;
      }),
      process.env['PREFILTER_RUNS'] ? { numRuns: Number(process.env['PREFILTER_RUNS']) } : { numRuns: 400, seed: 25 },
    );
    assert.ok(reported > runs / 3, `only ${reported} of ${runs} generated files report`);
  });

  it('let through no held container where nothing says who is asking (a parser\'s `ctx` visitors)', () => {
    const held = RULES.find((rule) => rule.meta.id === 'memory-session-store')!.checks[2]!;
    const file = (text: string) => ({ text, lowered: text.toLowerCase(), options: {} });
    const visitors = [
      'class YAMLMap extends Collection {\n  constructor(schema) { super(); this.items = []; }\n  toJSON(_, ctx) { const map = new Map(); for (const item of this.items) map.set(item.key, item.value); return map; }\n}',
      'function stringify(item, ctx) {\n  const props = [];\n  ctx.resolvedAliases = new Set([item]);\n  return props.join(" ");\n}',
    ];
    for (const text of visitors) {
      assert.equal(held.mayReport!(file(text)), false, text);
      assert.equal(held.mayReport!(file(text.replace('ctx)', 'ctx, userId)'))), true, text);
    }
  });

  it('keep minified one-line servers', () => {
    const code = 'const e=require("express"),a=e();a.get("/",(q,r)=>r.send("ok")),a.listen(3e3),a.listen(8080);const m=new Map;a.post("/c",(req,r)=>{m.set(req.session.id,1)});';
    assert.ok(assertSame('dist/server.js', code) > 0);
  });

  it('read hostile files in linear time: many listen calls, long parameter lists, many port options', () => {
    const file = (text: string) => ({ text, lowered: text.toLowerCase(), options: {} });
    const names = Array.from({ length: 20_000 }, (_, index) => `v${index}`);
    const hostile = [
      'e.listen(t);'.repeat(20_000) + 't=0;'.repeat(20_000),
      `(${'t,'.repeat(100_000)}t)=>0;e.listen(t);t=1;`,
      `f(${'t,'.repeat(100_000)}t);e.listen(t);t=1;`,
      `${names.map((name) => `${name}=1;`).join('')}${names.map((name) => `s({port:${name}});`).join('')}`,
      `function ${' '.repeat(100_000)}(t){}e.listen(t);t=1;`.repeat(4),
    ];
    for (const text of hostile) {
      const started = performance.now();
      mayReportPort(file(text));
      // Generous: linear reading takes milliseconds, a quadratic one minutes.
      assert.ok(performance.now() - started < 5_000, `${text.slice(0, 30)}… took ${Math.round(performance.now() - started)} ms`);
    }
  });

  it('let through no listen or port that cannot bind a port, and no container that is never written', () => {
    const file = (text: string) => ({ text, lowered: text.toLowerCase(), options: {} });
    for (const text of ['connection.listen();', 'const o = { listen: () => c.listen( /* none */ ) };', 'el.addEventListener("x", f);']) {
      assert.equal(mayCallMethodWithArgument(text, 'listen'), false, text);
    }
    const noLiteral = [
      'const port = url.port;', "const address = host + ':' + port;", 'return { host, port };', 'function f(port) { return port; }',
      // A port read from elsewhere, a callback, a bundle's parameters, a type annotation: literalPort reads none of them.
      'server.listen(port);', 'f({ port: p })', 'server.listen(config.port);', 'app.listen(process.env.PORT || 3000);', 'e.listen(t,u)',
      'messageReader.listen(callback);', 'return{scheme:t,user:e,host:n,port:r,path:o}', 'interface Options { port: number }',
      // A bundle's parameters: declared once by no `const`, so literalPort reads none (singleDeclarations).
      'var t="x";const f=(t,u)=>{e.listen(t,u)};', 'let t=0;function g(e,t){return e.listen(t)}', 'let t=0;[1].map(t=>s.listen(t))',
    ];
    for (const text of noLiteral) assert.equal(mayReportPort(file(text)), false, text);
    const shutdown = RULES.find((rule) => rule.meta.id === 'no-graceful-shutdown')!.checks.find((check) => check.languages.includes('javascript'))!;
    for (const text of ['e.listen(t,u)', 'messageReader.listen(callback);', 'server.listen(pipeName, () => {});', 'documents.listen(connection)']) {
      assert.equal(shutdown.mayReport!(file(text)), false, text);
    }
    for (const text of ['app.listen(3000)', 'server.listen(config.port)', 'app.listen(Number(process.env.PORT))', "app.listen({ host: '0.0.0.0', port })", 'app.listen(`${p}`)']) {
      assert.equal(shutdown.mayReport!(file(text)), true, text);
    }
    const literal = [
      'const port = 3000;\nreturn { host, port };', 'app.set(`port`, p);', 'const p: number = 8080;\nf({ port: p })', "const PORT = '80';\nserver.listen(PORT as any);",
      'let t=3e3;e.listen(t,u)', 'server.listen((4000));', 'const p = 1;\nserver.listen(p!)',
    ];
    for (const text of literal) {
      assert.equal(mayReportPort(file(text)), true, text);
    }
    const unwritten = [
      'const table = {};\nexport function read(req) { return table[req.id]; }',
      'const safeKeys = Object.keys;\nconst x = new Date();\nfunction f(req) { x.setTime(1); }',
      'const cache = new Map();\napp.get("/", (req) => cache.set(req.id, 1));',
      'export {\n  table,\n  other,\n};\nconst table = [];',
    ];
    for (const text of unwritten) assert.equal(mayWriteModuleContainer(text), false, text);
    const noHandler = [
      'const table = {};\nexport function put(key, value) { table[key] = value; }\nconst ctx = { table };\nreturn instance.get(key);',
      'const seen = new Set();\nfunction visit(node, context) { seen.add(node); }\nvisit(root, ctx);',
    ];
    for (const text of noHandler) assert.equal(mayReportSession(file(text)), false, text);
    for (const method of ROUTE_METHODS) assert.equal([...`app.${method}(`.matchAll(ROUTE_METHOD)].length, 1, method);
    const written = ['const t = {};\nt[k] = 1;', 'const t = new Map();\nt.set(k, 1);', 'const t = [];\n// note\nt = [];', "const t = {};\nt['a'] = 1;", 'let t = {};\n++t.count;'];
    for (const text of written) assert.equal(mayWriteModuleContainer(text), true, text);
  });
});
