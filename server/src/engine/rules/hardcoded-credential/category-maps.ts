// A table from names to a few categories: Ghost's settings by group (`members_private_key: 'core'`,
// `title: 'site'`), a permission or field-kind table. Its values repeat, and a value repeated beside
// a name that is no credential is a category, not a secret, whatever the name it sits under.
import { credentialName, PASSWORD_SHORTHANDS, splitWords } from '../../secrets';

/** One string-keyed, string-valued entry of a map, object, dict, hash or array literal. */
interface MapEntry {
  key: string;
  value: string;
}

/** Fewer entries say nothing about a table: `{ user: 'admin', password: 'admin' }` stays a finding. */
const MIN_ENTRIES = 4;

/**
 * Whether `value` is one of a category table's categories: the map's values repeat (at most half as
 * many distinct values as entries) and `value` also sits under a name that is no credential. A
 * secret is written once; one shared by several credentials only (`DB_PASSWORD` and `ADMIN_PASSWORD`
 * both `s3cr3t…`) is still reported, since no plain setting shares it.
 */
function isCategoryValue(value: string, entries: readonly MapEntry[]): boolean {
  if (entries.length < MIN_ENTRIES) return false;
  if (new Set(entries.map((entry) => entry.value)).size * 2 > entries.length) return false;
  return entries.some((entry) => entry.value === value && credentialName(entry.key) === undefined);
}

/**
 * A table renaming parameters to another interface's (`{'username': 'wsman_user', 'password': 'wsman_pwd',
 * 'validate_certs': 'wsman_verify'}`: an Ansible module's options to a transport's): every value a lowercase
 * identifier behind one shared prefix, each written once, and the credential's value that prefix before its
 * key's noun, or the noun shortened. A password table's values (`{'alice': 'pw_alice'}`) end in no key's noun.
 */
function isRenamedParameter(value: string, entries: readonly MapEntry[]): boolean {
  if (entries.length < MIN_RENAMES || new Set(entries.map((entry) => entry.value)).size !== entries.length) return false;
  if (isFieldMapValue(value, entries)) return true;
  const prefixes = new Set(entries.map((entry) => PREFIXED_NAME.exec(entry.value)?.[1]));
  const rest = PREFIXED_NAME.exec(value)?.[2];
  const noun = splitWords(entries.find((entry) => entry.value === value)?.key ?? '').pop();
  if (prefixes.size !== 1 || prefixes.has(undefined) || rest === undefined || noun === undefined) return false;
  return rest === noun || PASSWORD_SHORTHANDS.get(rest) === noun;
}

/**
 * A field map from one API's names to another's (`{'secretkey': 'ipatokenotpkey', 'otptype': 'type',
 * 'description': 'description'}`: Ansible's options to FreeIPA attributes): every value a lowercase name, one
 * plain field mapped to itself, and the credential's value ending in its noun (`…otpkey` for a secret key).
 */
function isFieldMapValue(value: string, entries: readonly MapEntry[]): boolean {
  if (!entries.every((entry) => FIELD_NAME.test(entry.value))) return false;
  if (!entries.some((entry) => entry.key === entry.value && credentialName(entry.key) === undefined)) return false;
  const key = entries.find((entry) => entry.value === value)?.key;
  const noun = key === undefined ? undefined : credentialName(key)?.noun.split(' ').pop();
  return noun !== undefined && value.replace(/_/g, '').endsWith(noun);
}

const FIELD_NAME = /^[a-z][a-z0-9_]{0,60}$/;
const MIN_RENAMES = 3;
/** `wsman_pwd`: a prefix word, then the rest of the name. */
const PREFIXED_NAME = /^([a-z][a-z0-9]{1,20})_([a-z][a-z0-9_]{0,40})$/;

/** The same over a literal's items, each read by `entryOf` (a string key and a string value, or nothing). */
export function isCategoryAmong<T>(value: string | undefined, items: Iterable<T>, entryOf: (item: T) => Partial<MapEntry>): boolean {
  if (value === undefined) return false;
  const entries: MapEntry[] = [];
  for (const item of items) {
    const { key, value: text } = entryOf(item);
    if (key !== undefined && text !== undefined) entries.push({ key, value: text });
  }
  return isCategoryValue(value, entries) || isRenamedParameter(value, entries);
}
