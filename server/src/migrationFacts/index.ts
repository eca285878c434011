// The node layer's reading of the app's other files a file's findings depend on, in three questions: the migrations
// its imports or commands run (Factor XII), the fixed ports its imports export (VII), the server starts its imports
// export that stop nowhere (IX). One reader per kind of file read, each reading a file once for every question
// (issue #12): the JS/TS modules a file imports by a relative path (jsModules.ts), the module's own Go packages a Go
// file imports (goPackages.ts), the Python modules a Python file imports (pythonModules.ts), what a start script,
// Dockerfile, Procfile or compose file runs beside it (startScripts.ts), the scripts a package.json runs and the
// files a Ruby file requires (scriptsRun.ts). Files are read only when regular, small and inside the workspace, and
// parsed only when their text passes the question's prefilter; everything is cached until a watched file changes.
import { realpath } from 'node:fs/promises';
import { mayUseImportedPort } from '../engine/rules/hardcoded-port/javascript-imported';
import { mayCallImportedStart } from '../engine/rules/no-graceful-shutdown/javascript-imported';
import { stopsGoServer } from '../engine/rules/no-graceful-shutdown/go-imported';
import { wantsGoImportedMigrations } from '../engine/rules/startup-migration/go-imported';
import { mayStartApp, wantsJsImportedMigrations } from '../engine/rules/startup-migration/javascript-imported';
import { mayConstructImportedJsonStore } from '../engine/rules/memory-session-store/javascript-json-file';
import { mayConstructImportedPythonStore } from '../engine/rules/memory-session-store/python-json-file';
import { mayConstructImportedRubyStore } from '../engine/rules/memory-session-store/ruby-json-file';
import { wantsImportedMigrations } from '../engine/rules/startup-migration/python-imported';
import { wantsRubyImportedMigrations } from '../engine/rules/startup-migration/ruby-imported';
import type { ImportedJsonStore, ImportedMigration, ImportedPort, ImportedServerStart } from '../engine/types';
import { wantsImportedJsonStores } from '../engine/rules/memory-session-store/json-file-store';
import type { Grammars } from '../grammars';
import { JS_MODULE } from './files';
import { GoPackages } from './goPackages';
import { JsModules } from './jsModules';
import { PythonModules } from './pythonModules';
import { isPackageJson, ScriptsRun } from './scriptsRun';
import { StartScripts, wantsAppCommands, type CommandsCache } from './startScripts';
import { readInside } from '../safeRead';

export { goModuleAbove, JS_MODULE, jsModuleFiles, moduleFiles } from './files';

/** The questions a caller asks of a file's imports; each answered only for a file that may need it (the statics below). */
export interface ImportedQuestions {
  migrations?: boolean;
  ports?: boolean;
  serverStarts?: boolean;
  jsonStores?: boolean;
}

export interface ImportedFacts {
  migrations: ImportedMigration[];
  ports: ImportedPort[];
  serverStarts: ImportedServerStart[];
  jsonStores: ImportedJsonStore[];
}

export const EVERY_QUESTION: Readonly<ImportedQuestions> = { migrations: true, ports: true, serverStarts: true, jsonStores: true };

/** The scan options that carry a file's imported facts: only those found (the rules read an empty list as none). */
export function importedFactOptions(facts: ImportedFacts | undefined): { importedMigrations?: ImportedMigration[]; importedPorts?: ImportedPort[]; importedServerStarts?: ImportedServerStart[]; importedJsonStores?: ImportedJsonStore[] } {
  return {
    ...(facts && facts.migrations.length > 0 ? { importedMigrations: facts.migrations } : {}),
    ...(facts && facts.ports.length > 0 ? { importedPorts: facts.ports } : {}),
    ...(facts && facts.serverStarts.length > 0 ? { importedServerStarts: facts.serverStarts } : {}),
    ...(facts && facts.jsonStores.length > 0 ? { importedJsonStores: facts.jsonStores } : {}),
  };
}

