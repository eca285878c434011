// Dockerfiles whose container process does not get the platform's SIGTERM: `npm start` as the
// process (npm stands between the signal and node), a shell-form script of several commands,
// where /bin/sh stays PID 1 and does not pass the signal on, or a single shell-form command on an
// image whose /bin/sh is dash (Debian, Ubuntu: `node:20`, `eclipse-temurin:21-jre`), which forks the
// command instead of exec'ing it. bash and busybox ash (Alpine) exec a lone command: fine there.
import { argvCommands, commandSpan, scriptCommands, type CommandLine } from '../../commands/script';
import { runsOnceAndExits } from '../../commands/kinds';
import { baseCommand, effectiveWords, scriptRun } from '../../commands/words';
import { tailCommands } from './shell-tails';
import { withWrittenScripts } from '../../commands/docker-written-scripts';
import { dockerCommand, finalStage, type DockerInstruction } from '../../languages/dockerfile';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { ReplaceFix, Span } from '../../types';
import { finalStageShell, type ImageShell } from './image-shell';

/** Init processes that forward signals to the app (and reap zombies). */
const INITS = new Set(['tini', 'dumb-init', 'catatonit', 'docker-init', 's6-svscan', 'init', 'supervisord', 'runsvdir']);

function check(context: RuleContext): void {
  const { instructions, escape } = context.parsed.dockerfile;
  const stage = finalStage(instructions);
  const last = (keyword: string): DockerInstruction | undefined => stage.filter((instruction) => instruction.keyword === keyword).pop();
  const entrypoint = last('ENTRYPOINT');
  if (entrypoint && startsWithInit(entrypoint, escape)) return;
  const shell = finalStageShell(context.parsed.dockerfile.instructions);
  // A shell-form ENTRYPOINT ignores CMD: Docker never runs it.
  const cmd = entrypoint && dockerCommand(entrypoint).form === 'shell' ? undefined : last('CMD');
  for (const instruction of [entrypoint, cmd]) {
    if (instruction) checkInstruction(instruction, escape, shell, context, stage);
  }
}

function commandsOf(instruction: DockerInstruction, escape: string): { commands: CommandLine[]; shellForm: boolean } {
  const command = dockerCommand(instruction);
  return command.form === 'exec'
    ? { commands: argvCommands(command.argv), shellForm: false }
    : { commands: scriptCommands(command.script, escape), shellForm: true };
}

/**
 * The commands the instruction runs, a script the Dockerfile wrote (`RUN echo … > /srv/start.sh`, `CMD
 * ["/srv/start.sh"]`) read in place of the command that runs it. The shell running a script file stays its parent
 * whatever the shell, even for one command: only `exec` hands it the process.
 */
function startOf(instruction: DockerInstruction, escape: string, instructions: readonly DockerInstruction[]): { commands: CommandLine[]; script: boolean } {
  return withWrittenScripts(instructions, instruction, escape, commandsOf(instruction, escape).commands);
}

function startsWithInit(instruction: DockerInstruction, escape: string): boolean {
  const first = commandsOf(instruction, escape).commands[0];
  return first !== undefined && INITS.has(baseCommand(effectiveWords(first.texts)[0] ?? ''));
}

function checkInstruction(instruction: DockerInstruction, escape: string, shell: ImageShell | undefined, context: RuleContext, stage: readonly DockerInstruction[]): void {
  const { commands, script } = startOf(instruction, escape, context.parsed.dockerfile.instructions);
  const final = commands[commands.length - 1];
  if (!final) return;
  const span: Span = { start: instruction.keywordSpan.start, end: instruction.args.whole.end };
  const words = effectiveWords(final.texts);
  // `npm start`, `npm run dev`, and yarn's, pnpm's and bun's script shorthand (`yarn dev`, `pnpm serve`).
  if (scriptRun(words)) {
    context.report({
      span,
      message: `Factor IX: this ${instruction.keyword} runs the app through \`${baseCommand(words[0]!)} ${words[1]}\`: the package manager receives the platform's SIGTERM instead of the app, which then cannot shut down gracefully; run the app directly (CMD ["node", "server.js"]).`,
    });
    return;
  }
  // A one-off task (`CMD bundle exec rake catalogue:import`, a migration, a seed) exits by itself: no server waits for SIGTERM.
  if (runsOnceAndExits(final.texts)) return;
  if (everyBranchExecs(commands, final) || runsThroughBash(instruction, stage)) return;
  if (final.texts[0] === 'exec' || commands.some((command) => command.after === '&' || command.after === '|')) return;
  if (commands.length < 2 && !script) {
    if (shell === 'dash' && runsThroughSh(instruction)) reportLoneCommand(context, instruction, span, final);
    return;
  }
  const fix = execFix(final);
  const message = script
    ? `Factor IX: this ${instruction.keyword} runs a start script the Dockerfile writes, whose shell stays PID 1 and does not pass SIGTERM on to the app; start the app's command with \`exec\` in the script so it receives the signal.`
    : shellMessage(instruction.keyword, shell);
  context.report({ span, message, ...(fix ? { fix } : {}) });
}

