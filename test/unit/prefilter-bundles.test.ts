// The prefilters' other side (prefilter.test.ts holds that they never lose a finding): a bundled
// library is not parsed for words that only look like the start of one. Parsing is most of a scan's
// cost and bundles are most of the bytes of a real tree, so each shape below once kept a 100-400 KB
// bundle in the parse (found by profiling the bench corpus). Each sample is a bundle's shape written
// here, with the nearby shape that must still be parsed beside it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RULES } from '../../server/src/engine/rules';
import { mayRunAnyCheck } from '../../server/src/engine/scan';
import { mayUseHeader } from '../../server/src/engine/rules/hardcoded-credential/javascript-header-uses';
import type { ScanOptions } from '../../server/src/engine/types';

function parsed(text: string): boolean {
  return mayRunAnyCheck('javascript', text, {}, RULES);
}

/** A bundle's filler: many arrays indexed and compared, as generated code does (`a12[i] === b12[i]`). */
function indexedArrays(count: number): string {
  return Array.from({ length: count }, (_, i) => `  if (left${i}[index] === right${i}[index]) matches++;`).join('\n');
}

describe('prefilters keep bundled libraries out of the parse', () => {
  it('a bundle that indexes many arrays and mentions a password far from them', () => {
    const bundle = `function equalRows(left0, right0) {\n  let matches = 0;\n${indexedArrays(80)}\n  return matches;\n}\n${'// padding\n'.repeat(40)}function label() { return 'Enter a password'; }\n`;
    assert.equal(parsed(bundle), false);
    // A map of passwords looked up and compared with one is parsed, however many arrays are indexed around it.
    const users = `${bundle}const USERS = { alice: 'generated-Kq81zPw' };\nfunction login(name, password) { return USERS[name] === password; }\n`;
    assert.equal(parsed(users), true);
  });

  it('`sid` inside words (`side`, `inside`, `consider`) is no session id', () => {
    const bundle = `const cache = new Map();\nexport function place(side, item) {\n  // consider what is inside\n  cache.set(side, item);\n}\n`;
    assert.equal(parsed(bundle), false);
    const keyed = `const pending = new Map();\nexport function remember(sid, lines) {\n  pending.set(sid, lines);\n}\n`;
    assert.equal(parsed(keyed), true);
  });

  it("a commit hash in a doc comment is no client's token", () => {
    const hash = 'f'.repeat(8) + '0123456789abcdef0123456789abcdef';
    const bundle = `/**\n * The build's commit (e.g.: "${hash}")\n */\nexport const version = '3.1.0';\nexport class ApiClient {}\n`;
    assert.equal(parsed(bundle), false);
    const passed = `import { Client } from 'some-vendor';\nexport const client = new Client("${hash}");\n`;
    assert.equal(parsed(passed), true);
  });

  it('an object handed to a call under a plural `keys` name holds that call’s options, not keys', () => {
    const bundle = `export const shapes = {\n  keys: withStrings ? oneof({ arbitrary: key, weight: 10 }, { arbitrary: tie('anything'), weight: 1 }) : key,\n};\n`;
    assert.equal(parsed(bundle), false);
    const signed = `app.keys = ['generated-Kq81zPwLm2'];\nexport const config = { keys: ['generated-Xr70aQvNb5'] };\n`;
    assert.equal(parsed(signed), true);
  });

  it("an address argument (`getValue(address, 'i32')`) is no host's fallback", () => {
    const bundle = `export function read(memory, address) {\n  const value = memory.getValue(address, 'i32');\n  return process.env.DEBUG ? value : value | 0;\n}\n`;
    assert.equal(parsed(bundle), false);
    for (const fallback of [
      `export const host = process.env.DB_HOST || 'orders-db.internal';\n`,
      `export const host = process.env['REDIS_HOST'] ?? 'cache.internal';\n`,
      `export const host = env('SMTP_SERVER', 'smtp.internal');\n`,
      `const { DB_HOST = 'orders-db.internal' } = process.env;\n`,
    ]) {
      assert.equal(parsed(fallback), true, fallback);
    }
  });

  it("a config getter's default (`config.get('trace.server', 'messages')`) is no env fallback", () => {
    const bundle = `const traceConfig = config.get('trace.server', 'messages');
const port = process.env.PORT;
`;
    assert.equal(parsed(bundle), false);
    assert.equal(parsed(`export const host = Env.get('REDIS_HOST', 'cache.internal');
`), true);
    assert.equal(parsed(`export const host = getEnv('DB_SERVER', 'orders-db.internal');
`), true);
  });

  it('a minified URL record (`{scheme:t,user:e,host:n}`) has no host key with a literal', () => {
    const bundle = `function Nn(t,e,n,r,o){return{scheme:t,user:e,host:n,port:r,path:o}}\n`;
    assert.equal(parsed(bundle), false);
    assert.equal(parsed(`new Redis({ host: 'cache.internal', port: 6379 });\n`), true);
    assert.equal(parsed(`convict({ host: { doc: 'Database', default: 'db.internal', env: 'DB_HOST' } });\n`), true);
  });
});

