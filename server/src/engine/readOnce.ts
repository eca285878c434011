// Answers read from a syntax node (or any object) once: checks ask the same question of one node
// from each of its children (an array's keys from every entry, a call from every argument), which
// made a long table quadratic. Keyed weakly, so the answers go with the tree.

/** `read`, asked once per key; later asks get the first answer, `undefined` included. */
export function readOnce<K extends object, V>(read: (key: K) => V): (key: K) => V {
  const answers = new WeakMap<K, V>();
  return (key) => {
    if (answers.has(key)) return answers.get(key) as V;
    const answer = read(key);
    answers.set(key, answer);
    return answer;
  };
}
