// Java `.properties` (Spring application.properties and the like): credential-named keys
// (`*.password`, `*.secret`, `*.token`, `*.key`) with literal values. `${X}` placeholders are
// resolved from the environment by Spring, which is also what the fix writes.
import type { LanguageCheck, RuleContext } from '../../rule';
import { envNameFrom } from '../../secrets';
import type { PropertyEntry } from '../../languages/properties';
import { asTestConfig, reportConfigValue, USER_KEY } from './config-common';
import { CREDENTIAL_KEYWORDS } from './keywords';

const ADVICE = 'use a ${NAME} placeholder and set the value in the environment';

/**
 * Quarkus `%test.…` keys configure the test run, as Spring's application-test.properties does (test
 * scope). `%dev.…` keys stay the app's, as application-dev.properties does: a credential there is still committed.
 */
const TEST_PROFILE = /^%test\./;

function check(context: RuleContext): void {
  const testProfile = asTestConfig(context, 'the test profile');
  const users = usersByPrefix(context.parsed.properties);
  for (const entry of context.parsed.properties) {
    const key = entry.key.text;
    const user = siblingUser(key, users);
    reportConfigValue(TEST_PROFILE.test(key) ? testProfile : context, {
      name: key,
      value: entry.value,
      span: entry.valueSpan,
      advice: ADVICE,
      envName: envNameFrom(key.split('.')),
      ...(user !== undefined ? { user } : {}),
    });
  }
}

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
  check,
};