export class MigrationFacts {
  private readonly commands: CommandsCache = new Map();
  private readonly jsModules = new JsModules();
  private readonly goPackages: GoPackages;
  private readonly pythonModules: PythonModules;
  private readonly startScripts: StartScripts;
  private readonly scriptsRun: ScriptsRun;
  /** Each workspace root's real path, resolved once: every file's facts are read under it (an audit asks hundreds of times). */
  private readonly realRoots = new Map<string, Promise<string | undefined>>();

  constructor(grammars?: Grammars) {
    this.goPackages = new GoPackages(grammars);
    this.pythonModules = new PythonModules(grammars);
    this.startScripts = new StartScripts(this.commands, grammars);
    this.scriptsRun = new ScriptsRun(this.commands, grammars);
  }

  /**
   * Whether a file's findings depend on importedMigrations: an app's Python, Go, JS/TS or Ruby module (not a test or a
   * script), a package.json, or a start script or Dockerfile, which may run the app's own command
   * (`python manage.py create_db`, `npm run setup`).
   */
  static wants(path: string): boolean {
    return wantsImportedMigrations(path) || wantsAppCommands(path) || wantsGoImportedMigrations(path) || wantsJsImportedMigrations(path) || isPackageJson(path) || wantsRubyImportedMigrations(path);
  }

  /** Whether a file's findings depend on importedPorts: an app's Go, Python or JS/TS file (Factor VII reads its server's port). */
  static wantsPorts(path: string): boolean {
    return wantsGoImportedMigrations(path) || wantsImportedMigrations(path) || JS_MODULE.test(path);
  }

  /** Whether a file's findings depend on importedServerStarts: an app's JS/TS or Go file (Factor IX follows its call of a start). */
  static wantsServerStarts(path: string): boolean {
    return JS_MODULE.test(path) || wantsGoImportedMigrations(path);
  }

  /** Whether a file's findings depend on importedJsonStores: an app's JS/TS or Python module (Factor VI's `new JsonRepo('carts.json')`). */
  static wantsJsonStores(path: string): boolean {
    return wantsImportedJsonStores(path);
  }

  /** Those of `asked` whose answers the findings of `path` (from the workspace's root) depend on; undefined when none. */
  static questionsFor(path: string, asked: Readonly<ImportedQuestions> = EVERY_QUESTION): ImportedQuestions | undefined {
    const wanted = {
      migrations: asked.migrations === true && MigrationFacts.wants(path),
      ports: asked.ports === true && MigrationFacts.wantsPorts(path),
      serverStarts: asked.serverStarts === true && MigrationFacts.wantsServerStarts(path),
      jsonStores: asked.jsonStores === true && MigrationFacts.wantsJsonStores(path),
    };
    return wanted.migrations || wanted.ports || wanted.serverStarts || wanted.jsonStores ? wanted : undefined;
  }

  /** The migrations `file`'s imports or commands run; paths relative to `displayBase`. `text`: the file's own text when the caller holds it. */
  async forFile(file: string, root: string, displayBase: string, text?: string): Promise<ImportedMigration[]> {
    return (await this.factsForFile(file, root, displayBase, { migrations: true }, text)).migrations;
  }

  /** The fixed ports `file`'s imports export (a Python or JS/TS module's, a Go package's functions or constants). */
  async portsForFile(file: string, root: string, displayBase: string, text?: string): Promise<ImportedPort[]> {
    return (await this.factsForFile(file, root, displayBase, { ports: true }, text)).ports;
  }

  /** The server starts `file`'s imports export that stop nowhere in their own file (JS) or package (Go). */
  async serverStartsForFile(file: string, root: string, displayBase: string, text?: string): Promise<ImportedServerStart[]> {
    return (await this.factsForFile(file, root, displayBase, { serverStarts: true }, text)).serverStarts;
  }

