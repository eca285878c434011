// The examples of startup-migration: its tests and its documentation, kept beside its checks but out of
// the rule object, so no bundle imports them (test/unit/rule-examples.test.ts runs them).
import type { RuleExamples } from '../../rule';
import { typeormJsonExamples, typeormYamlExamples } from './config-typeorm-examples';
import { codeExamples, jpaXmlExamples, springExamples } from './java-examples';
import { schemaScriptExamples } from './java-schema-script-examples';
import { goSchemaFileExamples, phpSchemaFileExamples, pythonSchemaFileExamples } from './schema-file-examples';
import { dockerfileExamples } from './config-dockerfile-examples';
import { goExamples } from './go-examples';
import { packageJsonExamples } from './config-package-json-examples';
import { phpMigrationExamples } from './php-examples';
import { procfileExamples } from './config-procfile-examples';
import { pythonExamples } from './python-examples';
import { rubyExamples } from './ruby-examples';
import { startupMigrationExamples as javascriptExamples } from './javascript-examples';
import { yamlExamples } from './config-yaml-examples';
import { composeLinesExamples } from './config-compose-lines-examples';
import { nomadExamples, platformExamples, platformJsonExamples } from './config-platforms-examples';
import { shellExamples } from './config-shell-examples';
import { makeDockerfileExamples, makeYamlExamples } from './makefile-targets-examples';
import { servicesExamples } from './config-services-examples';
import { developmentFlagExamples } from '../development-flag-examples';
import type { LanguageId } from '../../types';

export const startupMigrationExamples: RuleExamples = {
  ruleId: 'startup-migration',
  sets: [
    { languages: ['dockerfile'], examples: dockerfileExamples },
    { languages: ['json'], examples: packageJsonExamples },
    { languages: ['procfile'], examples: procfileExamples },
    { languages: ['yaml'], examples: yamlExamples },
    { languages: ['yaml'], examples: makeYamlExamples },
    { languages: ['dockerfile'], examples: makeDockerfileExamples },
    { languages: ['yaml'], examples: composeLinesExamples },
    { languages: ['yaml'], examples: platformExamples },
    { languages: ['json'], examples: platformJsonExamples },
    { languages: ['tfvars'], examples: nomadExamples },
    { languages: ['shell'], examples: shellExamples },
    { languages: ['json'], examples: typeormJsonExamples },
    { languages: ['yaml'], examples: typeormYamlExamples },
    { languages: ['ini', 'toml', 'json'], examples: servicesExamples },
    { languages: ['go'], examples: goExamples },
    { languages: ['go'], examples: goSchemaFileExamples },
    { languages: ['properties', 'yaml'], examples: springExamples },
    { languages: ['java', 'kotlin'], examples: codeExamples },
    { languages: ['java', 'kotlin'], examples: schemaScriptExamples },
    { languages: ['xml'], examples: jpaXmlExamples },
    { languages: ['javascript', 'typescript'], examples: javascriptExamples },
    { languages: ['php'], examples: phpMigrationExamples },
    { languages: ['php'], examples: phpSchemaFileExamples },
    { languages: ['python'], examples: pythonExamples },
    { languages: ['python'], examples: pythonSchemaFileExamples },
    { languages: ['ruby'], examples: rubyExamples },
    // Behind a stage flag, in each language: production's side reported, development's silent.
    ...Object.entries(developmentFlagExamples('migration')).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
  ],
};
