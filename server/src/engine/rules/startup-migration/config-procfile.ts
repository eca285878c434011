// Procfile processes that migrate: only `release:` is the place for it (Heroku runs it once
// per release, before the new processes start).
import type { LanguageCheck, RuleContext } from '../../rule';
import { migrationsInScript } from './config-analysis';
import { MIGRATION_KEYWORDS } from './config-commands';

/** Process types that exist to run admin work once. */
const ADMIN_PROCESS = /release|migrat|seed/i;

function check(context: RuleContext): void {
  for (const entry of context.parsed.procfile) {
    if (ADMIN_PROCESS.test(entry.name)) continue;
    for (const hit of migrationsInScript(entry.command, { requireStart: false })) {
      context.report({
        span: hit.span,
        message:
          `Factor XII: the "${entry.name}" process migrates the database every time it starts; ` +
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
