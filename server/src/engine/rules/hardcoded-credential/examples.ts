// The examples of hardcoded-credential: its tests and its documentation, kept beside its checks but out of
// the rule object, so no bundle imports them (test/unit/rule-examples.test.ts runs them).
import type { RuleExamples } from '../../rule';
import { dockerfileExamples } from './config-dockerfile-examples';
import { dotenvExamples, dotenvIgnoredExamples } from './config-dotenv-examples';
import { goExamples } from './go-examples';
import { iniCredentialExamples, phpCredentialExamples } from './php-examples';
import { javaExamples, jdbcConfigExamples } from './java-examples';
import { javascriptExamples } from './javascript-examples';
import { jsonExamples } from './config-json-examples';
import { kotlinExamples } from './kotlin-examples';
import { propertiesExamples } from './config-properties-examples';
import { pythonExamples } from './python-examples';
import { rubyExamples } from './ruby-examples';
import { yamlExamples } from './config-yaml-examples';

export const hardcodedCredentialExamples: RuleExamples = {
  ruleId: 'hardcoded-credential',
  sets: [
    { languages: ['dockerfile'], examples: dockerfileExamples },
    { languages: ['dotenv'], examples: dotenvExamples },
    { languages: ['dotenv'], examples: dotenvIgnoredExamples },
    { languages: ['json'], examples: jsonExamples },
    { languages: ['properties'], examples: propertiesExamples },
    { languages: ['yaml'], examples: yamlExamples },
    { languages: ['go'], examples: goExamples },
    { languages: ['java'], examples: javaExamples },
    { languages: ['kotlin'], examples: kotlinExamples },
    { languages: ['properties', 'yaml'], examples: jdbcConfigExamples },
    { languages: ['javascript', 'typescript'], examples: javascriptExamples },
    { languages: ['php'], examples: phpCredentialExamples },
    { languages: ['ini'], examples: iniCredentialExamples },
    { languages: ['python'], examples: pythonExamples },
    { languages: ['ruby'], examples: rubyExamples },
  ],
};
