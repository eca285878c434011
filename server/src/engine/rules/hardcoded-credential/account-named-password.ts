// A password made of its account's name and the word password: `wildlife_password` for the user `wildlife`,
// `kennel-pass` for the database `kennel`. Alone, `<word>_password` under a password's name is as often the name of a
// setting (Cinder's `VMAX_PASSWORD = 'san_password'`, values.ts isSettingAlias) or a name restated
// (`EXPRESS_TOKEN = 'paypal_express_token'`), so only a file that gives a user or a database that name makes it one:
// `$dbuser = 'wildlife'`, `dbUser := "kennel"`, `define('DB_USER', 'bakery')`, `user = "pager"`. Every language whose
// check judges values with credentialValueReport asks here about a value it turned down.
import { credentialName, isPlaceholder } from '../../secrets';
import type { CredentialName } from '../../secrets';
import type { Report } from '../../types';
import { withSinkConfidence } from './credential-value';
import type { Target } from './target';

/** The account's name, then `password`, `passwd`, `pass` or `pwd`, joined or not by `_`/`-`. */
const ACCOUNT_NAMED = /^([a-z][a-z0-9]{2,30})[_-]?(?:password|passwd|pass|pwd)$/;

/** A user's or a database's key right before the quote: `$dbuser = '`, `'DB_USER', '`, `Username: "`, `user = "`. */
const ACCOUNT_KEY_BEFORE = /(?:user|username|login|dbname|db_name|database|schema)[^\w\n]{1,12}$/i;

/** How many quoted occurrences of the name are looked at: a name repeated more often than that is no account's. */
const MAX_LOOKS = 50;

/** Whether `value` is `<name>_password` and the file writes `<name>` as a user's or a database's name. */
export function spellsAccountName(value: string, fileText: string): boolean {
  const account = ACCOUNT_NAMED.exec(value)?.[1];
  if (account === undefined || isPlaceholder(value) || credentialName(account) !== undefined) return false;
  for (const quote of ['"', "'"]) {
    const quoted = `${quote}${account}${quote}`;
    let at = fileText.indexOf(quoted);
    for (let looks = 0; at >= 0 && looks < MAX_LOOKS; looks++) {
      if (ACCOUNT_KEY_BEFORE.test(fileText.slice(Math.max(0, at - 40), at + 1))) return true;
      at = fileText.indexOf(quoted, at + 1);
    }
  }
  return false;
}

/** Whether a value under a password's name, not compared with, spells its account's name (spellsAccountName). */
export function isAccountNamedPassword(value: string, target: Target, credential: CredentialName, fileText: () => string): boolean {
  return credential.noun.includes('password') && !target.comparison && spellsAccountName(value.trim(), fileText());
}

/** The report for a password value a check turned down that spells its account's name. */
export function accountNamedPasswordReport(value: string, target: Target, credential: CredentialName, found: Report, fileText: () => string): Report | undefined {
  return isAccountNamedPassword(value, target, credential, fileText) ? withSinkConfidence(found, target) : undefined;
}
