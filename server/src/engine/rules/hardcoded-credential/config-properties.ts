// Java `.properties` (Spring application.properties and the like): credential-named keys
// (`*.password`, `*.secret`, `*.token`, `*.key`) with literal values. `${X}` placeholders are
// resolved from the environment by Spring, which is also what the fix writes.
import type { LanguageCheck, RuleContext } from '../../rule';
import { envNameFrom } from '../../secrets';
import { reportConfigValue } from './config-common';
import { CREDENTIAL_KEYWORDS } from './keywords';

const ADVICE = 'use a ${NAME} placeholder and set the value in the environment';

function check(context: RuleContext): void {
  for (const entry of context.parsed.properties) {
    const key = entry.key.text;
    reportConfigValue(context, {
      name: key,
      value: entry.value,
      span: entry.valueSpan,
      advice: ADVICE,
      envName: envNameFrom(key.split('.')),
    });
  }
}

export const propertiesCheck: LanguageCheck = {
  languages: ['properties'],
  keywords: CREDENTIAL_KEYWORDS,
  check,
};
