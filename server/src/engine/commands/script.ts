// A command line split into the simple commands a shell runs, each with the operator after it
// (`&&`, `;`, `&`...), `sh -c "..."` followed into its script. Exec-form argv (Dockerfile JSON,
// YAML lists) is one command, or the script of its `sh -c`. The scripts of a command's substitutions
// (`$(flask db upgrade)`, `>(tee -a app.log)`) come just before it, as the shell runs them, marked as such.
import { MappedText } from '../languages/mapped-text';
import { lexShell, simpleCommands, type ShellOperator, type ShellWord } from '../languages/shell';
import type { Span } from '../types';
import { withVariablesExpanded } from './variables';
import { shellScriptIndex } from './words';

export interface CommandLine {
  words: ShellWord[];
  /** The words as the shell sees them: quotes and escapes removed. */
  texts: string[];
  /** The text the words were lexed from; undefined for an exec-form argv. */
  source: MappedText | undefined;
  /** Inside a `sh -c` script or an argv: its source edits are not plain removals. */
  nested: boolean;
  /** The operator after the command: `&` puts it in the background. */
  after?: ShellOperator;
  /** The next command of the same script, when joined by `&&`, `;` or a new line. */
  next?: CommandLine;
  /** Run inside a substitution of the command after it (`$(…)`, `<(…)`, `>(…)`): not one of the script's own steps. */
  substitution?: true;
  /** The first command of a `case` arm: the arm's pattern words (`web`, `*`). */
  armPattern?: string[];
}

/** How deep `sh -c "sh -c '...'"` is followed. */
const MAX_NESTING = 4;

/**
 * The script's own steps; with `substitutions`, also the commands its substitutions run (each just before the
 * command it is part of, marked), for a check that looks for a command wherever it runs (a migration in `$(…)`).
 */
export function scriptCommands(script: MappedText, escape = '\\', options: { substitutions?: boolean } = {}): CommandLine[] {
  return commandsOf(script, escape, false, 0, options.substitutions === true);
}

export function argvCommands(argv: readonly MappedText[]): CommandLine[] {
  const words: ShellWord[] = argv.map((text) => ({ kind: 'word', text, start: 0, end: text.text.length, bareEquals: text.text.indexOf('=') }));
  return expand({ words, texts: words.map((word) => word.text.text), source: undefined, nested: true }, 0, false);
}

function commandsOf(script: MappedText, escape: string, nested: boolean, depth: number, inner: boolean): CommandLine[] {
  const simple = simpleCommands(lexShell(script, { escape }));
  const commands: CommandLine[] = withVariablesExpanded(simple.map((command) => ({
    words: command.words,
    texts: command.words.map((word) => word.text.text),
    source: script,
    nested,
    ...(command.after ? { after: command.after.op } : {}),
    ...(command.armPattern ? { armPattern: command.armPattern.map((word) => word.text.text) } : {}),
  })));
  commands.forEach((command, i) => {
    const op = command.after;
    if ((op === '&&' || op === ';' || op === '\n') && commands[i + 1]) command.next = commands[i + 1]!;
  });
  return commands.flatMap((command) => [...(inner ? substituted(command, escape, depth) : []), ...expand(command, depth, inner)]);
}

/** The commands of the substitutions in a command's words, read as scripts of their own (as deep as `sh -c`). */
function substituted(command: CommandLine, escape: string, depth: number): CommandLine[] {
  if (depth > MAX_NESTING) return [];
  return command.words.flatMap((word) =>
    (word.substitutions ?? []).flatMap((inner) => commandsOf(inner.script, escape, true, depth + 1, true).map((found): CommandLine => ({ ...found, substitution: true }))),
  );
}

/** Replaces `sh -c "a && b"` by the commands of its script. */
function expand(command: CommandLine, depth: number, inner: boolean): CommandLine[] {
  const index = shellScriptIndex(command.texts);
  const script = index === undefined ? undefined : command.words[index];
  if (!script || depth > MAX_NESTING) return [command];
  return commandsOf(script.text, '\\', true, depth + 1, inner);
}

/** Source span of the whole command, words and quotes included. */
export function commandSpan(command: CommandLine): Span {
  return { start: command.words[0]!.text.whole.start, end: command.words[command.words.length - 1]!.text.whole.end };
}

/** The command as written (for a script of its own), or its words joined. */
export function commandText(command: CommandLine): string {
  const first = command.words[0]!;
  const last = command.words[command.words.length - 1]!;
  return command.source ? command.source.text.slice(first.start, last.end) : command.texts.join(' ');
}

/**
 * The span that removes the command with the operator joining it to the next one
 * (`tsc && node dist` -> `node dist`); undefined where a removal is not a plain text edit.
 */
export function removalSpan(command: CommandLine): Span | undefined {
  const next = command.next?.words[0];
  if (command.nested || !next) return undefined;
  return { start: command.words[0]!.text.whole.start, end: next.text.whole.start };
}
