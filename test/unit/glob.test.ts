// The config's ignore globs: picomatch's answers for the syntax we support, in linear time for
// the patterns that made a regex-compiling matcher backtrack for minutes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import picomatch from 'picomatch';
import { compileGlobs, expandBraces } from '../../server/src/glob';

const PATTERNS = [
  'dist/**', '**/fixtures/**', 'scripts/seed.js', '*.js', '**/*.test.ts', 'src/**/*.{js,ts}', 'a/**/b', '**',
  '?.md', '[abc].txt', '[^a]x', '[a-c]*', 'docs/*', '.env*', '**/.env', 'a\\*b', 'src/*/index.js', '**/node_modules',
  '{a,b{c,d}}/x', 'a/**', '**/b/**/c.py',
];
const PATHS = [
  'dist', 'dist/', 'dist/app.js', 'dist/a/b.js', 'src/fixtures/x.js', 'fixtures/y', 'scripts/seed.js', 'x.js', 'src/x.js',
  'a.test.ts', 'src/a/b.test.ts', 'src/index.js', 'src/a/b/c.ts', 'src/c.py', 'a/b', 'a/x/y/b', 'ab', 'a.md', 'ab.md',
  'a.txt', 'd.txt', 'bx', 'ax', 'cat', 'docs/a', 'docs/a/b', '.env', '.env.local', 'deep/.env', 'a*b', 'axb',
  'src/app/index.js', 'lib/node_modules', 'a/x', 'bc/x', 'bd/x', 'be/x', 'a/', 'b/c.py', 'x/b/y/c.py',
];

describe('config globs', () => {
  it('answer as picomatch does for the supported syntax', () => {
    for (const pattern of PATTERNS) {
      const ours = compileGlobs([pattern]);
      const theirs = picomatch(pattern, { dot: true });
      for (const path of PATHS) assert.equal(ours(path), theirs(path), `${pattern} on ${path}`);
    }
  });

  it('expand braces, and keep an explosion of alternatives literal', () => {
    assert.deepEqual(expandBraces('src/{a,b}/{c,d}.js'), ['src/a/c.js', 'src/a/d.js', 'src/b/c.js', 'src/b/d.js']);
    const explosive = '{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}';
    assert.deepEqual(expandBraces(explosive), [explosive]);
  });

  it('match hostile patterns in linear time', () => {
    const hostile = ['+(a*)b', '*a*a*a*a*a*a*a*a*a*a*a*a*b', '**/**/**/**/**/**/**/**/x', `${'a*'.repeat(200)}b`, '@(a|aa)*c'];
    const match = compileGlobs(hostile);
    const name = `${'a'.repeat(4000)}`;
    const started = performance.now();
    assert.equal(match(name), false);
    assert.equal(match(`${'a/'.repeat(2000)}y`), false);
    const ms = performance.now() - started;
    assert.ok(ms < 2000, `${ms} ms`);
  });
});
