// What package.json and the rule pages must say, derived from the engine's catalogue of
// languages and its rules. `npm run catalogue` writes it; test/unit/catalogue.test.ts fails when
// a file says otherwise.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGE_IDS, LANGUAGES, codeLanguage, fileGlobs, languageRecord } from '../server/src/engine/languages/catalogue';
import { RULES } from '../server/src/engine/rules';
import type { Rule } from '../server/src/engine/rule';
import type { LanguageId } from '../server/src/engine/types';
import { FACTOR_NAMES } from '../server/src/format/factors';

const ROOT = join(__dirname, '..');

/** onLanguage for every editor id; workspaceContains for languages no editor names, and for our config file. */
export function activationEvents(): string[] {
  const byEditorId = LANGUAGE_IDS.flatMap((id) => LANGUAGES[id].editorIds.map((editorId) => `onLanguage:${editorId}`));
  const byName = LANGUAGE_IDS.filter((id) => LANGUAGES[id].editorIds.length === 0).flatMap((id) => fileGlobs(id).map((glob) => `workspaceContains:${glob}`));
  return [...byEditorId, ...byName, 'workspaceContains:.twelve-factor.json'];
}

/** The languages a rule checks, in catalogue order, by name: with the files it reads where it says (INI's uWSGI files). */
export function ruleLanguages(rule: Rule): string[] {
  const checked = new Set(rule.checks.flatMap((check) => check.languages));
  const named = (id: LanguageId) => {
    const { name, namedFiles } = languageRecord(id);
    const files = rule.meta.reads?.[id] ?? namedFiles;
    return files === undefined ? name : `${name} (${files})`;
  };
  // A notebook is checked by the checks of its cells' language.
  return LANGUAGE_IDS.filter((id) => checked.has(codeLanguage(id))).map(named);
}

/** The third line of a rule page: factor, default severity, languages. */
export function ruleHeaderLine(rule: Rule): string {
  const { factor, defaultSeverity } = rule.meta;
  return `**Factor ${factor} (${FACTOR_NAMES[factor]})** · default severity: \`${defaultSeverity}\` · languages: ${ruleLanguages(rule).join(', ')}`;
}

export const HEADER_LINE_INDEX = 2;

export function rulePagePath(rule: Rule): string {
  return join(ROOT, 'docs', 'rules', `${rule.meta.id}.md`);
}

function writeAll(): void {
  const manifestPath = join(ROOT, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest.activationEvents = activationEvents();
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  for (const rule of RULES) {
    const lines = readFileSync(rulePagePath(rule), 'utf8').split('\n');
    lines[HEADER_LINE_INDEX] = ruleHeaderLine(rule);
    writeFileSync(rulePagePath(rule), lines.join('\n'));
  }
}

if (require.main === module) writeAll();
