// Runs a task for each item of a list, at most `width` at once, started in list order: an audit
// of 100,000 files then holds the state of a few dozen (a job, its facts, a suspended function)
// instead of all of them, so its memory does not grow with the tree.

/** Rejects with the first task's error; the tasks already running finish, no new one starts. */
export async function forEachBounded<T>(items: readonly T[], width: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const lane = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        await task(items[index]!, index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(width, items.length)) }, lane));
}
