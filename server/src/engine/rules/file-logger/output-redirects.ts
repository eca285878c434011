// A start command that sends the app's own output to a file with the shell: `exec node server.js >>
// /var/log/app.log 2>&1` in an entrypoint, `web: bundle exec puma > log/puma.log` in a Procfile, an npm
// start script, a Dockerfile CMD, or `exec >>/var/log/boot.log 2>&1` before the script hands over to the
// app. The app logs to stdout, but the stream never reaches the platform. Read only on the commands that
// are the app (the ones the start ends with, or puts in the background): a set-up step's
// `config validate > /tmp/check.txt` keeps its output as it likes. `2>&1`, `/dev/null` and the other
// devices, a target from the environment (`>> "$LOG_FILE"`) and `| tee -a file` (the stream still
// flows on) stay silent; exec-form argv has no shell, so a `>` there is an argument. A process
// substitution is read as the script it is: `exec > >(tee -a /var/log/app.log)` passes the stream on
// (silent), `exec > >(tee -a /var/log/app.log | logger -t app)` hands it to tee's file and syslog only.
import { isAdminOrUtility } from '../../commands/kinds';
import { scriptCommands, type CommandLine } from '../../commands/script';
import { baseCommand } from '../../commands/words';
import type { ShellWord } from '../../languages/shell';
import { startCommands } from '../../commands/start-commands';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { Span } from '../../types';
import { tailCommands } from '../no-graceful-shutdown/shell-tails';

/** A redirection of output as the shell reads it: `>`, `>>`, `2>`, `&>>`, `>|`, with its target or without. */
const REDIRECT = /^(?:\d|&)?>>?\|?/;
/** The same, unquoted, before a path-like target on the same line, or tee in a process substitution (the prefilter's test). */
const REDIRECT_TO_PATH = /(?:^|[\s"'`;(])(?:\d|&)?>>?\|?[ \t]*["']?[\w.~/]|>\([ \t]*tee[ \t]/m;

interface OutputFile {
  target: string;
  span: Span;
}

function check(context: RuleContext): void {
  for (const start of startCommands(context)) {
    const reported = new Set<CommandLine>();
    for (const command of appCommands(start.commands)) {
      if (reported.has(command)) continue;
      reported.add(command);
      for (const found of outputFiles(command)) {
        context.report({ span: found.span, message: `Factor XI: ${start.where} sends the app's output to a file (${found.target}); leave it on stdout/stderr and let the platform route the stream.` });
      }
    }
  }
}

/** The commands that are the app: those the start ends with or backgrounds, and an `exec` that only redirects the rest of the script. */
function appCommands(commands: readonly CommandLine[]): CommandLine[] {
  const app = (command: CommandLine): boolean => !isAdminOrUtility(command.texts);
  return [
    ...commands.filter((command) => command.texts[0] === 'exec' && outputFiles(command).length > 0 && onlyRedirects(command)),
    ...commands.filter((command) => command.after === '&' && app(command)),
    ...tailCommands(commands, () => false).filter(app),
  ];
}

/** `exec >>/var/log/x 2>&1`: no command after exec, only redirections (and their targets). */
function onlyRedirects(command: CommandLine): boolean {
  for (let i = 1; i < command.texts.length; i++) {
    const prefix = redirectPrefix(command, i);
    if (prefix === undefined) return false;
    if (prefix === command.texts[i]!.length) i++;
  }
  return true;
}

/** The length of the redirection operator that starts the i-th word, when it is unquoted shell syntax. */
function redirectPrefix(command: CommandLine, i: number): number | undefined {
  const word = command.words[i]!;
  const raw = command.source?.text.slice(word.start, word.end) ?? '';
  const operator = REDIRECT.exec(raw)?.[0];
  return operator === undefined || !command.texts[i]!.startsWith(operator) ? undefined : operator.length;
}

/** The files the command's output is redirected to (fd duplications such as `2>&1` aside). */
function outputFiles(command: CommandLine): OutputFile[] {
  if (!command.source) return [];
  const found: OutputFile[] = [];
  for (let i = 1; i < command.texts.length; i++) {
    const prefix = redirectPrefix(command, i);
    if (prefix === undefined) continue;
    const text = command.texts[i]!;
    const attached = prefix < text.length;
    const word = attached ? command.words[i]! : command.words[i + 1];
    const target = attached ? text.slice(prefix) : command.texts[i + 1];
    if (word && target?.startsWith('>(')) found.push(...teeFiles(word));
    if (!word || target === undefined || !isFileTarget(target)) continue;
    found.push({ target, span: attached ? word.text.span(prefix, text.length) : word.text.span(0, target.length) });
  }
  return found;
}

/**
 * The files of `>(tee -a app.log | logger -t app)` when tee's own output goes on to another process or a
 * redirection instead of the stream it came from: the app's output then ends in the file (and wherever that
 * process sends it), never on stdout. `>(tee -a app.log)` alone writes the stream on, as `| tee` does.
 */
function teeFiles(word: ShellWord): OutputFile[] {
  const substitution = word.substitutions?.find((inner) => inner.process);
  const tee = substitution ? scriptCommands(substitution.script)[0] : undefined;
  if (!tee || baseCommand(tee.texts[0] ?? '') !== 'tee') return [];
  const redirected = tee.texts.some((text, i) => i > 0 && /^1?>/.test(text));
  if (tee.after !== '|' && !redirected) return [];
  const files: OutputFile[] = [];
  for (let i = 1; i < tee.texts.length; i++) {
    const text = tee.texts[i]!;
    if (/^[\d&]?>/.test(text)) {
      if (/^[\d&]?>>?$/.test(text)) i++; // `> /dev/null`: the redirection's target is no file of tee's
      continue;
    }
    if (!text.startsWith('-') && isFileTarget(text)) files.push({ target: text, span: tee.words[i]!.text.whole });
  }
  return files;
}

/**
 * A file, not a descriptor (`&1`), a device (`/dev/null`, `/dev/stdout`), a path the environment gives, or a
 * process substitution (`exec > >(tee -a app.log) 2>&1`: tee writes the stream on, as `| tee` does).
 */
function isFileTarget(target: string): boolean {
  return target !== '' && !/^[&>(<]/.test(target) && !target.startsWith('/dev/') && !target.includes('$');
}

export const outputRedirectCheck: LanguageCheck = {
  // The languages startCommands reads.
  languages: ['procfile', 'dockerfile', 'yaml', 'shell', 'ini', 'json', 'toml', 'tfvars'],
  keywords: ['>'],
  mayReport: (file) => REDIRECT_TO_PATH.test(file.text),
  check,
};
