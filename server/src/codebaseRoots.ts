// Where a manifest sits in its codebase, for Factor I (dependency-outside-codebase): its path relative
// to the git repository that holds it. The repository is found as git finds it, by the nearest `.git`
// (a folder, or the file of a worktree or submodule) above the file, with lstat only: no git process,
// so no repository config can run anything, and a workspace opened on a subfolder of a repository still
// judges `../shared` against the whole repository. Outside any repository, the audited folder is the codebase.
import { lstat } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { declaresDependencyPaths } from './engine/rules/dependency-outside-codebase/config';
import { isInside, toPosix } from './gitignore';

/** Folders climbed looking for `.git`, bounded as the manifest search is. */
const MAX_DEPTH = 64;

export class CodebaseRoots {
  /** The repository holding each folder asked about (undefined: none), one lstat walk per folder. */
  private readonly repositories = new Map<string, Promise<string | undefined>>();

  /** Only the manifests the rule reads need their place in the repository. */
  static wants(path: string): boolean {
    return declaresDependencyPaths(path);
  }

  /**
   * The file's path relative to its codebase: the repository holding it, else `fallback` (the audited
   * folder, the workspace folder) when the file is inside it; undefined when neither is known.
   */
  async repositoryPath(absolutePath: string, fallback: string | undefined): Promise<string | undefined> {
    const root = (await this.repositoryOf(dirname(absolutePath))) ?? fallback;
    return root !== undefined && isInside(absolutePath, root) ? toPosix(relative(root, absolutePath)) : undefined;
  }

  private repositoryOf(folder: string): Promise<string | undefined> {
    let found = this.repositories.get(folder);
    if (!found) this.repositories.set(folder, (found = nearestRepository(folder)));
    return found;
  }
}

/** The nearest folder at or above `start` that holds a `.git` (folder or file), by lstat only; undefined when none is. */
export async function nearestRepository(start: string): Promise<string | undefined> {
  let folder = start;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    try {
      await lstat(join(folder, '.git'));
      return folder;
    } catch {
      const parent = dirname(folder);
      if (parent === folder) return undefined;
      folder = parent;
    }
  }
  return undefined;
}
