// How much library code the prefilters let through to the parsers, held to a recorded budget. On
// 6 December a new check's prefilter passed most of the bench tree's bundles (the JS parsed 575 ->
// 2,755 KB, the CLI half again as slow) and only `npm run bench` saw it; the property tests hold
// the other side (no finding lost), which a prefilter that passes everything satisfies. The tree is
// the bench's own (scripts/bench/corpus.ts): the sources of 16 npm packages pinned in
// package-lock.json, read in place from node_modules. Per language, the bytes some check lets
// through (what reaches its parser) and the bytes each rule's checks let through must stay within
// their recorded figure plus a margin; a failure names the rule, its checks and their files.
// A change that lowers them, or a new pinned version, is recorded again with
// RECORD_PREFILTER_BUDGET=1 node test/run.mjs test/unit/prefilter-budget.test.ts
import assert from 'node:assert/strict';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { languageOf } from '../../server/src/engine/languages/detect';
import { TextPrefilters } from '../../server/src/engine/prefilter';
import { RULES } from '../../server/src/engine/rules';
import { appliesTo, mayRunAnyCheck, scanParsed } from '../../server/src/engine/scan';
import { ParsedDocument } from '../../server/src/engine/languages';
import type { LanguageId } from '../../server/src/engine/types';
import { PACKAGES, sourceFiles } from '../../scripts/bench/corpus';

const REPO = join(__dirname, '..', '..');
const RECORD = join(__dirname, 'prefilter-budget.json');

interface Budget {
  /** name@version of each package read: another version is another tree. */
  packages: string[];
  /**
   * Per language, the bytes of the files that reach its parser: for JS and TS, handed to
   * `ts.createSourceFile` by a scan (a check that passes may read the text alone); for the others,
   * passed by some check.
   */
  parsed: Record<string, number>;
  /** The files that reach a parser, to name the new ones when a language's figure is over. */
  parsedFiles: string[];
  /**
   * Per rule and language (`rule-id (language)`, stable when a rule gains a check), the bytes of the
   * files one of the rule's checks passes; none listed where none passes.
   */
  rules: Record<string, number>;
}

/** A check may pass this much more than recorded before the test fails: a fifth, and 16 KiB for a small figure. */
const allowed = (recorded: number): number => Math.round(recorded * 1.2) + 16 * 1024;

interface Passed {
  path: string;
  bytes: number;
  /** The indices, in the rule's `checks`, of the checks that passed it. */
  checks: number[];
}

interface Measured extends Budget {
  /** Per rule and language, the files its checks pass, largest first (for the failure's message). */
  files: Record<string, Passed[]>;
  /** Per file that reaches a parser, its size and the checks (`rule-id#index`) that let it through. */
  reaching: Map<string, { language: string; bytes: number; checks: string[] }>;
}

const add = (record: Record<string, number>, key: string, bytes: number): void => {
  record[key] = (record[key] ?? 0) + bytes;
};

function measure(): Measured {
  const packages: string[] = [];
  const parsed: Record<string, number> = {};
  const rules: Record<string, number> = {};
  const files: Measured['files'] = {};
  const reaching: Measured['reaching'] = new Map();
  for (const name of PACKAGES) {
    const folder = join(REPO, 'node_modules', name);
    packages.push(`${name}@${(JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string }).version}`);
    for (const file of sourceFiles(folder)) {
      const path = relative(join(REPO, 'node_modules'), file).replace(/\\/g, '/');
      const language = languageOf(path);
      if (!language) continue;
      const text = readFileSync(file, 'utf8');
      const bytes = statSync(file).size;
      const prefilters = new TextPrefilters(text);
      const reaches = mayRunAnyCheck(language, text, {}, RULES, prefilters) && (!SCRIPTS.has(language) || parsesTypeScript(path, text, language));
      if (reaches) add(parsed, language, bytes);
      const input = prefilters.input({});
      const passing: string[] = [];
      for (const rule of RULES) {
        const checks = rule.checks.flatMap((check, index) => (appliesTo(check, language, input) ? [index] : []));
        if (checks.length === 0) continue;
        const key = `${rule.meta.id} (${language})`;
        add(rules, key, bytes);
        (files[key] ??= []).push({ path, bytes, checks });
        passing.push(...checks.map((index) => `${rule.meta.id}#${index}`));
      }
      if (reaches) reaching.set(path, { language, bytes, checks: passing });
    }
  }
  for (const list of Object.values(files)) list.sort((a, b) => b.bytes - a.bytes);
  return { packages, parsed, parsedFiles: [...reaching.keys()].sort(), rules, files, reaching };
}

const SCRIPTS = new Set(['javascript', 'typescript']);

/**
 * Whether a scan of the file hands it to the TypeScript compiler's parser: ParsedDocument parses on
 * the first read of its `typescript` tree, which it keeps (a private field, read here alone).
 */
function parsesTypeScript(path: string, text: string, language: LanguageId): boolean {
  const parsed = new ParsedDocument(path, text, language);
  try {
    scanParsed(parsed);
    return (parsed as unknown as { tsSource?: unknown }).tsSource !== undefined;
  } finally {
    parsed.dispose();
  }
}

const sorted = (record: Record<string, number>): Record<string, number> => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;

describe('prefilters on library code', () => {
  it('let no more of the bench tree through to the parsers than recorded', () => {
    const measured = measure();
    if (process.env['RECORD_PREFILTER_BUDGET']) {
      const budget: Budget = { packages: measured.packages, parsed: sorted(measured.parsed), parsedFiles: measured.parsedFiles, rules: sorted(measured.rules) };
      writeFileSync(RECORD, `${JSON.stringify(budget, null, 2)}\n`);
      return;
    }
    const budget = JSON.parse(readFileSync(RECORD, 'utf8')) as Budget;
    assert.deepEqual(measured.packages, budget.packages, 'the pinned packages changed: record the budget again (RECORD_PREFILTER_BUDGET=1)');
    const over: string[] = [];
    const recordedFiles = new Set(budget.parsedFiles);
    for (const [language, bytes] of Object.entries(measured.parsed)) {
      const recorded = budget.parsed[language] ?? 0;
      if (bytes <= allowed(recorded)) continue;
      const added = [...measured.reaching].filter(([path, file]) => file.language === language && !recordedFiles.has(path)).sort(([, a], [, b]) => b.bytes - a.bytes);
      const list = added.slice(0, 12).map(([path, file]) => `    ${path} (${kb(file.bytes)}): passed by ${file.checks.join(', ')}`);
      over.push(`  ${language}: ${kb(bytes)} reach its parser (recorded ${kb(recorded)}), ${added.length} files new, the largest:\n${list.join('\n')}`);
    }
    for (const [key, bytes] of Object.entries(measured.rules)) {
      const recorded = budget.rules[key] ?? 0;
      if (bytes <= allowed(recorded)) continue;
      const passed = measured.files[key]!;
      const list = passed.slice(0, 12).map((file) => `    ${file.path} (${kb(file.bytes)}): checks #${file.checks.join(', #')}`);
      over.push(`  ${key} lets ${kb(bytes)} through (recorded ${kb(recorded)}), ${passed.length} files, the largest:\n${list.join('\n')}`);
    }
    assert.equal(over.length, 0, `the prefilters let more library code through than recorded:\n${over.join('\n')}`);
  });
});
