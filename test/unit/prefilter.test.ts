// The prefilters (keywords, then each check's lexical mayReport) decide which files are parsed at
// all. They may let too much through, never too little: a check that would report on a file must
// pass its prefilter there. Held on every rule example, on mutations of them, and on real code.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import { languageOf } from '../../server/src/engine/languages/detect';
import { TREE_SITTER_LANGUAGES } from '../../server/src/engine/languages/treeSitter';
import type { Rule } from '../../server/src/engine/rule';
import { RULES } from '../../server/src/engine/rules';
import { exampleSets } from '../../server/src/engine/rules/examples';
import { appliesTo, scan } from '../../server/src/engine/scan';
import type { Finding, ScanOptions } from '../../server/src/engine/types';
import { Grammars } from '../../server/src/grammars';
import { parseMarkers } from '../helpers/markers';
import { withoutPrefilter, withoutPrefilters } from '../helpers/unfiltered';
import { hasIdentifier, moduleSpecifiers, skipTrivia } from '../../server/src/engine/prefilter';
import { HANDLER_PARAMS } from '../../server/src/engine/rules/memory-session-store/javascript-handlers';
import { moduleContainerNames, mayReport as mayReportSessionState } from '../../server/src/engine/rules/memory-session-store/javascript-prefilter';

/** Some container declared outside every brace (or a file the lexer cannot follow): the lexer stops at the first. */
function mayDeclareModuleContainer(text: string): boolean {
  const names = moduleContainerNames(text, () => true);
  return names === 'unsure' || names.size > 0;
}
import { commentRanges, someTopLevel } from '../../server/src/engine/prefilter-toplevel';
import { mayReport as mayReportMigration } from '../../server/src/engine/rules/startup-migration/javascript-prefilter';
import { mayReport as mayReportFileLogger } from '../../server/src/engine/rules/file-logger/javascript-prefilter';
import { mayRunSystemTool } from '../../server/src/engine/rules/undeclared-dependency/javascript-prefilter';
import { SYSTEM_TOOLS } from '../../server/src/engine/rules/undeclared-dependency/system-tools';

const grammars = new Grammars();
before(async () => {
  for (const language of TREE_SITTER_LANGUAGES) await grammars.ensure(language);
});

const UNFILTERED: Rule[] = RULES.map(withoutPrefilters);

interface Sample {
  path: string;
  code: string;
  options?: ScanOptions;
}

const EXAMPLES: Array<Sample & { ruleId: string }> = RULES.flatMap((rule) =>
  exampleSets(rule.meta.id).flatMap(({ examples }) => [
    ...examples.invalid.map((example) => ({ ruleId: rule.meta.id, path: example.path, code: parseMarkers(example.code).code, ...(example.options ? { options: example.options } : {}) })),
    ...examples.valid.map((example) => ({ ruleId: rule.meta.id, path: example.path, code: example.code, ...(example.options ? { options: example.options } : {}) })),
  ]),
);

const summary = (findings: Finding[]) => findings.map((f) => `${f.ruleId} ${f.span.start}-${f.span.end} ${f.severity} ${f.message}`);

function findingsBoth(sample: Sample): { filtered: string[]; unfiltered: string[] } {
  const options = { ...sample.options, treeSitter: grammars };
  return { filtered: summary(scan({ path: sample.path }, sample.code, options)), unfiltered: summary(scan({ path: sample.path }, sample.code, options, UNFILTERED)) };
}

/** Every generated program gets the same findings with the prefilters as without them (a fixed seed: the same cases on every run). */
function assertSameFindings(programs: fc.Arbitrary<string>, path: string, run: { numRuns: number; seed: number }, options?: ScanOptions): void {
  fc.assert(
    fc.property(programs, (code) => {
      const { filtered, unfiltered: all } = findingsBoth({ path, code, ...(options ? { options } : {}) });
      assert.deepEqual(filtered, all, code);
    }),
    run,
  );
}

