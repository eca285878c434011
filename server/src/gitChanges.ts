// What changed, as git sees it: for `audit --changed` (against a base commit, plus untracked
// files) and `audit --staged` (the staged content itself, read from the index). Every call goes
// through the safe runner; paths travel NUL-separated, so spaces and newlines in names are safe.
import { basename, dirname, relative, resolve } from 'node:path';
import type { FolderTree } from './docsFolderFacts';
import { GitError, runGit } from './git';
import { findRepoRoot, toPosix } from './gitignore';
import { MAX_SIDE_FILE_BYTES } from './safeRead';

/** A user-facing problem: not a repository, an unknown ref, a git that failed. */
export class GitChangesError extends Error {}

export interface ChangedFiles {
  /** The repository's top folder. */
  repoRoot: string;
  /** Absolute paths of files that exist and differ from the base (or are untracked). */
  files: string[];
  /** Absolute paths of files deleted since the base: nothing to scan. */
  deleted: string[];
  /** The commit compared against. */
  base: string;
}

export interface StagedFile {
  /** Absolute path the file will have once committed. */
  absolutePath: string;
  /** The staged bytes: what the commit will hold, whatever the working tree holds now. */
  content: Buffer;
}

/** The repository holding `start`, found without running anything; a clear error outside one. */
export function repositoryOf(start: string): string {
  const root = findRepoRoot(resolve(start));
  if (!root) throw new GitChangesError(`not a git repository: ${resolve(start)} (--changed and --staged need one)`);
  return root;
}

/** Files changed since `since` (default: the merge base with the default branch), and untracked files. */
export async function changedFiles(start: string, since?: string): Promise<ChangedFiles> {
  const repoRoot = repositoryOf(start);
  const base = since === undefined ? await mergeBaseWithDefaultBranch(repoRoot) : await resolveRef(repoRoot, since);
  const diff = await git(repoRoot, ['diff', '--no-ext-diff', '--no-textconv', '--name-status', '-z', '--no-renames', base, '--']);
  const { changed, deleted } = parseNameStatus(diff);
  const untracked = nulSeparated(await git(repoRoot, ['ls-files', '--others', '--exclude-standard', '-z']));
  const absolute = (path: string) => resolve(repoRoot, path);
  return { repoRoot, files: [...new Set([...changed, ...untracked])].map(absolute), deleted: deleted.map(absolute), base };
}

/** The staged content of every staged file (added, modified, renamed to); deletions listed apart. */
export async function stagedFiles(start: string): Promise<{ repoRoot: string; files: StagedFile[]; deleted: string[] }> {
  const repoRoot = repositoryOf(start);
  // --raw gives each staged blob's id: the content is then read by id, never by a path.
  const raw = await git(repoRoot, ['diff', '--no-ext-diff', '--no-textconv', '--cached', '--raw', '-z', '--no-renames', '--no-abbrev', '--']);
  const entries = parseRaw(raw);
  const blobs = entries.filter((entry) => entry.status !== 'D' && entry.mode.startsWith('100'));
  const contents = await readBlobs(repoRoot, blobs.map((entry) => entry.blob));
  return {
    repoRoot,
    files: blobs.map((entry, index) => ({ absolutePath: resolve(repoRoot, entry.path), content: contents[index]! })),
    deleted: entries.filter((entry) => entry.status === 'D').map((entry) => resolve(repoRoot, entry.path)),
  };
}

/**
 * The index as a tree of folders, for what a staged audit judges by the files beside a file (docsFolderFacts.ts: whether
 * `website/` holds an app): the commit's folders, not the working tree's. One `git ls-files --stage`, on the first
 * question; a file's text is its staged blob, size-bounded as a working-tree read is. Regular files only (a link is
 * neither a file nor a folder, as lstat lists it); a submodule is a folder.
 */
export function indexTree(repoRoot: string): FolderTree {
  let listing: Promise<Map<string, IndexFolder>> | undefined;
  const folder = async (path: string) => (await (listing ??= readIndex(repoRoot))).get(toPosix(relative(repoRoot, path)));
  return {
    list: async (path) => {
      const entry = await folder(path);
      return { files: [...(entry?.files.keys() ?? [])], folders: [...(entry?.folders ?? [])] };
    },
    read: async (path) => {
      const blob = (await folder(dirname(path)))?.files.get(basename(path));
      return blob === undefined ? undefined : readBlobText(repoRoot, blob);
    },
  };
}

interface IndexFolder {
  /** File name -> staged blob id. */
  files: Map<string, string>;
  folders: Set<string>;
}

/** `git ls-files --stage -z`: `mode id stage TAB path` NUL, repeated; folders keyed by their path ('' for the top). */
async function readIndex(repoRoot: string): Promise<Map<string, IndexFolder>> {
  const folders = new Map<string, IndexFolder>();
  const folderAt = (path: string) => {
    let entry = folders.get(path);
    if (!entry) folders.set(path, (entry = { files: new Map(), folders: new Set() }));
    return entry;
  };
  for (const line of nulSeparated(await git(repoRoot, ['ls-files', '--stage', '-z']))) {
    const tab = line.indexOf('\t');
    const [mode = '', id = ''] = line.slice(0, tab).split(' ');
    const parts = line.slice(tab + 1).split('/');
    for (let at = 0; at < parts.length - 1; at++) folderAt(parts.slice(0, at).join('/')).folders.add(parts[at]!);
    const parent = folderAt(parts.slice(0, -1).join('/'));
    if (mode.startsWith('100')) parent.files.set(parts.at(-1)!, id);
    else if (mode === '160000') parent.folders.add(parts.at(-1)!);
  }
  return folders;
}

