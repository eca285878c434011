// daemonized-process in the files that say what runs at start: package.json start scripts,
// Dockerfile CMD/ENTRYPOINT, Procfile processes, compose/Kubernetes commands, platform specs,
// shell start scripts, supervisord programs, railway/nixpacks/fly start commands. Not systemd units:
// `Type=forking` is how systemd supervises a process that daemonizes (nginx, php-fpm -D).
import { commandSpan, type CommandLine } from '../../commands/script';
import { startCommands, type StartCommand } from '../../commands/start-commands';
import { baseCommand, effectiveWords } from '../../commands/words';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { Report, ReplaceFix } from '../../types';
import { reportGrouped, type Grouping } from '../grouped-report';
import { isAdminOrUtility } from '../../commands/kinds';
import { DAEMON_KEYWORDS, daemonizing, type Daemonizing } from './daemon-commands';

const ADVICE = 'let the platform start, restart and scale the process in the foreground.';

function check(context: RuleContext): void {
  if (context.path.endsWith('.service')) return;
  let functions: Set<string> | undefined;
  for (const start of startCommands(context)) {
    const supervised = inRepeatingLoop(start.commands);
    const reports = start.commands.flatMap((command, i): Report[] => {
      // `nginx` after `nginx () { docker run … }` calls the script's own function, whose commands are read where it is defined.
      const daemon = daemonizing(command.texts);
      if (daemon && (functions ??= definedFunctions(context.text)).has(command.texts[0] ?? '')) return [];
      if (daemon && !(daemon.byDefault && isLastStep(start.commands, i))) return [daemonReport(start, command, daemon)];
      const background = command.after === '&' && !start.waitsForBackground && !supervised.has(command);
      return background && !isAdminOrUtility(command.texts) ? [backgroundReport(start, command)] : [];
    });
    // `pm2 start a.js && pm2 start b.js` is one start command that escapes the process manager: one finding.
    reportGrouped(context, reports, GROUPING);
  }
}

/**
 * The commands in the body of a `while`/`until` loop: the loop runs in the foreground for as long as the process
 * does and starts them each time round, so one put in the background there is a job of a supervisor that stays
 * (`while true; do php artisan schedule:run & sleep 60; done`, Laravel's documented stand-in for cron), not a
 * daemon. A `for` loop ends, and what it left in the background with it: those keep their finding.
 */
function inRepeatingLoop(commands: readonly CommandLine[]): Set<CommandLine> {
  const inside = new Set<CommandLine>();
  const loops: boolean[] = [];
  for (const command of commands) {
    const first = command.texts[0];
    if (first === 'done') loops.pop();
    else if (first !== undefined && LOOP_HEADS.has(first)) loops.push(first === 'while' || first === 'until');
    else if (loops.includes(true)) inside.add(command);
  }
  return inside;
}

/** The functions a shell script defines: `name () {`, `function name {`, `function name() {`. */
function definedFunctions(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(/^[ \t]*(?:function[ \t]+([A-Za-z_][\w.-]{0,80})|([A-Za-z_][\w.-]{0,80})[ \t]*\([ \t]*\))/gm)) {
    names.add(match[1] ?? match[2]!);
  }
  return names;
}

const LOOP_HEADS = new Set(['while', 'until', 'for', 'select']);

/** No command of the start's own runs after this one (`fi`, `done`, `esac` close blocks; they start nothing). */
function isLastStep(commands: readonly CommandLine[], at: number): boolean {
  return commands.slice(at + 1).every((command) => command.substitution || BLOCK_ENDS.has(command.texts[0] ?? ''));
}

const BLOCK_ENDS = new Set(['fi', 'done', 'esac', '}', 'else']);

const GROUPING: Grouping = {
  related: 'Factor VIII: another process of the same start command that leaves the foreground',
  more: (others) => `${others} more in the same command, shown as related locations`,
  noFixReason: 'several processes of this command leave the foreground: give each process type its own process',
};

function daemonReport(start: StartCommand, command: CommandLine, daemon: Daemonizing): Report {
  const fix = fixFor(command, daemon);
  return {
    span: commandSpan(command),
    message: `Factor VIII: ${start.where} runs the app as a daemon (${daemon.name}), out of the platform's sight; use ${daemon.instead}, and ${ADVICE}`,
    ...(fix ? { fix } : {}),
  };
}

function backgroundReport(start: StartCommand, command: CommandLine): Report {
  const tool = baseCommand(effectiveWords(command.texts)[0] ?? '');
  const name = /^[A-Za-z][\w.-]{0,30}$/.test(tool) ? `\`${tool}\`` : 'a process';
  return {
    span: commandSpan(command),
    message: `Factor VIII: ${start.where} puts ${name} in the background with \`&\`, where nothing restarts it or collects its logs; run each process type as its own process and ${ADVICE}`,
  };
}

/** Rewrites one word in place; only where the words are plain source text (not a JSON argv item). */
function fixFor(command: CommandLine, daemon: Daemonizing): ReplaceFix | undefined {
  const target = daemon.fix;
  const word = target ? command.words[target.word] : undefined;
  if (!target || !word || command.source === undefined) return undefined;
  const { start, end } = word.text.whole;
  if (target.action === 'replace') {
    return { kind: 'replace', title: `Run in the foreground with ${target.text}`, edits: [{ span: { start, end }, text: target.text }] };
  }
  const next = command.words[target.word + 1];
  if (!next) return undefined;
  return { kind: 'replace', title: `Run in the foreground: drop ${command.texts[target.word]}`, edits: [{ span: { start, end: next.text.whole.start }, text: '' }] };
}

export const configCheck: LanguageCheck = {
  languages: ['json', 'dockerfile', 'procfile', 'yaml', 'shell', 'ini', 'toml', 'tfvars'],
  keywords: DAEMON_KEYWORDS,
  check,
};
