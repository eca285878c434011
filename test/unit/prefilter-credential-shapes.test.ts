// The JS/TS credential prefilter reads a name's shape (what follows it) instead of its mere presence.
// Generated shapes must keep every finding: each way javascript-targets.ts binds a literal to a
// name, with comments, line breaks and non-ASCII text between the parts, and every kind of literal.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Rule } from '../../server/src/engine/rule';
import { RULES } from '../../server/src/engine/rules';
import { scan } from '../../server/src/engine/scan';
import { mayBindCredentialName } from '../../server/src/engine/rules/hardcoded-credential/javascript-prefilter';
import { CLIENT_TOKEN_ARGUMENT, CLIENT_TOKEN_ARGUMENTS, RECOVERED_TOKEN_ARGUMENT, RECOVERED_TOKEN_ARGUMENTS } from '../../server/src/engine/rules/hardcoded-credential/javascript-clients';
import { withoutPrefilters } from '../helpers/unfiltered';

const credential = RULES.find((rule) => rule.meta.id === 'hardcoded-credential')!;
const FILTERED: Rule[] = [credential];
const UNFILTERED: Rule[] = [withoutPrefilters(credential)];

const NAMES = ['password', 'dbPassword', 'apiKey', 'API_TOKEN', 'secretAccessKey', 'secret_access_key', 'clientSecret', 'authToken', 'jwtSecret', 'privateKey', 'seedPhrase', 'secretKeyBase', 'passwordñ', 'contraseña_password', 'pass'];
const QUOTED_NAMES = [...NAMES, 'x-api-key', 'Authorization', 'auth.token', 'db password', 'JWT_SECRET'];
const GAPS = ['', ' ', '\n', '\n    ', ' /* the secret */ ', ' // so the app starts\n', '/* ünïcödé ✓ */', '\t'];

/** A value that looks random enough for a weak name: letters and digits, random length. */
const secretValue = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{5,10}[0-9][A-Za-z0-9]{4,12}$/);

const literal = secretValue.chain((value) =>
  fc.constantFrom(
    `'${value}'`,
    `"${value}"`,
    `\`${value}\``,
    `\`${value}\${suffix}\``,
    `isProd ? process.env.X : '${value}'`,
    `['${value}']`,
    `Buffer.from('${value}', 'hex')`,
    `('${value}')`,
    `'${value}' as string`,
    `str({ default: '${value}' })`,
    // A string no name makes a secret (the prefilter passes over it) before the value, or joined to it.
    `isProd ? 'same-origin' : '${value}'`,
    `'same-origin' + '${value}'`,
    `'' +\n  '${value}'`,
    `'./keys/app.pem' || '${value}'`,
    `${7000000 + (value.length * 7919) % 999999}`,
  ),
);

type Shape = (name: string, value: string, gap: string, quotedName: string) => string;

const SHAPES: Shape[] = [
  (n, v, g) => `const ${n}${g}=${g}${v};`,
  (n, v, g) => `let ${n}: string | undefined${g}=${g}${v};`,
  (n, v, g) => `const config = {${g}${n}:${g}${v},${g}other: 1 };`,
  (n, v, g) => `settings.db.${n}${g}=${g}${v};`,
  (n, v, g) => `const x = process.env.${n}${g}||${g}${v};`,
  (n, v, g) => `const x = options.${n}${g}??${g}${v};`,
  (n, v, g) => `const x = (options.${n} as string)${g}||${g}${v};`,
  (n, v, g) => `if (user.${n}${g}===${g}${v}) { grant(); }`,
  (n, v, g) => `if (${v}${g}===${g}user.${n}) { grant(); }`,
  (n, v, g) => `function connect(${n}${g}=${g}${v}) { return ${n}; }`,
  (n, v, g) => `const { ${n}${g}=${g}${v} } = options;`,
  (n, v, g) => `class Client {${g}private ${n}${g}=${g}${v};\n}`,
  (n, v, g) => `enum Keys { ${n}${g}=${g}${v} }`,
  (n, v, g) => `const getter = get${n}() || ${g}${v};`,
  (n, v, g) => `const getter = get${n}(\`\${scope}:(\`, \`)\`) || ${g}${v};`,
  (_, v, g, q) => `const opts = { '${q}':${g}${v} };`,
  (_, v, g, q) => `headers.set('${q}',${g}${v});`,
  (_, v, g, q) => `const x = getEnv("${q}",${g}${v});`,
  (_, v, g, q) => `process.env['${q}'] = ${g}${v};`,
  (_, v, g, q) => `headers.set(${g}\n  '${q}',\n  ${v});`,
  (_, v, g, q) => `headers.set( // the header\n  '${q}',${g}${v});`,
  (n, v, g) => `const ${n} = read(config)${g}||${g}${v};`,
  (n, v, g) => `const ${n} = { fromEnv: true }${g}||${g}${v};`,
  (n, v, g) => `const ${n} = \`\${prefix}\`${g}??${g}${v};`,
  (n, v, g) => `const ${n} = ready ? load('x') :${g}${v};`,
  (n, v, g) => `const config = { ${n}: {${g}default:${g}${v} } };`,
  (n, v, g) => `if (${v}${g}===${g}(user.${n})) { grant(); }`,
  // commander's options: the flags name the default (the third argument), not the description.
  (n, v, g) => `program.option(${g}'--${n} <value>',${g}'the ${n}',${g}${v});`,
  (n, v) => `program.requiredOption('-k, --${n} <value>', ${v});`,
  (n, v, g) => `program.option('--${n}',${g}\`the \${kind}\`,${g}${v});`,
  (n, v, g) => `program.positional(${g}'${n}',${g}${v});`,
  // A property defined with a descriptor: its `value` is named by the property; a compiled re-export's getter holds none.
  (_, v, g, q) => `Object.defineProperty(config, '${q}',${g}{${g}enumerable: true, value:${g}${v} });`,
  (n, v, g, q) => `Object.defineProperty(exports, "${q}",${g}{ enumerable: true, get: function () { return keys_1.${n}; } });\nexports.fallback = ${v};`,
  // A literal compared with a string or a template names nothing; the name beside it may.
  (n, v, g) => `if (${v}${g}===${g}'${n}' || ${n} === ${v}) { grant(); }`,
  (n, v, g) => `if (${v}${g}!==${g}\`\${${n}}\`) { deny(); }`,
  (n, v, g) => `if (${v}${g}!==${g}this.config[${g}'${n}'${g}]) { deny(); }`,
  (n, v, g) => `if (${v} == get${n}()${g}&& ready) { grant(); }`,
  (n, v, g) => `if (user.${n}${g}===${g}${v}${g}&& ready) { grant(); }`,
  (n, v, g) => `const ok = (user.${n}${g}!=${g}${v}) || fallback;`,
  (n, v, g) => `const ${n} = new TextEncoder().encode(${g}${v});`,
  (_, v, g) => `export const SIGNING_SECRETS = {${g}github:${g}${v},\n};`,
  (_, v, g) => `const config = { apiTokens: {${g}gh: ${v} } };`,
];

