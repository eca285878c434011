// Finds the files an audit scans: those the engine reads, minus what git or the config ignores,
// minus binaries and oversized files (counted, so a summary can say what was left out and why).
import { closeSync, fstatSync, openSync, readdirSync, readSync, type Dirent } from 'node:fs';
import { lstat, realpath, stat } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { CONFIG_FILE_NAME, DEFAULT_MAX_FILE_SIZE, type ProjectConfig } from './engine/config';
import { HEAD_CHARACTERS, languageOf, languageOfScript, readsHeadForLanguage } from './engine/languages/detect';
import type { LanguageId } from './engine/types';
import { GitIgnores, isInside, knownIgnoreStatus, toPosix } from './gitignore';
import { trackedIgnoredFiles } from './gitTracked';
import { compileGlobs } from './glob';
import { SAFE_OPEN_FLAGS } from './safeRead';
import { isManifest } from './scorecard/apps';

export { isGitIgnored } from './gitignore';
export { loadProjectConfig, findProjectConfig, type LoadedConfig } from './projectConfig';

export interface WalkedFile {
  absolutePath: string;
  /** Forward slashes, relative to the walked root (for a file given as a root: its name). */
  relativePath: string;
  size: number;
  /** Whether git ignores the file; outside a git repository, for a `.env` only, whether the tree's .gitignore files list it. */
  gitIgnored: boolean | undefined;
  /** Git tracks the file although its ignore rules list it (committed, then added to .gitignore): it is in the repository. */
  trackedDespiteIgnore?: true;
  /** How the engine reads it: from its name, or for a script without an extension, from its `#!` line. */
  language: LanguageId;
}

/** `failed`: the engine threw on the file (a bug); the audit goes on without it. */
export type SkipReason = 'tooLarge' | 'binary' | 'unreadable' | 'failed';

export interface WalkOptions {
  config?: ProjectConfig;
  /** The folder the config's `ignore` globs are relative to (the config file's folder). */
  configDir?: string;
  /** Bytes; defaults to the config's maxFileSize, else 1 MiB. */
  maxFileSize?: number;
  signal?: AbortSignal;
  /** Called with the number of files found so far. */
  onProgress?: (found: number) => void;
  onSkip?: (absolutePath: string, reason: SkipReason) => void;
  /** Called for a file named as a root that is not scanned by choice: the config ignores it or no rule reads its type. */
  onNamedFileLeftOut?: (absolutePath: string, reason: LeftOutReason) => void;
  /** Called with each app manifest (package.json, go.mod, pom.xml, ...) the walk passes, scanned or not. */
  onManifest?: (absolutePath: string) => void;
}

export type LeftOutReason = 'ignored by the config' | 'not a file type the rules read';

/** Folders never entered, whatever the ignore files say. */
const ALWAYS_SKIPPED = new Set(['.git', '.hg', '.svn', 'node_modules']);
const BINARY_SNIFF_BYTES = 8 * 1024;
/** The longest the walk holds its thread before letting other work run. */
const SLICE_MS = 10;

export class WalkError extends Error {}

/**
 * Yields the files under `roots` (folders or files) that the engine reads, in a stable order.
 * Folders honour .gitignore at every level and the config's `ignore` globs. A file named
 * directly as a root is scanned even if git ignores it (it was asked for), but the config's
 * globs, the size limit and the binary check still apply. Symbolic links are not followed,
 * except a root itself, which the user named.
 */
