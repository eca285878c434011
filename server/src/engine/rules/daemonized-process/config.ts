// daemonized-process in the files that say what runs at start: package.json start scripts,
// Dockerfile CMD/ENTRYPOINT, Procfile processes, compose/Kubernetes commands, platform specs,
// shell start scripts.
import { commandSpan, type CommandLine } from '../../commands/script';
import { startCommands, type StartCommand } from '../../commands/start-commands';
import { baseCommand, effectiveWords } from '../../commands/words';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { ReplaceFix } from '../../types';
import { isAdminOrUtility } from '../../commands/kinds';
import { DAEMON_KEYWORDS, daemonizing, type Daemonizing } from './daemon-commands';

const ADVICE = 'let the platform start, restart and scale the process in the foreground.';

function check(context: RuleContext): void {
  for (const start of startCommands(context)) {
    for (const command of start.commands) {
      const daemon = daemonizing(command.texts);
      if (daemon) reportDaemon(context, start, command, daemon);
      else if (command.after === '&' && !start.waitsForBackground && !isAdminOrUtility(command.texts)) reportBackground(context, start, command);
    }
  }
}

function reportDaemon(context: RuleContext, start: StartCommand, command: CommandLine, daemon: Daemonizing): void {
  const fix = fixFor(command, daemon);
  context.report({
    span: commandSpan(command),
    message: `Factor VIII: ${start.where} runs the app as a daemon (${daemon.name}), out of the platform's sight; use ${daemon.instead}, and ${ADVICE}`,
    ...(fix ? { fix } : {}),
  });
}

function reportBackground(context: RuleContext, start: StartCommand, command: CommandLine): void {
  const tool = baseCommand(effectiveWords(command.texts)[0] ?? '');
  const name = /^[A-Za-z][\w.-]{0,30}$/.test(tool) ? `\`${tool}\`` : 'a process';
  context.report({
    span: commandSpan(command),
    message: `Factor VIII: ${start.where} puts ${name} in the background with \`&\`, where nothing restarts it or collects its logs; run each process type as its own process and ${ADVICE}`,
  });
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
  languages: ['json', 'dockerfile', 'procfile', 'yaml', 'shell'],
  keywords: DAEMON_KEYWORDS,
  check,
};
