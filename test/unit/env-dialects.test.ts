// A value moved to .env must read back exactly through the loader of the app's language. Each
// loader's rules for one value (after `NAME=`) are written out here from its documentation and
// source, and every form the writer proposes, for any value, must read back as that value.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ENV_DIALECT_OF, type EnvDialect } from '../../server/src/engine/fixes/envDialect';
import { upsertEnvVar } from '../../server/src/engine/fixes/envFile';
import { readEnvFile } from '../../server/src/engine/fixes/dotenv';

/** What `${X}` / `$X` expansion turns text into when no variable is set: proof the text changed. */
const EXPANDED = '<expanded>';

function interpolate(text: string, braced: boolean, bare: boolean): string {
  let out = text;
  if (braced) out = out.replace(/\$\{[^}]*\}/g, EXPANDED);
  if (bare) out = out.replace(/\$[A-Za-z_]\w*/g, EXPANDED);
  return out;
}

function unquoted(raw: string): string {
  return raw.replace(/\s+#.*$/, '').trim();
}

/** One value as each loader reads it. */
const READERS: Record<EnvDialect, (raw: string) => string> = {
  'dotenv-js': (raw) => readEnvFile(`K=${raw}\n`).get('K') ?? EXPANDED,
  // python-dotenv: single quotes decode \\ and \'; double quotes decode escapes and interpolate ${X}.
  'python-dotenv': (raw) => {
    if (raw.startsWith("'") && raw.endsWith("'") && raw.length > 1) return raw.slice(1, -1).replace(/\\([\\'])/g, '$1');
    if (raw.startsWith('"') && raw.endsWith('"') && raw.length > 1) {
      const escapes: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
      return interpolate(raw.slice(1, -1), true, false).replace(/\\([\\'"abfnrtv])/g, (_m, c: string) => escapes[c]!);
    }
    return interpolate(unquoted(raw), true, false);
  },
  // Ruby dotenv: single quotes literal; otherwise `\x` unescapes and $X / ${X} expand.
  'ruby-dotenv': (raw) => {
    if (raw.startsWith("'") && raw.endsWith("'") && raw.length > 1) return raw.slice(1, -1);
    const inner = raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : unquoted(raw);
    return interpolate(inner, true, true).replace(/\\n/g, '\n').replace(/\\(.)/g, '$1');
  },
  // phpdotenv: single quotes literal; unquoted values cannot hold spaces or quotes, ${X} expands.
  phpdotenv: (raw) => {
    if (raw.startsWith("'") && raw.endsWith("'") && raw.length > 1) return raw.slice(1, -1).includes("'") ? EXPANDED : raw.slice(1, -1);
    const value = unquoted(raw);
    return /[\s'"\\]/.test(value) ? EXPANDED : interpolate(value, true, false);
  },
  // godotenv: single quotes literal; otherwise escapes and $X / ${X} expand.
  godotenv: (raw) => {
    if (raw.startsWith("'") && raw.endsWith("'") && raw.length > 1) return raw.slice(1, -1);
    return interpolate(unquoted(raw), true, true).replace(/\\(.)/g, '$1');
  },
  // dotenv-java: matching quotes are stripped, nothing else changes.
  'dotenv-java': (raw) => (/^(['"]).*\1$/s.test(raw) && raw.length > 1 ? raw.slice(1, -1) : raw.trim()),
  // docker compose: single quotes literal; otherwise $$ is $ and $X / ${X} interpolate.
  'docker-compose': (raw) => {
    if (raw.startsWith("'") && raw.endsWith("'") && raw.length > 1) return raw.slice(1, -1);
    const inner = raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : unquoted(raw);
    return interpolate(inner.replace(/\$\$/g, '\u0000'), true, true).replace(/\u0000/g, '$');
  },
};

const tricky = fc.constantFrom("'", '"', '`', '#', ' #', '$', '$HOME', '${A}', '$$', '\\', "\\'", '\\\\', '\\n', '=', ' ', '\t', '\n', 'é', 'x', 'Q7', '-');
const values = fc.oneof(fc.array(tricky, { maxLength: 10 }).map((parts) => parts.join('')), fc.stringMatching(/^[A-Za-z0-9_.@:/+-]{1,20}$/));
const DIALECTS = [...new Set(Object.values(ENV_DIALECT_OF))];

describe('.env values in the dialect of each loader', () => {
  for (const dialect of DIALECTS) {
    it(`${dialect}: whatever the writer writes reads back exactly`, () => {
      fc.assert(
        fc.property(values, (value) => {
          const result = upsertEnvVar(undefined, 'K', value, dialect);
          if (result.status !== 'added') return;
          const raw = result.text.replace(/^K=/, '').replace(/\n$/, '');
          if (raw.includes('\n')) assert.equal(dialect, 'dotenv-js', 'only npm dotenv gets values across lines');
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
    const npmForm = upsertEnvVar(undefined, 'SECRET_KEY', value, 'dotenv-js') as { text: string };
    assert.notEqual(READERS['python-dotenv'](npmForm.text.replace(/^SECRET_KEY=/, '').trimEnd()), value, 'the npm form would change the value for python');
  });

  it('compose, Ruby, PHP, Go, Java: a value no literal form can carry gets no fix rather than a changed one', () => {
    for (const dialect of ['docker-compose', 'ruby-dotenv', 'phpdotenv', 'godotenv', 'dotenv-java'] as const) {
      assert.deepEqual(upsertEnvVar(undefined, 'SECRET', "it's\\x", dialect), { status: 'unwritable' });
      assert.deepEqual(upsertEnvVar(undefined, 'SECRET', 'pa$word', dialect), { status: 'added', text: "SECRET='pa$word'\n" });
    }
  });
});
