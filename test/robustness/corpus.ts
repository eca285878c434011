// The adversarial corpus of issue 6, generated at test time (a 10 MB file must never enter git).
// Each case is bytes, so invalid UTF-8, UTF-16 and binary content are exactly what a file on disk holds.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface AdversarialCase {
  /** Path inside the corpus folder (names with spaces and non-ASCII included on purpose). */
  path: string;
  /** What it stresses, for the summary table. */
  what: string;
  /** The editor's languageId when the file is opened over LSP. */
  languageId: string;
  bytes: Uint8Array;
}

const MB = 1024 * 1024;
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const BASE64 = `${ALPHANUMERIC}+/`;

/** Fresh random characters from `alphabet`: fixtures never hold a real or documented key. */
export function randomChars(length: number, alphabet = ALPHANUMERIC): string {
  return Array.from(randomBytes(length), (byte) => alphabet[byte % alphabet.length]).join('');
}

const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');
const repeat = (unit: string, times: number): string => unit.repeat(times);

/** Words that get every JS check past its keyword prefilter, so every rule walks the deep tree. */
const EVERY_JS_RULE = '\n// password token session store req.session sync( migrate winston pino createWriteStream\n';
/** The same for JSON and YAML checks. */
const EVERY_CONFIG_RULE = 'password migrate';

/** Makes a fresh random secret and remembers it, so tests can search every output for it. */
type SecretMaker = (length: number) => string;

/** ~10 MB of minified JavaScript on one line, with credentials and loggers sprinkled in. */
function minifiedLine(secret: SecretMaker): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < 10 * MB; i++) {
    const part =
      i % 500 === 0
        ? `var k${i}={password:"${secret(20)}",apiKey:process.env.K${i}};`
        : `function f${i}(a,b){return a?b[${i}]+"x${i}":(c${i}=[a,b,{q:${i}}]).map(function(d){return d*2})}`;
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}

function nested(open: string, close: string, depth: number, inner = '1'): string {
  return repeat(open, depth) + inner + repeat(close, depth);
}

/** 50k lines of assignments, every tenth one a hardcoded credential. */
function assignments(secret: SecretMaker): string {
  const lines: string[] = [];
  for (let i = 0; i < 50_000; i++) {
    lines.push(i % 10 === 0 ? `const dbPassword${i} = '${secret(18)}';` : `const value${i} = process.env.VALUE_${i} ?? ${i};`);
  }
  return `${lines.join('\n')}\n`;
}

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  if (bigEndian) body.swap16();
  return Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), body]);
}

/** Random bytes without NUL, so the binary sniff lets them through and the engine must cope. */
function noisyBytes(length: number): Uint8Array {
  const bytes = randomBytes(length);
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) bytes[i] = 1;
  return bytes;
}

function invalidUtf8(secret: SecretMaker): Uint8Array {
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < 2000; i++) {
    chunks.push(utf8(`const secret${i} = '`), Buffer.from([0xc3, 0x28, 0xff, 0xed, 0xa0, 0x80, 0xf0, 0x9f]), utf8(`${secret(16)}';\n`));
  }
  return Buffer.concat(chunks);
}

function pemWithoutEnd(): string {
  const lines: string[] = [];
  for (let size = 0; size < MB; size += 65) lines.push(randomChars(64, BASE64));
  return `const key = \`-----BEGIN RSA PRIVATE KEY-----\n${lines.join('\n')}\n`;
}

function truncated(text: string): string {
  return text.slice(0, Math.floor(text.length * 0.6));
}

const compose = (secret: SecretMaker) => `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${secret(20)}\n      POSTGRES_USER: shop\n  web:\n    build: .\n    command: sh -c "npx sequelize db:migrate && node server.js"\n`;
const packageJson = (secret: SecretMaker) => JSON.stringify({ name: 'shop', scripts: { start: 'knex migrate:latest && node server.js' }, config: { apiKey: `sk_live_${secret(24)}` } }, null, 2);

