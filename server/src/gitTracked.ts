import { somethingAt } from './safeRead';
import { basename, dirname, join } from 'node:path';
import { runGit } from './git';

/**
 * Whether git tracks the file: a `.gitignore` line does not untrack a file git already has, so
 * moving a secret into a tracked `.env` would commit it. False when the file does not exist or no
 * repository holds it; undefined when git cannot say (no git, a refused repository, a timeout).
 * `root` is the workspace folder: no repository above it is consulted.
 */
export async function isTrackedByGit(path: string, root: string): Promise<boolean | undefined> {
  if (!(await somethingAt(path))) return false;
  try {
    const result = await runGit(['ls-files', '--error-unmatch', '--', basename(path)], { cwd: dirname(path), root, timeoutMs: 5000, maxBytes: 64 * 1024 });
    if (result.code === 0) return true;
    // 1: "did not match any file known to git"; 128: not a repository (or one git refused to use).
    if (result.code === 1) return false;
    return /not a git repository/i.test(result.stderr) ? false : undefined;
  } catch {
    return undefined;
  }
}


/** Tracked files are listed a path at a time; a repository of this many ignored-yet-tracked files is read no further. */
const MAX_LISTING_BYTES = 4 * 1024 * 1024;

/**
 * The absolute paths of the files git tracks although the ignore rules list them (`git ls-files -c -i
 * --exclude-standard`): committed before the .gitignore line was written. Empty when git cannot say.
 */
export async function trackedIgnoredFiles(repoRoot: string): Promise<Set<string>> {
  try {
    const result = await runGit(['ls-files', '-z', '--cached', '--ignored', '--exclude-standard'], { cwd: repoRoot, root: repoRoot, timeoutMs: 10_000, maxBytes: MAX_LISTING_BYTES });
    if (result.code !== 0) return new Set();
    return new Set(result.stdout.toString('utf8').split('\0').filter((path) => path !== '').map((path) => join(repoRoot, path)));
  } catch {
    return new Set();
  }
}
