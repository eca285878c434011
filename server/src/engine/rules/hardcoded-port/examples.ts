// The examples of hardcoded-port: its tests and its documentation, kept beside its checks but out of
// the rule object, so no bundle imports them (test/unit/rule-examples.test.ts runs them).
import type { RuleExamples } from '../../rule';
import { procfileExamples } from './config-procfile-examples';
import { iniExamples } from './config-ini-examples';
import { shellExamples } from './config-shell-examples';
import { platformExamples } from './config-platforms-examples';
import { hoconExamples } from './config-hocon-examples';
import { goExamples } from './go-examples';
import { javaExamples } from './java-examples';
import { kotlinExamples } from './kotlin-examples';
import { phpExamples } from './php-examples';
import { rubyExamples } from './ruby-examples';
import { javascriptExamples } from './javascript-examples';
import { pythonExamples } from './python-examples';
import { developmentFlagExamples } from '../development-flag-examples';
import type { LanguageId } from '../../types';

export const hardcodedPortExamples: RuleExamples = {
  ruleId: 'hardcoded-port',
  sets: [
    { languages: ['javascript', 'typescript'], examples: javascriptExamples },
    { languages: ['python'], examples: pythonExamples },
    { languages: ['go'], examples: goExamples },
    { languages: ['java'], examples: javaExamples },
    { languages: ['kotlin'], examples: kotlinExamples },
    { languages: ['ruby'], examples: rubyExamples },
    { languages: ['php'], examples: phpExamples },
    { languages: ['procfile'], examples: procfileExamples },
    { languages: ['shell'], examples: shellExamples },
    { languages: ['ini'], examples: iniExamples },
    { languages: ['yaml'], examples: platformExamples },
    { languages: ['hocon'], examples: hoconExamples },
    // Behind a stage flag, in each language: production's side reported, development's silent.
    ...Object.entries(developmentFlagExamples('port')).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
  ],
};
