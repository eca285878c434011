// hardcoded-credential for Java and Kotlin sources, and JDBC URL parameters in Spring config
// (`user:pass@host` URLs and credential-named keys there are the config checks' job).
import { findJdbcPasswords } from '../../languages/java';
import { springEntries } from '../../languages/spring';
import type { LanguageCheck, RuleContext } from '../../rule';
import { envNameFrom, isPlaceholder, TOKEN_FORMATS } from '../../secrets';
import { isInterpolated } from './config-common';
import { checkJvmCredentials } from './java-check';
import { javaExamples, jdbcConfigExamples } from './java-examples';
import { javaShapeExamples } from './java-examples-shapes';
import { kotlinExamples } from './kotlin-examples';
import { kotlinShapeExamples } from './kotlin-examples-shapes';
import { joinExamples } from '../../examples';

const BASE_KEYWORDS = ['pass', 'pwd', 'secret', 'token', 'key', 'auth', 'cred', '://', 'jdbc:', 'jwt', 'hmac', 'getconnection', 'jedis', 'signwith', 'sessiontransporttransformer'];
const formatKeywords = TOKEN_FORMATS.flatMap((format) => format.keywords).filter((keyword) => keyword.length >= 3 && keyword !== '-us');
const KEYWORDS = [...new Set([...BASE_KEYWORDS, ...formatKeywords])];

export const javaSourceCheck: LanguageCheck = {
  languages: ['java'],
  keywords: KEYWORDS,
  check: checkJvmCredentials,
  examples: joinExamples(javaExamples, javaShapeExamples),
};

export const kotlinSourceCheck: LanguageCheck = {
  languages: ['kotlin'],
  keywords: KEYWORDS,
  check: checkJvmCredentials,
  examples: joinExamples(kotlinExamples, kotlinShapeExamples),
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
  examples: jdbcConfigExamples,
};

export const javaChecks: LanguageCheck[] = [javaSourceCheck, kotlinSourceCheck, jdbcConfigCheck];
