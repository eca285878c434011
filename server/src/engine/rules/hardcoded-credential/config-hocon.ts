// HOCON (`application.conf` of Akka, Play, Ktor, Lagom): a literal under a credential path
// (`db.password = "..."`, `ktor.security.jwt.secret = ...`), tokens and URL passwords in any value.
// `${?DB_PASSWORD}` and `${DB_PASSWORD}` substitutions read the environment and stay silent.
import { parseHocon } from '../../languages/hocon';
import type { LanguageCheck, RuleContext } from '../../rule';
import { reportConfigValue } from './config-common';
import { CREDENTIAL_KEYWORDS } from './keywords';

const ADVICE = 'read it from the environment with a substitution (password = ${?DB_PASSWORD}) and set the value there';

function check(context: RuleContext): void {
  for (const field of parseHocon(context.text)) {
    if (field.substituted) continue;
    reportConfigValue(context, { name: field.path.join('.'), value: field.value, span: field.value.whole, advice: ADVICE });
  }
}

export const hoconCheck: LanguageCheck = {
  languages: ['hocon'],
  keywords: CREDENTIAL_KEYWORDS,
  check,
};
