// The examples of runtime-build-step: its tests and its documentation, kept beside its checks but out of
// the rule object, so no bundle imports them (test/unit/rule-examples.test.ts runs them).
import type { RuleExamples } from '../../rule';
import { configExamples } from './config-examples';
import { pythonExamples } from './python-examples';

export const runtimeBuildStepExamples: RuleExamples = {
  ruleId: 'runtime-build-step',
  sets: [
    { languages: ['json', 'dockerfile', 'procfile', 'yaml', 'shell', 'ini', 'toml', 'tfvars'], examples: configExamples },
    { languages: ['python'], examples: pythonExamples },
  ],
};
