// `npm run bench prefilters`: what each check's prefilter costs on the bench tree (the 16 pinned packages,
// read in place as test/unit/prefilter-budget.test.ts reads them), asked as runChecks asks it: once per
// file and check, the keyword test (the file's one pass for its language's keywords, paid by the first check
// that asks) then the sharper lexical one. The CLI's profile puts these costs in
// "rules" (a check's prefilter lives beside it) and "prefilter + scan driver"; this splits them by check.
// Pass 1 runs cold, as a CLI run does; pass 2 again in the same process (the JIT warm). Wall time per
// check (run it on an idle machine), the engine run from source (tsx), as the unit tests run it.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { languageOf } from '../../server/src/engine/languages/detect';
import { TextPrefilters } from '../../server/src/engine/prefilter';
import { RULES } from '../../server/src/engine/rules';
import { keywordTableOf } from '../../server/src/engine/checkRuns';
import { appliesTo } from '../../server/src/engine/scan';
import { PACKAGES, sourceFiles } from './corpus';

const SHOWN = 12;

export function benchPrefilters(repo: string): string[] {
  const files: Array<{ text: string; language: NonNullable<ReturnType<typeof languageOf>> }> = [];
  for (const name of PACKAGES) {
    const folder = join(repo, 'node_modules', name);
    for (const file of sourceFiles(folder)) {
      const language = languageOf(relative(join(repo, 'node_modules'), file).replace(/\\/g, '/'));
      if (language) files.push({ text: readFileSync(file, 'utf8'), language });
    }
  }
  const bytes = files.reduce((sum, file) => sum + file.text.length, 0);
  const lines = [`Prefilters on the bench tree (${files.length} files the engine reads, ${(bytes / 2 ** 20).toFixed(1)} MiB), wall ms per check, as runChecks asks`];
  for (const pass of [1, 2]) {
    const perCheck = new Map<string, number>();
    let lowering = 0;
    let passed = 0;
    for (const { text, language } of files) {
      const started = performance.now();
      const input = new TextPrefilters(text).input({});
      lowering += performance.now() - started;
      for (const rule of RULES) {
        rule.checks.forEach((check, index) => {
          if (!check.languages.includes(language)) return;
          const before = performance.now();
          if (appliesTo(check, language, input, keywordTableOf(RULES, language))) passed++;
          const key = `${rule.meta.id}#${index} (${check.languages.slice(0, 3).join(', ')}${check.languages.length > 3 ? ', …' : ''})`;
          perCheck.set(key, (perCheck.get(key) ?? 0) + performance.now() - before);
        });
      }
    }
    const total = [...perCheck.values()].reduce((sum, ms) => sum + ms, 0);
    lines.push(`  pass ${pass}${pass === 1 ? ' (cold)' : ' (warm)'}: ${total.toFixed(0)} ms over every check (${passed} file-check pairs passed), lowering the texts ${lowering.toFixed(0)} ms`);
    for (const [key, ms] of [...perCheck].sort((a, b) => b[1] - a[1]).slice(0, SHOWN)) lines.push(`    ${ms.toFixed(0).padStart(6)} ms  ${key}`);
  }
  return lines;
}