  /** The answers to `asked` for `file`, each file it imports read once for all of them. */
  async factsForFile(file: string, root: string, displayBase: string, asked: ImportedQuestions, text?: string): Promise<ImportedFacts> {
    const found: ImportedFacts = { migrations: [], ports: [], serverStarts: [], jsonStores: [] };
    const realRoot = await this.realRoot(root);
    if (realRoot === undefined) return found;
    let { migrations, ports, serverStarts, jsonStores } = asked;
    // What a start script or a package.json runs, by the file's name: no import of it is read.
    if (migrations && (wantsAppCommands(file) || isPackageJson(file))) {
      found.migrations = wantsAppCommands(file) ? await this.startScripts.beside(file, root, realRoot, displayBase) : await this.scriptsRun.byPackageJson(file, realRoot, displayBase, text);
      migrations = false;
    }
    if (!migrations && !ports && !serverStarts && !jsonStores) return found;
    const source = text ?? (await readInside(file, realRoot));
    if (source === undefined) return found;
    const asking = { migrations, ports, serverStarts, jsonStores };
    if (file.endsWith('.go')) {
      const main = serverStarts && /^package[ \t]+main\b/m.test(source) && !stopsGoServer(source);
      return answered(found, asking, await this.goPackages.importedBy(file, source, { migrations, ports, serverStarts: main }, root, realRoot, displayBase));
    }
    if (JS_MODULE.test(file)) {
      const questions = { ports: ports && mayUseImportedPort(source), serverStarts: serverStarts && mayCallImportedStart(source), migrations: migrations && mayStartApp(source), jsonStores: jsonStores && mayConstructImportedJsonStore(source) };
      return answered(found, asking, await this.jsModules.importedBy(file, source, questions, realRoot, displayBase));
    }
    // `wants` judged the path from the root (a `test/` above the workspace's root is not the app's).
    if (/\.rb$|(?:^|[\\/])config\.ru$/.test(file)) {
      return answered(found, asking, {
        migrations: migrations ? await this.scriptsRun.requiredByRuby(file, source, realRoot, displayBase) : [],
        jsonStores: jsonStores && mayConstructImportedRubyStore(source) ? await this.scriptsRun.jsonStoresRequiredByRuby(file, source, realRoot, displayBase) : [],
      });
    }
    const python = file.endsWith('.py');
    return answered(found, asking, await this.pythonModules.importedBy(file, source, { migrations, ports: ports && python, jsonStores: jsonStores && python && mayConstructImportedPythonStore(source) }, root, realRoot, displayBase));
  }

  /** The module path of the go.mod a Go file belongs to (the first scan tells from it whether the file imports the module's own packages). */
  async goModulePath(file: string, root: string): Promise<string | undefined> {
    const realRoot = await this.realRoot(root);
    return realRoot === undefined ? undefined : (await this.goPackages.goModule(file, root, realRoot))?.path;
  }

  private realRoot(root: string): Promise<string | undefined> {
    let known = this.realRoots.get(root);
    if (!known) this.realRoots.set(root, (known = realpath(root).catch(() => undefined)));
    return known;
  }

  /** A watched file changed on disk: read the modules again. */
  forget(): void {
    this.realRoots.clear();
    this.commands.clear();
    this.jsModules.forget();
    this.goPackages.forget();
    this.pythonModules.forget();
    this.startScripts.forget();
    this.scriptsRun.forget();
  }
}

/** `found` with the answers of the questions still `asking` (a start script's migrations are already in it). */
function answered(found: ImportedFacts, asking: ImportedQuestions, answers: Partial<ImportedFacts>): ImportedFacts {
  if (asking.migrations) found.migrations = answers.migrations ?? [];
  if (asking.ports) found.ports = answers.ports ?? [];
  if (asking.serverStarts) found.serverStarts = answers.serverStarts ?? [];
  if (asking.jsonStores) found.jsonStores = answers.jsonStores ?? [];
  return found;
}
