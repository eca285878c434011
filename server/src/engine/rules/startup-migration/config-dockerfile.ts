// Dockerfile CMD/ENTRYPOINT that migrate before starting, in shell or exec form. RUN is not
// reported: a migration at build time has no production database to reach, which is a
// different mistake (build and run stages mixed, Factor V), not a start-up migration.
import { startCommands } from '../../commands/start-commands';
import type { LanguageCheck, RuleContext } from '../../rule';
import { appCommandDetails, appCommandRun } from './app-commands';
import { migrationsIn } from './config-analysis';
import { MIGRATION_KEYWORDS } from './config-commands';

function check(context: RuleContext): void {
  const facts = context.options.importedMigrations ?? [];
  for (const start of startCommands(context)) {
    for (const hit of migrationsIn(start.commands, { requireStart: true, appCommand: (words) => appCommandRun(words, facts) })) {
      const { note, relatedElsewhere } = appCommandDetails(hit);
      context.report({
        span: hit.span,
        message:
          `Factor XII: ${start.where} migrates the database every time a container starts${note}; ` +
          'run the migration once per release as a one-off process (a release phase, a Job, `docker run ... npm run migrate`) instead.',
        ...(relatedElsewhere ? { relatedElsewhere } : {}),
      });
    }
  }
}

export const dockerfileCheck: LanguageCheck = {
  languages: ['dockerfile'],
  keywords: [],
  // A migration's own words, or the app's command that migrates (`npm run setup`), found by the node layer.
  mayReport: (file) => MIGRATION_KEYWORDS.some((keyword) => file.lowered.includes(keyword)) || (file.options.importedMigrations?.length ?? 0) > 0,
  check,
};
