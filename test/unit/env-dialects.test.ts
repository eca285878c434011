// A value moved to .env must read back exactly through the loader of the app's language. First,
// each loader's rules as the engine holds them (fixes/envDialect-*.ts) against cases taken from that
// loader's parser and its own tests. Then, every form the writer proposes for any value, read by a
// second, regex-based rendering of each loader written here, must read back as that value; and a
// value no form carries is refused, never changed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DIALECT_RULES, type DotenvDialect } from '../../server/src/engine/fixes/envDialect';
import { upsertEnvVar } from '../../server/src/engine/fixes/envFile';
import { readEnvFile } from '../../server/src/engine/languages/dotenv';
import { LANGUAGES } from '../../server/src/engine/languages/catalogue';

/** The loader expands, runs, rejects, or reads the line in a way the engine does not claim to know. */
const REFUSED = undefined;

const LOADER_CASES: Record<Exclude<DotenvDialect, 'node-dotenv'>, Array<[raw: string, value: string | undefined]>> = {
  'python-dotenv': [
    ["'b\\'c'", "b'c"],
    ["'a\\\\b'", 'a\\b'],
    ["'a\\nb'", 'a\\nb'],
    ['"a\\nb"', 'a\nb'],
    ['"b\\"c"', 'b"c'],
    ['b # comment', 'b'],
    ['b#c', 'b#c'],
    ["'x' # comment", 'x'],
    ["'${HOME}'", REFUSED], // interpolation applies to single-quoted values too
    ['"${HOME}"', REFUSED],
    ['$HOME', '$HOME'], // only ${...} interpolates
    ["'unclosed", REFUSED],
  ],
  'ruby-dotenv': [
    ["'ba$r'", 'ba$r'],
    ["'$(echo hi)'", '$(echo hi)'],
    ['"ba\\$r"', 'ba$r'],
    ['"a\\\\b"', 'a\\b'],
    ['"say \\"hi\\""', 'say "hi"'],
    ['"it\'s"', "it's"],
    ['bar #comment', 'bar'],
    ['$BAR', REFUSED],
    ['"${bar}"', REFUSED],
    ['"$(echo hi)"', REFUSED],
    ['"a\\nb"', REFUSED], // a line break or `\n` as typed, by DOTENV_LINEBREAK_MODE
  ],
  phpdotenv: [
    ["'bar baz'", 'bar baz'],
    ['"with \\"escaped\\" quotes"', 'with "escaped" quotes'],
    ['"\\$BAR"', '$BAR'],
    ['"a\\\\b"', 'a\\b'],
    ['"line\\nbreak"', 'line\nbreak'],
    ['bar # comment', 'bar'],
    ['bar baz', REFUSED], // unexpected whitespace
    ['"a\\qb"', REFUSED], // an unexpected escape sequence
    ['"${BAR}"', REFUSED],
    ['"unclosed', REFUSED], // a multi-line value
    ["'it's'", REFUSED],
  ],
  godotenv: [
    ["'single $HOME'", 'single $HOME'],
    ['"a \\"quoted\\" word"', 'a "quoted" word'],
    ['"ends in \\""', 'ends in \\'], // the value loses every quote at its ends, an escaped one too
    ['"\\$HOME"', '$HOME'],
    ['"a\\\\b"', 'a\\b'],
    ['"a\\nb"', 'a\nb'],
    ['value # comment', 'value'],
    ['value#notcomment', 'value#notcomment'],
    ['plain---', 'plain'], // the file loses every `---\n` first
    ["'plain---'", 'plain---'],
    ['$HOME', REFUSED],
    ['"ends\\\\"', REFUSED], // the closing quote after a backslash does not close
  ],
  'dotenv-java': [
    ["'single'", "'single'"], // only double quotes are stripped
    ['"double"', 'double'],
    ['"a#b"', 'a#b'],
    ['a#b', 'a'],
    ['a"b', 'a"b'],
    ['pa$word', 'pa$word'],
    ['"a\\"b"', 'a\\"b'], // no escapes
    ['  padded  ', 'padded'],
  ],
  compose: [
    ['plain', 'plain'],
    ["'a b $c'", 'a b $c'],
    ['a$b', REFUSED],
    ['"double"', REFUSED],
    ["'a\\b'", REFUSED],
  ],
};

