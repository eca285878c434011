// Windows scripts: cmd batch files (`setenv.bat`, `run.cmd`) and PowerShell (`deploy.ps1`,
// `install.ps1`). A variable set to a credential (`set DB_PASSWORD=…`, `$env:API_KEY = "…"`, a
// headers hashtable's `Authorization = "Bearer …"`), a literal made a SecureString, and each other
// line read as a shell command (`mysql -p…`, `curl -u user:…`, `--password=…`). Reads (`%X%`,
// `$env:X`, `$x`) are values from elsewhere.
import { lexShell } from '../../languages/shell';
import { batchLines, powershellLines, type ScriptLine } from '../../languages/windows-scripts';
import type { LanguageCheck, RuleContext } from '../../rule';
import { reportAssignedValue, reportConfigValue } from './config-common';
import { reportShellTokens } from './config-shell-commands';
import { SHELL_CREDENTIAL_KEYWORDS } from './keywords';

const ADVICE = 'a committed script is not config: read it from the environment (`%NAME%`, `$env:NAME`) or a secret store (Get-Secret, a vault) instead';

function report(context: RuleContext, lines: readonly ScriptLine[], escape: string): void {
  for (const line of lines) {
    if (line.kind === 'assignment') reportAssignedValue(context, line.name, line.value, ADVICE);
    else if (line.kind === 'password') reportConfigValue(context, { name: 'password', value: line.value, span: line.value.whole, advice: ADVICE });
    else reportShellTokens(context, lexShell(line.text, { escape }), ADVICE);
  }
}

export const batchCheck: LanguageCheck = {
  languages: ['batch'],
  keywords: SHELL_CREDENTIAL_KEYWORDS,
  // cmd escapes with `^`; a backslash is a path separator.
  check: (context) => report(context, batchLines(context.text), '^'),
};

export const powershellCheck: LanguageCheck = {
  languages: ['powershell'],
  keywords: SHELL_CREDENTIAL_KEYWORDS,
  // PowerShell escapes with a backtick.
  check: (context) => report(context, powershellLines(context.text), '`'),
};