describe('prefilters', () => {
  it('pass every check on every example where the check reports', () => {
    for (const example of EXAMPLES) {
      const language = languageOf(example.path);
      if (!language) continue;
      const rule = RULES.find((candidate) => candidate.meta.id === example.ruleId)!;
      const options = { ...example.options, treeSitter: grammars };
      for (const [index, check] of rule.checks.entries()) {
        if (!check.languages.includes(language)) continue;
        const alone: Rule = { meta: rule.meta, checks: [withoutPrefilter(check)] };
        if (scan({ path: example.path }, example.code, options, [alone]).length === 0) continue;
        const file = { text: example.code, lowered: example.code.toLowerCase(), options };
        assert.ok(appliesTo(check, language, file), `${rule.meta.id} check #${index} (${check.languages.join(', ')}) is filtered out of a file it reports on:\n${example.code}`);
      }
    }
  });

  /**
   * Cuts and inserts anywhere. Quotes go only into JS/TS, whose prefilters read strings and
   * comments: keywords are matched on the raw text, and a quote inside a shell word (`p"assword`
   * in a Dockerfile RUN) hides a word its parser puts back together.
   */
  it('change no finding on mutated examples', () => {
    const samples = EXAMPLES.filter((example) => languageOf(example.path) !== undefined);
    const plain = ['', ' ', '\n', '(', ')', '.', '_', 'x', 'require', 'import ', 'from '];
    const mutated = fc.record({
      sample: fc.constantFrom(...samples),
      cut: fc.nat(),
      length: fc.nat({ max: 12 }),
      insert: fc.constantFrom(...plain, '/*', '*/', '//', "'", '"', '`'),
    });
    const isScript = (path: string) => ['javascript', 'typescript'].includes(languageOf(path) ?? '');
    fc.assert(
      fc.property(mutated, ({ sample, cut, length, insert }) => {
        fc.pre(plain.includes(insert) || isScript(sample.path));
        const at = cut % (sample.code.length + 1);
        const code = sample.code.slice(0, at) + insert + sample.code.slice(at + length);
        const { filtered, unfiltered: all } = findingsBoth({ ...sample, code });
        assert.deepEqual(filtered, all);
      }),
      // The same 300 cases on every run (the suite of every engineer must not fail by chance);
      // PREFILTER_RUNS=5000 searches further, from a new seed, when a prefilter changes.
      process.env['PREFILTER_RUNS'] ? { numRuns: Number(process.env['PREFILTER_RUNS']) } : { numRuns: 300, seed: 12 },
    );
  });

  it("keep a Travis CI Slack room that is `rooms:`'s own string, whatever comes before it on its line (found by fast-check)", () => {
    // A mutation cut the `- ` before the room: the list item became `rooms:`'s string on the next line.
    const room = 'geotiles:cQFSQ00M3se2BwMPlvNkBgSU#builds';
    for (const code of [
      `notifications:\n  slack:\n    rooms:\n      ${room}\n`,
      `notifications:\n  slack:\n    rooms: ${room}\n`,
      `notifications:\n  slack:\n    rooms: "${room}"\n`,
      `notifications: {slack: {rooms: [${room}]}}\n`,
      `notifications:\n  slack:\n    rooms:\n      - >-\n        ${room}\n`,
    ]) {
      const { filtered, unfiltered: all } = findingsBoth({ path: '.travis.yml', code });
      assert.equal(all.length, 1, code);
      assert.deepEqual(filtered, all, code);
    }
  });

  it('keep a Spring key whose `session` a `_` or `-` splits, as relaxed binding reads it (found by fast-check)', () => {
    for (const code of ['spring.s_ession.store-type=none\n', 'spring:\n  sess-ion:\n    store-type: none\n']) {
      const path = code.includes(':') ? 'src/main/resources/application.yml' : 'src/main/resources/application.properties';
      const { filtered, unfiltered: all } = findingsBoth({ path, code });
      assert.equal(all.length, 1, code);
      assert.deepEqual(filtered, all, code);
    }
  });

  it('keep a require after a stray dot, which the parser reads as a plain require (found by fast-check)', () => {
    const code = "const express = require('express');\nconst app = express();\n.require('express-session')({ secret: process.env.SECRET }));\n";
    const { filtered, unfiltered: all } = findingsBoth({ path: 'src/app.js', code });
    assert.equal(all.length, 1);
    assert.deepEqual(filtered, all);
  });

  it("keep a client's token after a broken key that the parser recovers into an argument (found by fast-check)", () => {
    // `searc*/piKey: '…'`: the parser reads `{…} / piKey` as the first argument and the literal as the next one.
    const code = "export const client = new Typesense.Client({ nodes: [{ host: 'search.acme.io', port: 443, protocol: 'https' }], searc*/piKey: 'b7Rk2Qm9xLz4Vt8Nw3Pc6Hj1' })\n";
    const { filtered, unfiltered: all } = findingsBoth({ path: 'src/search.ts', code });
    assert.equal(all.length, 1);
    assert.deepEqual(filtered, all);
  });

  it('keep a secret after a generated key with no credential word in the file, in Ruby and Python (found by fast-check)', () => {
    // Razorpay's key id, then its secret: the pair's shape is the only sign (public-half.ts).
    const pair = '"rzp_live_8bEni5fND3QZqM", "IE1GJyP1njbQjLPQgyTBJHwF"';
    for (const sample of [
      { path: 'config/initializers/payments.rb', code: `Razorpay.setup(${pair})\n` },
      { path: 'app/payments.py', code: `gateway.setup(${pair})\n` },
    ]) {
      const { filtered, unfiltered: all } = findingsBoth(sample);
      assert.equal(all.length, 1, sample.path);
      assert.deepEqual(filtered, all);
    }
  });

  it("keep a client's positional token in a string left open at the line's end (found by fast-check)", () => {
    // The parser ends an unclosed string at the line break and the check reads the token in it.
    const code = "import * as postmark from 'postmark';\nexport const mail = new postmark.ServerClient('c7b44543-10bd-4d6f-a3dc-c03ac1\n";
    const { filtered, unfiltered: all } = findingsBoth({ path: 'src/mail.ts', code });
    assert.equal(all.length, 1);
    assert.deepEqual(filtered, all);
  });

  it('let through the formats no credential word announces, in every language', () => {
    // Found by fast-check: a deploy.yml whose `seed:` key lost its first letter still holds a seed
    // phrase. Formats with no useful keyword (a seed phrase, a Mailchimp key) are prefiltered by
    // their own regex. The values are made up: BIP-39 words with a valid checksum, random hex.
    const phrase = 'code fan double tell oval reform approve arch base riot time violin';
    const mailchimp = `${randomHex(32)}-us21`;
    const files: Sample[] = [
      { path: 'config/deploy.yml', code: `deployer:\n  deed: ${phrase}\n` },
      { path: 'config/notify.yml', code: `sms:\n  account: ${mailchimp}\n` },
      { path: 'src/notify.js', code: `export const account = '${mailchimp}';\n` },
      { path: 'app/notify.py', code: `ACCOUNT = "${mailchimp}"\n` },
      { path: 'internal/notify/sms.go', code: `package notify\n\nconst account = "${mailchimp}"\n` },
      { path: 'app/models/wallet.rb', code: `WORDS = "${phrase}"\n` },
    ];
    for (const file of files) {
      const { filtered, unfiltered: all } = findingsBoth(file);
      assert.ok(all.length > 0, `${file.path}: the check itself finds the value`);
      assert.deepEqual(filtered, all, file.path);
    }
  });

  it('let through a password named in the language the app is written in, in every language', () => {
    // No English credential word in these files: `senha`, `contraseña`, `kennwort`, `wachtwoord`, `parol`, `mdp`
    // must reach the checks through the keyword lists and the lexical prefilters alike. Generated values.
    const value = randomHex(16);
    const files: Sample[] = [
      { path: 'app/Services/Correios.php', code: `<?php\nclass Correios { private string $senha = '${value}'; }\n` },
      { path: 'app/correo.py', code: `CONTRASEÑA_SMTP = "${value}"\n` },
      { path: 'internal/mail/mail.go', code: `package mail\n\nconst smtpKennwort = "${value}"\n` },
      { path: 'src/config.js', code: `module.exports = { database: { wachtwoord: '${value}' } };\n` },
      { path: 'src/main/kotlin/Sklad.kt', code: `object Sklad { private const val PAROL = "${value}" }\n` },
      { path: 'config/app.yml', code: `smtp:\n  smtp_mdp: ${value}\n  contrasena: ${value}\n` },
    ];
    for (const file of files) {
      const { filtered, unfiltered: all } = findingsBoth(file);
      assert.ok(all.length > 0, `${file.path}: the check itself finds the value`);
      assert.deepEqual(filtered, all, file.path);
    }
  });

  it('change no finding on real library code and on the example apps', () => {
    const repo = join(__dirname, '..', '..');
    let found = 0;
    for (const path of [...librarySample(), ...sourceFiles(join(repo, 'examples')), ...sourceFiles(join(repo, 'test', 'fixtures'))]) {
      const code = readFileSync(path, 'utf8');
      const { filtered, unfiltered: all } = findingsBoth({ path: path.slice(repo.length + 1), code });
      assert.deepEqual(filtered, all, path);
      found += all.length;
    }
    // The example apps break every factor: the comparison covers real findings, not only silence.
    assert.ok(found >= 50, `only ${found} findings to compare`);
  });
});

