// `os.environ.get('SECRET_KEY', 'standard_secret_key')`, `os.environ.get('SECRET_KEY') or 'our-very-secret-key'`,
// `process.env.JWT_SECRET || 'board-jwt-secret'`: a fallback made of a few chosen words and then the key's own name.
// Nothing marks it as a placeholder (no stage, no fill-me-in, no "your"), and it is the key every deploy that forgets
// the variable signs with (probe25: Team-J's compose set DJANGO_SECRET_KEY while the settings read SECRET_KEY). The
// caller (credential-value.ts valueVerdict) asks only for a secret the app signs and checks with itself, and only where
// nothing else reported the value (`${jwt.secret:ledger-jwt-secret}` stays an error), so it is the same warning
// `'default'` there gets. As a constant's value (`EXPIRED_TOKEN = 'expired_token'`) the same words stay a name
// (values.ts restatesName): only a fallback is read here.
import { splitWords } from '../../secrets';

/** Words a key's name ends with: `secret_key`, `jwt-secret`, `session_secret`, `app_key`, `signing_key`. */
const KEY_TAIL_WORDS = new Set(['secret', 'key', 'jwt', 'token', 'signing', 'session', 'cookie', 'app', 'auth', 'hmac', 'encryption']);

/**
 * Words that say the value is not for a deploy, or only a stand-in: a stage (`dev_secret_key`), a test's (`test-jwt-secret`),
 * a template's fill-me-in (`change_this_secret_key`, `replace-me`), a marker (`insecure`, `dummy`, `not-a-secret`).
 */
const NOT_LIVE_WORDS = new Set([
  'test', 'testing', 'tests', 'spec', 'dev', 'develop', 'development', 'local', 'localhost', 'ci', 'e2e', 'staging', 'stage', 'qa',
  'example', 'sample', 'dummy', 'fake', 'mock', 'insecure', 'unsafe', 'not', 'do', 'dont', 'never', 'no', 'change', 'changeme',
  'replace', 'placeholder', 'todo', 'fixme', 'xxx', 'fill', 'enter', 'put', 'temp', 'tmp', 'here', 'please', 'only', 'debug',
]);

const OTHER_CREDENTIAL_WORDS = new Set(['access', 'private', 'public', 'client', 'api', 'id', 'password', 'pass', 'oauth', 'csrf', 'refresh']);

/**
 * `club_forum_session_secret` -> lead `club forum`, key words `session secret`: lowercase words joined by `_` or `-`, the
 * trailing run of `tailWords` split off, one to three words before it (credential-value.ts isAppNamedKeyStub reads the same).
 */
export function splitKeyStub(value: string, tailWords: ReadonlySet<string>): { lead: string[]; keyWords: string[] } | undefined {
  const trimmed = value.trim();
  if (!/^[a-z][a-z0-9]*(?:[_-][a-z0-9]+){1,7}$/.test(trimmed)) return undefined;
  const words = trimmed.split(/[_-]/);
  let tail = words.length;
  while (tail > 0 && tailWords.has(words[tail - 1]!)) tail--;
  const lead = words.slice(0, tail);
  if (lead.length === 0 || lead.length > 3 || !lead.every((word) => /^[a-z][a-z0-9]{1,19}$/.test(word))) return undefined;
  return { lead, keyWords: words.slice(tail) };
}

/** One to three of the app's or chosen words, then the key's words (one of them the name's last). */
export function isOwnNameStub(value: string, name: string): boolean {
  const parts = splitKeyStub(value, KEY_TAIL_WORDS);
  if (!parts || !parts.keyWords.some((word) => word === 'secret' || word === 'key')) return false;
  const nameWords = splitWords(name);
  if (!parts.keyWords.includes(nameWords[nameWords.length - 1] ?? '')) return false;
  // The lead names the app; a key word in it makes the whole another setting's name (`aws_secret_access_key`).
  return parts.lead.every((word) => !NOT_LIVE_WORDS.has(word) && !KEY_TAIL_WORDS.has(word) && !OTHER_CREDENTIAL_WORDS.has(word));
}
