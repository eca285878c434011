// Editors count columns in UTF-16 code units (LSP's default) and lines at \n, \r\n or \r. With
// CRLF line ends, tabs and astral characters (emoji, math letters: two code units each) before a
// finding, the squiggle must still cover exactly the secret. The expected position is computed
// here independently of the engine's LineIndex.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scan } from '../../server/src/engine/scan';
import type { Position, Range } from '../../server/src/engine/types';
import { randomChars } from '../robustness/corpus';
import { grammarsLoadedBefore } from '../helpers/grammars';

const grammars = grammarsLoadedBefore(['python']);

/** The text an LSP range covers: lines split at \r\n, \r or \n; characters counted in UTF-16 units. */
function textAt(text: string, range: Range): string {
  const starts = [0];
  for (const match of text.matchAll(/\r\n|\r|\n/g)) starts.push(match.index + match[0].length);
  const offset = (position: Position) => starts[position.line]! + position.character;
  return text.slice(offset(range.start), offset(range.end));
}

const SECRET = randomChars(20);

/** Each file puts CRLF lines, tabs and two-unit characters before the secret, on its line and above. */
const CASES: { path: string; text: string }[] = [
  { path: 'src/a.js', text: `// 😀 note\r\n/* 😀\t𝒳 */\tconst password = '${SECRET}';\r\n` },
  { path: 'src/b.ts', text: `const note = '😀😀';\r\n\t\tconst apiKey: string = "${SECRET}"; // 🚀\r\n` },
  { path: 'src/c.jsx', text: `const label = <b>😀</b>;\rconst dbPassword = \`${SECRET}\`;\r` },
  { path: '.env', text: `# 😀 note\r\n\r\nDB_PASSWORD=${SECRET}\r\n` },
  { path: 'config/c.json', text: `{"note": "😀\t😀",\r\n "db": {"note": "𝒳", "password": "${SECRET}"}}` },
  { path: 'config/c.yaml', text: `note: "😀"\r\ndb: {note: "😀\t😀", password: ${SECRET}}\r\n` },
  { path: 'app.properties', text: `# 😀\r\ndb.note=😀\r\ndb.password=${SECRET}\r\n` },
  { path: 'Dockerfile', text: `# 😀 note\r\nFROM node:20\r\nENV NOTE="😀" DB_PASSWORD=${SECRET}\r\n` },
  { path: 'app/main.py', text: `# 😀\r\nnote = "😀\t😀"; password = "${SECRET}"  # 🚀\r\n` },
];

describe('finding ranges are exact LSP (UTF-16) ranges', () => {
  for (const { path, text } of CASES) {
    it(`${path}: the range covers the secret despite CRLF, tabs and emoji before it`, () => {
      const findings = scan({ path }, text, { treeSitter: grammars, gitIgnored: false });
      const covered = findings.filter((finding) => finding.ruleId === 'hardcoded-credential').map((finding) => textAt(text, finding.range));
      const exact = [SECRET, `'${SECRET}'`, `"${SECRET}"`, `\`${SECRET}\``];
      assert.ok(covered.some((piece) => exact.includes(piece)), `no range covers exactly the secret: ${JSON.stringify(covered)}`);
      // Any other finding (a committed .env names its key) covers no part of the secret.
      for (const piece of covered) assert.ok(exact.includes(piece) || !piece.includes(SECRET.slice(0, 8)), JSON.stringify(piece));
    });
  }

  it('counts an emoji as two columns and a tab as one, as VS Code does', () => {
    const text = `\t😀 = 1;\r\nconst x = 1; /*😀*/ const password = '${SECRET}';\r\n`;
    const [finding] = scan({ path: 'a.js' }, text);
    // Line 1 (0-based) after CRLF; `const x = 1; /*` is 15 units, 😀 two, `*/ const password = ` 20.
    assert.deepEqual(finding?.range, { start: { line: 1, character: 37 }, end: { line: 1, character: 37 + SECRET.length + 2 } });
  });

  it('a lone \\r ends a line, as LSP says', () => {
    const text = `const a = 1;\rconst b = 2;\r\nconst token = '${SECRET}';`;
    const [finding] = scan({ path: 'a.js' }, text);
    assert.deepEqual(finding?.range.start, { line: 2, character: 14 });
  });
});
