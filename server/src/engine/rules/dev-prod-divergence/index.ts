import { docsUrl, type Rule } from '../../rule';
import { composeCheck } from './compose';
import { configChecks } from './config';
import { environmentFilesCheck } from './environment-files';
import { goCheck } from './go';
import { javascriptCheck } from './javascript';
import { phpCheck } from './php';
import { pythonChecks } from './python';
import { rubyCheck } from './ruby';
import { springProfileFilesCheck } from './spring-profile-files';

export const devProdDivergence: Rule = {
  meta: {
    id: 'dev-prod-divergence',
    factor: 'X',
    title: 'Different backing services in development and production',
    description:
      'Factor X (Dev/prod parity) keeps development, staging and production as similar as possible, backing services ' +
      'included: SQLite on a laptop and PostgreSQL in production differ in types, locking, SQL and migrations, so code ' +
      'that passes locally fails after deploy.',
    defaultSeverity: 'warning',
    hint: 'Use the same kind (and version) of backing service in every environment; run it locally in a container.',
    docsUrl: docsUrl('dev-prod-divergence'),
    reach: 'deployed-app',
  },
  checks: [javascriptCheck, ...configChecks, composeCheck, ...pythonChecks, goCheck, rubyCheck, phpCheck, springProfileFilesCheck, environmentFilesCheck],
};
