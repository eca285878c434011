// The examples of dependency-outside-codebase: its tests and its documentation, kept beside its checks but
// out of the rule object, so no bundle imports them (test/unit/rule-examples.test.ts runs them).
import type { RuleExamples } from '../../rule';
import { jsonExamples, tomlExamples } from './config-examples';
import { rubyExamples } from './ruby-examples';

export const dependencyOutsideCodebaseExamples: RuleExamples = {
  ruleId: 'dependency-outside-codebase',
  sets: [
    { languages: ['json'], examples: jsonExamples },
    { languages: ['toml'], examples: tomlExamples },
    { languages: ['ruby'], examples: rubyExamples },
  ],
};
