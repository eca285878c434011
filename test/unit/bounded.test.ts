// An audit walks its files through forEachBounded: every file once, at most `width` at a time
// (its memory must not grow with the tree), started in walk order, and stopped by the first error.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forEachArriving, forEachBounded } from '../../server/src/pool/bounded';

/** A task that finishes when the test says so, recording when it started. */
function controlledTasks() {
  const started: number[] = [];
  const finish = new Map<number, () => void>();
  let running = 0;
  let mostAtOnce = 0;
  const task = async (_item: string, index: number): Promise<void> => {
    started.push(index);
    mostAtOnce = Math.max(mostAtOnce, ++running);
    await new Promise<void>((resolve) => finish.set(index, resolve));
    running--;
  };
  const settle = async (index: number) => {
    while (!finish.has(index)) await new Promise((resolve) => setImmediate(resolve));
    finish.get(index)!();
  };
  return { task, started, settle, mostAtOnce: () => mostAtOnce };
}

describe('forEachBounded', () => {
  it('runs every item once, never more than width at a time, started in order', async () => {
    const items = Array.from({ length: 25 }, (_, index) => `file-${index}`);
    const { task, started, settle, mostAtOnce } = controlledTasks();
    const all = forEachBounded(items, 4, task);
    // Each finish frees one slot, which the next item takes.
    for (let index = 0; index < items.length; index++) await settle(index);
    await all;
    assert.deepEqual(started, items.map((_, index) => index));
    assert.equal(mostAtOnce(), 4);
  });

  it('starts nothing new after a task fails, and rejects with its error', async () => {
    const started: number[] = [];
    const failing = forEachBounded([0, 1, 2, 3, 4, 5, 6, 7], 2, async (item) => {
      started.push(item);
      await new Promise((resolve) => setImmediate(resolve));
      if (item === 2) throw new Error('file 2 failed');
    });
    await assert.rejects(failing, /file 2 failed/);
    assert.deepEqual(started, [0, 1, 2, 3], 'the file beside the failed one finishes; none starts after it');
  });

  it('handles an empty list and a width of zero', async () => {
    let calls = 0;
    await forEachBounded([], 3, async () => void calls++);
    await forEachBounded(['only'], 0, async () => void calls++);
    assert.equal(calls, 1);
  });
});

/** Items that arrive one per turn of the event loop, as a walk finds files. */
async function* arriving<T>(items: readonly T[], failAt?: number): AsyncGenerator<T> {
  for (const [index, item] of items.entries()) {
    await new Promise((resolve) => setImmediate(resolve));
    if (index === failAt) throw new Error(`the walk failed at ${index}`);
    yield item;
  }
}

describe('forEachArriving', () => {
  it('runs every item once, in its place, at most width at a time, starting before the last arrives', async () => {
    const items = Array.from({ length: 40 }, (_, index) => `file-${index}`);
    const seen: Array<[string, number]> = [];
    let running = 0;
    let mostAtOnce = 0;
    let startedBeforeTheEnd = false;
    let arrived = 0;
    const counted = async function* () {
      for await (const item of arriving(items)) {
        arrived++;
        yield item;
      }
    };
    await forEachArriving(counted(), 4, async (item, index) => {
      if (arrived < items.length) startedBeforeTheEnd = true;
      mostAtOnce = Math.max(mostAtOnce, ++running);
      seen.push([item, index]);
      await new Promise((resolve) => setTimeout(resolve, index % 3));
      running--;
    });
    assert.deepEqual(seen.map(([item, index]) => [item, items[index]]), seen.map(([item]) => [item, item]), 'each item has its own index');
    assert.equal(new Set(seen.map(([, index]) => index)).size, items.length);
    assert.ok(mostAtOnce <= 4 && mostAtOnce > 1);
    assert.ok(startedBeforeTheEnd, 'the first tasks ran while items were still arriving');
  });

  it('rejects with the walk\'s error or a task\'s, and stops the walk', async () => {
    await assert.rejects(forEachArriving(arriving([1, 2, 3, 4, 5], 3), 2, async () => undefined), /the walk failed at 3/);
    let pulled = 0;
    const endless = async function* () {
      for (;;) {
        await new Promise((resolve) => setImmediate(resolve));
        yield ++pulled;
      }
    };
    await assert.rejects(forEachArriving(endless(), 2, async (item) => {
      if (item === 5) throw new Error('file 5 failed');
    }), /file 5 failed/);
    const after = pulled;
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(pulled, after, 'nothing is pulled from the walk after the failure');
  });

  it('handles an empty walk', async () => {
    let calls = 0;
    await forEachArriving(arriving([]), 3, async () => void calls++);
    assert.equal(calls, 0);
  });
});
