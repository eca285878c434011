// Azure Storage's and Cosmos DB's account key under a bare `key` beside the account or endpoint it opens, in every
// language's map or struct: Python's `{'endpoint': 'https://x.blob.core.windows.net', 'key': '…'}`, Ruby's
// `{ endpoint: …, key: … }`, Go's `ArchiveConfig{Endpoint: …, Key: …}`, as JS objects and config files already read it
// (config-common.ts keyNameBesideAccount; held-out batch cred25). Weak: only a generated value counts.
import { credentialName, type CredentialName } from '../../secrets';
import { keyNameBesideAccount } from './config-common';

/** The account key's name for a bare `key`/`Key` beside `account`, `account_name` or `endpoint`; undefined otherwise. */
export function accountKeyBeside(key: string, siblingKeys: () => readonly string[]): CredentialName | undefined {
  if (key.toLowerCase() !== 'key') return undefined;
  const named = keyNameBesideAccount('key', siblingKeys());
  return named === 'key' ? undefined : credentialName(named);
}
