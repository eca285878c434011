// Start commands of process supervisors and platforms (commands/service-starts.ts) that migrate and then
// start the app: a systemd unit's `ExecStartPre=flask db upgrade` before its `ExecStart=gunicorn`, a
// supervisord program `sh -c "migrate && exec daphne"`, Railway's `startCommand`, Nixpacks' `[start] cmd`,
// a fly.toml process, an ECS task definition's container command. Every start and every restart migrates. A oneshot unit or a program that only
// migrates starts nothing after it, and stays silent.
import { baseName } from '../../languages/detect';
import { startCommands } from '../../commands/start-commands';
import type { LanguageCheck, RuleContext } from '../../rule';
import { migrationsIn } from './config-analysis';
import { MIGRATION_KEYWORDS } from './config-commands';

function check(context: RuleContext): void {
  // package.json's scripts are config-package-json's (with their fix).
  if (context.language === 'json' && baseName(context.path) === 'package.json') return;
  for (const start of startCommands(context)) {
    const [first, ...others] = migrationsIn(start.commands, { requireStart: true });
    if (!first) continue;
    context.report({
      span: first.span,
      message:
        `Factor XII: ${start.where} migrates the database every time the service starts or restarts; run the migration ` +
        'once per release as a one-off admin process (a release phase, a oneshot unit run by the deploy, a Job) instead.',
      ...(others.length > 0 ? { related: others.map((hit) => ({ span: hit.span, message: 'Factor XII: another migration in the same start' })) } : {}),
    });
  }
}

export const servicesCheck: LanguageCheck = {
  languages: ['ini', 'toml', 'json', 'tfvars'],
  keywords: MIGRATION_KEYWORDS,
  check,
};