describe('lexical helpers', () => {
  it("read a process call's command as undeclared-dependency does: its first word a system tool", () => {
    assert.equal(mayRunSystemTool("process.execArgv.push('--inspect'); run('ffmpeg -i a b');"), false, 'execArgv names no process module');
    assert.equal(mayRunSystemTool("const { exec } = require('child_process');\nexec('ls -la');"), false);
    assert.equal(mayRunSystemTool("const { exec } = require('child_process');\nexec(`  convert in.png out.jpg`);"), true);
    assert.equal(mayRunSystemTool('import { execa } from "execa";\nawait execa("gs", args);'), true);
    const npm = { manifest: 'package.json', packages: ['execa'], localPrefixes: [], hostModules: [] };
    const options: ScanOptions = { dependencies: { npm, systemPackages: [] } };
    const space = fc.constantFrom('', ' ', '  ', '\t', '\n');
    const word = fc.constantFrom(...Object.keys(SYSTEM_TOOLS), 'ls', 'node', 'ffmpegx', 'xconvert', 'rsvg', '7');
    const call = fc.record({
      module: fc.constantFrom("require('child_process')", "require('node:child_process')", "require('execa')"),
      callee: fc.constantFrom('exec', 'execSync', 'spawn', 'execFile', 'execa'),
      quote: fc.constantFrom("'", '"', '`'),
      before: space,
      program: word,
      after: fc.constantFrom('', ' -i in out', '\tx', "' + a + '"),
    });
    const programs = call.map(({ module, callee, quote, before, program, after }) => {
      const command = `${quote}${before}${program}${after.replaceAll("'", quote)}${quote}`;
      return `const { ${callee} } = ${module};\n${callee}(${command}, () => {});\n`;
    });
    assertSameFindings(programs, 'src/jobs.js', { numRuns: 400, seed: 7 }, options);
  });

  it('let file writes through to file-logger only where something says log', () => {
    const may = (text: string) => mayReportFileLogger({ text, lowered: text.toLowerCase(), options: {} });
    assert.equal(may("import { writeFileSync } from 'fs';\nconsole.log('done');\nwriteFileSync('out.json', data);"), false);
    assert.equal(may("fs.writeFile(catalogPath, blog, () => console.error('failed'));"), false, 'catalog, blog and a called console say no log');
    assert.equal(may("fs.appendFileSync('app.log', line);"), true);
    assert.equal(may('function writeAccessLog(m) { fs.appendFileSync(target, m); }'), true);
    assert.equal(may("fs.writeFileSync(config.LOG_DIR + '/x', m);"), true);
    assert.equal(may("process.stdout.write = (chunk) => fs.appendFileSync('out.txt', chunk);"), true);
    assert.equal(may("process.stdout['write'] = (chunk) => fs.appendFileSync('out.txt', chunk);"), true);
    assert.equal(may("console.error = (m) => fs.appendFileSync('errors.txt', m);"), true);
    assert.equal(may("const out = new Console(fs.createWriteStream('out.txt'));"), true);
    assert.equal(may("import log from 'loglevel';\nlog.setDefaultLevel(stream);\nfs.createWriteStream('x')"), true);
  });

  it('change no file-logger finding on generated programs that write files', () => {
    const path = fc.constantFrom("'out.json'", "'app.log'", "'logs/app.txt'", "`${dir}/server.log`", 'target', 'config.logFile', "path.join(__dirname, 'log', name)");
    const write = fc.record({
      call: fc.constantFrom('fs.writeFileSync', 'fs.appendFileSync', 'fs.promises.appendFile', 'fs.createWriteStream', 'appendFile'),
      path,
    }).map(({ call, path }) => `${call}(${path}, data);`);
    const wrapper = fc.constantFrom('', 'function save(data) { # }', 'function writeLog(data) { # }', 'class FileLogger { write(data) { # } }', 'process.stdout.write = (data) => { # };', 'console.warn = (data) => { # };', 'const c = new Console(#);', 'console.log(#);');
    const extra = fc.constantFrom('', "console.log('ready');", "import console from 'my-output';", "const morgan = require('morgan');\napp.use(morgan('tiny', { stream: s }));", 'logger.info(x);');
    const program = fc.tuple(extra, wrapper, write).map(([head, wrap, body]) => `import fs from 'fs';\nimport { appendFile } from 'fs';\n${head}\n${wrap.includes('#') ? wrap.replace('#', wrap.endsWith('(#);') ? body.replace(/;$/, '') : body) : `${wrap}\n${body}`}\n`);
    assertSameFindings(program, 'src/store.js', { numRuns: 400, seed: 11 });
  });

  it('change no password-map finding on generated lookups and compares', () => {
    // The map's values are generated here, never real: a base62 string from fast-check.
    const secret = fc.stringMatching(/^[A-Za-z0-9]{12,20}$/);
    const declaration = fc.constantFrom('const USERS = #;', 'let USERS: Record<string, string> = #;', 'var USERS = Object.freeze(#);', 'const USERS = (# as const);', 'const a = 1, USERS = #;', 'USERS = #;');
    const compare = fc.constantFrom(
      'if (USERS[name] === password) ok();',
      'if (pass !== USERS[user]) deny();',
      'return timingSafeEqual(Buffer.from(USERS[user]), Buffer.from(pw));',
      'const same = (USERS[user] as string) == req.body.password;',
      'const shown = USERS[user];',
      'if (USERS[user] === role) ok();',
      'if (this.USERS[user] === password) ok();',
    );
    // The last: more arrays looked up and compared than the prefilter lists by name, as in a bundle.
    const manyLookups = Array.from({ length: 70 }, (_, i) => `if (a${i}[0] === b${i}[0]) n++;\n`).join('');
    const filler = fc.constantFrom('', '// passes through\n', "const label = 'Password';\n", 'const list = [1, 2, 3];\nlist[0] === 1;\n', manyLookups);
    const program = fc.tuple(declaration, secret, compare, filler).map(
      ([declare, value, use, extra]) => `import { timingSafeEqual } from 'node:crypto';\n${extra}${declare.replace('#', `{ alice: '${value}' }`)}\n${use}\n`,
    );
    assertSameFindings(program, 'src/auth.ts', { numRuns: 300, seed: 23 });
  });

  it('find identifiers whole, not inside longer ones', () => {
    assert.equal(hasIdentifier('el.addEventListener(x)', ['listen']), false);
    assert.equal(hasIdentifier('server.listen(3000)', ['listen']), true);
    assert.equal(hasIdentifier("{ 'port': 1 }", ['port']), true);
    assert.equal(hasIdentifier('import x from "y"; export { x }', ['port']), false);
  });

  it('skip comments and whitespace, and give up on a comment that never closes', () => {
    assert.equal(skipTrivia('  /* a */ // b\n  x', 0), 17);
    assert.equal(skipTrivia('/* open', 0), -1);
    assert.equal(skipTrivia('a / b', 1), 2);
  });

  it('read every module specifier an import, export or require can name', () => {
    const code = [
      "import a from 'alpha';",
      'import "beta";',
      "export * from /* c */ 'gamma';",
      "const d = require ( 'delta' );",
      "const e = require.resolve('epsilon');",
      'const f = await import(`zeta`);',
      'const g = Array.from(list);',
      "import type { T } from 'eta';",
    ].join('\n');
    assert.deepEqual(moduleSpecifiers(code), ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta']);
    assert.deepEqual(moduleSpecifiers("// copied from 'lodash'\n/**\n * starting from `node`\n */\nconst t = `x` + from `y`;"), []);
    assert.equal(moduleSpecifiers("require('\\x61')"), 'unsure');
    assert.equal(moduleSpecifiers('require(/* never closed'), 'unsure');
    // Malformed code a parser still reads a specifier out of; a computed specifier is just not one.
    assert.equal(moduleSpecifiers("const s = require(.'express-session');"), 'unsure');
    assert.deepEqual(moduleSpecifiers("const p = require(path.join(__dirname, 'x'));"), []);
  });

  it('see every request-handler parameter memory-session-store knows', () => {
    for (const name of HANDLER_PARAMS) {
      const text = `const carts = new Map();\nexport const handle = async (_${name}) => carts.set(1, 2);`;
      assert.ok(mayReportSessionState({ text, lowered: text.toLowerCase(), options: {} }), name);
    }
  });

  it('see a container declared at the top of a module, and only there', () => {
    const top = [
      'const carts = new Map();',
      'export let users = /* by id */ {};',
      'var seen = ([]);',
      'const index: Record<string, User> = Object.create(null);',
      "const a = 1, sessions = {};\nfunction f(req) {}",
      "#!/usr/bin/env node\nconst s = new Set()",
    ];
    for (const text of top) assert.equal(mayDeclareModuleContainer(text), true, text);
    const nested = [
      'function handle(req) { const carts = new Map(); }',
      "const name = 'x'; class Store { items = {}; }",
      "const pattern = /[{]/; if (x) { const y = []; }",
      "const text = `${'{'} ${ { a: 1 }.a }`; const n = 1;",
      "// const carts = new Map();\nconst ok = a == b;",
      "const f = (x) => ({ a: x });",
    ];
    for (const text of nested) assert.equal(mayDeclareModuleContainer(text), false, text);
  });

  it("read `synchronize` as startup-migration does: TypeORM's option set to true, or a call", () => {
    const file = (text: string) => ({ text, lowered: text.toLowerCase(), options: {} });
    for (const text of ['const o = { synchronize: true };', "export default { 'synchronize' /* dev */ : (true) };", 'await dataSource.synchronize ();']) {
      assert.equal(mayReportMigration(file(text)), true, text);
    }
    for (const text of ['const options = { synchronize: { fileEvents: watcher } };', 'if (options.synchronize) sync();', 'class Synchronize {}']) {
      assert.equal(mayReportMigration(file(text)), false, text);
    }
  });

  it('find the comments of a file, and give up where code may hide one', () => {
    const code = "const url = 'http://x/*y*/'; // one\n/* two */ const re = /\\/\\//; const t = `// ${a /* three */}`;";
    const ranges = commentRanges(code);
    assert.notEqual(ranges, 'unsure');
    assert.deepEqual((ranges as Array<[number, number]>).map(([start, end]) => code.slice(start, end)), ['// one', '/* two */', '/* three */']);
    // JSX text is no code (`<p>http://x</p>`); a `/` after `)` may open a regex that hides `//`.
    for (const unsure of ['const a = <p>see http://x {run()}</p>;', 'if (ok) /\\//.test(s) && run(); // note', 'const s = "never closed;\n// x']) {
      assert.equal(commentRanges(unsure), 'unsure', unsure);
    }
    assert.notEqual(commentRanges('const half = (a + b) / 2;\n// a comment on its own line'), 'unsure');
  });

  it('stop reading comments where asked, with the same comments before that point', () => {
    for (const text of librarySample().slice(0, 40)) {
      const whole = commentRanges(text);
      if (whole === 'unsure') continue;
      for (const stopAt of [0, text.length >> 3, text.length >> 1, text.length - 1]) {
        assert.deepEqual(commentRanges(text, stopAt), whole.filter(([start]) => start < stopAt));
      }
    }
    // What follows the stop is not judged: braces left open there are no reason to doubt.
    assert.deepEqual(commentRanges('/* one */ function f() { if (a) /}/.test(b);', 9), [[0, 9]]);
  });

  it('read startup-migration keywords in code and strings, not in comments', () => {
    const file = (text: string) => ({ text, lowered: text.toLowerCase(), options: {} });
    for (const text of ["/**\n * to ease migration to v4\n */\nexport const x = 1;", '// prisma and drizzle are not used here\nconst y = 2;', '/** the migration guide */\nfunction f() { if (a) /}/.test(b);']) {
      assert.equal(mayReportMigration(file(text)), false, text);
    }
    for (const text of ["await knex.migrate.latest(); // start", "execSync('npx prisma migrate deploy');", '/* c */ sequelize.sync();', 'const a = <b>migrate</b>;']) {
      assert.equal(mayReportMigration(file(text)), true, text);
    }
  });

  it('keep a file whose braces the lexer cannot follow', () => {
    const unsure = ["const s = 'never closed;\nfunction f() { const m = new Map(); }", 'if (a) /}/.test(b); function f() { const m = {}; }', '<p>Don\'t</p>; function f() { const m = {}; }'];
    for (const text of unsure) assert.equal(someTopLevel(text, () => false), 'unsure', text);
  });
});

/** A fixed spread of JS/TS/JSON files from installed packages: real code with every kind of shape. */
function librarySample(): string[] {
  const root = join(__dirname, '..', '..', 'node_modules');
  const files: string[] = [];
  for (const name of ['yaml/dist', 'ajv/dist', 'jsonc-parser/lib', 'vscode-jsonrpc/lib', 'picomatch', 'dotenv', 'ignore', 'undici-types', 'express', 'tsx/dist']) {
    const folder = join(root, name);
    try {
      statSync(folder);
    } catch {
      continue;
    }
    files.push(...sourceFiles(folder).slice(0, 25));
  }
  return files;
}

function sourceFiles(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...sourceFiles(path));
    else if (languageOf(path) !== undefined && statSync(path).size < 256 * 1024) found.push(path);
  }
  return found;
}

function randomHex(length: number): string {
  return randomBytes(length).toString('hex').slice(0, length);
}
