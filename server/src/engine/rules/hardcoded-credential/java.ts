// hardcoded-credential for Java and Kotlin sources, and JDBC URL parameters in Spring config
// (`user:pass@host` URLs and credential-named keys there are the config checks' job).
import { findJdbcPasswords } from '../../languages/java';
import { springEntries } from '../../languages/spring';
import type { LanguageCheck, RuleContext } from '../../rule';
import { envNameFrom, isPlaceholder } from '../../secrets';
import { isInterpolated } from './config-common';
import { checkJvmCredentials } from './java-check';
import { CONNECT_CALL_SHAPE } from './jvm-argument-shapes';
import { SECRET_API_KEYWORDS } from './java-calls';
import { COMMAND_PASSWORD_SHAPE, credentialKeywords } from './keywords';
import { HOST_LOGIN_SHAPE } from './host-login';
import { GENERATED_PAIR_SHAPE } from './public-half';
import { jspTagCheck } from './jsp-tags';

// `tochararray`: Java takes passwords as char[] (`ks.load(in, "…".toCharArray())`), named or not;
// `addidentity`: JSch's `addIdentity(keyFile, "passphrase")`; `sensitive(true`: a builder-declared property's
// default (jvm-chained-defaults.ts); `user_info`: Confluent's `USER_INFO_CONFIG` (java-calls.ts); `searchclient.create`:
// Algolia's `DefaultSearchClient.create(appId, apiKey)`.
const KEYWORDS = credentialKeywords('jdbc:', 'getconnection', 'jedis', 'signwith', 'sessiontransporttransformer', 'tochararray', 'addidentity', 'useinmemorypgpkeys', 'sensitive(true', 'user_info', 'searchclient.create', 'createaccount', ...SECRET_API_KEYWORDS);

export const javaSourceCheck: LanguageCheck = {
  languages: ['java'],
  keywords: KEYWORDS,
  patterns: [CONNECT_CALL_SHAPE, HOST_LOGIN_SHAPE, GENERATED_PAIR_SHAPE, COMMAND_PASSWORD_SHAPE],
  check: checkJvmCredentials,
};

export const kotlinSourceCheck: LanguageCheck = {
  languages: ['kotlin'],
  keywords: KEYWORDS,
  patterns: [CONNECT_CALL_SHAPE, HOST_LOGIN_SHAPE, GENERATED_PAIR_SHAPE, COMMAND_PASSWORD_SHAPE],
  check: checkJvmCredentials,
};

/** `spring.datasource.url=jdbc:mysql://db/shop?user=shop&password=…`: the URL moves to the environment. */
function checkJdbcConfig(context: RuleContext): void {
  for (const entry of springEntries(context.parsed)) {
    const value = entry.value;
    if (value === undefined || typeof value === 'string' || isInterpolated(value.text)) continue;
    for (const found of findJdbcPasswords(value.text)) {
      const password = value.text.slice(found.start, found.end);
      if (isPlaceholder(password)) continue;
      context.report({
        span: value.span(found.start, found.end),
        secret: password,
        message: `Factor III: password in the JDBC URL of "${entry.key}"; use a \${NAME} placeholder and set the value in the environment.`,
        fix: { kind: 'move-to-env', span: entry.valueSpan, envName: envNameFrom(entry.key.split('.')), value: value.text },
      });
    }
  }
}

export const jdbcConfigCheck: LanguageCheck = {
  languages: ['properties', 'yaml'],
  keywords: ['jdbc:'],
  check: checkJdbcConfig,
};

export const javaChecks: LanguageCheck[] = [javaSourceCheck, kotlinSourceCheck, jdbcConfigCheck, jspTagCheck];
