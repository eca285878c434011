// The examples of dependency-outside-codebase: its tests and its documentation, kept beside its checks but
// out of the rule object, so no bundle imports them (test/unit/rule-examples.test.ts runs them).
import type { RuleExamples } from '../../rule';
import { jsonExamples, tomlExamples, yamlExamples } from './config-examples';
import { goModExamples } from './gomod-examples';
import { groovyExamples, kotlinExamples, xmlExamples } from './gradle-examples';
import { requirementsExamples } from './requirements-examples';
import { rubyExamples } from './ruby-examples';

export const dependencyOutsideCodebaseExamples: RuleExamples = {
  ruleId: 'dependency-outside-codebase',
  sets: [
    { languages: ['json'], examples: jsonExamples },
    { languages: ['toml'], examples: tomlExamples },
    { languages: ['yaml'], examples: yamlExamples },
    { languages: ['ruby'], examples: rubyExamples },
    { languages: ['requirements'], examples: requirementsExamples },
    { languages: ['gomod'], examples: goModExamples },
    { languages: ['groovy'], examples: groovyExamples },
    { languages: ['kotlin'], examples: kotlinExamples },
    { languages: ['xml'], examples: xmlExamples },
  ],
};
