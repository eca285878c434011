// Finds the files an audit scans: those the engine reads, minus what git or the config ignores,
// minus binaries and oversized files (counted, so a summary can say what was left out and why).
import type { Dirent } from 'node:fs';
import { lstat, open, readdir } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { CONFIG_FILE_NAME, DEFAULT_MAX_FILE_SIZE, type ProjectConfig } from './engine/config';
import { languageOf } from './engine/languages/detect';
import { GitIgnores, isInside, toPosix } from './gitignore';
import { isManifest } from './scorecard/apps';

export { isGitIgnored } from './gitignore';
export { loadProjectConfig, findProjectConfig, type LoadedConfig } from './projectConfig';

export interface WalkedFile {
  absolutePath: string;
  /** Forward slashes, relative to the walked root (for a file given as a root: its name). */
  relativePath: string;
  size: number;
  /** Whether git ignores the file; undefined outside a git repository. */
  gitIgnored: boolean | undefined;
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

export class WalkError extends Error {}

/**
 * Yields the files under `roots` (folders or files) that the engine reads, in a stable order.
 * Folders honour .gitignore at every level and the config's `ignore` globs. A file named
 * directly as a root is scanned even if git ignores it (it was asked for), but the config's
 * globs, the size limit and the binary check still apply. Symbolic links are not followed.
 */
export async function* walk(roots: readonly string[], options: WalkOptions = {}): AsyncGenerator<WalkedFile> {
  const context = new WalkContext(options);
  for (const root of roots) {
    const absolute = resolve(root);
    const stats = await lstat(absolute).catch(() => undefined);
    if (!stats) throw new WalkError(`no such file or directory: ${root}`);
    const gitIgnores = new GitIgnores(stats.isDirectory() ? absolute : dirname(absolute));
    if (stats.isDirectory()) yield* context.folder(absolute, absolute, gitIgnores);
    else if (stats.isFile()) {
      const file = await context.file(absolute, basename(absolute), gitIgnores, true);
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

  constructor(private readonly options: WalkOptions) {
    this.maxFileSize = options.maxFileSize ?? options.config?.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    const globs = options.config?.ignore ?? [];
    const matches = globs.length > 0 ? picomatch(globs, { dot: true }) : () => false;
    const base = resolve(options.configDir ?? '.');
    this.isConfigIgnored = (path) => {
      if (!isInside(path, base) || path === base) return false;
      const rel = toPosix(relative(base, path));
      return matches(rel) || matches(`${rel}/`);
    };
  }

  async *folder(folder: string, root: string, gitIgnores: GitIgnores): AsyncGenerator<WalkedFile> {
    this.options.signal?.throwIfAborted();
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => [] as Dirent[]);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (ALWAYS_SKIPPED.has(entry.name) || gitIgnores.isIgnored(path, true) || this.isConfigIgnored(path)) continue;
        yield* this.folder(path, root, gitIgnores);
      } else if (entry.isFile()) {
        const file = await this.file(path, toPosix(relative(root, path)), gitIgnores, false);
        if (file) yield file;
      }
    }
  }

  async file(path: string, relativePath: string, gitIgnores: GitIgnores, named: boolean): Promise<WalkedFile | undefined> {
    if (this.seen.has(path)) return undefined;
    const read = languageOf(path) !== undefined;
    const manifest = isManifest(toPosix(path));
    if ((!read && !manifest) || basename(path) === CONFIG_FILE_NAME) return this.leftOut(path, named, 'not a file type the rules read');
    const gitIgnored = gitIgnores.repoRoot ? gitIgnores.isIgnored(path, false) : undefined;
    if (gitIgnored && !named) return undefined;
    if (this.isConfigIgnored(path)) return this.leftOut(path, named, 'ignored by the config');
    if (manifest) this.options.onManifest?.(path);
    if (!read) return this.leftOut(path, named, 'not a file type the rules read');
    const head = await readHead(path);
    if (!head) return this.skip(path, 'unreadable');
    if (head.size > this.maxFileSize) return this.skip(path, 'tooLarge');
    if (looksBinary(head.bytes)) return this.skip(path, 'binary');
    this.seen.add(path);
    this.found++;
    this.options.onProgress?.(this.found);
    return { absolutePath: path, relativePath, size: head.size, gitIgnored };
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

async function readHead(path: string): Promise<{ size: number; bytes: Uint8Array } | undefined> {
  try {
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      const buffer = Buffer.alloc(Math.min(size, BINARY_SNIFF_BYTES));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      return { size, bytes: buffer.subarray(0, bytesRead) };
    } finally {
      await handle.close();
    }
  } catch {
    return undefined;
  }
}

/** A NUL byte in the first 8 KiB means binary, unless the file starts with a UTF-16 byte order mark. */
export function looksBinary(head: Uint8Array): boolean {
  const utf16 = head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff));
  return !utf16 && head.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}
