// The examples of hardcoded-backing-service: its tests and its documentation, kept beside its
// checks but out of the rule object, so no bundle imports them.
import type { RuleExamples } from '../../rule';
import type { LanguageId } from '../../types';
import { appConfigJsonExamples, appConfigYamlExamples } from './app-config-examples';
import { dropwizardExamples } from './dropwizard-examples';
import { ormJsonExamples } from './orm-json-examples';
import { goExamples } from './go-examples';
import { javaExamples } from './java-examples';
import { kotlinExamples } from './kotlin-examples';
import { phpExamples } from './php-examples';
import { railsConfigExamples } from './rails-config-examples';
import { rubyExamples } from './ruby-examples';
import { springExamples } from './spring-examples';
import { symfonyExamples } from './symfony-examples';
import { javascriptExamples } from './javascript-examples';
import { pythonExamples } from './python-examples';
import { pythonBuiltUrlExamples } from './python-built-urls-examples';
import { javaFormatUrlExamples, kotlinTemplateUrlExamples } from './jvm-built-urls-examples';
import { goDefaultAddressExamples, javaDefaultAddressExamples, javascriptDefaultAddressExamples, kotlinDefaultAddressExamples, pythonDefaultAddressExamples } from './default-address-examples';
import { goNamedHostExamples, javaNamedHostExamples, kotlinNamedHostExamples, octopusExamples, phpNamedHostExamples, pythonNamedHostExamples, quarkusNamedHostExamples, rubyNamedHostExamples } from './named-host-examples';
import { jvmConfigPropertiesExamples, jvmConfigXmlExamples } from './jvm-config-files-examples';
import { goDevelopmentCodeExamples, javaDevelopmentCodeExamples, pythonDevelopmentCodeExamples, rubyDevelopmentCodeExamples } from './development-code-examples';
import { STAGE_FLAG_EXAMPLES } from './stage-flag-examples';
import { SERVICE_NAME_DEFAULT_EXAMPLES } from './service-name-default-examples';
import { EARLY_EXIT_EXAMPLES } from './early-exit-examples';
import { CONCATENATED_URL_EXAMPLES } from './concatenated-url-examples';
import { hoconConfigExamples, serverConfigIniExamples, serverConfigJsonExamples, serverConfigTomlExamples, serverConfigYamlExamples } from './server-config-examples';

export const hardcodedBackingServiceExamples: RuleExamples = {
  ruleId: 'hardcoded-backing-service',
  sets: [
    { languages: ['javascript', 'typescript'], examples: javascriptExamples },
    { languages: ['python'], examples: pythonExamples },
    { languages: ['python'], examples: pythonBuiltUrlExamples },
    { languages: ['kotlin'], examples: kotlinTemplateUrlExamples },
    { languages: ['java'], examples: javaFormatUrlExamples },
    { languages: ['javascript', 'typescript'], examples: javascriptDefaultAddressExamples },
    { languages: ['python'], examples: pythonDefaultAddressExamples },
    { languages: ['go'], examples: goDefaultAddressExamples },
    { languages: ['java'], examples: javaDefaultAddressExamples },
    { languages: ['kotlin'], examples: kotlinDefaultAddressExamples },
    { languages: ['go'], examples: goExamples },
    { languages: ['java'], examples: javaExamples },
    { languages: ['kotlin'], examples: kotlinExamples },
    { languages: ['properties', 'yaml'], examples: springExamples },
    { languages: ['yaml'], examples: railsConfigExamples },
    { languages: ['yaml'], examples: symfonyExamples },
    { languages: ['yaml'], examples: dropwizardExamples },
    { languages: ['json'], examples: ormJsonExamples },
    { languages: ['yaml'], examples: appConfigYamlExamples },
    { languages: ['json'], examples: appConfigJsonExamples },
    { languages: ['ruby'], examples: rubyExamples },
    { languages: ['php'], examples: phpExamples },
    { languages: ['yaml'], examples: serverConfigYamlExamples },
    { languages: ['toml'], examples: serverConfigTomlExamples },
    { languages: ['ini'], examples: serverConfigIniExamples },
    { languages: ['json'], examples: serverConfigJsonExamples },
    { languages: ['hocon'], examples: hoconConfigExamples },
    { languages: ['php'], examples: phpNamedHostExamples },
    { languages: ['python'], examples: pythonNamedHostExamples },
    { languages: ['go'], examples: goNamedHostExamples },
    { languages: ['ruby'], examples: rubyNamedHostExamples },
    { languages: ['java'], examples: javaNamedHostExamples },
    { languages: ['kotlin'], examples: kotlinNamedHostExamples },
    { languages: ['properties'], examples: quarkusNamedHostExamples },
    { languages: ['yaml'], examples: octopusExamples },
    { languages: ['xml'], examples: jvmConfigXmlExamples },
    { languages: ['properties'], examples: jvmConfigPropertiesExamples },
    // Java and Go: this machine in code only a development or debug run reaches is information.
    { languages: ['java'], examples: javaDevelopmentCodeExamples },
    { languages: ['go'], examples: goDevelopmentCodeExamples },
    { languages: ['ruby'], examples: rubyDevelopmentCodeExamples },
    { languages: ['python'], examples: pythonDevelopmentCodeExamples },
    ...Object.entries(STAGE_FLAG_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // A compose service's name as a config default (bare or in a URL): information in every language; a PHP DSN const from a const host.
    ...Object.entries(SERVICE_NAME_DEFAULT_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // The unset branch after an early exit, Go's tests on the shared walk (round 30), and URLs put together with `+`/`.`.
    ...Object.entries(EARLY_EXIT_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    ...Object.entries(CONCATENATED_URL_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
  ],
};
