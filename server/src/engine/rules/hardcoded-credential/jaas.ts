// A JAAS login configuration inside a value (Kafka's `sasl.jaas.config`, ZooKeeper, JDBC drivers):
// `org.apache.kafka.common.security.plain.PlainLoginModule required username="app" password="…";`.
// The password option is the credential whatever the key holding the configuration is called.
// Its options alone count too, `username="app" password="…"`: code builds the configuration by
// concatenation (`"…LoginModule required " + "username=\"app\" password=\"…\";"`), so the literal
// that holds the password may not hold the module's name.
import { isPlaceholder } from '../../secrets';

/** `password="…"` after a login module's name; linear: one scan for the module, one for the option. */
const PASSWORD_OPTION = /\bpassword\s*=\s*"([^"\\]*)"/i;

/** `username="…" password="…"`: the options of a login module, with or without its name before them. */
const USER_THEN_PASSWORD = /\buser(?:name)?\s*=\s*"[^"\\]*"\s+password\s*=\s*"([^"\\]*)"/i;

export function findJaasPassword(text: string): { start: number; end: number } | undefined {
  const module = text.indexOf('LoginModule');
  const from = module >= 0 ? module : 0;
  const match = (module >= 0 ? PASSWORD_OPTION : USER_THEN_PASSWORD).exec(text.slice(from));
  if (!match) return undefined;
  const password = match[1]!;
  if (password.trim() === '' || isPlaceholder(password) || /\$\{|\{\{/.test(password)) return undefined;
  const start = from + match.index + match[0].length - password.length - 1;
  return { start, end: start + password.length };
}
