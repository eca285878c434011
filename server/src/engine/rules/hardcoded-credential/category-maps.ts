// A table from names to a few categories: Ghost's settings by group (`members_private_key: 'core'`,
// `title: 'site'`), a permission or field-kind table. Its values repeat, and a value repeated beside
// a name that is no credential is a category, not a secret, whatever the name it sits under. And a
// table renaming one interface's parameters to another's (or to a program's globals), whose values are names.
import { credentialName, PASSWORD_SHORTHANDS, splitWords } from '../../secrets';

/** One string-keyed, string-valued entry of a map, object, dict, hash or array literal. */
interface MapEntry {
  key: string;
  value: string;
}

/** Fewer entries say nothing about a table: `{ user: 'admin', password: 'admin' }` stays a finding. */
const MIN_ENTRIES = 4;

/**
 * A table's categories: the values that sit under a name that is no credential, when the map's
 * values repeat (at most half as many distinct values as entries); none otherwise. A secret is
 * written once; one shared by several credentials only (`DB_PASSWORD` and `ADMIN_PASSWORD` both
 * `s3cr3t…`) is still reported, since no plain setting shares it.
 */
function categoriesOf(entries: readonly MapEntry[]): string[] {
  if (entries.length < MIN_ENTRIES) return [];
  if (new Set(entries.map((entry) => entry.value)).size * 2 > entries.length) return [];
  return entries.filter((entry) => credentialName(entry.key) === undefined).map((entry) => entry.value);
}

/**
 * The values of a table renaming parameters to another interface's (`{'username': 'wsman_user',
 * 'password': 'wsman_pwd', 'validate_certs': 'wsman_verify'}`: an Ansible module's options to a
 * transport's): every value a lowercase identifier behind one shared prefix, each written once, and
 * the credential's value that prefix before its key's noun, or the noun shortened. A password
 * table's values (`{'alice': 'pw_alice'}`) end in no key's noun. Or a field map (isFieldMapName).
 */
function renamedParameters(entries: readonly MapEntry[]): string[] {
  if (entries.length < MIN_RENAMES || new Set(entries.map((entry) => entry.value)).size !== entries.length) return [];
  const fieldMap = entries.every((entry) => FIELD_NAME.test(entry.value)) && entries.some((entry) => entry.key === entry.value && credentialName(entry.key) === undefined);
  const prefixes = new Set(entries.map((entry) => PREFIXED_NAME.exec(entry.value)?.[1]));
  const onePrefix = prefixes.size === 1 && !prefixes.has(undefined);
  return entries.filter((entry) => (fieldMap && isFieldMapName(entry)) || (onePrefix && isPrefixedNoun(entry))).map((entry) => entry.value);
}

/**
 * In a field map from one API's names to another's (`{'secretkey': 'ipatokenotpkey', 'otptype':
 * 'type', 'description': 'description'}`: Ansible's options to FreeIPA attributes; every value a
 * lowercase name, one plain field mapped to itself), the credential's value ending in its noun
 * (`…otpkey` for a secret key).
 */
function isFieldMapName(entry: MapEntry): boolean {
  const noun = credentialName(entry.key)?.noun.split(' ').pop();
  return noun !== undefined && entry.value.replace(/_/g, '').endsWith(noun);
}

/**
 * `'password': 'wsman_pwd'`, `'dbpass' => 'wgDBpassword'`: the shared prefix, then a name ending in the
 * key's noun, either of them in shorthand.
 */
function isPrefixedNoun(entry: MapEntry): boolean {
  const match = PREFIXED_NAME.exec(entry.value);
  const last = splitWords(match?.[2] ?? match?.[3] ?? '').pop();
  const noun = splitWords(entry.key).pop();
  if (last === undefined || noun === undefined) return false;
  return fullWord(last) === fullWord(noun);
}

const fullWord = (word: string): string => PASSWORD_SHORTHANDS.get(word) ?? word;

const FIELD_NAME = /^[a-z][a-z0-9_]{0,60}$/;
const MIN_RENAMES = 3;
/** `wsman_pwd`, MediaWiki's globals `wgDBpassword`: a lowercase prefix word, then `_` or a capital, then the rest of the name. */
const PREFIXED_NAME = /^([a-z][a-z0-9]{1,20})(?:_([a-z][a-z0-9_]{0,40})|([A-Z][A-Za-z0-9]{0,40}))$/;

/** Each literal's values that are categories or renamed parameters, read once: every credential-named entry of a table asks. */
const namesByLiteral = new WeakMap<object, ReadonlySet<string>>();

/**
 * Whether `value` is a category or a renamed parameter of the literal `table` (a map, object, dict,
 * hash or array literal), whose items `itemsOf` lists and `entryOf` reads (a string key and a string
 * value, or nothing).
 */
export function isCategoryAmong<T>(value: string | undefined, table: object, itemsOf: () => Iterable<T>, entryOf: (item: T) => Partial<MapEntry>): boolean {
  if (value === undefined) return false;
  let names = namesByLiteral.get(table);
  if (!names) {
    const entries: MapEntry[] = [];
    for (const item of itemsOf()) {
      const { key, value: text } = entryOf(item);
      if (key !== undefined && text !== undefined) entries.push({ key, value: text });
    }
    names = new Set([...categoriesOf(entries), ...renamedParameters(entries)]);
    namesByLiteral.set(table, names);
  }
  return names.has(value);
}
