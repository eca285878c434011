// The one reader of the app's Python modules a file imports (`from app.db.base import init_db`), for the two questions
// asked of them: the functions that migrate (Factor XII, `def init_db(): Base.metadata.create_all(bind=engine)`) and
// those that return a fixed port (VII, `def get_port(): return 5050`). Each module is resolved as Python would from
// the file's folder (relative imports) or from a folder above it up to the root (absolute ones), read once for both
// questions (issue #12), and parsed for a question only when its text passes that question's prefilter.
import { mayMigrate } from '../engine/rules/startup-migration/python';
import { importedModules, joinModule, modulesImported, migratingFunctionsIn, type MigratingFunction } from '../engine/rules/startup-migration/python-imported';
import { mayReturnPort, pythonPortFunctionsIn } from '../engine/rules/hardcoded-port/python-imported';
import type { ImportedJsonStore, ImportedMigration, ImportedPort } from '../engine/types';
import { mayExportPythonStore, pythonJsonStoresIn } from '../engine/rules/memory-session-store/python-json-file';
import type { Grammars } from '../grammars';
import { displayPath } from '../displayPath';
import { grammarLoaded, moduleFiles, once } from './files';
import { readInside } from '../safeRead';

export interface PythonQuestions {
  migrations?: boolean;
  ports?: boolean;
  jsonStores?: boolean;
}

export interface PythonAnswers {
  migrations: ImportedMigration[];
  ports: ImportedPort[];
  jsonStores: ImportedJsonStore[];
}

/** One module file: its display path, its text while a question worth parsing it for is unasked, its answers. */
interface PythonModule {
  path: string;
  text: string | undefined;
  migrations?: Promise<MigratingFunction[]>;
  /** Named for no module: the importer's name for it is set per import. */
  ports?: Promise<ImportedPort[]>;
  /** Named for no module, as ports. */
  jsonStores?: Promise<ImportedJsonStore[]>;
}

export class PythonModules {
  /** By absolute module file: the module, or undefined when there is no such file. */
  private readonly modules = new Map<string, Promise<PythonModule | undefined>>();

  constructor(private readonly grammars?: Grammars) {}

  /** `questions`' answers from the modules a Python file imports; `from app.db import base` may name a module as well as a function. */
  async importedBy(file: string, source: string, questions: PythonQuestions, root: string, realRoot: string, displayBase: string): Promise<PythonAnswers> {
    const found: PythonAnswers = { migrations: [], ports: [], jsonStores: [] };
    if (!questions.migrations && !questions.ports && !questions.jsonStores) return found;
    // Migrations and ports are asked of a start path's imports only (importedModules); a JSON store's class of any.
    const onStartPath = importedModules(source).length > 0;
    const migrations = questions.migrations && onStartPath;
    const ports = questions.ports && onStartPath;
    for (const imported of questions.jsonStores ? modulesImported(source) : importedModules(source)) {
      const candidates = [imported.module, ...imported.names.map((name) => joinModule(imported.module, name))];
      for (const module of candidates) {
        const read = await this.moduleAt(file, module, root, realRoot, displayBase);
        if (!read) continue;
        if (migrations) {
          const functions = await (read.migrations ??= this.migratingFunctions(read));
          for (const fn of functions) found.migrations.push({ module, name: fn.name, label: fn.label, path: read.path, range: fn.range });
        }
        if (ports) found.ports.push(...(await (read.ports ??= this.portFunctions(read))).map((port) => ({ ...port, module })));
        if (questions.jsonStores) found.jsonStores.push(...(await (read.jsonStores ??= this.jsonStores(read))).map((store) => ({ ...store, module: imported.module })));
        if (read.migrations && read.ports && read.jsonStores) read.text = undefined;
      }
    }
    return found;
  }

  forget(): void {
    this.modules.clear();
  }

  private async moduleAt(file: string, module: string, root: string, realRoot: string, displayBase: string): Promise<PythonModule | undefined> {
    for (const candidate of moduleFiles(file, module, root)) {
      const read = await once(this.modules, candidate, () => this.read(candidate, realRoot, displayBase));
      if (read) return read;
    }
    return undefined;
  }

  private async read(absolute: string, realRoot: string, displayBase: string): Promise<PythonModule | undefined> {
    const text = await readInside(absolute, realRoot);
    if (text === undefined) return undefined;
    const module: PythonModule = { path: displayPath(displayBase, absolute), text };
    if (!mayMigrate(text)) module.migrations = Promise.resolve([]);
    if (!mayReturnPort(text)) module.ports = Promise.resolve([]);
    if (!mayExportPythonStore(text)) module.jsonStores = Promise.resolve([]);
    if (module.migrations && module.ports && module.jsonStores) module.text = undefined;
    return module;
  }

  private async migratingFunctions(read: PythonModule): Promise<MigratingFunction[]> {
    const text = read.text!;
    return (await grammarLoaded(this.grammars, 'python')) ? migratingFunctionsIn(read.path, text, this.grammars) : [];
  }

  private async jsonStores(read: PythonModule): Promise<ImportedJsonStore[]> {
    const text = read.text!;
    return (await grammarLoaded(this.grammars, 'python')) ? pythonJsonStoresIn('', read.path, text, this.grammars) : [];
  }

  private async portFunctions(read: PythonModule): Promise<ImportedPort[]> {
    const text = read.text!;
    return (await grammarLoaded(this.grammars, 'python')) ? pythonPortFunctionsIn('', read.path, text, this.grammars) : [];
  }
}
