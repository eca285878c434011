// A JAAS login configuration inside a value (Kafka's `sasl.jaas.config`, ZooKeeper, JDBC drivers):
// `org.apache.kafka.common.security.plain.PlainLoginModule required username="app" password="…";`.
// The password option is the credential whatever the key holding the configuration is called.
import { isPlaceholder } from '../../secrets';

/** `password="…"` after a login module's name; linear: one scan for the module, one for the option. */
const PASSWORD_OPTION = /\bpassword\s*=\s*"([^"\\]*)"/i;

export function findJaasPassword(text: string): { start: number; end: number } | undefined {
  const module = text.indexOf('LoginModule');
  if (module < 0) return undefined;
  const match = PASSWORD_OPTION.exec(text.slice(module));
  if (!match) return undefined;
  const password = match[1]!;
  if (password.trim() === '' || isPlaceholder(password) || /\$\{|\{\{/.test(password)) return undefined;
  const start = module + match.index + match[0].length - password.length - 1;
  return { start, end: start + password.length };
}
