import { docsUrl, type Rule } from '../../rule';
import { commandsCheck } from './commands';
import { goCheck } from './go';
import { javascriptCheck } from './javascript';
import { jvmChecks } from './jvm';
import { phpCheck } from './php';
import { pythonCheck } from './python';
import { rubyCheck } from './ruby';
import { rubySinatraSessionsCheck } from './ruby-sinatra-sessions';

export const perProcessSecret: Rule = {
  meta: {
    id: 'per-process-secret',
    factor: 'VI',
    title: 'Signing key generated per process',
    description:
      'Factor VI (Processes): processes share nothing, so what every process must agree on lives outside them. A session, ' +
      'cookie or token signing key generated when the process starts (from `os.urandom(24)`, `crypto.randomBytes(32)`, ' +
      '`SecureRandom.hex(64)`, or `php artisan key:generate --force` in an entrypoint) differs in every ' +
      'process: each restart logs every user out and invalidates every token, and with two replicas a request routed to ' +
      'the other one fails. The key is config (Factor III), set once per deploy.',
    defaultSeverity: 'warning',
    hint: 'Read the key from the environment (or a secret store), generated once per deploy and shared by every process.',
    docsUrl: docsUrl('per-process-secret'),
    reach: 'deployed-app',
  },
  checks: [pythonCheck, javascriptCheck, goCheck, ...jvmChecks, rubyCheck, rubySinatraSessionsCheck, phpCheck, commandsCheck],
};