const sample = fc.record({
  shape: fc.nat({ max: SHAPES.length - 1 }),
  name: fc.constantFrom(...NAMES),
  quotedName: fc.constantFrom(...QUOTED_NAMES),
  value: literal,
  gap: fc.constantFrom(...GAPS),
  before: fc.constantFrom('', '// café ✓ naïve\n', 'const token = ready ? 1 : 2;\n', '/**\n * @param token the token\n */\n'),
  typescript: fc.boolean(),
});

const summary = (path: string, code: string, rules: Rule[]) => scan({ path }, code, {}, rules).map((f) => `${f.span.start}-${f.span.end} ${f.message}`);

describe('credential prefilter on generated shapes', () => {
  it('keeps every finding of every binding shape, whatever stands between name and value', () => {
    let reported = 0;
    let runs = 0;
    fc.assert(
      fc.property(sample, ({ shape, name, quotedName, value, gap, before, typescript }) => {
        const path = typescript ? 'src/config.ts' : 'src/config.js';
        const code = `${before}${SHAPES[shape]!(name, value, gap, quotedName)}\n`;
        const all = summary(path, code, UNFILTERED);
        runs++;
        if (all.length > 0) reported++;
        assert.deepEqual(summary(path, code, FILTERED), all, code);
      }),
      process.env['PREFILTER_RUNS'] ? { numRuns: Number(process.env['PREFILTER_RUNS']) } : { numRuns: 400, seed: 7 },
    );
    // Most shapes report: the comparison is about findings, not about silence.
    assert.ok(reported > runs / 3, `only ${reported} of ${runs} generated files report`);
  });

  it('lets no name through that no literal can follow', () => {
    const silent = [
      'function run(token: CancellationToken): void {}',
      'if (token && token.isCancellationRequested) { return; }',
      "const kind = token.type === 'block-map';",
      "/**\n * @param token the token's owner\n */\nexport const x = 'y';",
      'interface Options { apiKey?: string; password: string }',
      "throw new Error('Missing token'); const mode = 'fast';",
      "const isBlock = (token) => token && 'items' in token;",
      "type Kinds = 'UNEXPECTED_TOKEN' | 'BAD_INDENT';",
      'const key = gen.let("key");',
      'const key = `${type}:${alphabet}`;',
      "const token = { type: 'star', value, output: '' };",
      'const names = [\n  "name",\n  "key",\n  "ref"\n];',
      "if ('object' == typeof key) { use(key); }",
      "const same = token === other && token.type === 'block';",
      "const tokens = block.substring(1, block.length - 1).split(',');",
      // Strings no name makes a secret, and a state word compared with a name.
      "fetch(url, {\n  credentials: 'same-origin'\n});",
      'function transform(val, key = \'\', parent = \'\') {}',
      "if (options.apiKey === 'yarn') { useYarn(); }",
      // commander's flags with a description only (no default), and operators quoted as strings (ajv's code generator).
      "program.option('--allow-package-secrets <secrets...>', 'Allow packaging specific secrets')\n  .option('--allow-package-all-secrets', 'Allow to package all kinds of secrets');",
      'const operators = {\n  EQ: new _Code("==="),\n  NEQ: new _Code("!=="),\n  NOT: new _Code("!"),\n};\nexport const apiKey = token;',
      "if (request.headers.get('authorization') !== `Bearer ${CRON_SECRET}`) throw error(401);",
      'Object.defineProperty(exports, "CancellationToken", { enumerable: true, get: function () { return cancellation_1.CancellationToken; } });\nconst m = new Map([["a", 1]]);',
    ];
    for (const code of silent) assert.equal(mayBindCredentialName(code), false, code);
  });

  it("read every client token argument with the same pattern as the check's keyword stage", () => {
    assert.equal(CLIENT_TOKEN_ARGUMENTS.source, CLIENT_TOKEN_ARGUMENT.source);
    assert.equal(CLIENT_TOKEN_ARGUMENTS.flags, 'g');
    assert.equal(RECOVERED_TOKEN_ARGUMENTS.source, RECOVERED_TOKEN_ARGUMENT.source);
    assert.equal(RECOVERED_TOKEN_ARGUMENTS.flags, 'g');
  });
});
