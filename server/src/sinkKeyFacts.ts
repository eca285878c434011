// The node layer's reading, for Factor III, of the names a module defines that other files of the app hand to a
// secret-taking API as its key: `token.SignedString([]byte(config.JWTSecret))` in package handler for `const JWTSecret`
// in package config, `jwt.sign(payload, config.secret)` for `module.exports = { secret }` in config/auth.config.js,
// `jwt.encode(claims, config.JWT_SECRET)` for config.py. The engine finds the uses (its own sink lists) in each file that
// may make one; each use's import is resolved to the defining file (Go: its package folder) as the toolchain would.
// One index per workspace root, built on the first file that asks and kept until a watched file changes. Every file is
// read as the other facts read them: regular files whose real path stays inside the workspace, size-bounded, no link
// followed, at most MAX_FILES of them, folders no app source sits in (dependencies, builds, VCS) skipped.
import { lstat, realpath } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { sinkKeyUsesInGo, mayUseSinkKeyGo } from './engine/rules/hardcoded-credential/go-imported-keys';
import { sinkKeyUsesInJs, mayUseSinkKeyJs } from './engine/rules/hardcoded-credential/javascript-imported-keys';
import { sinkKeyUsesInPython, mayUseSinkKeyPython } from './engine/rules/hardcoded-credential/python-imported-keys';
import type { SinkKeyUse } from './engine/types';
import { listDir } from './dependencyFacts';
import { isInside } from './gitignore';
import type { Grammars } from './grammars';
import { JS_MODULE, jsModuleFiles, moduleFiles } from './migrationFacts';
import { displayPath, readInside } from './productionFacts';

/** The most source files one index reads: a monorepo past it is indexed in part (fewer findings, never wrong ones). */
const MAX_FILES = 4000;
/** Folders that hold no source of the app's own. */
const SKIPPED = new Set(['node_modules', 'vendor', 'dist', 'build', 'target', 'coverage', 'venv', '__pycache__', 'site-packages', 'bower_components']);

/** Defining file (Go: package folder), absolute -> the uses of its names. */
type SinkKeyIndex = Map<string, SinkKeyUse[]>;

export class SinkKeyFacts {
  private readonly indexes = new Map<string, Promise<SinkKeyIndex>>();

  constructor(private readonly grammars?: Grammars) {}

  /** Go, Python and JS/TS modules: the languages whose sink uses the engine reads across files. */
  static wants(path: string): boolean {
    return path.endsWith('.go') || path.endsWith('.py') || JS_MODULE.test(path);
  }

  /**
   * The uses of `file`'s names as a key in other files of the workspace at `root`; paths relative to `displayBase`.
   * `text`: the file's own text when the caller holds it. Only a file that writes a string literal asks for the index.
   */
  async forFile(file: string, root: string, displayBase: string, text?: string): Promise<SinkKeyUse[]> {
    const realRoot = await realpath(root).catch(() => undefined);
    if (realRoot === undefined) return [];
    const source = text ?? (await readInside(file, realRoot));
    if (source === undefined || !/["'`]/.test(source)) return [];
    let index = this.indexes.get(root);
    if (!index) {
      index = this.build(root, realRoot, displayBase);
      this.indexes.set(root, index);
    }
    return (await index).get(file.endsWith('.go') ? dirname(file) : file) ?? [];
  }

  /** A watched file changed on disk: read the app again. */
  forget(): void {
    this.indexes.clear();
  }

  private async build(root: string, realRoot: string, displayBase: string): Promise<SinkKeyIndex> {
    const index: SinkKeyIndex = new Map();
    const add = (key: string | undefined, use: SinkKeyUse) => {
      if (key !== undefined) index.set(key, [...(index.get(key) ?? []), use]);
    };
    for (const file of await sourceFiles(root)) {
      const text = await readInside(file, realRoot);
      if (text === undefined) continue;
      const path = displayPath(displayBase, file);
      if (file.endsWith('.go') && mayUseSinkKeyGo(text)) {
        if (!(await this.loaded('go'))) continue;
        for (const { module, ...use } of sinkKeyUsesInGo(path, text, this.grammars)) add(await this.goPackageFolder(file, module, root, realRoot), use);
      } else if (file.endsWith('.py') && mayUseSinkKeyPython(text)) {
        if (!(await this.loaded('python'))) continue;
        for (const { module, ...use } of sinkKeyUsesInPython(path, text, this.grammars)) add(await firstFile(moduleFiles(file, module, root)), use);
      } else if (JS_MODULE.test(file) && mayUseSinkKeyJs(text)) {
        const language = /\.[cm]?tsx?$/.test(file) ? 'typescript' : 'javascript';
        for (const { module, ...use } of sinkKeyUsesInJs(path, text, language)) add(await firstFile(jsModuleFiles(join(dirname(file), module))), use);
      }
    }
    return index;
  }

  /** Without its grammar a file is skipped, never guessed. */
  private loaded(language: 'go' | 'python'): Promise<boolean> {
    return this.grammars?.ensure(language).then(() => true, () => false) ?? Promise.resolve(false);
  }

  /** By folder: the go.mod above it (its folder and module path), or undefined. */
  private readonly goMods = new Map<string, Promise<{ folder: string; path: string } | undefined>>();

  /** The folder of the module's own package `module` names, from the go.mod above the using file. */
  private async goPackageFolder(file: string, module: string, root: string, realRoot: string): Promise<string | undefined> {
    const folder = dirname(file);
    let read = this.goMods.get(folder);
    if (!read) {
      read = goModAbove(folder, root, realRoot);
      this.goMods.set(folder, read);
    }
    const goMod = await read;
    if (!goMod || !module.startsWith(`${goMod.path}/`)) return undefined;
    const target = join(goMod.folder, ...module.slice(goMod.path.length + 1).split('/'));
    return isInside(target, root) ? target : undefined;
  }
}

async function goModAbove(start: string, root: string, realRoot: string): Promise<{ folder: string; path: string } | undefined> {
  for (let folder = start; isInside(folder, root); folder = dirname(folder)) {
    const text = await readInside(join(folder, 'go.mod'), realRoot);
    const path = text === undefined ? undefined : /^module[ \t]+"?([^\s"]{1,300})"?/m.exec(text)?.[1];
    if (path !== undefined) return { folder, path };
    if (folder === root || dirname(folder) === folder) break;
  }
  return undefined;
}

/** The first candidate that is a regular file (no link followed): where the import resolves. */
async function firstFile(candidates: readonly string[]): Promise<string | undefined> {
  for (const candidate of candidates) {
    const stats = await lstat(candidate).catch(() => undefined);
    if (stats?.isFile()) return candidate;
  }
  return undefined;
}

/** The workspace's Go, Python and JS/TS files, breadth first, at most MAX_FILES; hidden and dependency folders skipped. */
async function sourceFiles(root: string): Promise<string[]> {
  const files: string[] = [];
  const queue = [root];
  while (queue.length > 0 && files.length < MAX_FILES) {
    const folder = queue.shift()!;
    for (const entry of await listDir(folder)) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory() && !SKIPPED.has(entry.name)) queue.push(path);
      else if (entry.isFile() && SinkKeyFacts.wants(entry.name) && !entry.name.endsWith('.d.ts') && !entry.name.endsWith('.min.js')) files.push(path);
      if (files.length >= MAX_FILES) break;
    }
  }
  return files;
}
