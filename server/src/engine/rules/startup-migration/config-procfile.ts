// Procfile processes that migrate: only `release:` is the place for it (Heroku runs it once
// per release, before the new processes start).
import { startCommands } from '../../commands/start-commands';
import type { LanguageCheck, RuleContext } from '../../rule';
import { migrationsIn } from './config-analysis';
import { MIGRATION_KEYWORDS } from './config-commands';

function check(context: RuleContext): void {
  // startCommands leaves out the admin processes (`release:`, `migrate:`, `seed:`).
  for (const start of startCommands(context)) {
    for (const hit of migrationsIn(start.commands, { requireStart: false })) {
      context.report({
        span: hit.span,
        message:
          `Factor XII: ${start.where} migrates the database every time it starts; ` +
          'move the migration to a `release:` process, which runs once per release.',
      });
    }
  }
}

export const procfileCheck: LanguageCheck = {
  languages: ['procfile'],
  keywords: MIGRATION_KEYWORDS,
  check,
};
