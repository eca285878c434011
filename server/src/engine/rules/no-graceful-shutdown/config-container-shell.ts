// Compose services and Kubernetes containers whose command is `sh -c "a && b"`: /bin/sh runs the script as the
// container's PID 1 and, after the first command, forks the app instead of exec'ing it (dash, Debian's and Ubuntu's
// sh, checked: `dash -c 'true && sleep 1'` stays sleep's parent), so the platform's SIGTERM reaches the shell, which
// does not pass it on: the same shell script a Dockerfile's shell-form CMD runs (config-dockerfile.ts). `bash -c` execs
// the last command of such a list (bash 5.1+); `exec` before the app, `init: true` (compose's tini) and a
// development compose file are fine, as are one-off processes (Jobs, init containers, compose services that run
// once: one-shot-services.ts), which end by themselves.
import { runsOnceAndExits } from '../../commands/kinds';
import { containerArgvCommands, isEmptyPart } from '../../commands/container-commands';
import { withoutDevelopmentBranches } from '../../commands/dev-branches';
import type { CommandLine } from '../../commands/script';
import { baseCommand, effectiveWords } from '../../commands/words';
import { yamlGet, yamlString, type YamlNode } from '../../languages/yaml';
import { isScheduledJob } from '../../commands/platform-starts';
import { oneShotServices } from '../../commands/one-shot-services';
import type { LanguageCheck, RuleContext } from '../../rule';
import { isDevOnlyComposeFile, isTestServicesCompose } from '../compose-files';
import { everyBranchExecs } from './config-dockerfile';

/** `sh`, `/bin/sh`, dash and busybox ash: the shells that keep a list's last command as their child. */
const SH = /^(?:\/usr)?(?:\/bin\/)?(?:sh|dash|ash)$/;
const COMMAND_FLAG = /^-[a-z]*c[a-z]*$/;
/** Last commands that start no app: the script ends, waits, keeps the container alive, or ends in a block. */
const NOT_AN_APP = new Set(['exec', 'exit', 'return', 'wait', 'tail', 'sleep', 'fi', 'esac', 'done', '}']);

function check(context: RuleContext): void {
  if (isDevOnlyComposeFile(context.path, context.options.scopes)) return;
  for (const document of context.parsed.yaml) {
    const root = document.contents;
    // One-off processes end by themselves: Jobs, CronJobs, Copilot's scheduled jobs, init containers.
    // A compose file of a test run's services starts no deployed app.
    if (ADMIN_KINDS.has(yamlString(yamlGet(root, 'kind')) ?? '') || isScheduledJob(root) || isTestServicesCompose(context.path, root)) continue;
    // A compose service that runs once (a set-up step others wait for) ends by itself, as a Job does.
    const oneShot = oneShotServices(root);
    visitContainers(root, (map) => {
      if (scalarValue(yamlGet(map, 'init')) === true || oneShot.has(map)) return;
      const parts = ['entrypoint', 'command', 'args'].map((key) => yamlGet(map, key));
      const first = parts.find((part) => part !== undefined && !isEmptyPart(part));
      if (!first || !runsSh(first)) return;
      const commands = containerArgvCommands(context, parts);
      if (commands && shellStaysPid1(withoutDevelopmentBranches(commands))) {
        context.report({
          span: first.span,
          message:
            "Factor IX: this container runs its command through `sh -c`, which stays PID 1 and does not pass SIGTERM on to the app, so the app cannot shut down gracefully; start the app's command with `exec` so it receives the signal.",
        });
      }
    });
  }
}

const ADMIN_KINDS = new Set(['Job', 'CronJob']);

/** The maps that run an image (a compose service, a Kubernetes container), init containers left out. */
function visitContainers(node: YamlNode | undefined, visit: (map: YamlNode) => void, depth = 0): void {
  if (!node || depth > 32) return;
  if (node.kind === 'seq') for (const item of node.items) visitContainers(item, visit, depth + 1);
  if (node.kind !== 'map') return;
  if (yamlGet(node, 'image') !== undefined || yamlGet(node, 'build') !== undefined) visit(node);
  for (const pair of node.pairs) if (String(pair.key?.value ?? '') !== 'initContainers') visitContainers(pair.value, visit, depth + 1);
}

/** `sh -c "…"` as a string, or `["sh", "-c", "…"]` (`entrypoint: ["/bin/sh", "-c"]` with the script in `command`). */
function runsSh(part: YamlNode): boolean {
  if (part.kind === 'scalar') {
    const [program, flag] = String(part.value ?? '').trim().split(/\s+/);
    return SH.test(program ?? '') && COMMAND_FLAG.test(flag ?? '');
  }
  if (part.kind !== 'seq') return false;
  const [program, flag] = part.items.map(scalarValue);
  return typeof program === 'string' && SH.test(program) && typeof flag === 'string' && COMMAND_FLAG.test(flag);
}

/** Several commands, the last one an app started without `exec`, none in the background or piped. */
function shellStaysPid1(commands: readonly CommandLine[]): boolean {
  const final = commands[commands.length - 1];
  if (!final || commands.length < 2 || everyBranchExecs(commands, final)) return false;
  if (commands.some((command) => command.after === '&' || command.after === '|')) return false;
  return !NOT_AN_APP.has(baseCommand(final.texts[0] ?? '')) && effectiveWords(final.texts).length > 0 && !runsOnceAndExits(final.texts);
}

function scalarValue(node: YamlNode | undefined): unknown {
  return node?.kind === 'scalar' ? node.value : undefined;
}

export const containerShellCheck: LanguageCheck = {
  languages: ['yaml'],
  keywords: ['sh'],
  check,
};
