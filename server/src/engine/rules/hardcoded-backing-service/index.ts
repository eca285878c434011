import { docsUrl, type LanguageCheck, type Rule } from '../../rule';
import type { Report } from '../../types';
import { inDevelopmentCode } from '../development-code';
import { isLocalHost } from './services';
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
    reads: { ini: 'Beego app.conf, server configs' },
    reach: 'deployed-app',
  },
  checks: [javascriptCheck, ...pythonChecks, ...goChecks, ...jvmChecks, springCheck, dropwizardCheck, ormJsonCheck, symfonyCheck, ...rubyChecks, railsConfigCheck, ...phpChecks, appConfigCheck, javascriptDefaultAddressCheck, pythonDefaultAddressCheck, goDefaultAddressCheck, jvmDefaultAddressCheck, serverConfigCheck, hoconConfigCheck, jvmConfigFilesCheck].map(withDevelopmentCode),
};

const DEVELOPMENT_CODE_NOTE = ' It is an address on this machine in code only a development or debug run reaches, so reported as information.';

/**
 * An address on this machine in code only a development or debug run reaches (a Spring `@Profile("dev")`
 * configuration, `class DevelopmentConfig`, `if gin.IsDebugging() {`: development-code.ts) is information in every
 * language, as the files only a developer's machine loads are left alone. A remote host there (a shared staging
 * cluster) is no laptop default and keeps its severity.
 */
function withDevelopmentCode(check: LanguageCheck): LanguageCheck {
  return {
    ...check,
    check: (context) => {
      const local = (found: Report) => found.severity !== 'info' && context.scope === 'app' && isLocalHost(hostOf(context.text.slice(found.span.start, found.span.end)));
      const report = (found: Report) =>
        context.report(local(found) && inDevelopmentCode(context.parsed, context.language, found.span) ? { ...found, severity: 'info', message: `${found.message}${DEVELOPMENT_CODE_NOTE}` } : found);
      check.check({ ...context, report });
    },
  };
}

/** The host of a reported literal: after a URL's `//` and user info (`jdbc:postgresql://localhost:5432/db`), else its start (`"127.0.0.1:6379"`). */
const HOST = /^["'`]?(?:[a-z][\w+.:-]*:\/\/(?:[^@/\s"'`]*@)?)?(\[[^\]\s]*\]|[^:/?#\s"'`,;@]+)/i;

/** A keyword DSN's host: PDO's `mysql:host=127.0.0.1;dbname=app`, libpq's `dbname=app host=localhost`. */
const KEYWORD_HOST = /(?:^["'`]?|[\s;:])host=([^;\s"'`]+)/i;

function hostOf(literal: string): string {
  return KEYWORD_HOST.exec(literal)?.[1] ?? HOST.exec(literal)?.[1] ?? '';
}
