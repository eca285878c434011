// Files that list users with their passwords and roles on one line: Apache Shiro's `[users]`
// section (`admin = secret, role1, role2`), svnserve's passwd file, Jetty's realm.properties
// (`admin: secret, role1`). The password is what stands before the first comma. A hashing
// credentials matcher stores a digest there instead (`5e88…42d8`, Jetty's `MD5:…`/`CRYPT:…`): a hash,
// no secret, so none then. Jetty's `OBF:…` is reversible obfuscation and stays a password.
import type { MappedText } from '../../languages/mapped-text';

/** MD5, SHA-1, SHA-256 and SHA-512 digests in hex, and Jetty's hashed forms. */
const HASHED_PASSWORD = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128}|(?:MD5|CRYPT):\S{1,200})$/i;

/** Jetty's user files: realm.properties, and its variants (`jetty-realm.properties`, `test-realm.properties`). */
export const JETTY_REALM_FILE = /(?:^|\/|[-_.])realm\.properties$/i;

/** The prefilter of a Jetty realm line, `user: password, role`, for a file with no credential word in it. */
export const REALM_LINE_SHAPE = /^[\w.@-]{1,64}[ \t]*[:=][ \t]*[^\s,]{1,200}[ \t]*,[ \t]*[\w-]{1,64}/m;

/**
 * The password of a `password, role…` value, without the roles; undefined when it is a hash, or
 * words with spaces between them, which no realm line holds (the prefilter's REALM_LINE_SHAPE alike).
 */
export function passwordBeforeRoles(value: MappedText): MappedText | undefined {
  const comma = value.text.indexOf(',');
  const password = (comma < 0 ? value.text : value.text.slice(0, comma)).trimEnd();
  return HASHED_PASSWORD.test(password) || /\s/.test(password) ? undefined : value.slice(0, password.length);
}
