// V8 flags our entry points set at run time, and which ones this process runs with. V8 rejects a
// code cache made under other flags, so each bundle's cache is kept per set of flags
// (bundleLoader.ts): the CLI's scan workers and the server's share dist/scanWorker.bundle.js, and
// with one cache file each rejected the other's and wrote its own, so whichever ran second started
// by compiling the whole bundle. A worker is told its process's flags in its workerData.
import { setFlagsFromString } from 'node:v8';
import { isMainThread, workerData } from 'node:worker_threads';

/**
 * V8's tiering, set for our runs of cold code: an editor's open and a CLI audit are over in a few
 * hundred milliseconds to seconds, and V8's defaults optimise early and inline much. On 2 cores
 * TurboFan's background compiles took about as much CPU as the open's check itself (the bench's
 * 5,000-line file: ~320 ms of compiling beside the worker's ~330 ms, per-thread CPU) and competed
 * with it for the cores. Optimising later (twice V8's interrupt budget of 132 KiB) and inlining less
 * (300 bytes of bytecode in all, not 920) compiles what stays hot: a fifth less CPU over all threads
 * for the open and for a 1x audit, with the same findings; the open's worker thread itself runs a
 * little longer in unoptimised code (docs/speed-history.md, 6 December: measured on a loaded machine).
 */
export const TIERING_FLAGS = ['--interrupt-budget=270336', '--max-inlined-bytecode-size-cumulative=300'] as const;

const SLOT = Symbol.for('twelve-factor-lint.v8Flags');
type Holder = { [SLOT]?: readonly string[] };

/** Sets the flags for the whole process (every thread, every worker started after) and notes them. */
export function applyV8Flags(flags: readonly string[]): void {
  for (const flag of flags) setFlagsFromString(flag);
  const holder = globalThis as Holder;
  holder[SLOT] = [...(holder[SLOT] ?? []), ...flags];
}

/** The flags this process set: noted on the main thread (the loader and the bundle share its global), given to a worker. */
export function appliedV8Flags(): readonly string[] {
  if (isMainThread) return (globalThis as Holder)[SLOT] ?? [];
  const given = (workerData as { v8Flags?: unknown } | undefined)?.v8Flags;
  return Array.isArray(given) ? given.filter((flag): flag is string => typeof flag === 'string') : [];
}
