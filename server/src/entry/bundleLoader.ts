// Starts one of our bundles (dist/*.bundle.js) from a V8 code cache. Compiling a 4 MB bundle is
// most of a cold start (the CLI, the server and every scan worker each pay it); with the cache V8
// deserializes the bytecode instead. The cache is built by the first run on this Node (its V8
// version and architecture in the name), after the code has run so it holds the functions a scan
// compiles, and written beside the bundle, atomically; where that folder is read-only, or V8
// refuses the cache (other flags), the bundle is simply compiled as usual.
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Module from 'node:module';
import { join } from 'node:path';
import { constants, Script } from 'node:vm';
import { isMainThread } from 'node:worker_threads';
import { appliedV8Flags } from './v8Flags';

/** Long enough that a scan has compiled what it needs; a process that ends sooner saves on exit. */
export const SAVE_AFTER_MS = 1500;

export function runBundle(directory: string, name: string): void {
  const file = join(directory, name);
  const cacheFile = join(directory, cacheFileName(name, statSync(file), appliedV8Flags()));
  const cachedData = readCache(cacheFile);
  const script = new Script(Module.wrap(bundleSource(readFileSync(file))), {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
    // import() inside the bundle resolves as in any CommonJS module (Node 20.12 and later).
    ...(constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER ? { importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER } : {}),
  });
  if (!cachedData || script.cachedDataRejected) saveLater(script, cacheFile);
  const module = new Module(file);
  module.filename = file;
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, directory);
}

/**
 * The bundle's text. A production bundle is ASCII (scripts/ascii-bundle.mjs): read as Latin-1 its
 * bytes become V8's one-byte string as they are, where decoding it as UTF-8 took 58-63 ms against
 * 36-42 ms of a thread's CPU for the 4.9 MB worker bundle (and every thread that starts pays it: the
 * server's, each document and scan worker, the CLI's). A development bundle may hold other
 * characters: isAscii (one pass of simdutf) sends it to the UTF-8 decoder.
 */
export function bundleSource(bytes: Buffer): string {
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}

/**
 * V8 checks a cache against the source's length and the flags it was made under: the bundle's size
 * and time go in the name, so a rebuilt bundle never meets the bytecode of the one before, and so
 * do the process's V8 flags (v8Flags.ts), so processes run with other flags keep caches of their own.
 */
export function cacheFileName(name: string, bundle: { size: number; mtimeMs: number }, flags: readonly string[]): string {
  const flagged = flags.length > 0 ? `.${createHash('sha256').update(flags.join(' ')).digest('hex').slice(0, 8)}` : '';
  return `${name}.${bundle.size}-${Math.round(bundle.mtimeMs)}.${process.versions.v8}-${process.arch}${flagged}.cache`;
}

function readCache(cacheFile: string): Buffer | undefined {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

function saveLater(script: Script, cacheFile: string): void {
  let saved = false;
  const save = (): void => {
    if (saved) return;
    saved = true;
    try {
      const temporary = `${cacheFile}.${process.pid}.${Date.now()}.tmp`;
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, cacheFile);
    } catch {
      // A read-only install: every start compiles, as without a cache.
    }
  };
  setTimeout(save, SAVE_AFTER_MS).unref();
  if (isMainThread) process.once('exit', save);
  else (globalThis as SaveHolder)[SAVE_SLOT] = save;
}

const SAVE_SLOT = Symbol.for('twelve-factor-lint.saveCodeCache');
type SaveHolder = { [SAVE_SLOT]?: () => void };

/**
 * For a worker its pool ends: writes the code cache now if this thread was to write one. A worker has no exit hook
 * (it is terminated), and an audit's worker on a small tree ends before SAVE_AFTER_MS: on /tmp/bt it never wrote its
 * cache, and every run's worker compiled its whole bundle again.
 */
export function saveCodeCacheNow(): void {
  (globalThis as SaveHolder)[SAVE_SLOT]?.();
}
