// A shell script a Procfile runs as a process (`web: bash bin/start.sh`, the node layer's fact) that starts the app's
// server on a literal port (`exec gunicorn shop.wsgi -b 0.0.0.0:8000`): the platform assigns the process its port in
// $PORT and routes only there, as for the Procfile's own `web:` line. Only the server's command is read (a known app
// server: commands/app-servers.ts, `node server.js`, `rails s`): a wait for the database (`pg_isready -p 5432`) or a
// cache ping (`redis-cli -p 6379`) in the same script dials a port, it binds none. A script only a Dockerfile or a
// compose file runs is the image's CMD, whose port the image fixes and the platform maps: silent, as CMD is.
import { servesApp } from '../../commands/background-server';
import { runByProcfile } from '../../commands/shell-start';
import { MappedText } from '../../languages/mapped-text';
import type { LanguageCheck, RuleContext } from '../../rule';
import { commandPorts } from './command-ports';
import { reportCommandPort } from './config-procfile';

function check(context: RuleContext): void {
  if (!runByProcfile(context.path, context.options.dependencies)) return;
  for (const hit of commandPorts(MappedText.contiguous(context.text, 0), servesApp)) reportCommandPort(context, hit, 'this script, which the Procfile runs as a process,');
}

export const shellCheck: LanguageCheck = {
  languages: ['shell'],
  keywords: ['port', '-p', '-b', '-s', 'bind', 'listen'],
  // Before any parse: only where a Procfile of the project runs some shell script at all.
  mayReport: ({ options }) => (options.dependencies?.procfileScripts?.length ?? 0) > 0,
  check,
};
