// HOCON (`application.conf` of Akka, Play, Ktor, Lagom): a literal under a credential path
// (`db.password = "..."`, `ktor.security.jwt.secret = ...`), tokens and URL passwords in any value.
// `${?DB_PASSWORD}` and `${DB_PASSWORD}` substitutions read the environment and stay silent. A literal
// that a later substitution at the same path overrides (`password = "…"` then `password = ${?DB_PASSWORD}`,
// Play's documented shape) is what the app runs with whenever the variable is unset: judged as the value,
// as Spring's `${SECRET_KEY:…}` default is (probe21c g: `secret_key = "9081726354"` then `${?SECRET_KEY}`),
// the user beside it included (`user = "auctions"`, `password = "auctions"` is a local default, information).
import { overriddenFields, parseHocon, type HoconField } from '../../languages/hocon';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { Report } from '../../types';
import { reportConfigValue, reportOwnNameDefault, USER_KEY } from './config-common';
import { isPlaceholderSigningFallback, placeholderFallbackReport } from './credential-value';
import { CREDENTIAL_KEYWORDS } from './keywords';
import { envNameFrom } from '../../secrets';

/** The substitution for this very key, its variable named from the key's path (`jwt.secret` -> `secret = ${?JWT_SECRET}`). */
function substitutionAdvice(path: readonly string[]): string {
  return `read it from the environment with a substitution (${path[path.length - 1] ?? 'password'} = \${?${envNameFrom(path)}}) and set the value there`;
}

function check(context: RuleContext): void {
  const fields = parseHocon(context.text);
  // A literal before a substitution at its path is a default.
  const defaults = overriddenFields(fields);
  for (const [index, field] of fields.entries()) {
    if (field.substituted) continue;
    const name = field.path.join('.');
    // `secret = "test"` then `secret = ${?JWT_SECRET}`: a placeholder word as the fallback of a secret the app signs with,
    // a warning as `${JWT_SECRET:changeme}` is in Spring's YAML. Play refuses to start in production with its own
    // `play.http.secret.key = "changeme"`, so that one stays a default.
    const variable = defaults.get(index)?.variable;
    if (variable !== undefined && !name.startsWith('play.') && isPlaceholderSigningFallback(field.value.text, variable, context.scope)) {
      context.report(placeholderFallbackReport({ span: field.value.whole, secret: field.value.text, message: `Factor III: "${name}" defaults to a hardcoded secret; remove the literal and keep only the substitution of ${variable}.` }, variable));
      continue;
    }
    const user = userBeside(fields, field);
    // Overridden: the advice Spring's default gets, naming the variable the substitution reads.
    const advice = defaults.has(index) ? `remove the literal and keep only the substitution of ${variable ?? 'the variable'}` : substitutionAdvice(field.path);
    let reported = false;
    const noting = { ...context, report: (report: Report) => ((reported = true), context.report(report)) };
    reportConfigValue(noting, { name, value: field.value, span: field.value.whole, advice, ...(user !== undefined ? { user } : {}) });
    // `secret = "tally-jwt-secret"` then `secret = ${?JWT_SECRET}`: chosen words and the key's own name, as in Spring's default.
    if (!reported && variable !== undefined) reportOwnNameDefault(context, field.value, variable, `"${name}" defaults to a hardcoded secret; ${advice}`);
  }
}

/** The literal user name of the same object (`db { user = "auctions", password = … }`), as Spring's `username` beside its password. */
function userBeside(fields: readonly HoconField[], field: HoconField): string | undefined {
  const parent = field.path.slice(0, -1).join('.');
  const user = fields.find((other) => !other.substituted && other !== field && USER_KEY.test(other.path[other.path.length - 1] ?? '') && other.path.slice(0, -1).join('.') === parent);
  return user?.value.text;
}

export const hoconCheck: LanguageCheck = {
  languages: ['hocon'],
  keywords: CREDENTIAL_KEYWORDS,
  check,
};
