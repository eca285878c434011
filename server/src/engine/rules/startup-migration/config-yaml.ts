// docker-compose `command:`/`entrypoint:`, Kubernetes container `command:` + `args:`, and start
// commands of platform specs (render.yaml `startCommand`, DigitalOcean `run_command`) that
// migrate and then start. Kubernetes Jobs and initContainers are admin processes: silent.
import { startCommands } from '../../commands/start-commands';
import type { LanguageCheck, RuleContext } from '../../rule';
import { appCommandDetails, appCommandRun, processFileFacts } from './app-commands';
import { migrationsIn } from './config-analysis';
import { MIGRATION_KEYWORDS } from './config-commands';

const message = (note: string): string =>
  `Factor XII: this container migrates the database every time it starts${note}; run the migration once per release ` +
  'as a one-off process (a Kubernetes Job, a compose service run with `docker compose run`, a release phase) instead.';

function check(context: RuleContext): void {
  // A compose file's facts: the app's commands beside it that migrate (`command: python manage.py serve`).
  const facts = processFileFacts(context.options.importedMigrations);
  for (const start of startCommands(context)) {
    for (const hit of migrationsIn(start.commands, { requireStart: true, appCommand: (words) => appCommandRun(words, facts) })) {
      const { note, relatedElsewhere } = appCommandDetails(hit);
      context.report({ span: hit.span, message: message(note), ...(relatedElsewhere ? { relatedElsewhere } : {}) });
    }
  }
}

export const yamlCheck: LanguageCheck = {
  languages: ['yaml'],
  keywords: [],
  mayReport: (file) => MIGRATION_KEYWORDS.some((keyword) => file.lowered.includes(keyword)) || (file.options.importedMigrations?.length ?? 0) > 0,
  check,
};
