// Where the cross-file readers look: how a JS/TS or Python import resolves to files, which go.mod a Go file's module
// is, a folder's files, the bounds.
import { dirname, join } from 'node:path';
import { isInside } from '../gitignore';
import type { Grammars } from '../grammars';
import { listDir, readInside } from '../safeRead';

/** The most files of one Go package read for its facts (and of one commands folder, packages of a Django project). */
export const MAX_PACKAGE_FILES = 64;

/** A folder's regular files with that extension, at most MAX_PACKAGE_FILES, by absolute path; none when it is missing. */
export async function filesIn(folder: string, extension: string): Promise<string[]> {
  const entries = await listDir(folder);
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension) && !entry.name.startsWith('_'))
    .slice(0, MAX_PACKAGE_FILES)
    .map((entry) => join(folder, entry.name));
}

/** What `read` gives for `key`, read once until the cache is cleared (a watched file changed). */
export function once<K, V>(cache: Map<K, Promise<V>>, key: K, read: () => Promise<V>): Promise<V> {
  let reading = cache.get(key);
  if (!reading) {
    reading = read();
    cache.set(key, reading);
  }
  return reading;
}

/**
 * The go.mod of the Go code in `start`: in that folder or one above it, up to `root`; its folder and module path.
 * `modulePaths` holds each folder's module path (undefined: no go.mod there), so a go.mod is read once per cache.
 */
export async function goModuleAbove(start: string, root: string, realRoot: string, modulePaths: Map<string, Promise<string | undefined>>): Promise<{ folder: string; path: string } | undefined> {
  for (let folder = start; isInside(folder, root); folder = dirname(folder)) {
    const path = await once(modulePaths, folder, () =>
      readInside(join(folder, 'go.mod'), realRoot).then((text) => (text === undefined ? undefined : /^module[ \t]+"?([^\s"]{1,300})"?/m.exec(text)?.[1])),
    );
    if (path !== undefined) return { folder, path };
    if (folder === root || dirname(folder) === folder) break;
  }
  return undefined;
}

/** Whether the grammar loaded: without it a module is skipped, never guessed. */
export function grammarLoaded(grammars: Grammars | undefined, language: 'python' | 'go' | 'ruby'): Promise<boolean> {
  return grammars?.ensure(language).then(() => true, () => false) ?? Promise.resolve(false);
}

/** JS/TS modules, by extension. */
export const JS_MODULE = /\.(?:[cm]?[jt]s|[jt]sx)$/;

/** The language a JS/TS module is parsed as, by its extension. */
export function jsLanguageOf(absolute: string): 'typescript' | 'javascript' {
  return /\.[cm]?tsx?$/.test(absolute) ? 'typescript' : 'javascript';
}

/**
 * Where `./config` resolves from the importing file's folder: the path as written, with an extension, or a folder's
 * index; `../constants.js` in TypeScript also names constants.ts (the compiler maps the emitted name back).
 */
export function jsModuleFiles(base: string): string[] {
  const extensions = ['.js', '.ts', '.mjs', '.cjs', '.jsx', '.tsx'];
  const emitted = /\.[cm]?js$/.exec(base);
  return [
    base,
    ...(emitted ? ['.ts', '.mts', '.cts'].map((ending) => base.slice(0, -emitted[0].length) + ending) : []),
    ...extensions.map((ending) => base + ending),
    ...extensions.map((ending) => join(base, `index${ending}`)),
  ];
}

/**
 * Where Python finds `module` for the file at `file`: `.database` beside it, `..db` one folder up, `app.db.base`
 * under the file's folder or any folder above it up to `root` (the app's source root is not known here).
 * Each as a module file or a package's `__init__.py`.
 */
export function moduleFiles(file: string, module: string, root: string): string[] {
  const dots = /^\.*/.exec(module)![0].length;
  const parts = module.slice(dots).split('.').filter((part) => part.length > 0);
  const asFiles = (folder: string) => (parts.length === 0 ? [join(folder, '__init__.py')] : [`${join(folder, ...parts)}.py`, join(folder, ...parts, '__init__.py')]);
  if (dots > 0) {
    let folder = dirname(file);
    for (let up = 1; up < dots; up++) folder = dirname(folder);
    return isInside(folder, root) ? asFiles(folder) : [];
  }
  const files: string[] = [];
  for (let folder = dirname(file); isInside(folder, root); folder = dirname(folder)) {
    files.push(...asFiles(folder));
    if (folder === root || dirname(folder) === folder) break;
  }
  return files;
}
