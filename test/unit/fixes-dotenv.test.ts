// .env writing must round-trip through the reader apps actually use: `dotenv.parse`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import dotenv from 'dotenv';
import fc from 'fast-check';
import { readEnvFile } from '../../server/src/engine/languages/dotenv';
import { addExampleVar, upsertEnvVar } from '../../server/src/engine/fixes/envFile';

const asObject = (entries: Map<string, string>) => Object.fromEntries(entries);
const QUOTES = ["'", '"', '`'];

/**
 * The only values the writer may refuse: every quoting is blocked (single quotes and backticks
 * cannot carry `'`/`` ` `` nor a CR, which dotenv turns into LF; double quotes cannot carry `"` nor
 * a literal `\n`/`\r`, which they expand) and the value cannot go unquoted either.
 */
function mayBeRefused(value: string): boolean {
  const single = !value.includes("'") && !value.includes('\r');
  const backtick = !value.includes('`') && !value.includes('\r');
  const double = !value.includes('"') && !/\\[nr]/.test(value);
  const plain = !/[#\n\r\u2028\u2029]/.test(value) && value.trim() === value && !QUOTES.includes(value[0] ?? '');
  return !(single || backtick || double || plain);
}

const tricky = fc.constantFrom("'", '"', '`', '#', '$', '${A}', '\\', '\\n', '=', ' ', '\t', '\n', '\r\n', '\r', 'é', '😀', '\u2028', 'x');
const values = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.array(tricky, { maxLength: 14 }).map((parts) => parts.join('')),
);
const plainValue = fc.stringMatching(/^[A-Za-z0-9_./:@+-]{0,12}$/);
const envName = fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,6}$/);
// Realistic files: comments, blank lines, `export`, each quoting, CRLF or LF, final newline or not.
const existingLine = fc.oneof(
  fc.constant(''),
  fc.constant('# a comment'),
  fc.tuple(envName, plainValue).map(([name, value]) => `${name}=${value}`),
  fc.tuple(envName, plainValue).map(([name, value]) => `export ${name}="${value} # kept"`),
  fc.tuple(envName, plainValue).map(([name, value]) => `${name} = '${value}' # comment`),
  fc.tuple(envName, plainValue).map(([name, value]) => `${name}=\`${value}\``),
);
const existingFile = fc
  .tuple(fc.array(existingLine, { maxLength: 6 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([lines, newline, finalNewline]) => lines.join(newline) + (finalNewline && lines.length > 0 ? newline : ''));

describe('readEnvFile agrees with dotenv.parse', () => {
  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        assert.deepEqual(asObject(readEnvFile(text)), { ...dotenv.parse(text) });
      }),
      { numRuns: 3000 },
    );
  });

  it('on text made of .env syntax', () => {
    const piece = fc.constantFrom('A', 'B', 'export', ' ', '\t', '\n', '\r\n', '\r', '=', ':', '#', "'", '"', '`', '\\', '\\n', '\u2028', 'FOO=', 'B="', "C='", 'D=`', ' # c');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }).map((parts) => parts.join('')), (text) => {
        assert.deepEqual(asObject(readEnvFile(text)), { ...dotenv.parse(text) });
      }),
      { numRuns: 5000 },
    );
  });
});