export async function* walk(roots: readonly string[], options: WalkOptions = {}): AsyncGenerator<WalkedFile> {
  const context = new WalkContext(options);
  for (const root of roots) {
    const named = resolve(root);
    const linkStats = await lstat(named).catch(() => undefined);
    if (!linkStats) throw new WalkError(`no such file or directory: ${root}`);
    // A root the user named may be a link (a symlinked checkout): scan what it points at.
    const stats = linkStats.isSymbolicLink() ? await stat(named).catch(() => undefined) : linkStats;
    if (!stats) throw new WalkError(`${root} is a symbolic link to nothing`);
    if (!stats.isDirectory() && !stats.isFile()) throw new WalkError(`${root} is neither a folder nor a regular file`);
    // A file is read through its target (reads never follow links); a folder keeps the name the editor uses.
    const absolute = linkStats.isSymbolicLink() && stats.isFile() ? await realpath(named) : named;
    const gitIgnores = new GitIgnores(stats.isDirectory() ? absolute : dirname(absolute));
    if (stats.isDirectory()) {
      yield* context.folder(absolute, absolute, gitIgnores);
      yield* context.trackedDespiteIgnore(absolute, gitIgnores);
    }
    else if (stats.isFile()) {
      const file = context.file(absolute, basename(absolute), gitIgnores, true);
      if (file) yield file;
    }
  }
}

class WalkContext {
  private readonly maxFileSize: number;
  private readonly isConfigIgnored: (path: string) => boolean;
  private found = 0;
  /** Overlapping roots (`audit . src`) must not scan a file twice. */
  private readonly seen = new Set<string>();
  /** Files of the current root that the ignore rules list, by absolute path: git may track some of them still. */
  private ignored = new Map<string, string>();

  constructor(private readonly options: WalkOptions) {
    this.maxFileSize = options.maxFileSize ?? options.config?.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    const globs = options.config?.ignore ?? [];
    const matches = compileGlobs(globs);
    const base = resolve(options.configDir ?? '.');
    this.isConfigIgnored = (path) => {
      if (!isInside(path, base) || path === base) return false;
      const rel = toPosix(relative(base, path));
      return matches(rel) || matches(`${rel}/`);
    };
  }

  /** Depth-first in name order, with an explicit stack: a tree 800 levels deep costs no deep recursion. */
  async *folder(top: string, root: string, gitIgnores: GitIgnores): AsyncGenerator<WalkedFile> {
    const stack: Array<{ folder: string; entries: Dirent[]; next: number }> = [{ folder: top, entries: sortedEntries(top), next: 0 }];
    let sliceStart = performance.now();
    while (stack.length > 0) {
      // The file system is read synchronously (a thread pool round trip per call cost an audit more
      // than the calls themselves); the thread is given back every slice so a language server
      // walking a large workspace still answers its client.
      if (performance.now() - sliceStart > SLICE_MS) {
        await nextTurn();
        sliceStart = performance.now();
      }
      this.options.signal?.throwIfAborted();
      const frame = stack[stack.length - 1]!;
      const entry = frame.entries[frame.next++];
      if (!entry) {
        stack.pop();
        continue;
      }
      const path = join(frame.folder, entry.name);
      if (entry.isDirectory()) {
        if (ALWAYS_SKIPPED.has(entry.name) || gitIgnores.isIgnored(path, true) || this.isConfigIgnored(path)) continue;
        stack.push({ folder: path, entries: sortedEntries(path), next: 0 });
      } else if (entry.isFile()) {
        const file = this.file(path, toPosix(relative(root, path)), gitIgnores, false);
        if (file) yield file;
      }
    }
  }

