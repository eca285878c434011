// Factor III for PHP (Laravel, Symfony, plain PHP) and php.ini-style files.
import { parseIni } from '../../languages/ini';
import { MappedText } from '../../languages/mapped-text';
import type { LanguageCheck, RuleContext } from '../../rule';
import { envNameFrom } from '../../secrets';
import { reportConfigValue } from './config-common';
import { CREDENTIAL_KEYWORDS, credentialKeywords, POSITIONAL_CALL_WORDS } from './keywords';
import { checkPhpCredentials } from './php-check';

/** The config keywords, plus the PHP APIs that take a password by position. */
const PHP_KEYWORDS = credentialKeywords(
  'pdo', 'mysqli', 'hash_hmac', 'openssl_', 'ftp_login', 'ldap_bind', 'pg_connect', 'pg_pconnect', 'stripe',
  'mysql_connect', 'mysql_pconnect', 'oci_', 'odbc_', 'mssql_connect', 'sybase_connect', 'imap_open', 'ini_set', 'setcredentials',
  ...POSITIONAL_CALL_WORDS,
);

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
  { languages: ['php'], keywords: PHP_KEYWORDS, check: checkPhpCredentials },
  { languages: ['ini'], keywords: CREDENTIAL_KEYWORDS, check: checkIni },
];
