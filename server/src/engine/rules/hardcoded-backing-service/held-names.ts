// Shared by the readers of values held in names (go-held.ts, javascript-held.ts, php-held-hosts.ts,
// python-held-hosts.ts, interpolated-urls.ts): each lists a file's writes and reads by name.

/** Appends to the list under `key`, in place (a name read a thousand times stays linear). */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The literal each used name holds, with what its use says (a service), by the literal's node id: only a name the file
 * writes once (a parameter counts as a write), with a plain literal, `isLiteral`, as that one value.
 */
export function heldOnce<S, N extends { id: number }>(uses: ReadonlyMap<string, S>, writes: ReadonlyMap<string, readonly N[]>, isLiteral: (value: N) => boolean): Map<number, S> {
  const held = new Map<number, S>();
  for (const [name, use] of uses) {
    const values = writes.get(name);
    const literal = values?.length === 1 ? values[0] : undefined;
    if (literal && isLiteral(literal)) held.set(literal.id, use);
  }
  return held;
}
