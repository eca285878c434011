// The node layer's reading, for Factor III, of the names a module defines that other files of the app hand to a
// secret-taking API as its key: `token.SignedString([]byte(config.JWTSecret))` in package handler for `const JWTSecret`
// in package config, `jwt.sign(payload, config.secret)` for `module.exports = { secret }` in config/auth.config.js,
// `jwt.encode(claims, config.JWT_SECRET)` for config.py. The engine finds each file's uses (imported-key-uses.ts); a
// SinkKeyIndex resolves each use's import to the defining file (Go: its package folder) as the toolchain would.
// Two ways to fill it: an audit hands it the uses its scans found (auditRun.ts: no file read twice); the editor, which
// checks one file at a time, builds one per workspace root on the first file that asks (SinkKeyFacts), reading the
// app's files as the other facts read them: regular files whose real path stays inside the workspace, size-bounded, no
// link followed, at most MAX_FILES of them, folders no app source sits in (dependencies, builds, VCS) skipped.
import { lstat, realpath } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { ParsedDocument } from './engine/languages';
import { mayUseSinkKey, sinkKeyUsesIn } from './engine/rules/hardcoded-credential/imported-key-uses';
import type { LanguageId, ModuleSinkKeyUse, SinkKeyUse } from './engine/types';
import { isInside, toPosix } from './gitignore';
import type { Grammars } from './grammars';
import { goModuleAbove, JS_MODULE, jsModuleFiles, moduleFiles } from './migrationFacts';
import { displayPath } from './displayPath';
import { listDir, readInside } from './safeRead';

/** The most source files the editor's index reads: a monorepo past it is indexed in part (fewer findings, never wrong ones). */
const MAX_FILES = 4000;
/** Folders that hold no source of the app's own. */
const SKIPPED = new Set(['node_modules', 'vendor', 'dist', 'build', 'target', 'coverage', 'venv', '__pycache__', 'site-packages', 'bower_components']);

/** The language a file's uses are read in: Go, Python and JS/TS modules, the languages the engine reads across files. */
export function sinkKeyLanguage(path: string): LanguageId | undefined {
  if (path.endsWith('.go')) return 'go';
  if (path.endsWith('.py')) return 'python';
  if (!JS_MODULE.test(path)) return undefined;
  return /\.[cm]?tsx?$/.test(path) ? 'typescript' : 'javascript';
}

/**
 * Whether the file at `relativePath` (from its workspace root, forward slashes) counts as a user of other modules' names:
 * app source, not a dependency, a build output, a hidden folder, a declaration file or a minified bundle.
 */
export function countsSinkKeyUses(relativePath: string): boolean {
  const parts = relativePath.split('/');
  const name = parts.pop()!;
  if (sinkKeyLanguage(name) === undefined || name.startsWith('.') || name.endsWith('.d.ts') || name.endsWith('.min.js')) return false;
  return parts.every((part) => !part.startsWith('.') && !SKIPPED.has(part));
}

/** The uses of each defining file's names (Go: each package folder's), for one workspace root. */
export class SinkKeyIndex {
  private readonly uses = new Map<string, SinkKeyUse[]>();
  /** By folder: its go.mod's module path, or undefined when it has none. */
  private readonly goModulePaths = new Map<string, Promise<string | undefined>>();

  constructor(
    private readonly root: string,
    private readonly realRoot: string,
  ) {}

  /** Adds `file`'s uses, each under the file (Go: package folder) that defines the name it passes. */
  async add(file: string, uses: readonly ModuleSinkKeyUse[]): Promise<void> {
    for (const { module, ...use } of uses) {
      const defining = await this.definingKey(file, module);
      if (defining !== undefined) this.uses.set(defining, [...(this.uses.get(defining) ?? []), use]);
    }
  }

  /** The uses of `file`'s names, by using file and place: the same list whatever order the files were read in. */
  of(file: string): SinkKeyUse[] {
    return [...(this.uses.get(file.endsWith('.go') ? dirname(file) : file) ?? [])].sort(byPlace);
  }

  private async definingKey(file: string, module: string): Promise<string | undefined> {
    if (file.endsWith('.go')) return this.goPackageFolder(file, module);
    if (file.endsWith('.py')) return firstFile(moduleFiles(file, module, this.root));
    return firstFile(jsModuleFiles(join(dirname(file), module)));
  }

