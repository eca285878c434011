// Help text, generated from the command table so a new command or flag documents itself.
import { TOOL } from '../format/tool';
import { GLOBAL_OPTIONS, type Command, type OptionTable } from './command';

export function generalHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    `Usage: ${TOOL.name} <command> [options]`,
    '',
    'Finds code and config that break the Twelve-Factor App methodology.',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Options:',
    ...optionLines(GLOBAL_OPTIONS),
    '',
    `Run '${TOOL.name} <command> --help' for a command's options.`,
    '',
  ].join('\n');
}

export function commandHelp(command: Command): string {
  return [
    `Usage: ${TOOL.name} ${command.name}${command.usage ? ` ${command.usage}` : ''} [options]`,
    '',
    command.summary,
    '',
    'Options:',
    ...optionLines({ ...command.options, ...GLOBAL_OPTIONS }),
    ...(command.epilogue ? ['', command.epilogue.trimEnd()] : []),
    '',
  ].join('\n');
}

function optionLines(options: OptionTable): string[] {
  const heads = Object.entries(options).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}`;
    return spec.type === 'string' ? `${flag} ${spec.value ?? 'VALUE'}` : flag;
  });
  const width = Math.max(...heads.map((head) => head.length));
  return Object.values(options).map((spec, index) => {
    const [first, ...rest] = spec.description.split('\n');
    const indent = ' '.repeat(2 + width + 2);
    return [`  ${heads[index]!.padEnd(width)}  ${first}`, ...rest.map((line) => `${indent}${line}`)].join('\n');
  });
}
