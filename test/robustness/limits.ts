// The documented bounds (docs/robustness.md). Generous enough for a loaded 2-core CI machine,
// tight enough that exponential or quadratic behaviour on the adversarial corpus fails.

/** The whole corpus with the default 1 MiB limit (the big files are skipped). */
export const CLI_DEFAULT_LIMIT_MS = 60_000;
/** The whole corpus with the limit raised to 16 MiB, so the 10 MB and 3 MB files are scanned too. */
export const CLI_RAISED_LIMIT_MS = 180_000;
/** Peak resident memory of the CLI over the corpus with the raised limit. */
export const CLI_PEAK_RSS_BYTES = 4 * 1024 ** 3;
/** The server's answer to a request sent while it checks any one corpus file (limit raised). */
export const SERVER_ANSWER_MS = 120_000;
/** Any request during the didChange fuzz. */
export const FUZZ_ANSWER_MS = 10_000;
/** A size limit above every corpus file. */
export const RAISED_LIMIT_BYTES = 16 * 1024 * 1024;

/** Scales every bound, e.g. TFL_TIME_SCALE=2 on a slower machine. */
export function scaled(ms: number): number {
  const factor = Number(process.env['TFL_TIME_SCALE'] ?? '1');
  return Number.isFinite(factor) && factor > 0 ? ms * factor : ms;
}

/** The CLI over any one hostile repository (test/robustness/hostile.ts). */
export const HOSTILE_REPO_MS = 30_000;
/** Peak resident memory of the CLI over any one hostile repository (a /dev/zero read would blow it). */
export const HOSTILE_REPO_RSS_BYTES = 512 * 1024 ** 2;
