// The examples of file-logger: its tests and its documentation, kept beside its checks but out of
// the rule object, so no bundle imports them (test/unit/rule-examples.test.ts runs them).
import type { RuleExamples } from '../../rule';
import { codeExamples, dropwizardYamlExamples, springExamples, xmlExamples } from './java-examples';
import { appsettingsExamples, dotnetXmlExamples, logbackGroovyExamples } from './dotnet-examples';
import { goExamples } from './go-examples';
import { goFrameConfigExamples, nconfLoggingExamples } from './config-logger-trees-examples';
import { loggingDataExamples, loggingIniExamples, loggingYamlExamples } from './config-examples';
import { iniFileLoggerExamples, phpFileLoggerExamples } from './php-examples';
import { invalidExamples } from './javascript-examples-invalid';
import { pythonExamples } from './python-examples';
import { rubyExamples } from './ruby-examples';
import { validExamples } from './javascript-examples-valid';
import { SETUP_EXAMPLES } from './setup-examples';
import { composeLogExamples, dockerfileLogExamples, procfileLogExamples, shellLogExamples, uwsgiIniExamples, managedStartLogExamples, platformStartLogExamples, railwayStartLogExamples, nomadStartLogExamples } from './server-commands-examples';
import type { LanguageId } from '../../types';
import { fpmIniExamples, pm2ScriptExamples, pm2TreeExamples, sidekiqYamlExamples, supervisorLogExamples, systemdUnitExamples } from './worker-configs-examples';
import { developmentFlagExamples } from '../development-flag-examples';

export const fileLoggerExamples: RuleExamples = {
  ruleId: 'file-logger',
  sets: [
    { languages: ['go'], examples: goExamples },
    { languages: ['yaml'], examples: goFrameConfigExamples },
    { languages: ['json'], examples: nconfLoggingExamples },
    { languages: ['properties', 'yaml'], examples: springExamples },
    { languages: ['xml'], examples: xmlExamples },
    { languages: ['xml'], examples: dotnetXmlExamples },
    { languages: ['json'], examples: appsettingsExamples },
    { languages: ['groovy'], examples: logbackGroovyExamples },
    { languages: ['yaml'], examples: dropwizardYamlExamples },
    { languages: ['java', 'kotlin'], examples: codeExamples },
    { languages: ['javascript', 'typescript'], examples: { valid: validExamples, invalid: invalidExamples } },
    { languages: ['php'], examples: phpFileLoggerExamples },
    { languages: ['ini'], examples: iniFileLoggerExamples },
    { languages: ['ini'], examples: managedStartLogExamples },
    { languages: ['toml'], examples: platformStartLogExamples },
    { languages: ['json'], examples: railwayStartLogExamples },
    { languages: ['tfvars'], examples: nomadStartLogExamples },
    { languages: ['ini'], examples: loggingIniExamples },
    { languages: ['yaml'], examples: loggingYamlExamples },
    { languages: ['json', 'toml', 'yaml'], examples: loggingDataExamples },
    { languages: ['python'], examples: pythonExamples },
    { languages: ['ruby'], examples: rubyExamples },
    { languages: ['procfile'], examples: procfileLogExamples },
    { languages: ['dockerfile'], examples: dockerfileLogExamples },
    { languages: ['yaml'], examples: composeLogExamples },
    { languages: ['shell'], examples: shellLogExamples },
    { languages: ['ini'], examples: uwsgiIniExamples },
    { languages: ['yaml'], examples: sidekiqYamlExamples },
    { languages: ['ini'], examples: fpmIniExamples },
    { languages: ['ini'], examples: systemdUnitExamples },
    { languages: ['ini'], examples: supervisorLogExamples },
    { languages: ['javascript'], examples: pm2ScriptExamples },
    { languages: ['json', 'yaml'], examples: pm2TreeExamples },
    // Hanami, Fastify, log4j .properties; files named by the environment or a command-line option.
    ...Object.entries(SETUP_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples })),
    // Behind a stage flag, in each language: production's side reported, development's silent.
    ...Object.entries(developmentFlagExamples('log')).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
  ],
};
