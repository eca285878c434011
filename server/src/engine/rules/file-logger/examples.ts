// The examples of file-logger: its tests and its documentation, kept beside its checks but out of
// the rule object, so no bundle imports them (test/unit/rule-examples.test.ts runs them).
import type { RuleExamples } from '../../rule';
import { codeExamples, springExamples, xmlExamples } from './java-examples';
import { goExamples } from './go-examples';
import { loggingIniExamples, loggingYamlExamples } from './config-examples';
import { iniFileLoggerExamples, phpFileLoggerExamples } from './php-examples';
import { invalidExamples } from './javascript-examples-invalid';
import { pythonExamples } from './python-examples';
import { rubyExamples } from './ruby-examples';
import { validExamples } from './javascript-examples-valid';

export const fileLoggerExamples: RuleExamples = {
  ruleId: 'file-logger',
  sets: [
    { languages: ['go'], examples: goExamples },
    { languages: ['properties', 'yaml'], examples: springExamples },
    { languages: ['xml'], examples: xmlExamples },
    { languages: ['java', 'kotlin'], examples: codeExamples },
    { languages: ['javascript', 'typescript'], examples: { valid: validExamples, invalid: invalidExamples } },
    { languages: ['php'], examples: phpFileLoggerExamples },
    { languages: ['ini'], examples: iniFileLoggerExamples },
    { languages: ['ini'], examples: loggingIniExamples },
    { languages: ['yaml'], examples: loggingYamlExamples },
    { languages: ['python'], examples: pythonExamples },
    { languages: ['ruby'], examples: rubyExamples },
  ],
};
