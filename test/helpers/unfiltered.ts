// A rule's checks with their prefilters (keywords, patterns, mayReport) removed: each runs on every
// file of its languages. The prefilter tests compare a scan with these against the real one.
import type { LanguageCheck, Rule } from '../../server/src/engine/rule';

export function withoutPrefilter(check: LanguageCheck): LanguageCheck {
  return { languages: check.languages, keywords: [], check: check.check, ...(check.readsDevelopmentFiles ? { readsDevelopmentFiles: true as const } : {}) };
}

export function withoutPrefilters(rule: Rule): Rule {
  return { meta: rule.meta, checks: rule.checks.map(withoutPrefilter) };
}