  /** `tracked`: git tracks the file although its ignore rules list it (trackedDespiteIgnore). */
  file(path: string, relativePath: string, gitIgnores: GitIgnores, named: boolean, tracked = false): WalkedFile | undefined {
    if (this.seen.has(path)) return undefined;
    const byName = languageOf(path);
    // A script without an extension may say what it is on its `#!` line, and an XML file by its root element (a
    // Spring bean file under any name), read once it is not ignored.
    const script = byName === undefined && readsHeadForLanguage(basename(path));
    const manifest = isManifest(toPosix(path));
    if ((!byName && !script && !manifest) || basename(path) === CONFIG_FILE_NAME) return this.leftOut(path, named, 'not a file type the rules read');
    // Outside a repository nothing is left out for .gitignore's sake (no git says what is committed), and only a
    // .env asks the tree's .gitignore files whether it is meant to be (knownIgnoreStatus): no other file reads them there.
    let gitIgnored = tracked ? false : gitIgnores.repoRoot || byName === 'dotenv' ? knownIgnoreStatus(gitIgnores, path) : undefined;
    if (gitIgnored && gitIgnores.repoRoot && !named) {
      this.ignored.set(path, relativePath);
      return undefined;
    }
    if (this.isConfigIgnored(path)) return this.leftOut(path, named, 'ignored by the config');
    if (manifest) this.options.onManifest?.(path);
    if (!byName && !script) return this.leftOut(path, named, 'not a file type the rules read');
    const head = readHead(path);
    // A script nobody could read was never known to be one: left out, not counted as unreadable.
    if (!head) return script ? this.leftOut(path, named, 'not a file type the rules read') : this.skip(path, 'unreadable');
    const language = byName ?? languageOfScript(path, headText(head.bytes));
    if (!language) return this.leftOut(path, named, 'not a file type the rules read');
    // A .env under a bare name (`env`, known by its start) asks the .gitignore files as `.env` does outside a repository.
    if (language === 'dotenv' && gitIgnored === undefined) gitIgnored = knownIgnoreStatus(gitIgnores, path);
    if (head.size > this.maxFileSize) return this.skip(path, 'tooLarge');
    if (looksBinary(head.bytes)) return this.skip(path, 'binary');
    this.seen.add(path);
    this.found++;
    this.options.onProgress?.(this.found);
    return { absolutePath: path, relativePath, size: head.size, gitIgnored, language, ...(tracked ? { trackedDespiteIgnore: true as const } : {}) };
  }

  /**
   * `.env.production` committed, then listed in .gitignore: the ignore rule does not untrack it, so it is
   * in every clone. Of the files the walk passed over as ignored, those git tracks are scanned after the
   * rest (one `git ls-files`, run only when there are such files, through the safe runner).
   */
  async *trackedDespiteIgnore(root: string, gitIgnores: GitIgnores): AsyncGenerator<WalkedFile> {
    const candidates = this.ignored;
    this.ignored = new Map();
    // As every git call here (history/committed.ts): a repository above the walked folder is not consulted.
    if (candidates.size === 0 || !gitIgnores.repoRoot || !isInside(gitIgnores.repoRoot, root)) return;
    const tracked = await trackedIgnoredFiles(gitIgnores.repoRoot);
    for (const [path, relativePath] of candidates) {
      if (!tracked.has(path) || !isInside(path, root)) continue;
      const file = this.file(path, relativePath, gitIgnores, false, true);
      if (file) yield file;
    }
  }

  private leftOut(path: string, named: boolean, reason: LeftOutReason): undefined {
    if (named) this.options.onNamedFileLeftOut?.(path, reason);
    return undefined;
  }

  private skip(path: string, reason: SkipReason): undefined {
    this.options.onSkip?.(path, reason);
    return undefined;
  }
}

function sortedEntries(folder: string): Dirent[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The size and first bytes of a regular file; undefined for anything else or an unreadable one. */
function readHead(path: string): { size: number; bytes: Uint8Array } | undefined {
  let descriptor: number;
  try {
    descriptor = openSync(path, SAFE_OPEN_FLAGS);
  } catch {
    return undefined;
  }
  try {
    const info = fstatSync(descriptor);
    if (!info.isFile()) return undefined;
    const buffer = Buffer.alloc(Math.min(info.size, BINARY_SNIFF_BYTES));
    const bytesRead = readSync(descriptor, buffer, 0, buffer.length, 0);
    return { size: info.size, bytes: buffer.subarray(0, bytesRead) };
  } catch {
    return undefined;
  } finally {
    closeSync(descriptor);
  }
}

/** The start of a head, for a `#!` line or an XML root element. */
function headText(bytes: Uint8Array): string {
  return Buffer.from(bytes.subarray(0, HEAD_CHARACTERS)).toString('latin1');
}

/** A NUL byte in the first 8 KiB means binary, unless the file starts with a UTF-16 byte order mark. */
export function looksBinary(head: Uint8Array): boolean {
  const utf16 = head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff));
  return !utf16 && head.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}
