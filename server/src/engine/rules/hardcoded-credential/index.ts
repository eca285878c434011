import { docsUrl, type LanguageCheck, type Rule } from '../../rule';
import { withCredentialConfidence } from '../../secrets/confidence';
import type { PrefilterInput } from '../../prefilter';
import { WORD_RUN } from '../../secrets/mnemonic';
import { configChecks } from './config';
import { javascriptCheck } from './javascript';
import { pythonChecks } from './python';
import { goChecks } from './go';
import { javaChecks } from './java';
import { rubyChecks } from './ruby';
import { phpChecks } from './php';

export const hardcodedCredential: Rule = {
  meta: {
    id: 'hardcoded-credential',
    factor: 'III',
    title: 'Hardcoded credential',
    description:
      'Factor III (Config) keeps credentials out of the code: a secret committed to the repository is ' +
      'shared with everyone who can read it, cannot differ between deploys, and cannot be rotated without a ' +
      'code change. Read it from the environment instead.',
    defaultSeverity: 'error',
    hint: 'Read the value from the environment and keep it in a git-ignored .env file (the quick-fix does both).',
    docsUrl: docsUrl('hardcoded-credential'),
  },
  checks: [javascriptCheck, ...configChecks, ...pythonChecks, ...goChecks, ...javaChecks, ...rubyChecks, ...phpChecks].map(withConfidence).map(orSeedPhrase),
};

/**
 * A wallet's seed phrase is found by its format in any file, one that names no credential too: the
 * keyword gate lets through a text holding a run of twelve words or more (the format's own regex).
 */
function orSeedPhrase(check: LanguageCheck): LanguageCheck {
  const { keywords, mayReport } = check;
  if (keywords.length === 0) return check;
  const passes = (file: PrefilterInput) => keywords.some((word) => file.lowered.includes(word)) || file.text.search(WORD_RUN) >= 0;
  return { ...check, keywords: [], mayReport: (file) => passes(file) && (mayReport === undefined || mayReport(file)) };
}

/** Every language's reports get their confidence (format, name and entropy, name only) the same way. */
function withConfidence(check: LanguageCheck): LanguageCheck {
  return {
    ...check,
    check: (context) => check.check({ ...context, report: (report) => context.report(withCredentialConfidence(report, context.text)) }),
  };
}
