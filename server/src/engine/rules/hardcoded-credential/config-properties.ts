// Java `.properties` (Spring application.properties and the like): credential-named keys
// (`*.password`, `*.secret`, `*.token`, `*.key`) with literal values. `${X}` placeholders are
// resolved from the environment by Spring, which is also what the fix writes.
import type { LanguageCheck, RuleContext } from '../../rule';
import { credentialConfidence, envNameFrom } from '../../secrets';
import type { Report } from '../../types';
import { reportConfigValue } from './config-common';
import { CREDENTIAL_KEYWORDS } from './keywords';

const ADVICE = 'use a ${NAME} placeholder and set the value in the environment';

/**
 * Quarkus `%test.…` keys configure the test run, as Spring's application-test.properties does (test
 * scope). `%dev.…` keys stay the app's, as application-dev.properties does: a credential there is still committed.
 */
const TEST_PROFILE = /^%test\./;

function check(context: RuleContext): void {
  const testProfile = testProfileContext(context);
  for (const entry of context.parsed.properties) {
    const key = entry.key.text;
    reportConfigValue(TEST_PROFILE.test(key) ? testProfile : context, {
      name: key,
      value: entry.value,
      span: entry.valueSpan,
      advice: ADVICE,
      envName: envNameFrom(key.split('.')),
    });
  }
}

/** As in a test file: a guess from the name is information; a value known by its format keeps its severity. */
function testProfileContext(context: RuleContext): RuleContext {
  const report = (found: Report) => {
    if (credentialConfidence(found.secret) === 'format') return context.report(found);
    context.report({ ...found, severity: 'info', message: `${found.message}. A guess from the name in the test profile, so reported as information.` });
  };
  return { ...context, report };
}

export const propertiesCheck: LanguageCheck = {
  languages: ['properties'],
  keywords: CREDENTIAL_KEYWORDS,
  check,
};
