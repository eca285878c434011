// The `git log -p` reader: commits, paths (quoted, with spaces), hunk line numbers, the prefilter;
// and the fragment scan that finds object members in the lines a commit added.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RULES } from '../../server/src/engine/rules';
import { scanAddedLines } from '../../server/src/history/fragments';
import { prefilterKeywords } from '../../server/src/history/history';
import { KeywordMatcher } from '../../server/src/history/select';
import { COMMIT_MARKER, headerPath, LogParser, type AddedLines } from '../../server/src/history/logParser';
import { fakePassword, fakeStripeKey } from '../helpers/gitRepo';

const CREDENTIAL_RULES = RULES.filter((rule) => rule.meta.id === 'hardcoded-credential');

function parse(lines: string[]): AddedLines[] {
  const changes: AddedLines[] = [];
  const parser = new LogParser(new KeywordMatcher(prefilterKeywords(CREDENTIAL_RULES)), (change) => changes.push(change));
  lines.forEach((line) => parser.line(line));
  parser.end();
  return changes;
}

describe('the git log reader', () => {
  const password = fakePassword();
  const log = [
    `${COMMIT_MARKER}1111111111111111111111111111111111111111 2024-01-02T03:04:05+00:00`,
    '',
    'diff --git a/src/my config.js b/src/my config.js',
    'new file mode 100644',
    'index 0000000..1111111',
    '--- /dev/null',
    '+++ b/src/my config.js\t',
    '@@ -0,0 +1,3 @@',
    '+module.exports = {',
    `+  password: '${password}',`,
    '+};',
    'diff --git a/README.md b/README.md',
    '--- a/README.md',
    '+++ b/README.md',
    '@@ -4,0 +5 @@',
    '+nothing to see',
    `${COMMIT_MARKER}2222222222222222222222222222222222222222 2024-01-03T03:04:05+00:00`,
    'diff --git "a/caf\\303\\251.py" "b/caf\\303\\251.py"',
    '--- "a/caf\\303\\251.py"',
    '+++ "b/caf\\303\\251.py"',
    '@@ -10 +10,2 @@ def f():',
    '-    old = 1',
    `+    PASSWORD = '${password}'`,
    "+++ 'this added line starts with two pluses and holds a token'",
  ];

  it('yields the added lines with a keyword and a value (and the line after), at their file line numbers', () => {
    const changes = parse(log);
    assert.deepEqual(
      changes.map((change) => [change.commit.slice(0, 4), change.date, change.path, change.hunks.map((hunk) => [hunk.firstLine, hunk.lines.length])]),
      [
        ['1111', '2024-01-02T03:04:05+00:00', 'src/my config.js', [[2, 2]]],
        ['2222', '2024-01-03T03:04:05+00:00', 'café.py', [[10, 2]]],
      ],
    );
    assert.equal(changes[1]!.hunks[0]!.lines[1], "++ 'this added line starts with two pluses and holds a token'");
  });

  it('leaves out lines with a keyword but no value, and files with no keyword', () => {
    const lines = [
      `${COMMIT_MARKER}3333333333333333333333333333333333333333 2024-01-04T03:04:05+00:00`,
      'diff --git a/src/auth.ts b/src/auth.ts',
      '+++ b/src/auth.ts',
      '@@ -1,0 +1,2 @@',
      '+export function checkPassword(user: User, password: string) {',
      '+  return compare(password, user.passwordHash);',
      'diff --git a/src/util.ts b/src/util.ts',
      '+++ b/src/util.ts',
      '@@ -1,0 +1 @@',
      "+export const greeting = 'hello there';",
    ];
    assert.deepEqual(parse(lines), []);
  });

  it('reads quoted and plain header paths; a deleted file has none', () => {
    assert.equal(headerPath('b/a b.js\t'), 'a b.js');
    assert.equal(headerPath('"b/tab\\there.js"'), 'tab\there.js');
    assert.equal(headerPath('/dev/null'), undefined);
  });

  it('finds object members, statements and tokens in added lines, at their file line', () => {
    const stripeKey = fakeStripeKey();
    const change: AddedLines = {
      commit: 'c',
      date: 'd',
      path: 'src/config.ts',
      hunks: [
        { firstLine: 7, lines: [`    db: { password: '${password}' },`, '    port: 5432,'] },
        { firstLine: 30, lines: [`const stripe = '${stripeKey}';`] },
      ],
    };
    const found = scanAddedLines(change, {}, CREDENTIAL_RULES);
    assert.deepEqual(found.map((item) => [item.line, item.value === password || item.value === stripeKey]), [
      [7, true],
      [30, true],
    ]);
    for (const item of found) assert.ok(!item.finding.message.includes(item.value), 'messages never hold the value');
  });
});
