import { somethingAt } from './safeRead';
import { basename, dirname } from 'node:path';
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

