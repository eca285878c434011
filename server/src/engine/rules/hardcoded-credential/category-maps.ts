// A table from names to a few categories: Ghost's settings by group (`members_private_key: 'core'`,
// `title: 'site'`), a permission or field-kind table. Its values repeat, and a value repeated beside
// a name that is no credential is a category, not a secret, whatever the name it sits under.
import { credentialName } from '../../secrets';

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

/** The same over a literal's items, each read by `entryOf` (a string key and a string value, or nothing). */
export function isCategoryAmong<T>(value: string | undefined, items: Iterable<T>, entryOf: (item: T) => Partial<MapEntry>): boolean {
  if (value === undefined) return false;
  const entries: MapEntry[] = [];
  for (const item of items) {
    const { key, value: text } = entryOf(item);
    if (key !== undefined && text !== undefined) entries.push({ key, value: text });
  }
  return isCategoryValue(value, entries);
}
