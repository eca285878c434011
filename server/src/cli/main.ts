// The CLI's entry point (bundled to dist/cli.js): parse, dispatch, turn errors into exit code 2.
// Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or config error.
import { TOOL } from '../format/tool';
import { WalkError } from '../walk';
import { parseCommandLine } from './args';
import { UsageError } from './command';
import { COMMANDS } from './commands';
import { commandHelp, generalHelp } from './help';
import { print } from './output';
import { mark } from '../entry/timeline';

export async function main(argv: readonly string[]): Promise<number> {
  mark('code loaded');
  const { command, values, positionals } = parseCommandLine(argv, COMMANDS);
  if (values.version) return print(`${TOOL.version}\n`);
  if (!command) return print(generalHelp(COMMANDS));
  if (values.help) return print(commandHelp(command));
  return command.run({ values, positionals });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const known = error instanceof UsageError || error instanceof WalkError;
    process.stderr.write(`${TOOL.name}: ${known ? error.message : `internal error: ${(error as Error)?.stack ?? String(error)}`}\n`);
    process.exitCode = 2;
  },
);
