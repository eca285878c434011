// HOCON (`application.conf` of Akka, Play, Ktor, Lagom): a literal under a credential path
// (`db.password = "..."`, `ktor.security.jwt.secret = ...`), tokens and URL passwords in any value.
// `${?DB_PASSWORD}` and `${DB_PASSWORD}` substitutions read the environment and stay silent. A literal
// that a later substitution at the same path overrides (`password = "…"` then `password = ${?DB_PASSWORD}`,
// Play's documented shape) is the default when the variable is unset: judged as shell and compose
// defaults are, reported only when generated (a chosen word there is the stock local password).
import { overriddenFields, parseHocon } from '../../languages/hocon';
import type { LanguageCheck, RuleContext } from '../../rule';
import { reportConfigValue } from './config-common';
import { isPlaceholderSigningFallback, placeholderFallbackReport } from './credential-value';
import { CREDENTIAL_KEYWORDS } from './keywords';

const ADVICE = 'read it from the environment with a substitution (password = ${?DB_PASSWORD}) and set the value there';

function check(context: RuleContext): void {
  const fields = parseHocon(context.text);
  // A literal before a substitution at its path is a default.
  const defaults = overriddenFields(fields);
  for (const [index, field] of fields.entries()) {
    if (field.substituted) continue;
    const name = field.path.join('.');
    const overridden = defaults.has(index);
    // `secret = "test"` then `secret = ${?JWT_SECRET}`: a placeholder word as the fallback of a secret the app signs with,
    // a warning as `${JWT_SECRET:changeme}` is in Spring's YAML. Play refuses to start in production with its own
    // `play.http.secret.key = "changeme"`, so that one stays a default.
    const variable = defaults.get(index)?.variable;
    if (variable !== undefined && !name.startsWith('play.') && isPlaceholderSigningFallback(field.value.text, variable, context.scope)) {
      context.report(placeholderFallbackReport({ span: field.value.whole, secret: field.value.text, message: `Factor III: "${name}" defaults to a hardcoded secret; remove the literal and keep only the substitution of ${variable}.` }, variable));
      continue;
    }
    reportConfigValue(context, { name, value: field.value, span: field.value.whole, advice: ADVICE, ...(overridden ? { generatedOnly: true } : {}) });
  }
}

export const hoconCheck: LanguageCheck = {
  languages: ['hocon'],
  keywords: CREDENTIAL_KEYWORDS,
  check,
};
