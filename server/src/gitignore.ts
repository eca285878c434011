// What git ignores, computed from .gitignore files (and .git/info/exclude), without running git.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/**
 * The .gitignore files of one tree, read once each. Rules of a .gitignore apply below its
 * folder; a deeper file overrides a shallower one (a `!pattern` can re-include), and nothing
 * below an ignored folder can be re-included, as in git.
 */
export class GitIgnores {
  /** The repository root (the folder holding `.git`), or undefined outside a repository. */
  readonly repoRoot: string | undefined;
  /** Where .gitignore files start to count: the repository root, else the scanned root. */
  private readonly top: string;
  private readonly matchers = new Map<string, Ignore | undefined>();
  private readonly ignoredFolders = new Map<string, boolean>();

  constructor(root: string) {
    const absolute = resolve(root);
    this.repoRoot = findRepoRoot(absolute);
    this.top = this.repoRoot ?? absolute;
  }

  /** Whether git ignores `path` (absolute); paths outside the tree are never ignored. */
  isIgnored(path: string, isFolder: boolean): boolean {
    const absolute = resolve(path);
    if (absolute === this.top || !isInside(absolute, this.top)) return false;
    const parent = dirname(absolute);
    if (parent !== this.top && this.isIgnored(parent, true)) return true;
    if (!isFolder) return this.matchLayers(absolute, false);
    let cached = this.ignoredFolders.get(absolute);
    if (cached === undefined) {
      cached = this.matchLayers(absolute, true);
      this.ignoredFolders.set(absolute, cached);
    }
    return cached;
  }

  /** Applies each folder's .gitignore from the top down to the path's folder; the deepest say wins. */
  private matchLayers(absolute: string, isFolder: boolean): boolean {
    let ignored = false;
    for (const folder of foldersBetween(this.top, dirname(absolute))) {
      const matcher = this.matcherOf(folder);
      if (!matcher) continue;
      const path = toPosix(relative(folder, absolute)) + (isFolder ? '/' : '');
      const result = matcher.test(path);
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }

  private matcherOf(folder: string): Ignore | undefined {
    if (this.matchers.has(folder)) return this.matchers.get(folder);
    const sources = [join(folder, '.gitignore')];
    if (folder === this.repoRoot) sources.unshift(join(folder, '.git', 'info', 'exclude'));
    const patterns = sources.map(readIfPresent).filter((text) => text !== undefined);
    const matcher = patterns.length > 0 ? ignore().add(patterns.join('\n')) : undefined;
    this.matchers.set(folder, matcher);
    return matcher;
  }
}

/**
 * Whether git ignores `relativePath` (forward or back slashes) under `root`, from the
 * .gitignore files between the repository root and the file. Undefined outside a git
 * repository, where "ignored by git" means nothing.
 */
export function isGitIgnored(root: string, relativePath: string): boolean | undefined {
  const ignores = new GitIgnores(root);
  if (!ignores.repoRoot) return undefined;
  return ignores.isIgnored(resolve(root, relativePath), false);
}

export function findRepoRoot(start: string): string | undefined {
  let folder = resolve(start);
  for (;;) {
    if (existsSync(join(folder, '.git'))) return folder;
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

/** `from`, then each folder down to `to` (inclusive); `to` must be inside `from`. */
function foldersBetween(from: string, to: string): string[] {
  const folders = [from];
  const rest = relative(from, to);
  if (rest === '') return folders;
  let current = from;
  for (const part of rest.split(sep)) {
    current = join(current, part);
    folders.push(current);
  }
  return folders;
}

export function isInside(path: string, folder: string): boolean {
  const rest = relative(folder, path);
  return rest === '' || (!rest.startsWith('..') && !rest.startsWith(sep) && !/^[a-zA-Z]:/.test(rest));
}

export function toPosix(path: string): string {
  return path.split(sep).join('/');
}

function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
