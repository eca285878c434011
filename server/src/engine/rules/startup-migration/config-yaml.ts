// docker-compose `command:`/`entrypoint:`, Kubernetes container `command:` + `args:`, and start
// commands of platform specs (render.yaml `startCommand`, DigitalOcean `run_command`) that
// migrate and then start. Kubernetes Jobs and initContainers are admin processes: silent.
import { startCommands } from '../../commands/start-commands';
import type { LanguageCheck, RuleContext } from '../../rule';
import { migrationsIn } from './config-analysis';
import { MIGRATION_KEYWORDS } from './config-commands';

const MESSAGE =
  'Factor XII: this container migrates the database every time it starts; run the migration once per release ' +
  'as a one-off process (a Kubernetes Job, a compose service run with `docker compose run`, a release phase) instead.';

function check(context: RuleContext): void {
  for (const start of startCommands(context)) {
    for (const hit of migrationsIn(start.commands, { requireStart: true })) context.report({ span: hit.span, message: MESSAGE });
  }
}

export const yamlCheck: LanguageCheck = {
  languages: ['yaml'],
  keywords: MIGRATION_KEYWORDS,
  check,
};
