// A debug timeline of the CLI's threads (issue #12): with TFL_TIMELINE=1 in the environment, each
// thread writes when it starts, when its code is loaded, when it gets its first file and goes idle,
// and the main thread when it walks and prints, as `timeline <ms since the process started>
// <thread> <event>` lines on stderr. Unset (always, but for a person timing a run), a mark is one
// property read. Workers get a copy of the environment, the process's start time in it.
import { writeSync } from 'node:fs';
import { isMainThread, threadId } from 'node:worker_threads';

const ENABLED = process.env.TFL_TIMELINE === '1';
const ORIGIN_KEY = 'TFL_TIMELINE_ORIGIN';

if (ENABLED && isMainThread && process.env[ORIGIN_KEY] === undefined) process.env[ORIGIN_KEY] = String(performance.timeOrigin);
const origin = Number(process.env[ORIGIN_KEY] ?? performance.timeOrigin);

export function timelineOn(): boolean {
  return ENABLED;
}

/** Writes one event of this thread, with the time since the process started. */
export function mark(event: string): void {
  if (!ENABLED) return;
  const at = performance.timeOrigin + performance.now() - origin;
  writeSync(2, `timeline ${at.toFixed(1).padStart(8)} ${isMainThread ? 'main' : `worker${threadId}`} ${event}\n`);
}
