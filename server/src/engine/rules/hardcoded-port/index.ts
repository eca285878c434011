import { docsUrl, type Rule } from '../../rule';
import { outsideDevelopmentCode } from '../development-code';
import { javascriptCheck } from './javascript';
import { procfileCheck } from './config-procfile';
import { iniCheck } from './config-ini';
import { shellCheck } from './config-shell';
import { platformsCheck } from './config-platforms';
import { hoconCheck } from './config-hocon';
import { pythonChecks } from './python';
import { goChecks } from './go';
import { jvmChecks } from './jvm';
import { phpChecks } from './php';
import { rubyChecks } from './ruby';

export const hardcodedPort: Rule = {
  meta: {
    id: 'hardcoded-port',
    factor: 'VII',
    title: 'Server bound to a hardcoded port',
    description:
      'Factor VII (Port binding) has the app export its service by binding a port the platform chooses, ' +
      'handed over in the environment (PORT). A port written into the code cannot be changed per deploy: ' +
      'two processes on one host collide, and platforms that assign the port (Heroku, Cloud Run, App Engine) cannot route to it.',
    defaultSeverity: 'warning',
    hint: 'Read the port from the environment (PORT), with the literal only as the local default.',
    docsUrl: docsUrl('hardcoded-port'),
    reads: { ini: 'uWSGI, systemd units, upstart jobs' },
    reach: 'deployed-app',
  },
  // Development code (a stage test's branch, a stage flag's, a development settings class) is the laptop's: development-code.ts.
  checks: outsideDevelopmentCode([javascriptCheck, procfileCheck, shellCheck, iniCheck, platformsCheck, hoconCheck, ...pythonChecks, ...goChecks, ...jvmChecks, ...rubyChecks, ...phpChecks]),
};
