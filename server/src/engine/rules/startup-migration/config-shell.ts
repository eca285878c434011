// Start scripts (`docker-entrypoint.sh`, `boot.sh`, `start.sh`, any script that ends by exec-ing
// the server) that migrate before they start the app: every container start migrates. A script
// that only migrates (`scripts/migrate.sh`) or deploys (`deploy.sh`: no exec of a server) is the
// one-off admin process Factor XII asks for, and stays silent.
import { baseName } from '../../languages/detect';
import { MappedText } from '../../languages/mapped-text';
import { lexShell, simpleCommands } from '../../languages/shell';
import type { LanguageCheck, RuleContext } from '../../rule';
import { migrationsInScript } from './config-analysis';
import { effectiveWords } from '../../commands/words';
import { MIGRATION_KEYWORDS } from './config-commands';

/** Names that say "this starts the app": entrypoint, boot, start, run, serve. */
const START_SCRIPT = /(?:^|[-_.])(?:entrypoint|entry|boot|start|startup|run|serve|server|launch|init)(?:[-_.]|$)/i;
const ONE_OFF_SCRIPT = /migrat|seed|deploy|release|setup|install|backup|restore|test|ci/i;

function check(context: RuleContext): void {
  const name = baseName(context.path).replace(/\.(?:sh|bash)$/i, '');
  if (ONE_OFF_SCRIPT.test(name) && !START_SCRIPT.test(name)) return;
  const script = MappedText.contiguous(context.text, 0);
  if (!START_SCRIPT.test(name) && !execsAProcess(script)) return;
  const hits = migrationsInScript(script, { requireStart: true });
  if (hits.length === 0) return;
  // The script is one start-up: its migrations are one problem.
  const [first, ...others] = hits;
  context.report({
    span: first!.span,
    message:
      'Factor XII: this start script migrates the database every time the app starts; run the migration once per ' +
      'release as a one-off admin process (a release phase, a Kubernetes Job, an init step of the deploy).',
    ...(others.length > 0 ? { related: others.map((hit) => ({ span: hit.span, message: 'Factor XII: another migration in the same start script' })) } : {}),
  });
}

/** `exec gunicorn ...`, `exec "$@"`: the script hands over to the long-running process. */
function execsAProcess(script: MappedText): boolean {
  return simpleCommands(lexShell(script)).some((command) => {
    const words = command.words.map((word) => word.text.text);
    return words[0] === 'exec' && effectiveWords(words).length > 0;
  });
}

export const shellCheck: LanguageCheck = {
  languages: ['shell'],
  keywords: MIGRATION_KEYWORDS,
  check,
};

