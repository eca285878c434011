// The examples of undeclared-dependency: its tests and its documentation, kept beside its checks but
// out of the rule object, so no bundle imports them (test/unit/rule-examples.test.ts runs them).
import type { RuleExamples } from '../../rule';
import { javascriptExamples } from './javascript-examples';
import { pythonExamples } from './python-examples';

export const undeclaredDependencyExamples: RuleExamples = {
  ruleId: 'undeclared-dependency',
  sets: [
    { languages: ['javascript', 'typescript'], examples: javascriptExamples },
    { languages: ['python'], examples: pythonExamples },
  ],
};
