// What git ignores, computed from .gitignore files (and .git/info/exclude), without running git,
// with git's own semantics: case-sensitive patterns (core.ignoreCase is false on Linux), and a
// .gitignore that is a symbolic link is not read (git stopped following them in 2.32).
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { readTextIfSafe } from './safeRead';

export interface IgnoreSources {
  repoRoot: string | undefined;
  /** The text of an ignore file, or undefined when there is none to read (missing, a link, too large). */
  readText: (path: string) => string | undefined;
}

/** The ignore files git reads for entries of `folder`: `.git/info/exclude` at the repository root, then `.gitignore`. */
export function ignoreFilesOf(folder: string, repoRoot: string | undefined): string[] {
  const sources = [join(folder, '.gitignore')];
  if (folder === repoRoot) sources.unshift(join(folder, '.git', 'info', 'exclude'));
  return sources;
}

/** A folder's .gitignore matcher, for the layers that apply below it. */
interface Layer {
  folder: string;
  matcher: Ignore;
}

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
  /** For each folder seen: the matchers from the top down to it (shared arrays, so depth costs no copies). */
  private readonly layers = new Map<string, readonly Layer[]>();
  private readonly ignoredFolders = new Map<string, boolean>();

  private readonly readText: (path: string) => string | undefined;

  /**
   * @param sources where the repository root and the ignore files' texts come from when the
   *   caller already read them (the server's fixes: asynchronously, an unsaved editor buffer first);
   *   by default the disk, read here.
   */
  constructor(root: string, sources?: IgnoreSources) {
    const absolute = resolve(root);
    this.repoRoot = sources ? sources.repoRoot : findRepoRoot(absolute);
    this.top = this.repoRoot ?? absolute;
    this.readText = sources?.readText ?? ((path) => readTextIfSafe(path));
  }

  /** Whether git ignores `path` (absolute); paths outside the tree are never ignored. */
  isIgnored(path: string, isFolder: boolean): boolean {
    const absolute = resolve(path);
    if (!isFolder) return this.insideAndNotTop(absolute) && (this.folderIgnored(dirname(absolute)) || this.matchLayers(absolute, false));
    return this.insideAndNotTop(absolute) && this.folderIgnored(absolute);
  }

  /** Whether `path` (absolute) is inside the tree whose ignore files this reads. */
  covers(path: string): boolean {
    return this.insideAndNotTop(resolve(path));
  }

  private insideAndNotTop(absolute: string): boolean {
    return absolute !== this.top && isInside(absolute, this.top);
  }

  /**
   * Whether a folder inside the tree (or the top itself: never) is ignored, itself or through an
   * ancestor. The cache is consulted before climbing, and the climb is a loop: a tree 800 levels
   * deep costs one step per new folder, not a walk to the top per folder.
   */
  private folderIgnored(folder: string): boolean {
    const pending: string[] = [];
    let ignored = false;
    for (let current = folder; current !== this.top && dirname(current) !== current; current = dirname(current)) {
      const cached = this.ignoredFolders.get(current);
      if (cached !== undefined) {
        ignored = cached;
        break;
      }
      pending.push(current);
    }
    // From the highest unknown folder down: once a folder is ignored, everything below it is.
    for (const current of pending.reverse()) {
      ignored = ignored || this.matchLayers(current, true);
      this.ignoredFolders.set(current, ignored);
    }
    return ignored;
  }

  /** Applies each folder's .gitignore from the top down to the path's folder; the deepest say wins. */
  private matchLayers(absolute: string, isFolder: boolean): boolean {
    let ignored = false;
    for (const { folder, matcher } of this.layersOf(dirname(absolute))) {
      const path = toPosix(relative(folder, absolute)) + (isFolder ? '/' : '');
      const result = matcher.test(path);
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }

  /** Built from the parent's layers, so a deep tree costs one lookup per folder, not one per level. */
  private layersOf(folder: string): readonly Layer[] {
    const cached = this.layers.get(folder);
    if (cached) return cached;
    const pending: string[] = [];
    let inherited: readonly Layer[] = [];
    for (let current = folder; ; current = dirname(current)) {
      const known = this.layers.get(current);
      if (known) {
        inherited = known;
        break;
      }
      pending.push(current);
      if (current === this.top || dirname(current) === current) break;
    }
    for (const current of pending.reverse()) {
      const matcher = this.matcherOf(current);
      inherited = matcher ? [...inherited, { folder: current, matcher }] : inherited;
      this.layers.set(current, inherited);
    }
    return inherited;
  }

  private matcherOf(folder: string): Ignore | undefined {
    const patterns = ignoreFilesOf(folder, this.repoRoot).map(this.readText).filter((text) => text !== undefined);
    return patterns.length > 0 ? ignore({ ignorecase: false }).add(patterns.join('\n')) : undefined;
  }
}

/**
 * Whether git ignores `relativePath` (forward or back slashes) under `root`, from the
 * .gitignore files between the repository root and the file (outside a repository, between
 * `root` and the file: knownIgnoreStatus).
 */
export function isGitIgnored(root: string, relativePath: string): boolean | undefined {
  return knownIgnoreStatus(new GitIgnores(root), resolve(root, relativePath));
}

/**
 * Whether `path` (absolute) is ignored: git's rules in a repository; outside one (an archive of a
 * repository, a folder not yet under git) the tree's own .gitignore files, which say what its authors
 * commit, and where none lists the file nothing keeps it out of the first commit. Undefined only for a
 * path outside the tree.
 */
export function knownIgnoreStatus(ignores: GitIgnores, path: string): boolean | undefined {
  if (ignores.repoRoot || ignores.covers(path)) return ignores.isIgnored(path, false);
  return undefined;
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

export function isInside(path: string, folder: string): boolean {
  const rest = relative(folder, path);
  return rest === '' || (!rest.startsWith('..') && !rest.startsWith(sep) && !/^[a-zA-Z]:/.test(rest));
}

export function toPosix(path: string): string {
  return path.split(sep).join('/');
}
