// Entrypoint scripts (`docker-entrypoint.sh`, `bin/docker-entrypoint`) and the `run` files of s6 and
// runit services: the container, or the supervisor, signals the script's own process. When its last
// command starts the app without `exec`, the shell stays that process and does not pass SIGTERM on,
// just as a Dockerfile's shell-form script of several commands (config-dockerfile.ts) does: the app is
// killed when the grace period ends. `exec "$@"`, `exec gunicorn …` hand the process over.
import { commandSpan, scriptCommands } from '../../commands/script';
import { isAdminOrUtility } from '../../commands/kinds';
import { isAppStartScript, scriptName } from '../../commands/shell-start';
import { baseCommand, effectiveWords } from '../../commands/words';
import { MappedText } from '../../languages/mapped-text';
import type { LanguageCheck, RuleContext } from '../../rule';
import { execFix } from './config-dockerfile';
import { tailCommands } from './shell-tails';

/** Named to be a container's ENTRYPOINT: `docker-entrypoint`, `entrypoint`, `app-entrypoint` (`.sh` or none). */
const ENTRYPOINT_NAME = /(?:^|[-_.])entrypoint$/i;
/** A service's run file under s6 (`s6-rc.d/web/run`, `services.d/web/run`) or runit (`service/web/run`, `sv/web/run`). */
const SUPERVISED_RUN = /(?:^|\/)(?:s6-rc\.d|services\.d|service|sv)\/[^/]+\/run$/;
/**
 * Last commands that start no app: the script ends, waits for its background jobs, or keeps the container
 * alive; or it ends inside a block (`fi`, `esac`, `done`, `}`), whose branches the check does not follow.
 */
const NOT_AN_APP = new Set(['exec', 'exit', 'return', 'wait', 'tail', 'fi', 'esac', 'done', '}', ';;', 'else']);

function check(context: RuleContext): void {
  const script = MappedText.contiguous(context.text, 0);
  const supervised = SUPERVISED_RUN.test(context.path);
  if (!(supervised || ENTRYPOINT_NAME.test(scriptName(context.path))) || !isAppStartScript(context.path, script)) return;
  const commands = scriptCommands(script);
  if (commands.some((command) => command.after === '&' || command.after === '|')) return;
  const ownFunction = (name: string) => definesFunction(context.text, name);
  for (const final of tailCommands(commands, ownFunction)) {
    if (NOT_AN_APP.has(baseCommand(final.texts[0] ?? '')) || effectiveWords(final.texts).length === 0 || isAdminOrUtility(final.texts)) continue;
    if (ownFunction(final.texts[0] ?? '')) continue;
    const fix = execFix(final);
    const who = supervised ? "the supervisor's" : "the container's";
    context.report({
      span: commandSpan(final),
      message: `Factor IX: this script starts the app as its last command without \`exec\`: the shell stays ${who} process and does not pass SIGTERM on, so the app cannot shut down gracefully; start it with \`exec\`.`,
      ...(fix ? { fix } : {}),
    });
  }
}

/** `run_app() {` / `function run_app`: the script's own function, which may exec the app itself. */
function definesFunction(text: string, name: string): boolean {
  if (!/^[A-Za-z_][\w-]*$/.test(name)) return false;
  const lines = text.split('\n');
  return lines.some((line) => {
    const trimmed = line.trimStart();
    const keyword = `function ${name}`;
    if (trimmed.startsWith(keyword)) return /^(?:\s|\(|\{|$)/.test(trimmed.slice(keyword.length));
    return trimmed.startsWith(name) && /^\s*\(\s*\)/.test(trimmed.slice(name.length));
  });
}

export const shellCheck: LanguageCheck = { languages: ['shell'], keywords: [], check };
