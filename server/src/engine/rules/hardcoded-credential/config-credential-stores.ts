// `.netrc`, `.pgpass`, `.git-credentials`, Postfix's `sasl_passwd` and rsync's secrets committed to the repository: files whose only job is to hold logins, so
// every password in them is a credential (placeholders and stock local passwords aside, as everywhere).
import { baseName } from '../../languages/detect';
import { colonPairPasswords, gitCredentialPasswords, netrcPasswords, pgpassPasswords, type StoredPassword } from '../../languages/credential-stores';
import type { LanguageCheck, RuleContext } from '../../rule';
import { reportConfigValue } from './config-common';

const ADVICE = 'this file stores logins and is committed; rotate the password, remove the file from the repository and keep it in your home folder (or pass the password from the environment: PGPASSWORD, a CI secret)';

/** The passwords of a credential store, by its file name; none for other key files. */
export function storedPasswords(path: string, text: string): StoredPassword[] {
  const name = baseName(path).toLowerCase();
  if (name === '.netrc' || name === '_netrc') return netrcPasswords(text);
  if (name === '.pgpass') return pgpassPasswords(text);
  if (name === '.git-credentials') return gitCredentialPasswords(text);
  if (name === 'sasl_passwd' || name === 'rsyncd.secrets' || name === 'rsync.secrets') return colonPairPasswords(text);
  return [];
}

function check(context: RuleContext): void {
  for (const { password } of storedPasswords(context.path, context.text)) {
    reportConfigValue(context, { name: 'password', value: password, span: password.whole, advice: ADVICE, alwaysCredential: true });
  }
}

/** No keyword: a `.pgpass` line is only colons; these files are tiny. */
export const credentialStoreCheck: LanguageCheck = {
  languages: ['keyfile'],
  keywords: [],
  check,
};
