// A password that is the login written beside it: `POSTGRES_USER: str = "shop"` and `POSTGRES_PASSWORD: str = "shop"`
// in a pydantic settings class, `'USER' => 'app', 'PASSWORD' => 'app'` in a PHP array, `User: "app", Password: "app"`
// in a Go struct. The code twin of `postgres://app:app@db` and of a compose file's user and password: a
// local-development default, information in every language (config-common.ts isUserAsPassword reads config files).

import type { Report } from '../../types';

export const USER_AS_PASSWORD_NOTE =
  ' It is the user name beside it, a local-development default, so reported as information; still read it from the environment.';

/** The same pair in config only production loads guards a deployed database: the first password anybody tries. */
export const USER_AS_PASSWORD_IN_PRODUCTION_NOTE = " It is the user's name, in config only production loads: the first password anybody tries.";

/**
 * A code file only production loads (Yii2's `environments/prod/…/main-local.php`, scope/conventions.ts PRODUCTION_FILES):
 * the user's name as its password there is a warning, as it is in such a config file (config-common.ts), not the
 * local-development default the code checks' note calls it (issue #9, probe26c 6).
 */
export function userAsPasswordInProduction(report: Report): Report {
  if (report.userAsPassword !== true || report.severity !== 'info') return report;
  return { ...report, severity: 'warning', message: report.message.replace(USER_AS_PASSWORD_NOTE, USER_AS_PASSWORD_IN_PRODUCTION_NOTE) };
}

/**
 * A chosen word (`shop`, `kitchen`, `admin1`): not a token a service issued, which Postmark's SMTP relay, for one, takes
 * as both the user name and the password (`user_name: "<server token>"`, `password: "<server token>"`).
 */
const CHOSEN_WORD = /^[A-Za-z][A-Za-z_-]{0,30}\d{0,4}$/;

/**
 * The login's own environment read before its fallback: `process.env.MONGO_USERNAME || 'admin'`, `os.getenv("DB_USER", "app")`,
 * `ENV.fetch("DB_USER", "app")`, `env('DB_USERNAME', 'app')`. The same pair as two fallbacks is the same local default (probe25c 7).
 * One bounded run of call characters, then `||`, `??` or the default's comma.
 */
const ENV_READ_BEFORE = `(?:[\\w$.\\[\\]'"()]{1,80}\\s*(?:\\|\\||\\?\\?|,)\\s*)?`;

/** How far from the password the login is looked for: a settings block's neighbouring lines. */
const NEARBY_LINES = 6;
/** `POSTGRES_PASSWORD` -> `POSTGRES_`, `db_pass` -> `db_`, `password` -> ``: what the login's name starts with. */
const PASSWORD_SUFFIX = /^(.*?)(?:password|passwd|pass|pwd|pawd|pswd)$/i;
/** `admin_user` -> `admin_`, `DbUserName` -> `Db`, `login` -> ``: the same prefix on the login's side. */
const LOGIN_SUFFIX = /^(.*?)(?:user(?:[-_]?name)?|login)$/i;

/** The prefix a password key shares with its login's (`admin_` of `admin_password`), or undefined for no password key. */
export function passwordKeyPrefix(key: string): string | undefined {
  return PASSWORD_SUFFIX.exec(key)?.[1];
}

/** The prefix a login key shares with its password's (`admin_` of `admin_user`), or undefined for no login key. */
export function loginKeyPrefix(key: string): string | undefined {
  return LOGIN_SUFFIX.exec(key)?.[1];
}

/**
 * Whether a login whose name has the password name's prefix (`POSTGRES_USER` for `POSTGRES_PASSWORD`, `user` or
 * `username` for `password`) is set to the same literal within a few lines of `at`. Read lexically: an assignment,
 * a key (`:`, `=>`), an annotated field (`USER: str = "…"`), an index assignment that sets keys one by one
 * (CodeIgniter 2's `$db['default']['username'] = '…'`, `$config['db']['user'] = '…'`: probe27c 2).
 */
export function isLoginBeside(text: string, passwordName: string | undefined, value: string, at: number): boolean {
  if (passwordName === undefined || !CHOSEN_WORD.test(value)) return false;
  const last = passwordName.split(/\.|::|->/).pop() ?? passwordName;
  const prefix = passwordKeyPrefix(last.replace(/^['"$:@]+|['"]+$/g, ''));
  if (prefix === undefined) return false;
  const window = nearby(text, at);
  const login = new RegExp(
    `(?:^|[^\\w$])['"]?${escape(prefix)}(?:user(?:[-_]?name)?|login)['"]?\\]?\\s*(?::\\s*[\\w.\\[\\]| ]{1,40}?\\s*)?(?:=>|=|:)\\s*${ENV_READ_BEFORE}['"]${escape(value)}['"]`,
    'im',
  );
  // The login's env read with the same fallback, whatever holds it: `user: process.env.PG_USER || 'shop'` for `PG_PASSWORD`.
  const envLogin = new RegExp(`(?:^|[^\\w$])${escape(prefix)}(?:user(?:[-_]?name)?|login)['"]?\\]?\\)?\\s*(?:\\|\\||\\?\\?|,|or\\b)\\s*['"]${escape(value)}['"]`, 'im');
  return login.test(window) || envLogin.test(window);
}

/**
 * The same chosen word as the argument just before a positional password: `new mysqli("localhost", "shop", "shop")`,
 * `DriverManager.getConnection(url, "shop", "shop")`, `MySQLdb.connect(host, "shop", "shop", db)`, `smtp.PlainAuth("",
 * "relay", "relay", host)`. Read back from the literal's opening quote. Not a service's token given as both (Postmark).
 */
export function isUserArgumentBefore(text: string, at: number, value: string): boolean {
  if (!CHOSEN_WORD.test(value)) return false;
  const before = text.slice(Math.max(0, at - 160), at).replace(/[rRbBuU]?["'`]$/, '');
  return /(["'`])([^"'`\\\r\n]{1,64})\1\s*,\s*$/.exec(before)?.[2] === value;
}

function nearby(text: string, at: number): string {
  let start = at;
  for (let lines = 0; start > 0 && lines <= NEARBY_LINES; start--) if (text.charCodeAt(start - 1) === 10) lines++;
  let end = at;
  for (let lines = 0; end < text.length && lines <= NEARBY_LINES; end++) if (text.charCodeAt(end) === 10) lines++;
  return text.slice(start, end);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
