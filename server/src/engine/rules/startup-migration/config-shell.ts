// Start scripts (`docker-entrypoint.sh`, `boot.sh`, `start.sh`, any script that ends by exec-ing
// the server) that migrate before they start the app: every container start migrates. A script
// that only migrates (`scripts/migrate.sh`) or deploys (`deploy.sh`: no exec of a server) is the
// one-off admin process Factor XII asks for, and stays silent. A script a Dockerfile of the project starts as
// the container's process (`ENTRYPOINT ["./develop.sh"]`, read by the node layer), or a Procfile as a process
// (`web: bash Procfile.sh`; not `release:`), is a start script whatever its name.
import { baseName } from '../../languages/detect';
import { MappedText } from '../../languages/mapped-text';
import type { LanguageCheck, RuleContext } from '../../rule';
import { appCommandDetails, appCommandRun } from './app-commands';
import { migrationsInScript } from './config-analysis';
import { execsAProcess, ONE_OFF_SCRIPT_NAME, scriptName, START_SCRIPT_NAME } from '../../commands/shell-start';
import { MIGRATION_KEYWORDS } from './config-commands';

function check(context: RuleContext): void {
  const name = scriptName(context.path);
  if (ONE_OFF_SCRIPT_NAME.test(name) && !START_SCRIPT_NAME.test(name)) return;
  const script = MappedText.contiguous(context.text, 0);
  const dependencies = context.options.dependencies;
  const containerProcess = [dependencies?.containerScripts, dependencies?.procfileScripts].some((scripts) => scripts?.includes(baseName(context.path)));
  if (!containerProcess && !START_SCRIPT_NAME.test(name) && !execsAProcess(script)) return;
  const facts = context.options.importedMigrations ?? [];
  const hits = migrationsInScript(script, { requireStart: true, appCommand: (words) => appCommandRun(words, facts) });
  if (hits.length === 0) return;
  // The script is one start-up: its migrations are one problem.
  const [first, ...others] = hits;
  const { note, relatedElsewhere } = appCommandDetails(first!);
  context.report({
    span: first!.span,
    message:
      `Factor XII: this start script migrates the database every time the app starts${note}; run the migration once per ` +
      'release as a one-off admin process (a release phase, a Kubernetes Job, an init step of the deploy).',
    ...(others.length > 0 ? { related: others.map((hit) => ({ span: hit.span, message: 'Factor XII: another migration in the same start script' })) } : {}),
    ...(relatedElsewhere ? { relatedElsewhere } : {}),
  });
}

export const shellCheck: LanguageCheck = {
  languages: ['shell'],
  keywords: [],
  // A migration's own words, or the app's command that migrates (`python manage.py create_db`), found by the node layer.
  mayReport: (file) => MIGRATION_KEYWORDS.some((keyword) => file.lowered.includes(keyword)) || (file.options.importedMigrations?.length ?? 0) > 0,
  check,
};

