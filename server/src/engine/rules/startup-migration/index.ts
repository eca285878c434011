import { docsUrl, type Rule } from '../../rule';
import { outsideDevelopmentCode } from '../development-code';
import { configChecks } from './config';
import { javascriptCheck } from './javascript';
import { pythonChecks } from './python';
import { goChecks } from './go';
import { javaChecks } from './java';
import { rubyChecks } from './ruby';
import { phpChecks } from './php';

export const startupMigration: Rule = {
  meta: {
    id: 'startup-migration',
    factor: 'XII',
    title: 'Database migration run on app start',
    description:
      'Factor XII (Admin processes) runs one-off admin tasks, such as migrations, as separate processes ' +
      'against a release. Migrating on every start races when several processes boot at once, slows every ' +
      'restart, and ties schema changes to scaling events.',
    defaultSeverity: 'warning',
    hint: 'Run migrations as a one-off admin process (a release phase, a migrate script or job), not on every start.',
    docsUrl: docsUrl('startup-migration'),
    reads: { ini: 'supervisord, systemd units' },
    reach: 'deployed-app',
  },
  // Development code (a stage test's branch, a stage flag's, a development settings class) is the laptop's: development-code.ts.
  checks: outsideDevelopmentCode([javascriptCheck, ...configChecks, ...pythonChecks, ...goChecks, ...javaChecks, ...rubyChecks, ...phpChecks]),
};
