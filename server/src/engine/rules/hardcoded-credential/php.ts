// Factor III for PHP (Laravel, Symfony, plain PHP); php.ini and other INI files are config-ini.ts.
import type { LanguageCheck } from '../../rule';
import { COMMAND_PASSWORD_SHAPE, credentialKeywords, POSITIONAL_CALL_WORDS } from './keywords';
import { checkPhpCredentials } from './php-check';
import { reportPhpLaterUses } from './php-later-uses';
import { envoyCheck } from './php-envoy';
import { guardedIniCheck } from './php-guarded-ini';
import { HOST_LOGIN_SHAPE } from './host-login';
import { GENERATED_PAIR_SHAPE } from './public-half';

/**
 * The config keywords, plus the PHP APIs that take a password by position, and the static factories
 * an SDK is given its key by (`Mailgun::create('…')`, php-targets.ts vendorFactoryTarget).
 */
const PHP_KEYWORDS = credentialKeywords(
  '::create(', '::client(',
  // An SDK client's own static factory, `Client::make('…')` (php-targets.ts isVendorFactory).
  'client::make(', 'api::make(',
  'pdo', 'mysqli', 'hash_hmac', 'bcrypt(', 'hash::make(', 'openssl_', 'ftp_login', 'ldap_bind', 'pg_connect', 'pg_pconnect', 'stripe',
  'mysql_connect', 'mysql_pconnect', 'oci_', 'odbc_', 'mssql_connect', 'sybase_connect', 'imap_open', 'ini_set', 'setcredentials',
  // ReactPHP's `createLazyConnection('user:…@host/db')`: a connection URI without a scheme (php-userpwd.ts).
  'connection(',
  // An LDAP bind's password after its DN (php-apis.ts isLdapBind).
  '->bind(',
  // lcobucci/jwt's `InMemory::plainText('…')` (php-apis.ts).
  'inmemory::',
  // php-imap's `new Mailbox('{…}INBOX', $login, '…')`, phpMQTT's `->connect(true, null, $user, '…')` (php-apis.ts).
  'mailbox', 'mqtt',
  // Symfony's secrets vault key file, whose generated first line names it (`<?php // prod.decrypt.private on …`, php-check.ts).
  'decrypt.private',
  ...POSITIONAL_CALL_WORDS,
);

export const phpChecks: LanguageCheck[] = [
  { languages: ['php'], keywords: PHP_KEYWORDS, patterns: [HOST_LOGIN_SHAPE, GENERATED_PAIR_SHAPE, COMMAND_PASSWORD_SHAPE], check: checkPhpCredentials },
  // `$pw = '…';` then `new PDO($dsn, $user, $pw)`: a variable's literal judged by the call it is handed to.
  { languages: ['php'], keywords: PHP_KEYWORDS, check: reportPhpLaterUses },
  envoyCheck,
  guardedIniCheck,
];