/**
 * One wording for a shell that stays PID 1, whether it runs several commands or, on dash, one: moving a build step out
 * of `CMD npm ci && node server.js` leaves the same problem, not a new one.
 */
function shellMessage(keyword: string, shell: ImageShell | undefined): string {
  const dash = shell === 'dash' ? " (this image's /bin/sh is dash, which keeps even a single command as its child)" : '';
  return `Factor IX: this ${keyword} runs a shell script that stays PID 1 and does not pass SIGTERM on to the app${dash}; start the app's command with \`exec\` so it receives the signal.`;
}

/** The instruction's command is a script for /bin/sh: the shell form, or an exec form that starts `sh -c`. */
function runsThroughSh(instruction: DockerInstruction): boolean {
  const command = dockerCommand(instruction);
  if (command.form === 'shell') return true;
  const [program, flag] = command.argv.map((word) => word.text);
  return (program === 'sh' || program === '/bin/sh') && flag === '-c';
}

/**
 * `CMD ["bash", "-c", "python manage.py check && gunicorn app.wsgi"]`: bash 5.1 and later exec the last command of a
 * `-c` list, over several lines too (checked with bash 5.2), so the app is PID 1 and gets the signal; the compose
 * policy, for the same reason. So does a shell-form CMD after `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`: Docker
 * runs it as `bash … -c "<script>"`, the same process tree (dash, /bin/sh on Debian, stays the parent).
 */
function runsThroughBash(instruction: DockerInstruction, stage: readonly DockerInstruction[]): boolean {
  const command = dockerCommand(instruction);
  if (command.form === 'exec') return isBashDashC(command.argv.map((word) => word.text));
  const at = stage.indexOf(instruction);
  const shell = stage.slice(0, at < 0 ? stage.length : at).filter((earlier) => earlier.keyword === 'SHELL').pop();
  const argv = shell === undefined ? undefined : dockerCommand(shell);
  return argv?.form === 'exec' && isBashDashC(argv.argv.map((word) => word.text), true);
}

/** `bash -c`, `/bin/bash -ec`; with `options`, also `bash -o pipefail -c` (a SHELL instruction ends in its -c). */
function isBashDashC(argv: readonly string[], options = false): boolean {
  const flag = options ? argv[argv.length - 1] : argv[1];
  return /^(?:\/usr)?(?:\/bin\/)?bash$/.test(argv[0] ?? '') && /^-[a-z]*c[a-z]*$/.test(flag ?? '');
}

/** `CMD node dist/server.js` on `node:20`: dash forks node and stays PID 1, ignoring SIGTERM. */
function reportLoneCommand(context: RuleContext, instruction: DockerInstruction, span: Span, final: CommandLine): void {
  const fix = execFix(final);
  context.report({ span, message: shellMessage(instruction.keyword, 'dash'), ...(fix ? { fix } : {}) });
}

/**
 * `sh -c 'if [ "$NODE_ENV" = development ]; then exec npm run dev; else exec node dist/server.js; fi'`: the script
 * ends in a block each of whose branches execs its process, so the shell never stays PID 1.
 */
export function everyBranchExecs(commands: readonly CommandLine[], final: CommandLine): boolean {
  if (final.texts[0] !== 'fi' && final.texts[0] !== 'esac') return false;
  const tails = tailCommands(commands, () => false);
  return tails.length > 0 && tails.every((tail) => tail.texts[0] === 'exec');
}

/** `a && node server.js` -> `a && exec node server.js`: same control flow, the app becomes the process. */
export function execFix(final: CommandLine): ReplaceFix | undefined {
  if (final.nested || !final.source) return undefined;
  const at = commandSpan(final).start;
  return { kind: 'replace', title: 'Run the app with exec', edits: [{ span: { start: at, end: at }, text: 'exec ' }] };
}

export const dockerfileCheck: LanguageCheck = {
  languages: ['dockerfile'],
  keywords: ['cmd', 'entrypoint'],
  check,
};
