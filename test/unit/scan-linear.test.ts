// A file's scan grows linearly with a keyed table in it, in every language that writes one: the
// checks judge an entry by its siblings (a `pass` beside a `user`, an API key beside an admin key),
// and asking for the siblings from every entry made real vendored tables quadratic (a PHP HTML
// entity map of 2,000 entries took 64 s). Four times the entries must cost well under sixteen
// times the CPU; a linear scan costs about four.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { before, describe, it } from 'node:test';
import { languageOf } from '../../server/src/engine/languages/detect';
import { scan } from '../../server/src/engine/scan';
import { Grammars } from '../../server/src/grammars';

type Entry = { key: string; value: string };
type Table = (entries: readonly Entry[]) => string;

/** Each language's table, written as vendored code writes it; every 50th entry is a credential by name. */
const TABLES: Record<string, Table> = {
  'lib/Entities.php': (entries) => `<?php\nreturn [\n${entries.map(({ key, value }) => `    '${key}' => '${value}',\n`).join('')}];\n`,
  'src/entities.js': (entries) => `module.exports = {\n${entries.map(({ key, value }) => `  ${key}: '${value}',\n`).join('')}};\n`,
  'src/entities.ts': (entries) => `export const ENTITIES: Record<string, string> = {\n${entries.map(({ key, value }) => `  '${key}': '${value}',\n`).join('')}};\n`,
  'app/entities.py': (entries) => `ENTITIES = {\n${entries.map(({ key, value }) => `    '${key}': '${value}',\n`).join('')}}\n`,
  'lib/entities.rb': (entries) => `ENTITIES = {\n${entries.map(({ key, value }) => `  '${key}' => '${value}',\n`).join('')}}.freeze\n`,
  'html/entities.go': (entries) => `package html\n\nvar entities = map[string]string{\n${entries.map(({ key, value }) => `\t"${key}": "${value}",\n`).join('')}}\n`,
  'src/main/java/Entities.java': (entries) =>
    `import java.util.Map;\n\nclass Entities {\n  static final Map<String, String> ALL = Map.ofEntries(\n${entries.map(({ key, value }) => `    Map.entry("${key}", "${value}")`).join(',\n')});\n}\n`,
  'src/main/kotlin/Entities.kt': (entries) => `val ENTITIES = mapOf(\n${entries.map(({ key, value }) => `    "${key}" to "${value}",\n`).join('')})\n`,
  'config/entities.yml': (entries) => entries.map(({ key, value }) => `${key}: ${value}\n`).join(''),
  'config/entities.json': (entries) => `${JSON.stringify(Object.fromEntries(entries.map(({ key, value }) => [key, value])), null, 2)}\n`,
};

function entries(count: number): Entry[] {
  return Array.from({ length: count }, (_, index) => ({
    key: index % 50 === 49 ? `api_key_${index}` : `entity_${index}`,
    // Fresh random letters and digits: a credential's value is never a real or documented key.
    value: index % 50 === 49 ? `Zq${randomBytes(12).toString('hex')}` : randomBytes(4).toString('hex'),
  }));
}

/**
 * CPU milliseconds of one scan, the least of seven: a JSON table's small scan takes ~30 ms, so one
 * collection in a run of three moved the ratio past the bound in a full, busy test run, and on a
 * clean-clone CI run with every core busy the median of five still read 5.5x as 11x. The least is the
 * scan's own cost; a scan that grows faster than linearly grows in every run, the least too.
 */
function scanCpu(path: string, text: string, grammars: Grammars): number {
  const times = [0, 1, 2, 3, 4, 5, 6].map(() => {
    const before = process.cpuUsage();
    scan({ path }, text, { treeSitter: grammars });
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000;
  });
  return Math.min(...times);
}

describe('a scan is linear in the size of a keyed table', () => {
  const grammars = new Grammars();
  before(async () => {
    for (const path of Object.keys(TABLES)) await grammars.ensure(languageOf(path));
  });

  for (const [path, table] of Object.entries(TABLES)) {
    it(path, () => {
      const small = table(entries(1500));
      const large = table(entries(6000));
      const findings = scan({ path }, large, { treeSitter: grammars });
      assert.ok(findings.length > 0, 'the table is scanned: its credential-named entries are found');
      // Warm-up: the first scans compile what the rest run and grow the heap to the large table's size.
      scan({ path }, small, { treeSitter: grammars });
      scan({ path }, large, { treeSitter: grammars });
      const ratio = scanCpu(path, large, grammars) / Math.max(1, scanCpu(path, small, grammars));
      assert.ok(ratio < 9, `4x the entries took ${ratio.toFixed(1)}x the CPU`);
    });
  }
});
