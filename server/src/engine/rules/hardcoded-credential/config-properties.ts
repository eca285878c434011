// Java `.properties` (Spring application.properties and the like): credential-named keys
// (`*.password`, `*.secret`, `*.token`, `*.key`) with literal values. `${X}` placeholders are
// resolved from the environment by Spring, which is also what the fix writes.
import type { LanguageCheck, RuleContext } from '../../rule';
import type { Span } from '../../types';
import { envNameFrom } from '../../secrets';
import type { PropertyEntry } from '../../languages/properties';
import { asLocalDevelopment, asTestConfig, reportConfigValue, USER_KEY } from './config-common';
import { CREDENTIAL_KEYWORDS } from './keywords';
import { JETTY_REALM_FILE, passwordBeforeRoles, REALM_LINE_SHAPE } from './user-files';

const ADVICE = 'use a ${NAME} placeholder and set the value in the environment';

/**
 * Quarkus `%test.…` keys configure the test run, as Spring's application-test.properties does (test
 * scope). `%dev.…` keys are what only `quarkus dev` loads, as application-dev.properties is: a chosen word
 * there is information, a generated value or a known format keeps its severity (asLocalDevelopment).
 */
const TEST_PROFILE = /^%test\./;
const DEV_PROFILE = /^%dev\./;

/**
 * Bruno's request and environment files (`*.bru`): `key: value` lines inside `vars { }`, `headers { }`,
 * `auth:basic { }` blocks, read as properties. No fix: Bruno reads `{{process.env.NAME}}`, not `${NAME}`,
 * and keeps a secret's value out of the collection when the name is listed under `vars:secret [ ]`.
 */
const BRUNO_FILE = /\.bru$/;
const BRUNO_ADVICE = 'list the name under vars:secret (Bruno keeps its value out of the collection) or read {{process.env.NAME}}';

/** Bruno's blocks of free text (a request body, JavaScript, Markdown), not of `key: value` lines: `body:json {` … `}`. */
const BRUNO_TEXT_BLOCK = /^(?:body:[\w:-]+|script:[\w-]+|tests|docs)[ \t]*\{[ \t]*$/gm;

/** The spans of a .bru file's text blocks, each from its opening line to the `}` that closes it at the line's start. */
function brunoTextBlocks(text: string): Span[] {
  const blocks: Span[] = [];
  for (const opening of text.matchAll(BRUNO_TEXT_BLOCK)) {
    const close = text.indexOf('\n}', opening.index);
    blocks.push({ start: opening.index, end: close < 0 ? text.length : close });
  }
  return blocks;
}

function check(context: RuleContext): void {
  const testProfile = asTestConfig(context, 'the test profile');
  const devProfile = asLocalDevelopment(context);
  const users = usersByPrefix(context.parsed.properties);
  const realm = JETTY_REALM_FILE.test(context.path);
  const bruno = BRUNO_FILE.test(context.path);
  const textBlocks = bruno ? brunoTextBlocks(context.text) : [];
  for (const entry of context.parsed.properties) {
    const key = entry.key.text;
    if (textBlocks.some((block) => entry.key.whole.start >= block.start && entry.key.whole.start < block.end)) continue;
    if (realm) {
      reportRealmUser(context, entry);
      continue;
    }
    const user = siblingUser(key, users);
    // The advice names the variable the fix writes, from the whole key (`jwt.secret` -> `${JWT_SECRET}`).
    const envName = envNameFrom(key.split('.'));
    reportConfigValue(TEST_PROFILE.test(key) ? testProfile : DEV_PROFILE.test(key) ? devProfile : context, {
      name: key,
      value: entry.value,
      span: entry.valueSpan,
      advice: bruno ? BRUNO_ADVICE : ADVICE.replace('${NAME}', `\${${envName}}`),
      ...(bruno ? {} : { envName }),
      ...(user !== undefined ? { user } : {}),
    });
  }
}

/** Jetty's realm.properties: `admin: secret, role…`, the user's password before its roles (user-files.ts). */
function reportRealmUser(context: RuleContext, entry: PropertyEntry): void {
  const password = passwordBeforeRoles(entry.value);
  if (password) reportConfigValue(context, { name: `${entry.key.text}.password`, value: password, span: password.whole, advice: REALM_ADVICE });
}

const REALM_ADVICE = "keep the users in a file outside the repository (HashLoginService's config path) or an external login service, and rotate the password";

/** `spring.datasource.` -> the value of `spring.datasource.username` (or `.user`, `.login`). */
function usersByPrefix(entries: readonly PropertyEntry[]): Map<string, string> {
  const users = new Map<string, string>();
  for (const entry of entries) {
    const key = entry.key.text;
    const dot = key.lastIndexOf('.');
    if (USER_KEY.test(key.slice(dot + 1))) users.set(key.slice(0, dot + 1), entry.value.text);
  }
  return users;
}

/**
 * The user name beside `key`: `spring.datasource.username` for `spring.datasource.password`; a
 * Quarkus profile's key (`%dev.…`) falls back to the user of the unprofiled key, as Quarkus does.
 */
function siblingUser(key: string, users: ReadonlyMap<string, string>): string | undefined {
  const prefix = key.slice(0, key.lastIndexOf('.') + 1);
  return users.get(prefix) ?? users.get(prefix.replace(/^%[\w-]+\./, ''));
}


export const propertiesCheck: LanguageCheck = {
  languages: ['properties'],
  keywords: CREDENTIAL_KEYWORDS,
  // Jetty's realm.properties names no credential: its lines' shape says what they hold.
  patterns: [REALM_LINE_SHAPE],
  check,
};
