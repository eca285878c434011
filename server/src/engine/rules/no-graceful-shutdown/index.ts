import { docsUrl, type Rule } from '../../rule';
import { containerShellCheck } from './config-container-shell';
import { dockerfileCheck } from './config-dockerfile';
import { shellCheck } from './config-shell';
import { stopSettingsCheck } from './config-stop-settings';
import { goChecks } from './go';
import { javascriptCheck } from './javascript';
import { javascriptImportedStartCheck } from './javascript-imported';
import { jvmChecks } from './jvm';
import { pythonCheck } from './python';

export const noGracefulShutdown: Rule = {
  meta: {
    id: 'no-graceful-shutdown',
    factor: 'IX',
    title: 'Server with no graceful shutdown',
    description:
      'Factor IX (Disposability) has processes start fast and shut down gracefully on SIGTERM: stop accepting work, ' +
      'finish what is in flight, exit. Platforms send SIGTERM on every deploy, scale-down and node drain; a server that ' +
      'ignores it drops requests, or is killed after the grace period.',
    defaultSeverity: 'warning',
    hint: 'Handle SIGTERM: stop accepting connections, finish the open ones, then exit; make sure the signal reaches the app.',
    docsUrl: docsUrl('no-graceful-shutdown'),
    reach: 'deployed-app',
  },
  checks: [javascriptCheck, javascriptImportedStartCheck, dockerfileCheck, shellCheck, stopSettingsCheck, containerShellCheck, ...goChecks, ...jvmChecks, pythonCheck],
};
