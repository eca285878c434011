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
 * A table's categories: the values that sit under a name that is no credential, when the map's
 * values repeat (at most half as many distinct values as entries); none otherwise. A value is a
 * category when it is one of them. A secret is written once; one shared by several credentials
 * only (`DB_PASSWORD` and `ADMIN_PASSWORD` both `s3cr3t…`) is still reported, since no plain
 * setting shares it.
 */
function categoriesOf(entries: readonly MapEntry[]): ReadonlySet<string> {
  if (entries.length < MIN_ENTRIES) return NONE;
  if (new Set(entries.map((entry) => entry.value)).size * 2 > entries.length) return NONE;
  return new Set(entries.filter((entry) => credentialName(entry.key) === undefined).map((entry) => entry.value));
}

const NONE: ReadonlySet<string> = new Set();

/** Each literal's categories, read once: every credential-named entry of a table asks. */
const categoriesByLiteral = new WeakMap<object, ReadonlySet<string>>();

/**
 * Whether `value` is a category of the literal `table` (a map, object, dict, hash or array literal),
 * whose items `itemsOf` lists and `entryOf` reads (a string key and a string value, or nothing).
 */
export function isCategoryAmong<T>(value: string | undefined, table: object, itemsOf: () => Iterable<T>, entryOf: (item: T) => Partial<MapEntry>): boolean {
  if (value === undefined) return false;
  let categories = categoriesByLiteral.get(table);
  if (!categories) {
    const entries: MapEntry[] = [];
    for (const item of itemsOf()) {
      const { key, value: text } = entryOf(item);
      if (key !== undefined && text !== undefined) entries.push({ key, value: text });
    }
    categoriesByLiteral.set(table, (categories = categoriesOf(entries)));
  }
  return categories.has(value);
}
