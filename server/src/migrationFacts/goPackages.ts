// The one reader of the module's own Go packages a file imports (`"github.com/acme/admin/initialize"`), for the three
// questions asked of them: the functions that migrate (Factor XII, `initialize.RegisterTables()` running
// `db.AutoMigrate`), that return a fixed listen address (VII, `configs.ProjectPort()`), that start a server no file
// of the package stops (IX). go.mod, found in the file's folder or one above it (up to the root), gives the module
// path; an import under it names a folder below go.mod. Each package's files are listed and read once for all three
// (issue #12); each question parses only the files its prefilter passes, on first asking.
import { dirname, join } from 'node:path';
import { goServerStartsIn, mayReturnEngine, mayStartGoServer, stopsGoServer } from '../engine/rules/no-graceful-shutdown/go-imported';
import { addressFunctionsIn, mayReturnAddress } from '../engine/rules/hardcoded-port/go-imported';
import { mayMigrateGo, migratingGoFunctionsIn, moduleImports } from '../engine/rules/startup-migration/go-imported';
import type { ImportedMigration, ImportedPort, ImportedServerStart } from '../engine/types';
import { isInside } from '../gitignore';
import type { Grammars } from '../grammars';
import { displayPath } from '../displayPath';
import { goModuleAbove, grammarLoaded, MAX_PACKAGE_FILES, once } from './files';
import { listDir, readInside } from '../safeRead';

export interface GoQuestions {
  migrations?: boolean;
  ports?: boolean;
  serverStarts?: boolean;
}

export interface GoAnswers {
  migrations: ImportedMigration[];
  ports: ImportedPort[];
  serverStarts: ImportedServerStart[];
}

/** A package file kept for a question: only one whose text passes some question's prefilter. */
interface PackageFile {
  absolute: string;
  text: string;
}

/** A package's files, read once, and its answers, each found on first asking. */
interface GoPackage {
  module: string;
  /** Until every question has been asked. */
  files: PackageFile[];
  answers: { [Q in keyof GoAnswers]?: Promise<GoAnswers[Q]> };
}

/** Whether a package file is worth keeping: it may answer one of the questions. */
function worthKeeping(text: string): boolean {
  return mayMigrateGo(text) || mayReturnAddress(text) || mayStartGoServer(text) || stopsGoServer(text) || mayReturnEngine(text);
}

export class GoPackages {
  /** By absolute package folder. */
  private readonly packages = new Map<string, Promise<GoPackage>>();
  /** By absolute folder: its go.mod's module path, or undefined when it has none. */
  private readonly goMods = new Map<string, Promise<string | undefined>>();

  constructor(private readonly grammars?: Grammars) {}

  /** `questions`' answers from each of the module's own packages the Go file imports. */
  async importedBy(file: string, source: string, questions: GoQuestions, root: string, realRoot: string, displayBase: string): Promise<GoAnswers> {
    const found: GoAnswers = { migrations: [], ports: [], serverStarts: [] };
    if (!questions.migrations && !questions.ports && !questions.serverStarts) return found;
    const goMod = await this.goModule(file, root, realRoot);
    if (!goMod) return found;
    for (const module of moduleImports(source, goMod.path)) {
      const folder = join(goMod.folder, ...module.slice(goMod.path.length + 1).split('/'));
      if (!isInside(folder, root)) continue;
      const pkg = await once(this.packages, folder, () => this.read(folder, module, realRoot));
      if (questions.migrations) found.migrations.push(...(await (pkg.answers.migrations ??= this.migrations(pkg, displayBase))));
      if (questions.ports) found.ports.push(...(await (pkg.answers.ports ??= this.ports(pkg, displayBase))));
      if (questions.serverStarts) found.serverStarts.push(...(await (pkg.answers.serverStarts ??= this.serverStarts(pkg, displayBase))));
      // Every answer under way holds the files it needs: the package's texts need not be kept.
      if (pkg.answers.migrations && pkg.answers.ports && pkg.answers.serverStarts) pkg.files = [];
    }
    return found;
  }

  forget(): void {
    this.packages.clear();
    this.goMods.clear();
  }

  /** go.mod's folder and module path for a Go file: found in its folder or one above it, up to the root. */
  goModule(file: string, root: string, realRoot: string): Promise<{ folder: string; path: string } | undefined> {
    return goModuleAbove(dirname(file), root, realRoot, this.goMods);
  }

  /** A package's non-test files (at most MAX_PACKAGE_FILES) that may answer a question, read inside the workspace. */
  private async read(folder: string, module: string, realRoot: string): Promise<GoPackage> {
    const entries = (await listDir(folder)).filter((entry) => entry.isFile() && entry.name.endsWith('.go') && !entry.name.endsWith('_test.go')).slice(0, MAX_PACKAGE_FILES);
    const files: PackageFile[] = [];
    for (const entry of entries) {
      const absolute = join(folder, entry.name);
      const text = await readInside(absolute, realRoot);
      if (text !== undefined && worthKeeping(text)) files.push({ absolute, text });
    }
    return { module, files, answers: {} };
  }

  /** The package's exported functions that migrate. */
  private async migrations(pkg: GoPackage, displayBase: string): Promise<ImportedMigration[]> {
    const found: ImportedMigration[] = [];
    for (const { absolute, text } of pkg.files.filter(({ text }) => mayMigrateGo(text))) {
      if (!(await grammarLoaded(this.grammars, 'go'))) return [];
      const path = displayPath(displayBase, absolute);
      for (const fn of migratingGoFunctionsIn(path, text, this.grammars)) found.push({ module: pkg.module, name: fn.name, label: fn.label, path, range: fn.range });
    }
    return found;
  }

  /** The package's exported functions that return a fixed address. */
  private async ports(pkg: GoPackage, displayBase: string): Promise<ImportedPort[]> {
    const found: ImportedPort[] = [];
    for (const { absolute, text } of pkg.files.filter(({ text }) => mayReturnAddress(text))) {
      if (!(await grammarLoaded(this.grammars, 'go'))) return [];
      found.push(...addressFunctionsIn(pkg.module, displayPath(displayBase, absolute), text, this.grammars));
    }
    return found;
  }

  /** The package's exported functions that start a server or return an engine, none when any file of it stops one. */
  private async serverStarts(pkg: GoPackage, displayBase: string): Promise<ImportedServerStart[]> {
    const files = pkg.files.filter(({ text }) => mayStartGoServer(text) || stopsGoServer(text) || mayReturnEngine(text));
    if (files.length === 0 || files.some(({ text }) => stopsGoServer(text))) return [];
    if (!(await grammarLoaded(this.grammars, 'go'))) return [];
    return files.flatMap(({ absolute, text }) => goServerStartsIn(pkg.module, displayPath(displayBase, absolute), text, this.grammars));
  }
}
