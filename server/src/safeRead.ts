// Reads files of the scanned repository, which is hostile input: a committed symlink can point at
// /dev/zero, a FIFO or a file outside the workspace. Only regular files are read, never more
// than a bound, and a link is followed only when it stays inside a folder the caller names. The node
// layer's fact readers (dependencies, production config, imports, sessions, sink keys) read the app's
// other files with readInside and list its folders with listDir (or their synchronous twins), all here so that one policy holds.
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import { lstat, open, readdir, realpath } from 'node:fs/promises';
import { isInside } from './gitignore';

/** Bound for the small files read beside the code: .gitignore, the config file, .env and friends. */
export const MAX_SIDE_FILE_BYTES = 1024 * 1024;

/** `missing`: nothing there; every other failure means "something is there that we will not read". */
export type ReadFailure = 'missing' | 'notRegular' | 'linkOut' | 'tooLarge' | 'unreadable';

export type ReadResult = { bytes: Buffer; failure?: undefined } | { bytes?: undefined; failure: ReadFailure };

export interface ReadBounds {
  maxBytes: number;
  /** Follow a symbolic link when its target is inside this folder; without it, links are not read. */
  followLinksWithin?: string;
}

// O_NONBLOCK: opening a FIFO must not wait for a writer. O_NOFOLLOW: the checked path is the read path.
export const SAFE_OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

type Resolved = { target: string; failure?: undefined } | { failure: ReadFailure };

/** What an lstat says about `path` before any link is followed. */
function classifyEntry(stats: { isSymbolicLink(): boolean; isFile(): boolean }, path: string): Resolved | 'link' {
  if (stats.isSymbolicLink()) return 'link';
  return stats.isFile() ? { target: path } : { failure: 'notRegular' };
}

function lstatFailure(error: unknown): Resolved {
  return { failure: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable' };
}

/** The path to open: the path itself, or a link's target inside the allowed folder. */
function resolveTarget(path: string, bounds: ReadBounds): Resolved {
  let entry;
  try {
    entry = classifyEntry(lstatSync(path), path);
  } catch (error) {
    return lstatFailure(error);
  }
  if (entry !== 'link') return entry;
  if (bounds.followLinksWithin === undefined) return { failure: 'linkOut' };
  try {
    const target = realpathSync(path);
    return isInside(target, realpathSync(bounds.followLinksWithin)) ? { target } : { failure: 'linkOut' };
  } catch {
    return { failure: 'linkOut' }; // a dangling link: where it points cannot be checked, and writing would follow it
  }
}

/** resolveTarget without blocking the thread: the server's request handlers use this one. */
async function resolveTargetAsync(path: string, bounds: ReadBounds): Promise<Resolved> {
  let entry;
  try {
    entry = classifyEntry(await lstat(path), path);
  } catch (error) {
    return lstatFailure(error);
  }
  if (entry !== 'link') return entry;
  if (bounds.followLinksWithin === undefined) return { failure: 'linkOut' };
  try {
    const target = await realpath(path);
    return isInside(target, await realpath(bounds.followLinksWithin)) ? { target } : { failure: 'linkOut' };
  } catch {
    return { failure: 'linkOut' };
  }
}

/** What is at `path` as far as reading goes, without reading it. */
export function probeFile(path: string, bounds: Omit<ReadBounds, 'maxBytes'> = {}): ReadFailure | 'regular' {
  const resolved = resolveTarget(path, { maxBytes: 0, ...bounds });
  return resolved.failure ?? 'regular';
}

/** A regular file within the bound, a link followed only when its target stays inside `bounds.followLinksWithin`. */
export function readRegularFileSync(path: string, bounds: ReadBounds): ReadResult {
  const resolved = resolveTarget(path, bounds);
  return resolved.failure ? { failure: resolved.failure } : readRegularFileNow(resolved.target, bounds.maxBytes);
}

/** Reads the opened file within the bound, and closes it. */
function readOpenedSync(fd: number, maxBytes: number): ReadResult {
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { failure: 'notRegular' };
    if (stats.size > maxBytes) return { failure: 'tooLarge' };
    const buffer = Buffer.alloc(stats.size);
    let read = 0;
    while (read < buffer.length) {
      const got = readSync(fd, buffer, read, buffer.length - read, read);
      if (got === 0) break;
      read += got;
    }
    return { bytes: buffer.subarray(0, read) };
  } catch {
    return { failure: 'unreadable' };
  } finally {
    closeSync(fd);
  }
}

/** The text of a regular file within bounds, or undefined for anything else (missing, a link out, a device, too large). */
export function readTextIfSafe(path: string, bounds: ReadBounds = { maxBytes: MAX_SIDE_FILE_BYTES }): string | undefined {
  const result = readRegularFileSync(path, bounds);
  return result.bytes?.toString('utf8');
}

/** Async read of a walked file: never a link, never a device, never more than `maxBytes` (a file may grow after the walk). */
export async function readRegularFile(path: string, maxBytes: number): Promise<ReadResult> {
  return readOpened(path, maxBytes);
}

/**
 * readRegularFile without the thread pool's round trips (open, stat, read, close): for a thread
 * that does nothing else meanwhile, a scan lane (the CLI's own thread, a pool worker).
 */
export function readRegularFileNow(path: string, maxBytes: number): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, SAFE_OPEN_FLAGS);
  } catch (error) {
    return { failure: openFailure(error) };
  }
  return readOpenedSync(fd, maxBytes);
}

function openFailure(error: unknown): ReadFailure {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'missing' : code === 'ELOOP' ? 'linkOut' : 'unreadable';
}

/**
 * readRegularFileSync without blocking: a regular file within the bound, a link followed only
 * when its target stays inside `bounds.followLinksWithin`.
 */
export async function readRegularFileWithin(path: string, bounds: ReadBounds): Promise<ReadResult> {
  const resolved = await resolveTargetAsync(path, bounds);
  return resolved.failure ? { failure: resolved.failure } : readOpened(resolved.target, bounds.maxBytes);
}

async function readOpened(path: string, maxBytes: number): Promise<ReadResult> {
  let handle;
  try {
    handle = await open(path, SAFE_OPEN_FLAGS);
  } catch (error) {
    return { failure: openFailure(error) };
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { failure: 'notRegular' };
    if (stats.size > maxBytes) return { failure: 'tooLarge' };
    const buffer = Buffer.alloc(stats.size);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return { bytes: buffer.subarray(0, bytesRead) };
  } catch {
    return { failure: 'unreadable' };
  } finally {
    await handle.close();
  }
}

/** Whether anything is at `path` (a dangling link counts: something is there), without blocking. */
export async function somethingAt(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}


/** The text of a small regular file whose real path is inside `realRoot` (no link out, no device). */
export async function readInside(path: string, realRoot: string): Promise<string | undefined> {
  const real = await realpath(path).catch(() => undefined);
  if (real === undefined || !isInside(real, realRoot)) return undefined;
  const read = await readRegularFile(real, MAX_SIDE_FILE_BYTES);
  return read.bytes?.toString('utf8');
}

/** A folder's entries; none for a link, a file or anything unreadable. */
export async function listDir(path: string): Promise<Dirent[]> {
  try {
    const stats = await lstat(path);
    return stats.isDirectory() ? await readdir(path, { withFileTypes: true }) : [];
  } catch {
    return [];
  }
}

/** listDir without the thread pool, for readers that run in step with the walk (dependencyFacts/read.ts says why). */
export function listDirNow(path: string): Dirent[] {
  try {
    return lstatSync(path).isDirectory() ? readdirSync(path, { withFileTypes: true }) : [];
  } catch {
    return [];
  }
}
