// Every rule's examples are its tests: valid ones must stay silent, invalid ones must report
// exactly the marked ranges. A rule whose examples fail cannot pass the suite.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { languageOfScript } from '../../server/src/engine/languages/detect';
import { RULES } from '../../server/src/engine/rules';
import { exampleSets } from '../../server/src/engine/rules/examples';
import { applyEdits } from '../../server/src/engine/fixes/apply';
import { scan } from '../../server/src/engine/scan';
import type { FixData, LanguageId } from '../../server/src/engine/types';
import { formatRange, parseMarkers } from '../helpers/markers';
import { grammarsLoadedBefore } from '../helpers/grammars';

/** An example is read as an audit reads its file: by its name, or a script without an extension by its `#!` line. */
function exampleFile(path: string, code: string): { path: string; language?: LanguageId } {
  const language = languageOfScript(path, code);
  return language ? { path, language } : { path };
}

const grammars = grammarsLoadedBefore();

for (const rule of RULES) {
  describe(`rule ${rule.meta.id}`, () => {
    const only = [rule];
    it('has examples for every language it checks, and only those', () => {
      const checked = new Set(rule.checks.flatMap((check) => check.languages));
      const exemplified = new Set(exampleSets(rule.meta.id).flatMap((set) => set.languages));
      assert.deepEqual([...exemplified].sort(), [...checked].sort());
    });
    for (const set of exampleSets(rule.meta.id)) {
      for (const [index, example] of set.examples.valid.entries()) {
        it(`valid [${set.languages[0]}] ${example.name ?? index}: ${example.path}`, () => {
          const findings = scan(exampleFile(example.path, example.code), example.code, { ...example.options, treeSitter: grammars }, only);
          assert.deepEqual(
            findings.map((f) => `${formatRange(f.range)} ${f.message}`),
            [],
            `expected no finding in:\n${example.code}`,
          );
        });
      }
      for (const [index, example] of set.examples.invalid.entries()) {
        it(`invalid [${set.languages[0]}] ${example.name ?? index}: ${example.path}`, () => {
          const { code, ranges, related } = parseMarkers(example.code);
          assert.ok(ranges.length > 0, 'an invalid example must mark at least one range');
          const findings = scan(exampleFile(example.path, code), code, { ...example.options, treeSitter: grammars }, only);
          assert.deepEqual(findings.map((f) => formatRange(f.range)), ranges.map(formatRange), `ranges in:\n${example.code}`);
          const relatedFound = findings.flatMap((f) => f.related ?? []).filter((place) => place.path === undefined).map((place) => place.range);
          assert.deepEqual(relatedFound.map(formatRange), related.map(formatRange), `related locations (⟪ ⟫) in:\n${example.code}`);
          for (const finding of findings) {
            assert.equal(finding.ruleId, rule.meta.id);
            if (example.severity) assert.equal(finding.severity, example.severity, `severity of "${finding.message}"`);
            if (example.confidence) assert.equal(finding.confidence, example.confidence, `confidence of "${finding.message}"`);
            assert.match(finding.message, new RegExp(`\\b${rule.meta.factor}\\b`), 'the message names the factor');
            const elsewhere = [...new Set((finding.related ?? []).flatMap((place) => (place.path === undefined ? [] : [place.path])))];
            assert.deepEqual(elsewhere.sort(), [...(example.relatedFiles ?? [])].sort(), `files of related locations of "${finding.message}"`);
            for (const part of example.messageIncludes ?? []) assert.ok(finding.message.includes(part), `message "${finding.message}" lacks "${part}"`);
            if (example.fix) assert.deepEqual(pick(finding.fix, Object.keys(example.fix)), example.fix);
            if (example.noFixBecause !== undefined) {
              assert.equal(finding.fix, undefined, 'no fix where the language needs a constant');
              assert.ok(finding.noFixReason?.includes(example.noFixBecause), `reason "${finding.noFixReason}" lacks "${example.noFixBecause}"`);
            }
          }
          if (example.output !== undefined) assert.equal(fixedOutput(code, findings[0]?.fix), example.output, 'output after the fix');
        });
      }
    }
  });
}

/** The file after an in-file fix; move-to-env outputs are checked by the fixes tests, which need .env. */
function fixedOutput(code: string, fix: FixData | undefined): string | undefined {
  if (!fix || fix.kind === 'move-to-env') return undefined;
  return applyEdits(code, fix.edits);
}

function pick(value: object | undefined, keys: string[]): Record<string, unknown> | undefined {
  if (!value) return undefined;
  return Object.fromEntries(keys.map((key) => [key, (value as Record<string, unknown>)[key]]));
}
