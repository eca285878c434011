// HOCON (`application.conf` of Akka, Play, Ktor, Lagom): a literal under a credential path
// (`db.password = "..."`, `ktor.security.jwt.secret = ...`), tokens and URL passwords in any value.
// `${?DB_PASSWORD}` and `${DB_PASSWORD}` substitutions read the environment and stay silent. A literal
// that a later substitution at the same path overrides (`password = "…"` then `password = ${?DB_PASSWORD}`,
// Play's documented shape) is the default when the variable is unset: judged as shell and compose
// defaults are, reported only when generated (a chosen word there is the stock local password).
import { parseHocon } from '../../languages/hocon';
import type { LanguageCheck, RuleContext } from '../../rule';
import { reportConfigValue } from './config-common';
import { CREDENTIAL_KEYWORDS } from './keywords';

const ADVICE = 'read it from the environment with a substitution (password = ${?DB_PASSWORD}) and set the value there';

function check(context: RuleContext): void {
  const fields = parseHocon(context.text);
  // The last substitution at each path: a literal before it is a default.
  const lastSubstituted = new Map(fields.flatMap((field, at) => (field.substituted ? [[field.path.join('.'), at] as const] : [])));
  for (const [index, field] of fields.entries()) {
    if (field.substituted) continue;
    const name = field.path.join('.');
    const overridden = (lastSubstituted.get(name) ?? -1) > index;
    reportConfigValue(context, { name, value: field.value, span: field.value.whole, advice: ADVICE, ...(overridden ? { generatedOnly: true } : {}) });
  }
}

export const hoconCheck: LanguageCheck = {
  languages: ['hocon'],
  keywords: CREDENTIAL_KEYWORDS,
  check,
};