describe('upsertEnvVar', () => {
  it('writes any value so dotenv reads it back exactly, leaving existing entries unchanged', () => {
    let refused = 0;
    fc.assert(
      fc.property(existingFile, values, (existing, value) => {
        const before = dotenv.parse(existing);
        const result = upsertEnvVar(existing, 'NEW_SECRET', value);
        if (result.status === 'unwritable') {
          refused++;
          assert.ok(mayBeRefused(value), `refused a writable value ${JSON.stringify(value)}`);
          return;
        }
        assert.equal(result.status, 'added');
        assert.ok(result.text.startsWith(existing), 'existing content is kept byte for byte');
        assert.deepEqual({ ...dotenv.parse(result.text) }, { ...before, NEW_SECRET: value });
      }),
      { numRuns: 4000 },
    );
    assert.ok(refused < 4000 * 0.2, `refused ${refused} of 4000`);
  });

  it('never loses an entry, even in broken files (it refuses instead)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), values, (existing, value) => {
        const result = upsertEnvVar(existing, 'NEW_SECRET', value);
        if (result.status !== 'added') return;
        assert.deepEqual({ ...dotenv.parse(result.text) }, { ...dotenv.parse(existing), NEW_SECRET: value });
      }),
      { numRuns: 3000 },
    );
  });

  it('writes realistic secrets without refusing, unquoted when safe', () => {
    assert.deepEqual(upsertEnvVar(undefined, 'API_KEY', 'sk_4f9aQ2x-7'), { status: 'added', text: 'API_KEY=sk_4f9aQ2x-7\n' });
    assert.deepEqual(upsertEnvVar('', 'P', 'pa ss#word$1'), { status: 'added', text: "P='pa ss#word$1'\n" });
    assert.deepEqual(upsertEnvVar('', 'P', 'it\'s a "quote"'), { status: 'added', text: 'P=`it\'s a "quote"`\n' });
    assert.deepEqual(upsertEnvVar('', 'P', "it's"), { status: 'added', text: 'P="it\'s"\n' });
    assert.deepEqual(upsertEnvVar('', 'P', 'C:\\dir\\'), { status: 'added', text: 'P=C:\\dir\\\n' });
    assert.deepEqual(upsertEnvVar('', 'KEY', '-----BEGIN KEY-----\nabc\n-----END KEY-----'), {
      status: 'added',
      text: 'KEY="-----BEGIN KEY-----\\nabc\\n-----END KEY-----"\n',
    });
  });

  it('refuses the shapes no quoting can carry', () => {
    for (const value of [`'"\` #`, ` a'b"c\`d`, `line1\r\nline2 "quoted"`, 'C:\\new\r\n"x"']) {
      assert.deepEqual(upsertEnvVar('A=1\n', 'B', value), { status: 'unwritable' }, JSON.stringify(value));
      assert.ok(mayBeRefused(value));
    }
  });

  it('keeps CRLF files CRLF and adds a missing final newline before appending', () => {
    const result = upsertEnvVar('# db\r\nA=1', 'B', 'two words');
    assert.deepEqual(result, { status: 'added', text: "# db\r\nA=1\r\nB='two words'\r\n" });
    assert.deepEqual(upsertEnvVar('A=1', 'B', 'x'), { status: 'added', text: 'A=1\nB=x\n' });
  });

  it('never duplicates a name and never overwrites a different value', () => {
    assert.deepEqual(upsertEnvVar('export A="x y"\n', 'A', 'x y'), { status: 'already-present', text: 'export A="x y"\n' });
    assert.deepEqual(upsertEnvVar('A=other\n', 'A', 'x'), { status: 'clash' });
    // A commented-out line is not an entry.
    assert.deepEqual(upsertEnvVar('# A=x\n', 'A', 'x'), { status: 'added', text: '# A=x\nA=x\n' });
  });

  it('refuses rather than let an unterminated quote above swallow the new line', () => {
    const existing = `A="abc\n`;
    const result = upsertEnvVar(existing, 'B', `x" # '`);
    if (result.status === 'added') {
      assert.deepEqual({ ...dotenv.parse(result.text) }, { ...dotenv.parse(existing), B: `x" # '` });
    } else {
      assert.equal(result.status, 'unwritable');
    }
  });
});

describe('addExampleVar', () => {
  it('documents the name without a value, once', () => {
    assert.deepEqual(addExampleVar(undefined, 'DB_PASSWORD'), { text: 'DB_PASSWORD=\n', changed: true });
    assert.deepEqual(addExampleVar('PORT=3000\r\n', 'DB_PASSWORD'), { text: 'PORT=3000\r\nDB_PASSWORD=\r\n', changed: true });
    assert.deepEqual(addExampleVar('DB_PASSWORD=changeme\n', 'DB_PASSWORD'), { text: 'DB_PASSWORD=changeme\n', changed: false });
  });
});
