// Shared by the readers of values held in names (go-held.ts, javascript-held.ts, php-held-hosts.ts,
// python-held-hosts.ts): each lists a file's writes and reads by name.

/** Appends to the list under `key`, in place (a name read a thousand times stays linear). */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
