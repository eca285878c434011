// `password: 'kennel_password'` beside `database: 'kennel_production'`, `DB_PASSWORD = "wildlife_password"` beside
// `DB_NAME = "wildlife"`: a credential's word after the project's own name is a real (weak) password or secret,
// not a setting's name. Without that, `<word>_password` under a password's name reads as the setting it restates
// (Cinder's `'san_password'`, `'keyfile_password'`) or as a placeholder naming a role (`db_password`, `admin_password`).
// The project shows itself in the same file as a database's, a user's, a host's or an app's name.
import { credentialName, isPlaceholder, isStockDevPassword, splitWords } from '../../secrets';

/** A word of the project's (three letters or more) and a credential's word: `shopapp_secret`, `kennel-pass`. */
const PROJECT_VALUE = /^([a-z][a-z0-9]{2,19})[_-](?:password|passwd|pass|pwd|secret)$/;

/** Names that hold a field's, a form's or a column's name, never a secret: `PASSWORD_FIELD_NAME`, `passwordField`. */
const SLOT_WORDS = new Set(['field', 'form', 'param', 'parameter', 'input', 'column', 'attribute', 'header', 'name', 'label', 'placeholder', 'option', 'setting', 'env', 'var', 'variable']);

/** Words that name a role or a service, not a project: `db_password`, `admin_password`, `redis_password` stay placeholders. */
const ROLE_WORDS = new Set([
  'db', 'database', 'admin', 'administrator', 'user', 'users', 'app', 'application', 'api', 'service', 'svc', 'system', 'default',
  'master', 'main', 'primary', 'replica', 'replication', 'readonly', 'reader', 'writer', 'owner', 'superuser', 'super', 'bind',
  'smtp', 'mail', 'email', 'ldap', 'ftp', 'sftp', 'ssh', 'proxy', 'vault', 'keystore', 'truststore', 'keyfile', 'key', 'cert',
  'client', 'server', 'web', 'site', 'session', 'cookie', 'jwt', 'auth', 'login', 'account', 'guest', 'demo', 'test', 'dev', 'prod',
  'production', 'staging', 'local', 'new', 'old', 'current', 'your', 'my', 'our', 'the', 'some', 'strong', 'secure', 'random',
]);

/** Whether `value` under `name` is a credential's word after a project name that the file's `text` uses for its database, user, host or app. */
export function isProjectNamedSecret(value: string, name: string | undefined, text: string): boolean {
  const project = PROJECT_VALUE.exec(value)?.[1];
  if (project === undefined || name === undefined || ROLE_WORDS.has(project) || isStockDevPassword(project) || isPlaceholder(value)) return false;
  if (splitWords(name).some((word) => SLOT_WORDS.has(word))) return false;
  const noun = credentialName(name)?.noun;
  return noun !== undefined && noun === credentialName(value)?.noun && namesTheProject(text, project);
}

/**
 * A key naming what the project names after itself, then its value opening: `database: 'kennel_production`,
 * `DB_NAME = "`, Go's `dbUser := "`, PHP's `define('DB_USER', '`.
 */
const PROJECT_KEY = /(?:user(?:name)?|database|db_?name|host(?:name)?)['"]?[ \t]*(?:=>|:=|[:=,])[ \t]*['"]?$/i;
/**
 * What follows the project's name in that value: nothing (`user: 'kennel'`), a host's rest (`kennel-db.prod.internal`)
 * or a stage (`kennel_production`). Not another word: `VMAX_USER_NAME = 'san_login'` names a setting, as `san_password` does.
 */
const PROJECT_VALUE_END = /^(?:$|['"\s,;})\]]|[-.]|_(?:production|prod|development|dev|test|testing|staging|stage|db|database)(?![A-Za-z0-9]))/;
/** The session cookie an app names after itself, express-session's `name: 'shopapp_session'` (`.sid`, `_sid`). */
const NAME_KEY = /(?:^|[^A-Za-z0-9])name['"]?[ \t]*(?:=>|[:=])[ \t]*['"]$/i;
const SESSION_COOKIE_END = /^(?:[_.-]sid|[_-]session)['"]/;
/** A bound on the occurrences looked at: a name used this often is found well before. */
const MAX_OCCURRENCES = 200;

/** Whether `project` opens a value under a database's, a user's, a host's or a name's key somewhere in `text`. */
function namesTheProject(text: string, project: string): boolean {
  let seen = 0;
  for (let at = text.indexOf(project); at >= 0 && seen < MAX_OCCURRENCES; at = text.indexOf(project, at + 1), seen++) {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    if (at - lineStart > 120) continue;
    const after = text.slice(at + project.length, at + project.length + 20);
    const before = text.slice(lineStart, at);
    if ((PROJECT_VALUE_END.test(after) && PROJECT_KEY.test(before)) || (SESSION_COOKIE_END.test(after) && NAME_KEY.test(before))) return true;
  }
  return false;
}
