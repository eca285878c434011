import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, dirname } from 'node:path';

/**
 * Whether git tracks the file: a `.gitignore` line does not untrack a file git already has, so
 * moving a secret into a tracked `.env` would commit it. No git, no repository, or no file: false.
 */
export function isTrackedByGit(path: string): boolean {
  if (!existsSync(path)) return false;
  try {
    execFileSync('git', ['ls-files', '--error-unmatch', '--', basename(path)], { cwd: dirname(path), stdio: 'ignore', timeout: 5000 });
    return true;
  } catch {
    return false;
  }
}