  /** The folder of the module's own package `module` names, from the go.mod above the using file. */
  private async goPackageFolder(file: string, module: string): Promise<string | undefined> {
    const goMod = await goModuleAbove(dirname(file), this.root, this.realRoot, this.goModulePaths);
    if (!goMod || !module.startsWith(`${goMod.path}/`)) return undefined;
    const target = join(goMod.folder, ...module.slice(goMod.path.length + 1).split('/'));
    return isInside(target, this.root) ? target : undefined;
  }
}

/** The editor's: one index per workspace root, built by reading the app's files, kept until a watched file changes. */
export class SinkKeyFacts {
  private readonly indexes = new Map<string, Promise<SinkKeyIndex | undefined>>();

  constructor(private readonly grammars?: Grammars) {}

  /** Go, Python and JS/TS modules: the languages whose sink uses the engine reads across files. */
  static wants(path: string): boolean {
    return sinkKeyLanguage(path) !== undefined;
  }

  /**
   * The uses of `file`'s names as a key in other files of the workspace at `root`; paths relative to `displayBase`.
   * `text`: the file's own text when the caller holds it. Only a file that writes a string literal asks for the index.
   */
  async forFile(file: string, root: string, displayBase: string, text?: string): Promise<SinkKeyUse[]> {
    const source = text ?? (await readInsideRoot(file, root));
    if (source === undefined || !/["'`]/.test(source)) return [];
    let index = this.indexes.get(root);
    if (!index) {
      index = this.build(root, displayBase);
      this.indexes.set(root, index);
    }
    return (await index)?.of(file) ?? [];
  }

  /** A watched file changed on disk: read the app again. */
  forget(): void {
    this.indexes.clear();
  }

  private async build(root: string, displayBase: string): Promise<SinkKeyIndex | undefined> {
    const realRoot = await realpath(root).catch(() => undefined);
    if (realRoot === undefined) return undefined;
    const index = new SinkKeyIndex(root, realRoot);
    for (const file of await sourceFiles(root)) {
      const language = sinkKeyLanguage(file)!;
      const text = await readInside(file, realRoot);
      if (text === undefined || !mayUseSinkKey(language, text)) continue;
      if ((language === 'go' || language === 'python') && !(await this.loaded(language))) continue;
      const parsed = new ParsedDocument(displayPath(displayBase, file), text, language, this.grammars);
      try {
        await index.add(file, sinkKeyUsesIn(parsed));
      } finally {
        parsed.dispose();
      }
    }
    return index;
  }

  /** Without its grammar a file is skipped, never guessed. */
  private loaded(language: 'go' | 'python'): Promise<boolean> {
    return this.grammars?.ensure(language).then(() => true, () => false) ?? Promise.resolve(false);
  }
}

function byPlace(a: SinkKeyUse, b: SinkKeyUse): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

async function readInsideRoot(file: string, root: string): Promise<string | undefined> {
  const realRoot = await realpath(root).catch(() => undefined);
  return realRoot === undefined ? undefined : readInside(file, realRoot);
}

/** The first candidate that is a regular file (no link followed): where the import resolves. */
async function firstFile(candidates: readonly string[]): Promise<string | undefined> {
  for (const candidate of candidates) {
    const stats = await lstat(candidate).catch(() => undefined);
    if (stats?.isFile()) return candidate;
  }
  return undefined;
}

/** The workspace's Go, Python and JS/TS files that count as users, breadth first, at most MAX_FILES. */
async function sourceFiles(root: string): Promise<string[]> {
  const files: string[] = [];
  const queue = [root];
  while (queue.length > 0 && files.length < MAX_FILES) {
    const folder = queue.shift()!;
    for (const entry of await listDir(folder)) {
      const path = join(folder, entry.name);
      if (entry.isDirectory() && !entry.name.startsWith('.') && !SKIPPED.has(entry.name)) queue.push(path);
      else if (entry.isFile() && countsSinkKeyUses(toPosix(relative(root, path)))) files.push(path);
      if (files.length >= MAX_FILES) break;
    }
  }
  return files;
}
