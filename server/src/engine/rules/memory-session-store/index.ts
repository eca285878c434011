import { docsUrl, type Rule } from '../../rule';
import { outsideDevelopmentCode } from '../development-code';
import { javascriptCheck } from './javascript';
import { javascriptSingletonCheck } from './javascript-singletons';
import { javascriptHeldStateCheck } from './javascript-held-state';
import { javascriptRequestStateCheck } from './javascript-request-state';
import { javascriptModelStoreCheck } from './javascript-model-store';
import { pythonChecks } from './python';
import { goChecks } from './go';
import { javaChecks } from './java';
import { rubyChecks } from './ruby';
import { phpChecks } from './php';
import { symfonySessionYamlCheck } from './php-symfony-yaml';
import { railsCableCheck } from './rails-cable';
import { pasteIniSessionCheck } from './python-paste-ini';
import { beegoAppConfSessionCheck } from './beego-app-conf';
import { tomcatContextCheck } from './tomcat-context-xml';
import { localUploadChecks } from './local-uploads';
import { phpPsr7UploadCheck } from './php-psr7-uploads';
import { rubyUploadStoreChecks } from './ruby-upload-stores';
import { dotenvDeployCheck } from './dotenv-deploy';
import { jsonFileChecks } from './json-file-checks';

export const memorySessionStore: Rule = {
  meta: {
    id: 'memory-session-store',
    factor: 'VI',
    title: 'Session or user state in process memory',
    description:
      'Factor VI (Processes) keeps processes stateless and share-nothing: anything that must outlive a ' +
      'request lives in a backing service. Sessions or carts in memory or on local disk are lost on restart ' +
      'and invisible to the other processes behind the load balancer.',
    defaultSeverity: 'warning',
    hint: 'Keep session and user state in a backing service such as Redis or the database.',
    docsUrl: docsUrl('memory-session-store'),
    reads: { ini: 'php.ini, Paste and Pyramid .ini, Beego app.conf' },
    reach: 'deployed-app',
  },
  // Development code (a stage test's branch, a stage flag's, a development settings class) is the laptop's: development-code.ts.
  checks: outsideDevelopmentCode([javascriptCheck, javascriptSingletonCheck, javascriptHeldStateCheck, javascriptRequestStateCheck, javascriptModelStoreCheck, ...pythonChecks, ...goChecks, ...javaChecks, ...rubyChecks, ...phpChecks, symfonySessionYamlCheck, railsCableCheck, pasteIniSessionCheck, beegoAppConfSessionCheck, tomcatContextCheck, dotenvDeployCheck, ...localUploadChecks, phpPsr7UploadCheck, ...rubyUploadStoreChecks, ...jsonFileChecks]),
};
