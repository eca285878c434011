import { docsUrl, type Rule } from '../../rule';
import { outsideDevelopmentCode } from '../development-code';
import { javascriptCheck } from './javascript';
import { pythonChecks } from './python';
import { goChecks } from './go';
import { javaChecks } from './java';
import { rubyChecks } from './ruby';
import { phpChecks } from './php';
import { monologYamlCheck } from './php-monolog-yaml';
import { dropwizardAppendersCheck } from './java-dropwizard-yaml';
import { log4j2TreeCheck } from './java-log4j2-tree';
import { dotnetConfigCheck } from './dotnet-config';
import { logbackGroovyCheck } from './java-logback-groovy';
import { zapConfigCheck } from './go-zap-config';
import { pythonConfigChecks } from './python-config';
import { outputRedirectCheck } from './output-redirects';
import { serverCommandChecks } from './server-commands';
import { workerConfigChecks } from './worker-configs';
import { tomcatAccessLogCheck } from './java-tomcat-valves';
import { configLoggerTreeChecks } from './config-logger-trees';

export const fileLogger: Rule = {
  meta: {
    id: 'file-logger',
    factor: 'XI',
    title: 'Logs written to a file',
    description:
      'Factor XI (Logs) treats logs as event streams: an app writes them, unbuffered, to stdout and lets ' +
      'the environment route, store and rotate them. Log files fill disks, vanish with containers and ' +
      'cannot be aggregated across processes.',
    defaultSeverity: 'warning',
    hint: 'Write logs to stdout, unbuffered, and let the platform collect and route them.',
    docsUrl: docsUrl('file-logger'),
    reads: { ini: 'php.ini, PHP-FPM pools, logging .ini, uWSGI, supervisord, systemd units' },
    reach: 'deployed-app',
  },
  // Development code (a stage test's branch, a stage flag's, a development settings class) is the laptop's: development-code.ts.
  checks: outsideDevelopmentCode([javascriptCheck, ...pythonChecks, ...goChecks, ...javaChecks, ...rubyChecks, ...phpChecks, ...pythonConfigChecks, ...serverCommandChecks, outputRedirectCheck, ...workerConfigChecks, monologYamlCheck, dropwizardAppendersCheck, log4j2TreeCheck, zapConfigCheck, dotnetConfigCheck, logbackGroovyCheck, tomcatAccessLogCheck, ...configLoggerTreeChecks]),
};
