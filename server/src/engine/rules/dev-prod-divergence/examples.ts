// The examples of dev-prod-divergence: its tests and its documentation, kept beside its checks
// but out of the rule object, so no bundle imports them.
import type { RuleExamples } from '../../rule';
import { goExamples, phpExamples, rubyExamples, symfonyExamples } from './code-examples';
import { configExamples, springProfileExamples } from './config-examples';
import { environmentFileExamples } from './environment-files-examples';
import { javascriptExamples } from './javascript-examples';
import { propertiesExamples } from './properties-examples';
import { springProfileFileExamples } from './compose-examples';
import { pythonExamples } from './python-examples';

export const devProdDivergenceExamples: RuleExamples = {
  ruleId: 'dev-prod-divergence',
  sets: [
    { languages: ['javascript', 'typescript'], examples: javascriptExamples },
    { languages: ['yaml'], examples: configExamples.yaml },
    { languages: ['yaml'], examples: springProfileExamples },
    { languages: ['json'], examples: configExamples.json },
    { languages: ['python'], examples: pythonExamples },
    { languages: ['properties'], examples: propertiesExamples },
    { languages: ['yaml', 'properties'], examples: springProfileFileExamples },
    { languages: ['yaml'], examples: symfonyExamples },
    { languages: ['go'], examples: goExamples },
    { languages: ['ruby'], examples: rubyExamples },
    { languages: ['php'], examples: phpExamples },
    { languages: ['json', 'yaml', 'python'], examples: environmentFileExamples },
  ],
};
