// HOCON (`application.conf` of Akka, Play, Ktor, Lagom): a literal under a credential path
// (`db.password = "..."`, `ktor.security.jwt.secret = ...`), tokens and URL passwords in any value.
// `${?DB_PASSWORD}` and `${DB_PASSWORD}` substitutions read the environment and stay silent. A literal
// that a later substitution at the same path overrides (`password = "…"` then `password = ${?DB_PASSWORD}`,
// Play's documented shape) is the default when the variable is unset: judged as shell and compose
// defaults are, reported only when generated (a chosen word there is the stock local password).
import { parseHocon } from '../../languages/hocon';
import type { LanguageCheck, RuleContext } from '../../rule';
import { reportConfigValue } from './config-common';
import { isPlaceholderSigningFallback, placeholderFallbackReport } from './credential-value';
import { CREDENTIAL_KEYWORDS } from './keywords';

/** The variable of an optional or required substitution: `${?JWT_SECRET}`, `${JWT_SECRET}`. */
const SUBSTITUTED_VARIABLE = /\$\{\??\s*([A-Za-z_][\w.]*)\s*\}/;

const ADVICE = 'read it from the environment with a substitution (password = ${?DB_PASSWORD}) and set the value there';

function check(context: RuleContext): void {
  const fields = parseHocon(context.text);
  // The last substitution at each path: a literal before it is a default.
  const lastSubstituted = new Map(fields.flatMap((field, at) => (field.substituted ? [[field.path.join('.'), at] as const] : [])));
  for (const [index, field] of fields.entries()) {
    if (field.substituted) continue;
    const name = field.path.join('.');
    const substitution = lastSubstituted.get(name) ?? -1;
    const overridden = substitution > index;
    // `secret = "test"` then `secret = ${?JWT_SECRET}`: a placeholder word as the fallback of a secret the app signs with,
    // a warning as `${JWT_SECRET:changeme}` is in Spring's YAML. Play refuses to start in production with its own
    // `play.http.secret.key = "changeme"`, so that one stays a default.
    const variable = overridden ? SUBSTITUTED_VARIABLE.exec(fields[substitution]!.value.text)?.[1] : undefined;
    if (variable !== undefined && !name.startsWith('play.') && isPlaceholderSigningFallback(field.value.text, variable, context.scope)) {
      context.report(placeholderFallbackReport({ span: field.value.whole, secret: field.value.text, message: `Factor III: "${name}" defaults to a hardcoded secret; remove the literal and keep only the substitution of ${variable}.` }));
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
