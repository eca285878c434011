// V8 flags our entry points set at run time, and which ones this process runs with. V8 rejects a
// code cache made under other flags, so each bundle's cache is kept per set of flags
// (bundleLoader.ts): the CLI's scan workers and the server's share dist/scanWorker.bundle.js, and
// with one cache file each rejected the other's and wrote its own, so whichever ran second started
// by compiling the whole bundle. A worker is told its process's flags in its workerData.
import { setFlagsFromString } from 'node:v8';
import { isMainThread, workerData } from 'node:worker_threads';

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
