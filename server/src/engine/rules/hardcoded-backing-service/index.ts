import { docsUrl, type Rule } from '../../rule';
import { javascriptCheck } from './javascript';
import { pythonChecks } from './python';
import { goChecks } from './go';
import { jvmChecks } from './jvm';
import { symfonyCheck } from './symfony';
import { phpChecks } from './php';
import { railsConfigCheck } from './rails-config';
import { rubyChecks } from './ruby';
import { springCheck } from './spring';
import { dropwizardCheck } from './dropwizard';
import { ormJsonCheck } from './orm-json';
import { appConfigCheck } from './app-config';
import { javascriptDefaultAddressCheck } from './javascript-default-address';
import { pythonDefaultAddressCheck } from './python-default-address';
import { goDefaultAddressCheck } from './go-default-address';
import { jvmDefaultAddressCheck } from './jvm-default-address';
import { serverConfigCheck } from './server-config';
import { jvmConfigFilesCheck } from './jvm-config-files';
import { hoconConfigCheck } from './hocon-config';

export const hardcodedBackingService: Rule = {
  meta: {
    id: 'hardcoded-backing-service',
    factor: 'IV',
    title: 'Backing service address in code',
    description:
      'Factor IV (Backing services) treats databases, caches, queues, mail and search services as attached resources, ' +
      'located by config: swapping a local PostgreSQL for a managed one, or a replica for the primary, must need no code change. ' +
      'An address written into the code ties every deploy to one server.',
    defaultSeverity: 'warning',
    hint: 'Read the service address (ideally the whole URL) from the environment, e.g. DATABASE_URL, REDIS_URL.',
    docsUrl: docsUrl('hardcoded-backing-service'),
    reach: 'deployed-app',
  },
  checks: [javascriptCheck, ...pythonChecks, ...goChecks, ...jvmChecks, springCheck, dropwizardCheck, ormJsonCheck, symfonyCheck, ...rubyChecks, railsConfigCheck, ...phpChecks, appConfigCheck, javascriptDefaultAddressCheck, pythonDefaultAddressCheck, goDefaultAddressCheck, jvmDefaultAddressCheck, serverConfigCheck, hoconConfigCheck, jvmConfigFilesCheck],
};