describe('undeclared-dependency keeps bundled libraries out of the parse', () => {
  const options: ScanOptions = {
    dependencies: { npm: { manifest: 'package.json', packages: ['esbuild'], localPrefixes: [], hostModules: [] }, systemPackages: [] },
  };
  const parsedWithManifest = (text: string): boolean => mayRunAnyCheck('javascript', text, options, RULES);

  it("a system tool's name in a list (`[\"3dm\", \"7z\"]`) is no command", () => {
    const bundle = `const cp = require("child_process");\nconst binary = ["3dm", "7z", "aac"];\n`;
    assert.equal(parsedWithManifest(bundle), false);
    assert.equal(parsedWithManifest(`const cp = require("child_process");\ncp.execSync("7z x backup.zip");\n`), true);
    assert.equal(parsedWithManifest(`const cp = require("child_process");\ncp.execSync(\n  // unpack\n  "7z x backup.zip");\n`), true);
  });

  it('a template with `${…}` and a `require` not called name no module', () => {
    const bundle = `const esbuild = require("esbuild");\nexport const load = (r) => import(\`tsx://\${JSON.stringify(r)}\`);\nconst opts = { define: { require: "global.require" }, code: \`\n\` };\n`;
    assert.equal(parsedWithManifest(bundle), false);
    assert.equal(parsedWithManifest(`${bundle}const pad = require('left-pad');\n`), true);
    assert.equal(parsedWithManifest(`export const load = () => import(\`left-pad\`);\n`), true);
  });
});

describe('the checks that read a constant by its use keep bundles naming keys and tokens out of the parse', () => {
  it('a credential-named word linked to a name is no header sent, unless a setter, a scheme or a headers object takes it', () => {
    const bundle = [
      'function put(instance, key, value) { instance.set(key, value); return instance; }',
      'const key = keyOf(node);',
      'timer.setTimeout((token, timeout) => { cancel(token); }, 10);',
      "onError(token, 'UNEXPECTED_TOKEN', message);",
      'throw new Error(`Key ${pair.key} already set`);',
      'log(`Progress for token ${token} failed.`);',
      "list.add('monkey', item);",
    ].join('\n');
    assert.equal(mayUseHeader(bundle, bundle.toLowerCase()), false);
    assert.equal(parsed(bundle), false);
    for (const sent of [
      "request.set('Authorization', K);",
      'xhr.setRequestHeader("X-Api-Key", (K));',
      'client.set<string>(`Authorization`, K);',
      "req.set('Authorization', `Bearer ${K}`);",
      "res.header('Authorization', 'Token ' + K);",
      'res.header(`Authorization`, `Bearer ` + K);',
      "const authHeaders = { 'X-Auth-Token': K };",
      "axios.defaults.headers.common['Authorization'] = K;",
      'new Headers({ Authorization: K });',
    ]) {
      assert.equal(mayUseHeader(sent, sent.toLowerCase()), true, sent);
    }
  });

  it("`request` in a library's doc comments is no handler's parameter", () => {
    const bundle = `/**
 * A request to resolve the declaration. The request's parameter is of type {@link Params}
 */
var DeclarationRequest;
(function (DeclarationRequest) {
    DeclarationRequest.method = 'textDocument/declaration';
})(DeclarationRequest || (exports.DeclarationRequest = DeclarationRequest = {}));
// the request's id is checked by the caller (request) {
`;
    assert.equal(parsed(bundle), false);
    const factory = `export function createAuth() {
  const sessions = new Map();
  return { login(req, res) { sessions.set(req.body.user, { at: Date.now() }); res.end(); } };
}
`;
    assert.equal(parsed(factory), true);
  });

  it("a doc comment's sentence of twelve short words is no seed phrase (web-tree-sitter's bundles)", () => {
    const bundle = `/**\n * Find the smallest node within this node that spans the given byte range.\n */\nexport function descendantForIndex(tree, start, end) {\n  return tree.rootNode.descendantForIndex(start, end);\n}\n`;
    assert.equal(parsed(bundle), false);
    // A phrase of list words under a name that says nothing: its format alone lets it through.
    const phrase = 'ocean lunar pistol harvest gravity tunnel fossil raven beyond cactus meadow violin';
    assert.equal(parsed(`export const words = '${phrase}';\n`), true);
  });
});
