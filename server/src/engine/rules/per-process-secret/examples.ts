// The examples of per-process-secret: its tests and its documentation, kept beside its checks but out of
// the rule object, so no bundle imports them (test/unit/rule-examples.test.ts runs them).
import type { RuleExamples } from '../../rule';
import type { LanguageId } from '../../types';
import { dockerfileExamples, procfileExamples, shellExamples, yamlExamples } from './commands-examples';
import { ENV_GUARD_EXAMPLES } from './env-guard-examples';
import { goExamples } from './go-examples';
import { javascriptExamples, typescriptExamples } from './javascript-examples';
import { javaExamples, kotlinExamples } from './jvm-examples';
import { phpExamples } from './php-examples';
import { pythonExamples } from './python-examples';
import { rubyExamples } from './ruby-examples';

export const perProcessSecretExamples: RuleExamples = {
  ruleId: 'per-process-secret',
  sets: [
    { languages: ['python'], examples: pythonExamples },
    { languages: ['javascript'], examples: javascriptExamples },
    { languages: ['typescript'], examples: typescriptExamples },
    { languages: ['go'], examples: goExamples },
    { languages: ['java'], examples: javaExamples },
    { languages: ['kotlin'], examples: kotlinExamples },
    { languages: ['ruby'], examples: rubyExamples },
    { languages: ['php'], examples: phpExamples },
    { languages: ['shell'], examples: shellExamples },
    { languages: ['dockerfile'], examples: dockerfileExamples },
    { languages: ['procfile'], examples: procfileExamples },
    { languages: ['yaml'], examples: yamlExamples },
    // Every language: a random key only when no value was configured (a guard, `||=`, Spring's defaults) is information.
    ...Object.entries(ENV_GUARD_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
  ],
};
