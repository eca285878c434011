// An audit walks its files through forEachBounded: every file once, at most `width` at a time
// (its memory must not grow with the tree), started in walk order, and stopped by the first error.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forEachBounded } from '../../server/src/pool/bounded';

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
