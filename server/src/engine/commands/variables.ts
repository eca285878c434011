// A command behind a variable the script set just before: `ARTISAN="php /var/www/app/artisan"` then
// `${ARTISAN} migrate --force`, `PY=/opt/venv/bin/python` then `$PY manage.py migrate`, `exec $START_CMD`. The
// shell splits an unquoted expansion into words, so the command reads as those words followed by its own.
// Only a plain literal is followed (no `$`, backtick or glob in the value: what the shell would expand again), and
// only at a command's first word; a quoted use (`"$CMD"`) is one word, left as it is. The expanded command is
// marked nested: its words are not the source's, so no fix edits them.
import { MappedText } from '../languages/mapped-text';
import type { ShellWord } from '../languages/shell';
import type { CommandLine } from './script';

/** `NAME=value` alone on its command, value already without quotes. */
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s;
/** `$NAME` or `${NAME}` as a whole word. */
const USE = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))$/;
const EXPANDS_AGAIN = /[$`*?[]/;
const MAX_WORDS = 16;

/** The script's commands with a command-position variable replaced by the words of its literal value. */
export function withVariablesExpanded(commands: CommandLine[]): CommandLine[] {
  const values = new Map<string, string[]>();
  return commands.map((command) => {
    const assigned = assignment(command);
    if (assigned) {
      if (assigned.words) values.set(assigned.name, assigned.words);
      else values.delete(assigned.name);
      return command;
    }
    return expanded(command, values) ?? command;
  });
}

function assignment(command: CommandLine): { name: string; words: string[] | undefined } | undefined {
  if (command.words.length !== 1 || command.words[0]!.bareEquals <= 0) return undefined;
  const match = ASSIGNMENT.exec(command.texts[0]!);
  if (!match) return undefined;
  const value = match[2]!.trim();
  const words = value === '' || EXPANDS_AGAIN.test(value) ? undefined : value.split(/\s+/);
  return { name: match[1]!, words: words && words.length <= MAX_WORDS ? words : undefined };
}

function expanded(command: CommandLine, values: ReadonlyMap<string, string[]>): CommandLine | undefined {
  const first = command.words[0];
  const use = first === undefined ? null : USE.exec(command.texts[0]!);
  const words = use ? values.get(use[1] ?? use[2]!) : undefined;
  if (!first || !words || isQuoted(command, first)) return undefined;
  const replaced: ShellWord[] = words.map((text) => ({ ...first, text: new MappedText(text, first.text.whole), bareEquals: -1 }));
  return { ...command, words: [...replaced, ...command.words.slice(1)], texts: [...words, ...command.texts.slice(1)], nested: true };
}

function isQuoted(command: CommandLine, word: ShellWord): boolean {
  return command.source?.text[word.start] === '"';
}