/** Every case of the issue, generated fresh (random values) on each call, and the secrets planted in them. */
export function adversarialCorpus(): { cases: AdversarialCase[]; secrets: string[] } {
  const secrets: string[] = [];
  const secret: SecretMaker = (length) => {
    const value = randomChars(length);
    secrets.push(value);
    return value;
  };
  const js = (path: string, what: string, text: string): AdversarialCase => ({ path, what, languageId: 'javascript', bytes: utf8(text) });
  const cases = [
    js('minified.min.js', '10 MB single-line minified file', minifiedLine(secret)),
    js('deep-brackets.js', '100k-deep nested brackets (JS)', `const x = ${nested('[', ']', 100_000)};\nconst password = '${secret(16)}';\n${EVERY_JS_RULE}`),
    js('deep-parens.ts', '100k-deep nested parentheses and calls (TS)', `const y = ${nested('f(', ')', 100_000)};\nconst token = '${secret(24)}';\n${EVERY_JS_RULE}`),
    js('deep-objects.js', '100k-deep nested object literals (JS)', `module.exports = ${nested('{password:', '}', 100_000, `'${secret(16)}'`)};\n${EVERY_JS_RULE}`),
    { path: 'deep.json', what: '100k-deep nesting (JSON)', languageId: 'json', bytes: utf8(nested(`{"${EVERY_CONFIG_RULE}":[`, ']}', 50_000, `"${secret(16)}"`)) },
    { path: 'deep.yaml', what: '100k-deep nesting (YAML flow)', languageId: 'yaml', bytes: utf8(`${EVERY_CONFIG_RULE}: ${nested('[', ']', 100_000)}\n`) },
    { path: 'deep-map.yml', what: '100k-deep nesting (YAML flow maps)', languageId: 'yaml', bytes: utf8(`${EVERY_CONFIG_RULE}: ${nested('{password: ', '}', 100_000, secret(16))}\n`) },
    { path: 'deep.py', what: '100k-deep nested brackets (Python, tree-sitter)', languageId: 'python', bytes: utf8(`x = ${nested('[', ']', 100_000)}\npassword = '${secret(16)}'\n# session logging FileHandler migrate\n`) },
    { path: 'binary.js', what: 'random binary with a source extension (NUL bytes)', languageId: 'javascript', bytes: randomBytes(256 * 1024) },
    { path: 'noise.ts', what: 'random bytes without NUL (decoded as invalid UTF-8)', languageId: 'typescript', bytes: noisyBytes(256 * 1024) },
    { path: 'invalid-utf8.js', what: 'invalid UTF-8 sequences inside literals', languageId: 'javascript', bytes: invalidUtf8(secret) },
    { path: 'utf16le.js', what: 'UTF-16 LE with a BOM', languageId: 'javascript', bytes: utf16(`const apiToken = 'ghp_${secret(36)}';\n`, false) },
    { path: 'utf16be.env', what: 'UTF-16 BE with a BOM (.env)', languageId: 'dotenv', bytes: utf16(`STRIPE_KEY=sk_live_${secret(30)}\n`, true) },
    js('big-string.js', '3 MB string literal', `const blob = "${randomChars(3 * MB)}";\n`),
    js('big-secret-string.js', '3 MB string literal named like a secret', `const secretKey = '${repeat('[a=', MB)}';\n`),
    js('assignments.js', '50k lines of assignments', assignments(secret)),
    { path: 'truncated.json', what: 'truncated JSON', languageId: 'json', bytes: utf8(truncated(packageJson(secret))) },
    { path: 'docker-compose.yml', what: 'truncated YAML', languageId: 'yaml', bytes: utf8(truncated(compose(secret))) },
    js('empty.js', 'empty file', ''),
    { path: 'empty.json', what: 'empty file (JSON)', languageId: 'json', bytes: new Uint8Array() },
    { path: '.env', what: 'empty file (.env)', languageId: 'dotenv', bytes: new Uint8Array() },
    js('src/with spaces/ünïcødé 名前 🚀.js', 'file name with spaces and non-ASCII', `const password = '${secret(20)}';\n`),
    js('stripe-run.js', 'sk_live_ followed by 200k characters', `const k = 'sk_live_${secret(200_000)}';\nconst s = "sk_live_${repeat('a', 200_000)}";\n`),
    js('akia-run.js', 'AKIA followed by 200k characters', `const id = "AKIA${repeat('A', 200_000)}";\nconst id2 = "AKIA${randomChars(200_000, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}";\n`),
    js('pem-no-end.js', 'PEM header, 1 MB of base64, no END line', pemWithoutEnd()),
    js('colons.js', 'postgres:// followed by 100k colons', `const url = "postgres://${repeat(':', 100_000)}";\nconst u2 = 'postgres://u${repeat(':@', 50_000)}h';\n`),
    { path: 'colons.env', what: 'postgres:// with 100k colons (.env)', languageId: 'dotenv', bytes: utf8(`DATABASE_URL=postgres://${repeat(':', 100_000)}\n`) },
  ];
  return { cases, secrets };
}

/** Writes the cases into a fresh folder under os.tmpdir() (a git repository, as a project is). */
export function writeCorpus(): { root: string; cases: readonly AdversarialCase[]; secrets: readonly string[]; dispose: () => void } {
  const { cases, secrets } = adversarialCorpus();
  const root = mkdtempSync(join(tmpdir(), 'tfl-adversarial-'));
  mkdirSync(join(root, '.git'));
  for (const file of cases) {
    const full = join(root, file.path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, file.bytes);
  }
  return { root, cases, secrets, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

/** Decodes as the CLI does: UTF-8 unless a BOM says UTF-16. */
export function caseText(file: AdversarialCase): string {
  const bytes = file.bytes;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}
