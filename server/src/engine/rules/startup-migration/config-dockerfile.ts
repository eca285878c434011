// Dockerfile CMD/ENTRYPOINT that migrate before starting, in shell or exec form. RUN is not
// reported: a migration at build time has no production database to reach, which is a
// different mistake (build and run stages mixed, Factor V), not a start-up migration.
import { startCommands } from '../../commands/start-commands';
import type { LanguageCheck, RuleContext } from '../../rule';
import { migrationsIn } from './config-analysis';
import { MIGRATION_KEYWORDS } from './config-commands';

function check(context: RuleContext): void {
  for (const start of startCommands(context)) {
    for (const hit of migrationsIn(start.commands, { requireStart: true })) {
      context.report({
        span: hit.span,
        message:
          `Factor XII: ${start.where} migrates the database every time a container starts; ` +
          'run the migration once per release as a one-off process (a release phase, a Job, `docker run ... npm run migrate`) instead.',
      });
    }
  }
}

export const dockerfileCheck: LanguageCheck = {
  languages: ['dockerfile'],
  keywords: MIGRATION_KEYWORDS,
  check,
};
