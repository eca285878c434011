// Precision and recall of hardcoded-credential per language on the labelled cases in
// test/fixtures/eval-languages (⟦ ⟧ marks each credential). A finding that overlaps a marked
// range is a true positive, any other a false alarm; a marked range without a finding is a miss.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import { Grammars } from '../../server/src/grammars';
import { languageOf } from '../../server/src/engine/languages/detect';
import { scan } from '../../server/src/engine/scan';
import { LineIndex } from '../../server/src/engine/source';
import { parseMarkers } from '../helpers/markers';

const ROOT = join(__dirname, '..', 'fixtures', 'eval-languages');
const grammars = new Grammars();

interface Counts {
  truePositives: number;
  falsePositives: string[];
  misses: string[];
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.md') ? [] : [path];
  });
}

async function measure(): Promise<Map<string, Counts>> {
  const byLanguage = new Map<string, Counts>();
  for (const file of files(ROOT)) {
    const [folder, ...rest] = relative(ROOT, file).split(/[\\/]/);
    const path = rest.join('/');
    await grammars.ensure(languageOf(path));
    const { code, ranges } = parseMarkers(readFileSync(file, 'utf8'));
    const lines = new LineIndex(code);
    const expected = ranges.map((range) => ({ start: lines.offset(range.start), end: lines.offset(range.end) }));
    const found = scan({ path }, code, { treeSitter: grammars }).filter((finding) => finding.ruleId === 'hardcoded-credential');
    const counts = byLanguage.get(folder!) ?? { truePositives: 0, falsePositives: [], misses: [] };
    const hit = new Set<number>();
    for (const finding of found) {
      const index = expected.findIndex((span) => span.start < finding.span.end && finding.span.start < span.end);
      if (index >= 0) {
        hit.add(index);
        counts.truePositives++;
      } else counts.falsePositives.push(`${path}:${finding.range.start.line + 1}`);
    }
    expected.forEach((span, index) => {
      if (!hit.has(index)) counts.misses.push(`${path}:${lines.range(span).start.line + 1}`);
    });
    byLanguage.set(folder!, counts);
  }
  return byLanguage;
}

describe('hardcoded-credential on labelled cases, per language', () => {
  let results: Map<string, Counts>;
  before(async () => {
    results = await measure();
  });

  it('reaches precision >= 0.95 and recall >= 0.90 in every language', () => {
    assert.ok(results.size >= 8, 'every language folder was read');
    for (const [language, counts] of results) {
      const precision = counts.truePositives / Math.max(1, counts.truePositives + counts.falsePositives.length);
      const recall = counts.truePositives / Math.max(1, counts.truePositives + counts.misses.length);
      console.log(`${language}: precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)} (${counts.truePositives} found, ${counts.falsePositives.length} false, ${counts.misses.length} missed)`);
      assert.ok(precision >= 0.95, `${language} precision ${precision.toFixed(2)}; false alarms: ${counts.falsePositives.join(', ')}`);
      assert.ok(recall >= 0.9, `${language} recall ${recall.toFixed(2)}; misses: ${counts.misses.join(', ')}`);
    }
  });
});