/** A staged blob's text; undefined when it is over the side-file bound or git cannot read it. */
async function readBlobText(repoRoot: string, id: string): Promise<string | undefined> {
  if (!/^[0-9a-f]{40,64}$/.test(id)) return undefined;
  try {
    const result = await runGit(['cat-file', 'blob', id], { cwd: repoRoot, root: repoRoot, maxBytes: MAX_SIDE_FILE_BYTES });
    return result.code === 0 ? result.stdout.toString('utf8') : undefined;
  } catch {
    return undefined;
  }
}

async function mergeBaseWithDefaultBranch(repoRoot: string): Promise<string> {
  const branch = await defaultBranch(repoRoot);
  const result = await runSafely(repoRoot, ['merge-base', 'HEAD', branch]);
  const id = result.stdout.toString('utf8').trim();
  if (result.code !== 0 || id === '') throw new GitChangesError(`no merge base between HEAD and ${branch}; pass --since REF`);
  return id;
}

/** origin's HEAD when a clone knows it, else the first of main, master, origin/main, origin/master that exists. */
async function defaultBranch(repoRoot: string): Promise<string> {
  const remoteHead = await runSafely(repoRoot, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
  if (remoteHead.code === 0 && remoteHead.stdout.length > 0) return remoteHead.stdout.toString('utf8').trim();
  for (const candidate of ['refs/heads/main', 'refs/heads/master', 'refs/remotes/origin/main', 'refs/remotes/origin/master']) {
    const found = await runSafely(repoRoot, ['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`]);
    if (found.code === 0) return candidate.replace(/^refs\/(heads|remotes)\//, '');
  }
  throw new GitChangesError('no default branch found (origin/HEAD, main or master); pass --since REF');
}

/** A user's ref, resolved to a commit id; never passed on where git could read it as an option. */
export async function resolveRef(repoRoot: string, ref: string): Promise<string> {
  const result = await runSafely(repoRoot, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  const id = result.stdout.toString('utf8').trim();
  if (result.code !== 0 || !/^[0-9a-f]{40,64}$/.test(id)) throw new GitChangesError(`unknown commit: ${ref}`);
  return id;
}

/** `git diff --name-status -z`: status NUL path NUL, repeated. */
function parseNameStatus(output: string): { changed: string[]; deleted: string[] } {
  const fields = nulSeparated(output);
  const changed: string[] = [];
  const deleted: string[] = [];
  for (let index = 0; index + 1 < fields.length; index += 2) {
    const [status, path] = [fields[index]!, fields[index + 1]!];
    (status.startsWith('D') ? deleted : changed).push(path);
  }
  return { changed, deleted };
}

interface RawEntry {
  mode: string;
  blob: string;
  status: string;
  path: string;
}

/** `git diff --raw -z`: `:oldmode newmode oldid newid status` NUL path NUL, repeated. */
function parseRaw(output: string): RawEntry[] {
  const fields = nulSeparated(output);
  const entries: RawEntry[] = [];
  for (let index = 0; index + 1 < fields.length; index += 2) {
    const [, newMode, , newId, status] = fields[index]!.slice(1).split(' ');
    entries.push({ mode: newMode ?? '', blob: newId ?? '', status: status ?? '', path: fields[index + 1]! });
  }
  return entries;
}

/** Reads blobs by id with one `git cat-file --batch`; the ids are hex, so one per line is safe. */
async function readBlobs(repoRoot: string, ids: readonly string[]): Promise<Buffer[]> {
  if (ids.length === 0) return [];
  const result = await runSafely(repoRoot, ['cat-file', '--batch'], { input: `${ids.join('\n')}\n`, maxBytes: 1024 * 1024 * 1024, timeoutMs: 120_000 });
  if (result.code !== 0) throw new GitChangesError('git cat-file could not read the staged content');
  const blobs: Buffer[] = [];
  let offset = 0;
  const output = result.stdout;
  for (const id of ids) {
    const headerEnd = output.indexOf(0x0a, offset);
    const header = output.subarray(offset, headerEnd).toString('utf8').split(' ');
    if (header[0] !== id || header[1] !== 'blob') throw new GitChangesError(`git cat-file could not read ${id}`);
    const size = Number(header[2]);
    blobs.push(output.subarray(headerEnd + 1, headerEnd + 1 + size));
    offset = headerEnd + 1 + size + 1;
  }
  return blobs;
}

function nulSeparated(output: string): string[] {
  const fields = output.split('\0');
  if (fields.at(-1) === '') fields.pop();
  return fields;
}

async function git(repoRoot: string, args: readonly string[]): Promise<string> {
  const result = await runSafely(repoRoot, args);
  if (result.code !== 0) throw new GitChangesError(`git ${args[0]} failed: ${result.stderr.trim().split('\n')[0] ?? ''}`);
  return result.stdout.toString('utf8');
}

export async function runSafely(repoRoot: string, args: readonly string[], extra: { input?: string; maxBytes?: number; timeoutMs?: number } = {}) {
  try {
    return await runGit(args, { cwd: repoRoot, root: repoRoot, ...extra });
  } catch (error) {
    throw new GitChangesError(error instanceof GitError ? error.message : 'git could not run');
  }
}
