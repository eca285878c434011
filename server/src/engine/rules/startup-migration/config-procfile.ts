// Procfile processes that migrate: only `release:` is the place for it (Heroku runs it once
// per release, before the new processes start).
import { startCommands } from '../../commands/start-commands';
import type { LanguageCheck, RuleContext } from '../../rule';
import { appCommandDetails, appCommandRun, processFileFacts } from './app-commands';
import { migrationsIn } from './config-analysis';
import { MIGRATION_KEYWORDS } from './config-commands';

function check(context: RuleContext): void {
  const facts = processFileFacts(context.options.importedMigrations);
  // startCommands leaves out the admin processes (`release:`, `migrate:`, `seed:`).
  for (const start of startCommands(context)) {
    // `web: python manage.py run`, whose management command migrates before it serves (the node layer read it).
    for (const hit of migrationsIn(start.commands, { requireStart: false, appCommand: (words) => appCommandRun(words, facts) })) {
      const { note, relatedElsewhere } = appCommandDetails(hit);
      context.report({
        span: hit.span,
        message:
          `Factor XII: ${start.where} migrates the database every time it starts${note}; ` +
          'move the migration to a `release:` process, which runs once per release.',
        ...(relatedElsewhere ? { relatedElsewhere } : {}),
      });
    }
  }
}

export const procfileCheck: LanguageCheck = {
  languages: ['procfile'],
  keywords: [],
  // A migration's own words, or the app's command that migrates (`python manage.py run`), found by the node layer.
  mayReport: (file) => MIGRATION_KEYWORDS.some((keyword) => file.lowered.includes(keyword)) || (file.options.importedMigrations?.length ?? 0) > 0,
  check,
};
