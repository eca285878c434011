// The examples of daemonized-process: its tests and its documentation, kept beside its checks but out of
// the rule object, so no bundle imports them (test/unit/rule-examples.test.ts runs them).
import type { RuleExamples } from '../../rule';
import { configExamples } from './config-examples';
import { gunicornExamples, pumaExamples, uwsgiExamples, workerYamlExamples } from './server-configs-examples';

export const daemonizedProcessExamples: RuleExamples = {
  ruleId: 'daemonized-process',
  sets: [
    { languages: ['json', 'dockerfile', 'procfile', 'yaml', 'shell', 'ini', 'toml', 'tfvars'], examples: configExamples },
    { languages: ['ruby'], examples: pumaExamples },
    { languages: ['python'], examples: gunicornExamples },
    { languages: ['ini'], examples: uwsgiExamples },
    { languages: ['yaml'], examples: workerYamlExamples },
  ],
};
