// The web processes of platform manifests (commands/platform-starts.ts: heroku.yml `run.web`, App Engine's
// `entrypoint`, a routed Cloud Foundry application, Platform.sh's `web.commands.start`) that bind a literal
// port: as a Procfile's `web:` process, they must bind the $PORT the platform assigns and routes to.
import { platformWebCommands } from '../../commands/platform-starts';
import type { LanguageCheck, RuleContext } from '../../rule';
import { commandPorts } from './command-ports';
import { reportCommandPort } from './config-procfile';

function check(context: RuleContext): void {
  for (const document of context.parsed.yaml) {
    for (const command of platformWebCommands(context, document.contents)) {
      for (const hit of commandPorts(command)) reportCommandPort(context, hit, 'the web process');
    }
  }
}

export const platformsCheck: LanguageCheck = {
  languages: ['yaml'],
  keywords: ['port', '-p', '-b', '-s', 'bind', 'listen'],
  check,
};
