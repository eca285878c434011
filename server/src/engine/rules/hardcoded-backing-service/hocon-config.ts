// Factor IV in HOCON (`application.conf` of Play, Akka, Ktor, Lagom): `play.mailer.host = "smtp.sendgrid.net"`,
// `db.default.url = "jdbc:postgresql://db.internal/shop"`, `redis.host = "10.0.3.8"`, read as a server's YAML config
// is (server-config.ts): a service URL anywhere, a host under a path that names the service. A literal that a later
// substitution at the same path overrides (`host = "…"` then `host = ${?SMTP_HOST}`, Play's documented shape) is that
// variable's fallback: information when local, a warning when it is one deploy's or a provider's server. Left alone:
// this machine and one-label compose names written plainly (a developer's), substitutions, files of a development
// or test run (`application.dev.conf`, `test.conf`), and paths that name no backing service.
import { overriddenFields, parseHocon } from '../../languages/hocon';
import type { LanguageCheck, RuleContext } from '../../rule';
import { splitWords } from '../../secrets/words';
import { isNonServerPath } from '../process-paths';
import { isDeveloperHost, reportAddress } from './address';
import { addressOf } from './server-config';

/** A development or test run's own file: `application.dev.conf`, `application-test.conf`, `local.conf`. */
const LOCAL_FILE = /(?:^|\/)(?:[\w-]+[.-])?(?:local|dev|development|test|testing)\.conf$/i;

export const hoconConfigCheck: LanguageCheck = { languages: ['hocon'], keywords: ['host', 'url', 'uri', '://', 'server', 'addr'], check };

function check(context: RuleContext): void {
  if (isNonServerPath(context.path) || LOCAL_FILE.test(context.path)) return;
  const fields = parseHocon(context.text);
  // A literal before a substitution at its path is that variable's fallback.
  const defaults = overriddenFields(fields);
  for (const [index, field] of fields.entries()) {
    if (field.substituted) continue;
    const value = field.value.text.trim();
    const found = addressOf(value, field.path.flatMap(splitWords), undefined);
    if (!found) continue;
    const fallbackOf = defaults.get(index)?.variable;
    if (fallbackOf === undefined && isDeveloperHost(found.host)) continue;
    reportAddress(context, found, { span: field.value.whole, value, fallbackOf, fixable: false, read: (name) => `\${?${name}}` });
  }
}
