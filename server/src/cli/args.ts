// Splits a command line into a command, its option values and its positionals, with a
// did-you-mean for unknown flags and commands.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { didYouMean } from '../engine/suggest';
import { GLOBAL_OPTIONS, UsageError, type Command, type OptionTable, type OptionValues } from './command';

export interface ParsedCommandLine {
  /** Undefined when no command was named (`twelve-factor-lint --help`). */
  command: Command | undefined;
  values: OptionValues<typeof GLOBAL_OPTIONS> & OptionValues<OptionTable>;
  positionals: string[];
}

export function parseCommandLine(argv: readonly string[], commands: readonly Command[]): ParsedCommandLine {
  const name = commandName(argv, commands);
  const command = name === undefined ? undefined : commands.find((candidate) => candidate.name === name);
  if (name !== undefined && !command) {
    const names = commands.map((candidate) => candidate.name);
    const hint = didYouMean(name, names) || ` (expected one of ${names.join(', ')})`;
    throw new UsageError(`unknown command '${name}'${hint}`);
  }
  const options: OptionTable = { ...GLOBAL_OPTIONS, ...command?.options };
  rejectUnknownOptions(argv, options);
  const { values, positionals } = strictParse(argv, options);
  return { command, values: values as ParsedCommandLine['values'], positionals: command ? positionals.slice(1) : positionals };
}

/** The first positional, read with every command's options so a flag's value is not taken for it. */
function commandName(argv: readonly string[], commands: readonly Command[]): string | undefined {
  const everyOption: OptionTable = Object.assign({}, GLOBAL_OPTIONS, ...commands.map((command) => command.options));
  const { positionals } = parseArgs({ args: [...argv], options: toNodeOptions(everyOption), allowPositionals: true, strict: false });
  return positionals[0];
}

function rejectUnknownOptions(argv: readonly string[], options: OptionTable): void {
  const { tokens } = parseArgs({ args: [...argv], options: toNodeOptions(options), allowPositionals: true, strict: false, tokens: true });
  const known = Object.keys(options);
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name in options) continue;
    throw new UsageError(`unknown option '${token.rawName}'${didYouMean(token.name, known, (name) => `'--${name}'`)}`);
  }
}

function strictParse(argv: readonly string[], options: OptionTable) {
  try {
    return parseArgs({ args: [...argv], options: toNodeOptions(options), allowPositionals: true, strict: true });
  } catch (error) {
    // Node's messages carry a long advice sentence; the first one says what is wrong.
    throw new UsageError(String((error as Error).message).split('. ')[0]!);
  }
}

function toNodeOptions(options: OptionTable): NonNullable<ParseArgsConfig['options']> {
  return Object.fromEntries(
    Object.entries(options).map(([name, spec]) => [
      name,
      { type: spec.type, ...(spec.short ? { short: spec.short } : {}), ...(spec.multiple ? { multiple: true } : {}) },
    ]),
  );
}
