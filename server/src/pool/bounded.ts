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

/**
 * forEachBounded over items that arrive one by one (an audit's walk): a task starts as soon as its
 * item does, so the work overlaps the finding. Each item keeps its place (`index`): the generator
 * answers its `next()` calls in the order they were made, and each call's index is taken when made.
 */
export async function forEachArriving<T>(items: AsyncIterable<T>, width: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  const iterator = items[Symbol.asyncIterator]();
  let next = 0;
  let over = false;
  const lane = async (): Promise<void> => {
    while (!over) {
      const index = next++;
      let step: IteratorResult<T>;
      try {
        step = await iterator.next();
      } catch (error) {
        over = true;
        throw error;
      }
      if (step.done) return void (over = true);
      try {
        await task(step.value, index);
      } catch (error) {
        over = true;
        throw error;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, width) }, lane));
  } catch (error) {
    await iterator.return?.().catch(() => undefined); // the walk stops too
    throw error;
  }
}
