// The `git log -p` reader: commits, paths (quoted, with spaces), hunk line numbers, the prefilter;
// and the fragment scan that finds object members in the lines a commit added.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RULES } from '../../server/src/engine/rules';
import { Grammars } from '../../server/src/grammars';
import { isClosed } from '../../server/src/history/closed';
import { scanAddedLines } from '../../server/src/history/fragments';
import { linePrefilter } from '../../server/src/history/history';
import { COMMIT_MARKER, headerPath, LogParser, type AddedLines } from '../../server/src/history/logParser';
import { fakePassword, fakeStripeKey } from '../helpers/gitRepo';

const CREDENTIAL_RULES = RULES.filter((rule) => rule.meta.id === 'hardcoded-credential');

function parse(lines: string[]): AddedLines[] {
  const changes: AddedLines[] = [];
  const parser = new LogParser(linePrefilter(CREDENTIAL_RULES), (change) => changes.push(change));
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

  it('keeps lines that only a check pattern announces (a seed phrase under a key with no credential word)', () => {
    // BIP-39 words with a valid checksum, made up for this test; the scan's prefilter passes the
    // same file through LanguageCheck.patterns, and history must not be stricter than the scan.
    const phrase = 'code fan double tell oval reform approve arch base riot time violin';
    const lines = [
      `${COMMIT_MARKER}4444444444444444444444444444444444444444 2024-01-05T03:04:05+00:00`,
      'diff --git a/config/deploy.yml b/config/deploy.yml',
      '+++ b/config/deploy.yml',
      '@@ -1,0 +1,2 @@',
      '+deployer:',
      `+  deed: ${phrase}`,
    ];
    const changes = parse(lines);
    assert.deepEqual(changes.map((change) => [change.path, change.hunks.map((hunk) => [hunk.firstLine, hunk.lines.length])]), [['config/deploy.yml', [[2, 1]]]]);
    const [found] = scanAddedLines(changes, {}, CREDENTIAL_RULES) as [ReturnType<typeof scanAddedLines>[number]];
    assert.deepEqual(found.map((item) => [item.line, item.value === phrase]), [[2, true]]);
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
    const [found] = scanAddedLines([change], {}, CREDENTIAL_RULES) as [ReturnType<typeof scanAddedLines>[number]];
    assert.deepEqual(found.map((item) => [item.line, item.value === password || item.value === stripeKey]), [
      [7, true],
      [30, true],
    ]);
    for (const item of found) assert.ok(!item.finding.message.includes(item.value), 'messages never hold the value');
  });

  it('scans the fragments of many changes together without one spilling into the next', async () => {
    const grammars = new Grammars();
    await grammars.ensure('python');
    const keys = Array.from({ length: 5 }, () => fakeStripeKey());
    const change = (path: string, lines: string[], firstLine = 1): AddedLines => ({ commit: 'c', date: 'd', path, hunks: [{ firstLine, lines }] });
    const changes = [
      change('a.js', ['const note = "an open string', `  stripeKey: '${keys[0]}',`]),
      change('b.js', ['/* a comment left open', `const stripeKey = '${keys[1]}';`]),
      change('c.js', [`  billing: { stripeKey: '${keys[2]}' },`], 40),
      change('d.ts', ['if (user) {', `  const stripeKey = '${keys[3]}';`], 7),
      change('e.py', [`    'STRIPE_KEY': '${keys[4]}',`], 3),
    ];
    const found = scanAddedLines(changes, { treeSitter: grammars }, CREDENTIAL_RULES);
    assert.deepEqual(
      found.map((items) => items.map((item) => [item.line, keys.indexOf(item.value)])),
      [[[2, 0]], [], [[40, 2]], [[8, 3]], [[3, 4]]],
    );
  });
});

describe('whether a fragment closes what it opens', () => {
  it('follows strings, comments and brackets in each language family', () => {
    assert.equal(isClosed("const a = { b: 'x}' }; // {", 'javascript'), true);
    assert.equal(isClosed("const a = { b: 'x' ;", 'javascript'), false);
    assert.equal(isClosed('const a = `x ${y}`;', 'javascript'), false);
    assert.equal(isClosed('/* open', 'go'), false);
    assert.equal(isClosed("x = {'a': 1}  # }", 'python'), true);
    assert.equal(isClosed('x = """doc', 'python'), false);
    assert.equal(isClosed("s = 'it\\'s'", 'ruby'), true);
    assert.equal(isClosed('x = <<~SQL', 'ruby'), false);
  });
});
