// What a command is: a name, its options (each with its help line) and what it does. Adding a
// command is one new file plus one line in commands.ts; adding a flag is one entry in a table.

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** A one-letter alias, e.g. 'q' for -q. */
  short?: string;
  /** For string options: the placeholder shown in help, e.g. 'FILE' or 'text|json'. */
  value?: string;
  /** A string option given more than once collects every value. */
  multiple?: boolean;
  /** One line of help (continuation lines are indented to match). */
  description: string;
}

export type OptionTable = Readonly<Record<string, OptionSpec>>;

type ValueOf<S extends OptionSpec> = S['type'] extends 'boolean'
  ? boolean
  : S['type'] extends 'string'
    ? S extends { multiple: true }
      ? string[]
      : string
    : string | string[] | boolean; // a table not known in detail

/** The parsed values of a table: absent options are undefined. */
export type OptionValues<O extends OptionTable> = { -readonly [K in keyof O]?: ValueOf<O[K]> };

export interface CommandInput<O extends OptionTable> {
  values: OptionValues<O>;
  /** The arguments after the command name. */
  positionals: string[];
}

export interface Command<O extends OptionTable = OptionTable> {
  name: string;
  /** The arguments after the name in the usage line, e.g. '[paths...]'. */
  usage: string;
  summary: string;
  options: O;
  /** Text after the options in `<command> --help` (exit codes, examples). */
  epilogue?: string;
  /** Resolves to the exit code. Throws UsageError for a bad argument (exit 2). */
  run(input: CommandInput<O>): Promise<number>;
}

/** Keeps the option table's literal types so `run` sees exactly its own flags. */
export function defineCommand<const O extends OptionTable>(command: Command<O>): Command<O> {
  return command;
}

/** A bad command line or argument: one line on stderr, exit 2. */
export class UsageError extends Error {}

/** Options every command accepts. */
export const GLOBAL_OPTIONS = {
  help: { type: 'boolean', short: 'h', description: 'print help (for a command: `audit --help`)' },
  version: { type: 'boolean', short: 'v', description: 'print the version' },
} as const satisfies OptionTable;
