// Entrypoint scripts (`docker-entrypoint.sh`, `bin/docker-entrypoint`), any script a Dockerfile of the project
// starts as the container's process (`CMD ["/opt/startup.prod.sh"]`), and the `run` files of s6 and
// runit services: the container, or the supervisor, signals the script's own process. When its last
// command starts the app without `exec`, the shell stays that process and does not pass SIGTERM on,
// just as a Dockerfile's shell-form script of several commands (config-dockerfile.ts) does: the app is
// killed when the grace period ends. `exec "$@"`, `exec gunicorn …` hand the process over.
import { commandSpan, scriptCommands, type CommandLine } from '../../commands/script';
import { runsOnceAndExits } from '../../commands/kinds';
import { isAppStartScript, scriptName } from '../../commands/shell-start';
import { baseCommand, effectiveWords } from '../../commands/words';
import { baseName } from '../../languages/detect';
import { MappedText } from '../../languages/mapped-text';
import type { LanguageCheck, RuleContext } from '../../rule';
import { execFix } from './config-dockerfile';
import { backgroundWait, loopedApps, setsTrap, type BackgroundWait } from './shell-supervising';
import { tailCommands } from './shell-tails';

/** Named to be a container's ENTRYPOINT: `docker-entrypoint`, `entrypoint`, `app-entrypoint` (`.sh` or none). */
const ENTRYPOINT_NAME = /(?:^|[-_.])entrypoint$/i;
/** A service's run file under s6 (`s6-rc.d/web/run`, `services.d/web/run`) or runit (`service/web/run`, `sv/web/run`). */
const SUPERVISED_RUN = /(?:^|\/)(?:s6-rc\.d|services\.d|service|sv)\/[^/]+\/run$/;
/**
 * Last commands that start no app: the script ends, waits for its background jobs, or keeps the container
 * alive; or it ends inside a block (`fi`, `esac`, `done`, `}`), whose branches the check does not follow; a group's `{` opens one.
 */
const NOT_AN_APP = new Set(['exec', 'exit', 'return', 'wait', 'tail', 'fi', 'esac', 'done', '{', '}', ';;', 'else']);

function check(context: RuleContext): void {
  const script = MappedText.contiguous(context.text, 0);
  const supervised = SUPERVISED_RUN.test(context.path);
  // A script a Dockerfile of the project starts as the container's process (`CMD ["/opt/startup.prod.sh"]`, read by the
  // node layer) is the container's PID 1 whatever its name.
  const containerProcess = context.options.dependencies?.containerScripts?.includes(baseName(context.path)) ?? false;
  if (!containerProcess && (!(supervised || ENTRYPOINT_NAME.test(scriptName(context.path))) || !isAppStartScript(context.path, script))) return;
  const commands = scriptCommands(script);
  const ownFunction = (name: string) => definesFunction(context.text, name);
  const isApp = (command: CommandLine) =>
    !NOT_AN_APP.has(baseCommand(command.texts[0] ?? '')) && effectiveWords(command.texts).length > 0 && !runsOnceAndExits(command.texts) && !ownFunction(command.texts[0] ?? '');
  const tails = tailCommands(commands, ownFunction);
  const who = supervised ? "the supervisor's" : "the container's";
  // A script that supervises its children itself forwards signals when it sets a trap.
  const trapped = setsTrap(commands);
  if (commands.some((command) => command.after === '&' || command.after === '|')) {
    if (!trapped) reportBackgroundWait(context, backgroundWait(commands, tails, isApp), who);
    return;
  }
  if (!trapped) reportLoop(context, loopedApps(commands, isApp), who);
  for (const final of tails) {
    if (!isApp(final)) continue;
    const fix = execFix(final);
    context.report({
      span: commandSpan(final),
      message: `Factor IX: this script starts the app as its last command without \`exec\`: the shell stays ${who} process and does not pass SIGTERM on, so the app cannot shut down gracefully; start it with \`exec\`.`,
      ...(fix ? { fix } : {}),
    });
  }
}

/** `web & worker & wait` without a trap: one finding on the first app, the others and the `wait` related. */
function reportBackgroundWait(context: RuleContext, found: BackgroundWait | undefined, who: string): void {
  if (!found) return;
  const [app, ...others] = found.apps;
  context.report({
    span: commandSpan(app!),
    message: `Factor IX: this script starts the app in the background and waits for it without a \`trap\`: the shell stays ${who} process and passes SIGTERM on to no child, so the app cannot shut down gracefully; run one process with \`exec\`, or forward the signal (\`trap 'kill -TERM $pid' TERM\`).`,
    related: [
      ...others.map((other) => ({ span: commandSpan(other), message: 'Another process started in the background, which gets no SIGTERM either.' })),
      { span: commandSpan(found.wait), message: 'The shell waits here and keeps the signal.' },
    ],
  });
}

/** `while true; do app; done` as the script's end: the app's start in the loop. */
function reportLoop(context: RuleContext, apps: readonly CommandLine[], who: string): void {
  const [app, ...others] = apps;
  if (!app) return;
  context.report({
    span: commandSpan(app),
    message: `Factor IX: this script restarts the app in an endless loop: the shell stays ${who} process and does not pass SIGTERM on, so the app cannot shut down gracefully; start it with \`exec\` and leave restarts to the container's restart policy or the supervisor.`,
    ...(others.length > 0 ? { related: others.map((other) => ({ span: commandSpan(other), message: 'Another process the loop restarts.' })) } : {}),
  });
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
