// The node layer's reading of the migrations a Python file's imports run (Factor XII): `from app.db.base
// import init_db` in main.py, and `def init_db(): Base.metadata.create_all(bind=engine)` in app/db/base.py.
// The importing file's imports are read lexically (engine: importedModules); each module is resolved as
// Python would from the file's folder (relative imports) or from a folder above it up to the root
// (absolute ones), read only when it is a small regular file whose real path stays inside the workspace,
// and parsed only when its text names a migration. Modules are cached until a watched file changes.
import { realpath } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { mayMigrate } from './engine/rules/startup-migration/python';
import { importedModules, joinModule, migratingFunctionsIn, wantsImportedMigrations, type MigratingFunction } from './engine/rules/startup-migration/python-imported';
import type { ImportedMigration } from './engine/types';
import { isInside } from './gitignore';
import type { Grammars } from './grammars';
import { displayPath, readInside } from './productionFacts';

interface ModuleFunctions {
  path: string;
  functions: MigratingFunction[];
}

export class MigrationFacts {
  /** By absolute module file: its migrating functions, or undefined when it is no readable module. */
  private readonly modules = new Map<string, Promise<ModuleFunctions | undefined>>();

  constructor(private readonly grammars?: Grammars) {}

  /** Whether a file's findings depend on this fact: an app's Python module (not a test or a script). */
  static wants(path: string): boolean {
    return wantsImportedMigrations(path);
  }

  /**
   * The migrating functions of the app's modules that `file` imports; paths relative to `displayBase`.
   * `text`: the file's own text when the caller holds it (an editor's buffer), else it is read.
   */
  async forFile(file: string, root: string, displayBase: string, text?: string): Promise<ImportedMigration[]> {
    const realRoot = await realpath(root).catch(() => undefined);
    if (realRoot === undefined) return [];
    const source = text ?? (await readInside(file, realRoot));
    if (source === undefined) return [];
    const found: ImportedMigration[] = [];
    for (const imported of importedModules(source)) {
      // `from app.db import base` may name a module (`base.init_db()`) as well as a function.
      const candidates = [imported.module, ...imported.names.map((name) => joinModule(imported.module, name))];
      for (const module of candidates) {
        const read = await this.moduleAt(file, module, root, realRoot, displayBase);
        for (const fn of read?.functions ?? []) found.push({ module, name: fn.name, label: fn.label, path: read!.path, range: fn.range });
      }
    }
    return found;
  }

  /** A watched file changed on disk: read the modules again. */
  forget(): void {
    this.modules.clear();
  }

  private async moduleAt(file: string, module: string, root: string, realRoot: string, displayBase: string): Promise<ModuleFunctions | undefined> {
    for (const candidate of moduleFiles(file, module, root)) {
      let read = this.modules.get(candidate);
      if (!read) {
        read = this.readModule(candidate, realRoot, displayBase);
        this.modules.set(candidate, read);
      }
      const result = await read;
      if (result) return result;
    }
    return undefined;
  }

  private async readModule(absolute: string, realRoot: string, displayBase: string): Promise<ModuleFunctions | undefined> {
    const text = await readInside(absolute, realRoot);
    if (text === undefined) return undefined;
    const path = displayPath(displayBase, absolute);
    if (!mayMigrate(text)) return { path, functions: [] };
    // Without its grammar a module is skipped, never guessed.
    const loaded = await this.grammars?.ensure('python').then(() => true, () => false);
    if (!loaded) return { path, functions: [] };
    return { path, functions: migratingFunctionsIn(path, text, this.grammars) };
  }
}

/**
 * Where Python finds `module` for the file at `file`: `.database` beside it, `..db` one folder up, `app.db.base`
 * under the file's folder or any folder above it up to `root` (the app's source root is not known here).
 * Each as a module file or a package's `__init__.py`.
 */
function moduleFiles(file: string, module: string, root: string): string[] {
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