describe("each loader's rules, as the engine holds them", () => {
  for (const [dialect, cases] of Object.entries(LOADER_CASES) as Array<[DotenvDialect, Array<[string, string | undefined]>]>) {
    it(`${dialect} reads each case as its parser does`, () => {
      for (const [raw, value] of cases) assert.equal(DIALECT_RULES[dialect].read(raw), value, `${dialect} reading K=${raw}`);
    });
  }
});

// A second rendering of each loader, from the same sources, as the regexes those sources use.
const EXPANDS = '<expanded or refused>';

function unquotedUntilComment(raw: string, needsSpace: boolean): string {
  return (needsSpace ? raw.replace(/[ \t]+#.*$/, '') : raw.replace(/#.*$/, '')).trim();
}

const READERS: Record<DotenvDialect, (raw: string) => string> = {
  'node-dotenv': (raw) => readEnvFile(`K=${raw}\n`).get('K') ?? EXPANDS,
  'python-dotenv': (raw) => {
    const single = /^'((?:\\'|[^'])*)'$/.exec(raw);
    const double = /^"((?:\\"|[^"])*)"$/.exec(raw);
    const escapes: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
    const value = single
      ? single[1]!.replace(/\\([\\'])/g, '$1')
      : double
        ? double[1]!.replace(/\\([\\'"abfnrtv])/g, (_m, c: string) => escapes[c]!)
        : unquotedUntilComment(raw, true);
    return /\$\{[^}]*\}/.test(value) ? EXPANDS : value;
  },
  'ruby-dotenv': (raw) => {
    if (/^'[^']*'$/.test(raw)) return raw.slice(1, -1);
    const double = /^"((?:\\"|[^"])*)"$/.exec(raw);
    const inner = double ? double[1]! : unquotedUntilComment(raw, false);
    if (double && /\\[nr]/.test(inner)) return EXPANDS;
    const unescaped = inner.replace(/\\([^$])/g, '$1');
    if (/(^|[^\\])\$(\{?[A-Za-z0-9_]|\()/.test(unescaped)) return EXPANDS;
    return unescaped.replace(/\\\$/g, '$');
  },
  phpdotenv: (raw) => {
    if (/^'[^']*'$/.test(raw)) return raw.slice(1, -1);
    const double = /^"((?:\\.|[^"\\])*)"$/.exec(raw);
    if (double) {
      if (double[1]!.replace(/\\./g, '').includes('${')) return EXPANDS;
      const escapes: Record<string, string> = { '"': '"', '\\': '\\', $: '$', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
      let unexpected = false;
      const value = double[1]!.replace(/\\(.)/g, (_m, c: string) => {
        unexpected ||= escapes[c] === undefined;
        return escapes[c] ?? c;
      });
      return unexpected ? EXPANDS : value;
    }
    const value = unquotedUntilComment(raw, false);
    return /[\s'"\\]|\$\{/.test(value) ? EXPANDS : value;
  },
  godotenv: (raw) => {
    const line = `${raw}\n`.replace(/---\n/g, '\n').replace(/\n$/, '');
    if (/^'[^']*'$/.test(line) && !/\\'$/.test(line)) return line.slice(1, -1);
    const double = /^"((?:\\.|[^"\\])*)"$/.exec(line);
    const inner = double ? double[1]! : unquotedUntilComment(line, true);
    const decoded = double ? inner.replace(/\\./g, (m) => (m === '\\n' ? '\n' : m === '\\r' ? '\r' : m)).replace(/\\([^$])/g, '$1') : inner;
    if (/(^|[^\\])\$\{?[A-Z0-9_]/.test(decoded)) return EXPANDS;
    return decoded.replace(/\\\$/g, '$');
  },
  'dotenv-java': (raw) => {
    const match = /^\s*([\w.-]+)\s*(=)\s*('[^']*'|"[^"]*"|[^#]*)?\s*(#.*)?$/.exec(`K=${raw}`.trim());
    const group = match?.[3] ?? '';
    const trimmed = group.trim();
    return trimmed.startsWith('"') && trimmed.endsWith('"') && trimmed.length > 1 ? trimmed.slice(1, group.length - 1) : trimmed;
  },
  // compose-go before and after its escape rework: single quotes literal; unquoted `$$` and `$X` change the text.
  compose: (raw) => {
    if (/^'[^'\\]*'$/.test(raw)) return raw.slice(1, -1);
    const value = unquotedUntilComment(raw, true);
    return /[$\\"']/.test(value) ? EXPANDS : value;
  },
};

const tricky = fc.constantFrom("'", '"', '`', '#', ' #', '$', '$HOME', '${A}', '$(id)', '$$', '\\', "\\'", '\\\\', '\\n', '---', '=', ' ', '\t', '\n', 'é', 'x', 'Q7', '-');
const values = fc.oneof(fc.array(tricky, { maxLength: 10 }).map((parts) => parts.join('')), fc.stringMatching(/^[A-Za-z0-9_.@:/+-]{1,20}$/));
const DIALECTS = [...new Set(Object.values(LANGUAGES).map((language) => language.dotenvDialect))];

describe('.env values in the dialect of each loader', () => {
  it('every dialect a language names has rules', () => {
    assert.deepEqual([...DIALECTS].sort(), Object.keys(DIALECT_RULES).sort());
  });

  for (const dialect of DIALECTS) {
    it(`${dialect}: whatever the writer writes reads back exactly`, () => {
      fc.assert(
        fc.property(values, (value) => {
          const result = upsertEnvVar(undefined, 'K', value, dialect);
          if (result.status !== 'added') return;
          const raw = result.text.replace(/^K=/, '').replace(/\n$/, '');
          if (raw.includes('\n')) assert.equal(dialect, 'node-dotenv', 'only npm dotenv gets values across lines');
          else assert.equal(READERS[dialect](raw), value, `${dialect} reads ${JSON.stringify(raw)}`);
        }),
        { numRuns: 400 },
      );
    });
  }

  it("python: a value with a backslash and a quote, which npm's dotenv form would change, round-trips", () => {
    const value = "it's\\\\path";
    const written = upsertEnvVar(undefined, 'SECRET_KEY', value, 'python-dotenv');
    assert.equal(written.status, 'added');
    const raw = (written as { text: string }).text.replace(/^SECRET_KEY=/, '').trimEnd();
    assert.equal(READERS['python-dotenv'](raw), value);
    const npmForm = upsertEnvVar(undefined, 'SECRET_KEY', value, 'node-dotenv') as { text: string };
    assert.notEqual(READERS['python-dotenv'](npmForm.text.replace(/^SECRET_KEY=/, '').trimEnd()), value, 'the npm form would change the value for python');
  });

  // What each loader can carry: the line written, or no fix. `it's\x` needs a quote and a backslash.
  const WRITTEN: Record<DotenvDialect, Array<[value: string, line: string | undefined]>> = {
    'node-dotenv': [["it's\\x", '"it\'s\\x"'], ['pa$word', "'pa$word'"]],
    'python-dotenv': [["it's\\x", "'it\\'s\\\\x'"], ['pa$word', "'pa$word'"], ['a${B}', undefined]],
    'ruby-dotenv': [["it's\\x", '"it\'s\\\\x"'], ['pa$word', "'pa$word'"], ["it's $(id)", undefined]],
    phpdotenv: [["it's\\x", '"it\'s\\\\x"'], ['pa$word', "'pa$word'"], ["it's\nnext", '"it\'s\\nnext"']],
    godotenv: [["it's\\x", '"it\'s\\\\x"'], ['pa$word', "'pa$word'"], ['abc---', "'abc---'"], ["it's\\", undefined]],
    'dotenv-java': [["it's\\x", "it's\\x"], ['pa$word', 'pa$word'], ['a "quoted" #tag', undefined], ["'quoted'", "'quoted'"]],
    compose: [["it's\\x", undefined], ['pa$word', "'pa$word'"]],
  };
  for (const [dialect, cases] of Object.entries(WRITTEN) as Array<[DotenvDialect, Array<[string, string | undefined]>]>) {
    it(`${dialect}: writes each value in the loader's own quoting, or offers no fix`, () => {
      for (const [value, line] of cases) {
        const expected = line === undefined ? { status: 'unwritable' } : { status: 'added', text: `SECRET=${line}\n` };
        assert.deepEqual(upsertEnvVar(undefined, 'SECRET', value, dialect), expected, `${dialect}: ${JSON.stringify(value)}`);
      }
    });
  }
});
