// THE command table: help, parsing and dispatch all read it. A new command is one line here.
import { auditCommand } from './audit';
import { baselineCommand } from './baseline';
import { defineCommand, UsageError, type Command } from './command';
import { commandHelp, generalHelp } from './help';
import { historyCommand } from './history';
import { print } from './output';
import { rulesCommand } from './rules';

/** `help [command]`, as git and npm have it. */
const helpCommand = defineCommand({
  name: 'help',
  usage: '[command]',
  summary: 'Print help for the CLI or for one command.',
  options: {},
  async run({ positionals }) {
    const name = positionals[0];
    if (name === undefined) return print(generalHelp(COMMANDS));
    const command = COMMANDS.find((candidate) => candidate.name === name);
    if (!command) throw new UsageError(`unknown command '${name}'`);
    return print(commandHelp(command));
  },
});

export const COMMANDS: readonly Command[] = [auditCommand, baselineCommand, historyCommand, rulesCommand, helpCommand];
