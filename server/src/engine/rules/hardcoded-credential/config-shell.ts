// Shell scripts (`*.sh`, `docker-entrypoint.sh`, `boot.sh`): `export DB_PASSWORD=...`,
// `API_KEY=... ./server`, `--password=...` flags, tokens and URL passwords in any word. A value
// the script reads from elsewhere (`$X`, `${X:-}`, `$(cat /run/secrets/x)`) is not a literal.
import { MappedText } from '../../languages/mapped-text';
import { lexShell } from '../../languages/shell';
import type { LanguageCheck, RuleContext } from '../../rule';
import { reportShellTokens } from './config-shell-commands';
import { SHELL_CREDENTIAL_KEYWORDS } from './keywords';

const ADVICE = 'a committed script is not config: read it from the environment the platform provides (or a secret store) instead';

function check(context: RuleContext): void {
  reportShellTokens(context, lexShell(MappedText.contiguous(context.text, 0)), ADVICE);
}

export const shellCheck: LanguageCheck = {
  languages: ['shell'],
  keywords: SHELL_CREDENTIAL_KEYWORDS,
  check,
};
