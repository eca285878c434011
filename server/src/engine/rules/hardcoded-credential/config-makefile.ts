// Makefiles (`Makefile`, `GNUmakefile`, `*.mk`): a variable assigned a credential (`DB_URL :=
// postgres://u:p@…`, `export SONAR_TOKEN = …`), and a recipe's shell command read as any script is
// (`migrate -database "mysql://root:p@…" up`, `docker login -p …`). A make or shell reference
// (`$(DB_URL)`, `$${TOKEN}`, `$(shell cat …)`) is a value from elsewhere, not a literal.
import { makefileLines, type MakeLine } from '../../languages/makefile';
import { lexShell } from '../../languages/shell';
import type { LanguageCheck, RuleContext } from '../../rule';
import { isAssignmentWord, reportConfigValue } from './config-common';
import { reportShellTokens } from './config-shell-commands';
import { SHELL_CREDENTIAL_KEYWORDS } from './keywords';

const ADVICE = 'a Makefile is committed with the code: let the target read it from the environment (`$$DB_PASSWORD`, `$(DB_PASSWORD)` set outside) or a secret store instead';

function check(context: RuleContext): void {
  for (const line of makefileLines(context.text)) {
    if (line.kind === 'recipe') reportShellTokens(context, lexShell(line.command), ADVICE);
    else reportAssignment(context, line);
  }
}

/** One word is the variable's value, under its name; several (`LDFLAGS := -X main.token=…`) are read as shell words. */
function reportAssignment(context: RuleContext, line: Extract<MakeLine, { kind: 'assignment' }>): void {
  const tokens = lexShell(line.value, { operators: false });
  const [only, ...others] = tokens;
  if (only?.kind === 'word' && others.length === 0 && !isAssignmentWord(only)) {
    reportConfigValue(context, { name: line.name, value: only.text, span: line.value.span(only.start, only.end), advice: ADVICE });
  } else reportShellTokens(context, tokens, ADVICE);
}

export const makefileCheck: LanguageCheck = {
  languages: ['makefile'],
  keywords: SHELL_CREDENTIAL_KEYWORDS,
  check,
};
