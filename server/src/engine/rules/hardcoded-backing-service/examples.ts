// The examples of hardcoded-backing-service: its tests and its documentation, kept beside its
// checks but out of the rule object, so no bundle imports them.
import type { RuleExamples } from '../../rule';
import { goExamples } from './go-examples';
import { javascriptExamples } from './javascript-examples';
import { pythonExamples } from './python-examples';

export const hardcodedBackingServiceExamples: RuleExamples = {
  ruleId: 'hardcoded-backing-service',
  sets: [
    { languages: ['javascript', 'typescript'], examples: javascriptExamples },
    { languages: ['python'], examples: pythonExamples },
    { languages: ['go'], examples: goExamples },
  ],
};
