// Factor III for PHP (Laravel, Symfony, plain PHP) and php.ini-style files.
import { parseIni } from '../../languages/ini';
import { MappedText } from '../../languages/mapped-text';
import type { LanguageCheck, RuleContext } from '../../rule';
import { envNameFrom } from '../../secrets';
import { CREDENTIAL_KEYWORDS, reportConfigValue } from './config-common';
import { checkPhpCredentials } from './php-check';
import { iniCredentialExamples, phpCredentialExamples } from './php-examples';
import { phpShapeExamples } from './php-examples-shapes';
import { joinExamples } from '../../examples';

/** The config keywords, plus the PHP APIs that take a password by position. */
const PHP_KEYWORDS = [...CREDENTIAL_KEYWORDS, 'pdo', 'mysqli', 'hash_hmac', 'openssl_', 'jwt', 'ftp_login', 'ldap_bind', 'pg_connect', 'pg_pconnect', 'stripe'];

const INI_ADVICE = 'use a ${NAME} placeholder (php.ini reads environment variables) and set the value in the environment';

function checkIni(context: RuleContext): void {
  for (const entry of parseIni(context.text)) {
    reportConfigValue(context, {
      name: entry.key,
      value: MappedText.contiguous(entry.value, entry.valueStart),
      span: entry.valueSpan,
      advice: INI_ADVICE,
      envName: envNameFrom(entry.key.split('.')),
    });
  }
}

export const phpChecks: LanguageCheck[] = [
  { languages: ['php'], keywords: PHP_KEYWORDS, check: checkPhpCredentials, examples: joinExamples(phpCredentialExamples, phpShapeExamples) },
  { languages: ['ini'], keywords: [...CREDENTIAL_KEYWORDS, 'pw'], check: checkIni, examples: iniCredentialExamples },
];
