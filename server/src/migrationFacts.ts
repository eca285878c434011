// The node layer's reading of the migrations a Python file's imports run (Factor XII): `from app.db.base
// import init_db` in main.py, and `def init_db(): Base.metadata.create_all(bind=engine)` in app/db/base.py; those of
// the module's own Go packages a Go file imports (`initialize.RegisterTables()`, whose body runs `db.AutoMigrate`),
// and from those same packages, for Factor VII, the functions that return a fixed listen address (`configs.ProjectPort()`);
// and, for a start script, a Dockerfile, a Procfile or a compose file, the commands of the manage.py and package.json
// beside it (and of the Django or Laravel project there or above) that migrate, and
// the shell scripts beside it that migrate (which it may run by path).
// The importing file's imports are read lexically (engine: importedModules); each module is resolved as
// Python would from the file's folder (relative imports) or from a folder above it up to the root
// (absolute ones), read only when it is a small regular file whose real path stays inside the workspace,
// and parsed only when its text names a migration. Modules are cached until a watched file changes.
import { realpath } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { mayMigrate } from './engine/rules/startup-migration/python';
import { importedModules, joinModule, migratingFunctionsIn, wantsImportedMigrations, type MigratingFunction } from './engine/rules/startup-migration/python-imported';
import { appCommandsIn, artisanCommandMigration, djangoCommandMigration, MANAGE_PY, nodeScriptFile, PACKAGE_JSON, shellScriptMigration } from './engine/rules/startup-migration/app-commands';
import { MIGRATION_KEYWORDS } from './engine/rules/startup-migration/config-commands';
import { mayMigrateGo, migratingGoFunctionsIn, moduleImports, wantsGoImportedMigrations } from './engine/rules/startup-migration/go-imported';
import { listDir } from './dependencyFacts';
import type { ImportedMigration, ImportedPort, ImportedServerStart } from './engine/types';
import { mayCallImportedStart, mayExportServerStart, serverStartExportsIn } from './engine/rules/no-graceful-shutdown/javascript-imported';
import { goServerStartsIn, mayStartGoServer, stopsGoServer } from './engine/rules/no-graceful-shutdown/go-imported';
import { addressFunctionsIn, mayReturnAddress } from './engine/rules/hardcoded-port/go-imported';
import { mayReturnPort, pythonPortFunctionsIn } from './engine/rules/hardcoded-port/python-imported';
import { jsPortExportsIn, mayExportPort, mayUseImportedPort, relativeImports } from './engine/rules/hardcoded-port/javascript-imported';
import { mayMigrateJs, mayStartApp, migratingExportsIn, nodeScriptMigration, wantsJsImportedMigrations } from './engine/rules/startup-migration/javascript-imported';
import { mayMigrateRuby, migratingRubyMethodsIn, relativeRequires, wantsRubyImportedMigrations } from './engine/rules/startup-migration/ruby-imported';
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
  /** By absolute manage.py / package.json: the commands it defines that migrate. */
  private readonly commands = new Map<string, Promise<ImportedMigration[]>>();

  constructor(private readonly grammars?: Grammars) {}

  /**
   * Whether a file's findings depend on this fact: an app's Python module (not a test or a script), or a start
   * script or Dockerfile, which may run the app's own command (`python manage.py create_db`, `npm run setup`).
   */
  static wants(path: string): boolean {
    return wantsImportedMigrations(path) || wantsAppCommands(path) || wantsGoImportedMigrations(path) || wantsJsImportedMigrations(path) || isPackageJson(path) || wantsRubyImportedMigrations(path);
  }

  /**
   * The migrating functions of the app's modules that `file` imports; paths relative to `displayBase`.
   * `text`: the file's own text when the caller holds it (an editor's buffer), else it is read.
   */
  async forFile(file: string, root: string, displayBase: string, text?: string): Promise<ImportedMigration[]> {
    const realRoot = await realpath(root).catch(() => undefined);
    if (realRoot === undefined) return [];
    if (wantsAppCommands(file)) return this.appCommandsBeside(file, root, realRoot, displayBase);
    if (isPackageJson(file)) return this.nodeScriptsRun(file, realRoot, displayBase, text);
    const source = text ?? (await readInside(file, realRoot));
    if (source === undefined) return [];
    if (file.endsWith('.go')) return this.goPackagesImported(file, source, root, realRoot, displayBase);
    if (JS_MODULE.test(file)) return this.jsModulesImported(file, source, realRoot, displayBase);
    // `wants` judged the path from the root (a `test/` above the workspace's root is not the app's).
    if (/\.rb$|(?:^|[\\/])config\.ru$/.test(file)) return this.rubyFilesRequired(file, source, realRoot, displayBase);
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

  /** Whether a file's findings depend on importedPorts: an app's Go, Python or JS/TS file (Factor VII reads its server's port). */
  static wantsPorts(path: string): boolean {
    return wantsGoImportedMigrations(path) || wantsImportedMigrations(path) || JS_MODULE.test(path);
  }

  /**
   * Factor VII's fact, from the same resolution of the module's packages: the functions of the packages a Go file
   * imports that return a fixed listen address (`configs.ProjectPort()` returning ":9999").
   */
  async portsForFile(file: string, root: string, displayBase: string, text?: string): Promise<ImportedPort[]> {
    const realRoot = await realpath(root).catch(() => undefined);
    const source = realRoot === undefined ? undefined : text ?? (await readInside(file, realRoot));
    if (realRoot === undefined || source === undefined) return [];
    if (file.endsWith('.py')) return this.pythonPorts(file, source, root, realRoot, displayBase);
    if (JS_MODULE.test(file)) return this.jsPorts(file, source, realRoot, displayBase);
    if (!file.endsWith('.go')) return [];
    return this.eachImportedGoPackage(file, source, root, realRoot, this.goPortPackages, (folder, module) => this.readGoPorts(folder, module, realRoot, displayBase));
  }

  /** Whether a file's findings depend on importedServerStarts: an app's JS/TS or Go file (Factor IX follows its call of a start). */
  static wantsServerStarts(path: string): boolean {
    return JS_MODULE.test(path) || wantsGoImportedMigrations(path);
  }

  /**
   * Factor IX's fact: the functions of the app's modules a JS/TS file imports by a relative path, or of the module's own
   * packages a Go `main` imports, that start a server and stop it nowhere in their own file (JS) or package (Go).
   */
  async serverStartsForFile(file: string, root: string, displayBase: string, text?: string): Promise<ImportedServerStart[]> {
    const realRoot = await realpath(root).catch(() => undefined);
    const source = realRoot === undefined ? undefined : text ?? (await readInside(file, realRoot));
    if (realRoot === undefined || source === undefined) return [];
    if (JS_MODULE.test(file)) return this.jsServerStarts(file, source, realRoot, displayBase);
    if (!file.endsWith('.go') || !/^package[ \t]+main\b/m.test(source) || stopsGoServer(source)) return [];
    return this.eachImportedGoPackage(file, source, root, realRoot, this.goServerPackages, (folder, module) => this.readGoServerStarts(folder, module, realRoot, displayBase));
  }

  /** By absolute module file: the server starts it exports, or undefined when there is no such file. */
  private readonly jsServerModules = new Map<string, Promise<ImportedServerStart[] | undefined>>();

  private async jsServerStarts(file: string, source: string, realRoot: string, displayBase: string): Promise<ImportedServerStart[]> {
    if (!mayCallImportedStart(source)) return [];
    return this.eachRelativeModule(file, source, this.jsServerModules, (candidate) =>
      readJsModuleWith(candidate, realRoot, mayExportServerStart, (text, language) => serverStartExportsIn(displayPath(displayBase, candidate), text, language)),
    );
  }

  /** By absolute package folder: its exported functions that start a server, none when any file of it stops one. */
  private readonly goServerPackages = new Map<string, Promise<ImportedServerStart[]>>();

  private async readGoServerStarts(folder: string, module: string, realRoot: string, displayBase: string): Promise<ImportedServerStart[]> {
    const files = await this.goPackageFiles(folder, realRoot, (text) => mayStartGoServer(text) || stopsGoServer(text));
    if (files.length === 0 || files.some(({ text }) => stopsGoServer(text))) return [];
    // Without its grammar a package is skipped, never guessed.
    const loaded = await this.grammars?.ensure('go').then(() => true, () => false);
    if (!loaded) return [];
    return files.flatMap(({ absolute, text }) => goServerStartsIn(module, displayPath(displayBase, absolute), text, this.grammars));
  }

  /** By absolute module file: its functions that return a fixed port. */
  private readonly pythonPortModules = new Map<string, Promise<ImportedPort[] | undefined>>();

  /** `from settings import get_port`: the imported modules' functions that return a port, resolved as Python would. */
  private async pythonPorts(file: string, source: string, root: string, realRoot: string, displayBase: string): Promise<ImportedPort[]> {
    const found: ImportedPort[] = [];
    for (const imported of importedModules(source)) {
      const candidates = [imported.module, ...imported.names.map((name) => joinModule(imported.module, name))];
      for (const module of candidates) {
        for (const candidate of moduleFiles(file, module, root)) {
          let read = this.pythonPortModules.get(`${module}\0${candidate}`);
          if (!read) {
            read = this.readPythonPorts(candidate, module, realRoot, displayBase);
            this.pythonPortModules.set(`${module}\0${candidate}`, read);
          }
          const ports = await read;
          if (ports) {
            found.push(...ports);
            break;
          }
        }
      }
    }
    return found;
  }

  /** undefined: no such module file; else its port functions (none when it returns no number). */
  private async readPythonPorts(absolute: string, module: string, realRoot: string, displayBase: string): Promise<ImportedPort[] | undefined> {
    const text = await readInside(absolute, realRoot);
    if (text === undefined) return undefined;
    if (!mayReturnPort(text)) return [];
    // Without its grammar a module is skipped, never guessed.
    const loaded = await this.grammars?.ensure('python').then(() => true, () => false);
    return loaded ? pythonPortFunctionsIn(module, displayPath(displayBase, absolute), text, this.grammars) : [];
  }

  /** By absolute module file: the fixed ports it exports, or undefined when there is no such file. */
  private readonly jsPortModules = new Map<string, Promise<ImportedPort[] | undefined>>();

  /**
   * `require('./config')`, `import { PORT } from '../constants.js'`: the relative modules a JS/TS file imports, resolved
   * as node and the TypeScript compiler would (the file, an extension added, a folder's index), and the fixed ports each
   * exports. Only for a file that may bind a port at all: the engine's prefilter words.
   */
  private async jsPorts(file: string, source: string, realRoot: string, displayBase: string): Promise<ImportedPort[]> {
    if (!mayUseImportedPort(source)) return [];
    return this.eachRelativeModule(file, source, this.jsPortModules, (candidate) => this.readJsPorts(candidate, realRoot, displayBase));
  }

  /**
   * What `read` finds in each relative module a JS/TS file imports, resolved as node and the TypeScript compiler would (the
   * file, an extension added, a folder's index), each module read once (`cache`, by absolute file) and named as the importer wrote it.
   */
  private async eachRelativeModule<T extends { module: string }>(
    file: string,
    source: string,
    cache: Map<string, Promise<T[] | undefined>>,
    read: (candidate: string) => Promise<T[] | undefined>,
  ): Promise<T[]> {
    const found: T[] = [];
    for (const specifier of relativeImports(source)) {
      for (const candidate of jsModuleFiles(join(dirname(file), specifier))) {
        let reading = cache.get(candidate);
        if (!reading) {
          reading = read(candidate);
          cache.set(candidate, reading);
        }
        const items = await reading;
        if (items) {
          found.push(...items.map((item) => ({ ...item, module: specifier })));
          break;
        }
      }
    }
    return found;
  }

  /** undefined: no such module file; else the ports it exports (none when it names no port). */
  private readJsPorts(absolute: string, realRoot: string, displayBase: string): Promise<ImportedPort[] | undefined> {
    return readJsModuleWith(absolute, realRoot, mayExportPort, (text, language) => jsPortExportsIn('', displayPath(displayBase, absolute), text, language));
  }

  /**
   * The Node scripts a package.json's scripts run (`"boot": "node scripts/boot.mjs"`) that migrate on their own start
   * path, from the package's folder. Each file is read once, and parsed only when its text passes the check's prefilter.
   */
  private async nodeScriptsRun(file: string, realRoot: string, displayBase: string, text?: string): Promise<ImportedMigration[]> {
    const source = text ?? (await readInside(file, realRoot));
    const found: ImportedMigration[] = [];
    for (const name of nodeScriptsIn(source ?? '')) {
      const absolute = join(dirname(file), ...name.split('/'));
      found.push(...(await this.commandsAt(absolute, () => this.readNodeScript(name, absolute, realRoot, displayBase))));
    }
    return found;
  }

  private async readNodeScript(name: string, absolute: string, realRoot: string, displayBase: string): Promise<ImportedMigration[]> {
    const script = await readInside(absolute, realRoot);
    if (script === undefined || !mayMigrateJs(script)) return [];
    const migration = nodeScriptMigration(name, displayPath(displayBase, absolute), script, /\.[cm]?tsx?$/.test(absolute) ? 'typescript' : 'javascript');
    return migration ? [migration] : [];
  }

  /** `require_relative "lib/database"`: the module methods of the required files whose body migrates. */
  private async rubyFilesRequired(file: string, source: string, realRoot: string, displayBase: string): Promise<ImportedMigration[]> {
    const found: ImportedMigration[] = [];
    for (const required of relativeRequires(source).slice(0, MAX_PACKAGE_FILES)) {
      const absolute = join(dirname(file), ...required.split('/'));
      found.push(...(await this.commandsAt(absolute, () => this.readRubyFile(absolute, realRoot, displayBase))));
    }
    return found;
  }

  private async readRubyFile(absolute: string, realRoot: string, displayBase: string): Promise<ImportedMigration[]> {
    const text = await readInside(absolute, realRoot);
    if (text === undefined || !mayMigrateRuby(text)) return [];
    // Without its grammar a file is skipped, never guessed.
    const loaded = await this.grammars?.ensure('ruby').then(() => true, () => false);
    return loaded ? migratingRubyMethodsIn(displayPath(displayBase, absolute), text, this.grammars) : [];
  }

  /** By absolute module file: its exported functions that migrate, or undefined when there is no such file. */
  private readonly jsModules = new Map<string, Promise<ImportedMigration[] | undefined>>();

  /**
   * `const database = require('./db')`, `import { connectDatabase } from './database/index.js'`: the relative modules a
   * JS/TS file imports, resolved as node and the TypeScript compiler would, and their exported functions whose body
   * migrates (`async function init() { await db.migrate.latest(); }`). A module is parsed only when its text passes the
   * check's prefilter.
   */
  private async jsModulesImported(file: string, source: string, realRoot: string, displayBase: string): Promise<ImportedMigration[]> {
    if (!mayStartApp(source)) return [];
    return this.eachRelativeModule(file, source, this.jsModules, (candidate) => this.readJsModule(candidate, realRoot, displayBase));
  }

  /** undefined: no such module file; else its exported functions whose body migrates (none when its text names no migration). */
  private readJsModule(absolute: string, realRoot: string, displayBase: string): Promise<ImportedMigration[] | undefined> {
    return readJsModuleWith(absolute, realRoot, mayMigrateJs, (text, language) => migratingExportsIn('', displayPath(displayBase, absolute), text, language));
  }

  /** By absolute package folder: its exported functions that return a fixed address. */
  private readonly goPortPackages = new Map<string, Promise<ImportedPort[]>>();

  private async readGoPorts(folder: string, module: string, realRoot: string, displayBase: string): Promise<ImportedPort[]> {
    const found: ImportedPort[] = [];
    for (const { absolute, text } of await this.goPackageFiles(folder, realRoot, mayReturnAddress)) {
      // Without its grammar a package is skipped, never guessed.
      const loaded = await this.grammars?.ensure('go').then(() => true, () => false);
      if (!loaded) return [];
      found.push(...addressFunctionsIn(module, displayPath(displayBase, absolute), text, this.grammars));
    }
    return found;
  }

  /** A package's non-test files (at most MAX_PACKAGE_FILES) whose text passes `worth`, read inside the workspace. */
  private async goPackageFiles(folder: string, realRoot: string, worth: (text: string) => boolean): Promise<{ absolute: string; text: string }[]> {
    const files = (await listDir(folder)).filter((entry) => entry.isFile() && entry.name.endsWith('.go') && !entry.name.endsWith('_test.go')).slice(0, MAX_PACKAGE_FILES);
    const read: { absolute: string; text: string }[] = [];
    for (const entry of files) {
      const absolute = join(folder, entry.name);
      const text = await readInside(absolute, realRoot);
      if (text !== undefined && worth(text)) read.push({ absolute, text });
    }
    return read;
  }

  /** A watched file changed on disk: read the modules again. */
  forget(): void {
    this.modules.clear();
    this.commands.clear();
    this.frameworkCommands.clear();
    this.goPackages.clear();
    this.goPortPackages.clear();
    this.pythonPortModules.clear();
    this.jsPortModules.clear();
    this.jsServerModules.clear();
    this.goServerPackages.clear();
    this.jsModules.clear();
    this.goMods.clear();
  }

  /** By absolute package folder: its exported functions that migrate. */
  private readonly goPackages = new Map<string, Promise<ImportedMigration[]>>();

  /**
   * The migrating functions of the module's own packages a Go file imports: go.mod found in the file's folder or one
   * above it (up to the root) gives the module path; an import under it names a folder below go.mod.
   */
  private async goPackagesImported(file: string, source: string, root: string, realRoot: string, displayBase: string): Promise<ImportedMigration[]> {
    return this.eachImportedGoPackage(file, source, root, realRoot, this.goPackages, (folder, module) => this.readGoPackage(folder, module, realRoot, displayBase));
  }

  /** What `read` finds in each of the module's own packages the Go file imports, cached by package folder. */
  private async eachImportedGoPackage<T>(
    file: string,
    source: string,
    root: string,
    realRoot: string,
    cache: Map<string, Promise<T[]>>,
    read: (folder: string, module: string) => Promise<T[]>,
  ): Promise<T[]> {
    const goMod = await this.goModule(file, root, realRoot);
    if (!goMod) return [];
    const found: T[] = [];
    for (const module of moduleImports(source, goMod.path)) {
      const folder = join(goMod.folder, ...module.slice(goMod.path.length + 1).split('/'));
      if (!isInside(folder, root)) continue;
      let reading = cache.get(folder);
      if (!reading) {
        reading = read(folder, module);
        cache.set(folder, reading);
      }
      found.push(...(await reading));
    }
    return found;
  }

  /** By absolute folder: its go.mod's module path, or undefined when it has none. */
  private readonly goMods = new Map<string, Promise<string | undefined>>();

  private async goModule(file: string, root: string, realRoot: string): Promise<{ folder: string; path: string } | undefined> {
    for (let folder = dirname(file); isInside(folder, root); folder = dirname(folder)) {
      let read = this.goMods.get(folder);
      if (!read) {
        read = readInside(join(folder, 'go.mod'), realRoot).then((text) => (text === undefined ? undefined : /^module[ \t]+"?([^\s"]{1,300})"?/m.exec(text)?.[1]));
        this.goMods.set(folder, read);
      }
      const path = await read;
      if (path !== undefined) return { folder, path };
      if (folder === root || dirname(folder) === folder) break;
    }
    return undefined;
  }

  /** A package's non-test files that name a migration, parsed; at most MAX_PACKAGE_FILES of them. */
  private async readGoPackage(folder: string, module: string, realRoot: string, displayBase: string): Promise<ImportedMigration[]> {
    const found: ImportedMigration[] = [];
    for (const { absolute, text } of await this.goPackageFiles(folder, realRoot, mayMigrateGo)) {
      // Without its grammar a package is skipped, never guessed.
      const loaded = await this.grammars?.ensure('go').then(() => true, () => false);
      if (!loaded) return [];
      const path = displayPath(displayBase, absolute);
      for (const fn of migratingGoFunctionsIn(path, text, this.grammars)) found.push({ module, name: fn.name, label: fn.label, path, range: fn.range });
    }
    return found;
  }

  /**
   * The migrating commands of the manage.py and package.json in the script's own folder (where it runs them from), and
   * of the app the script belongs to: the Artisan commands (`app/Console/Commands/*.php`) of the Laravel app and the
   * Django management commands (`<app>/management/commands/*.py`) of the project, found in the script's folder or one
   * above it (`docker/entrypoint.sh` beside `artisan` one level up).
   */
  private async appCommandsBeside(file: string, root: string, realRoot: string, displayBase: string): Promise<ImportedMigration[]> {
    const found: ImportedMigration[] = [];
    for (let folder = dirname(file); isInside(folder, root); folder = dirname(folder)) {
      let read = this.frameworkCommands.get(folder);
      if (!read) {
        read = this.readFrameworkCommands(folder, realRoot, displayBase);
        this.frameworkCommands.set(folder, read);
      }
      const commands = await read;
      if (commands) {
        found.push(...commands);
        break;
      }
      if (folder === root || dirname(folder) === folder) break;
    }
    // The shell scripts beside it, which it may run by path (`/sbin/docker-prepare.sh` after `COPY docker/ /sbin/`).
    const scripts = (await listDir(dirname(file))).filter((entry) => entry.isFile() && /\.(?:sh|bash)$/.test(entry.name) && join(dirname(file), entry.name) !== file);
    for (const entry of scripts.slice(0, MAX_PACKAGE_FILES)) {
      const absolute = join(dirname(file), entry.name);
      found.push(...(await this.commandsAt(absolute, () => this.readScriptMigration(absolute, realRoot, displayBase))));
    }
    for (const name of APP_COMMAND_FILES) {
      const absolute = join(dirname(file), name);
      found.push(...(await this.commandsAt(absolute, () => this.readAppCommands(absolute, realRoot, displayBase))));
    }
    return found;
  }

  /** What `read` finds in one file (a script, a manage.py, a required file), read once until a watched file changes. */
  private commandsAt(absolute: string, read: () => Promise<ImportedMigration[]>): Promise<ImportedMigration[]> {
    let reading = this.commands.get(absolute);
    if (!reading) {
      reading = read();
      this.commands.set(absolute, reading);
    }
    return reading;
  }

  /** By absolute folder: the framework commands of the app rooted there, or undefined when it is no Laravel or Django root. */
  private readonly frameworkCommands = new Map<string, Promise<ImportedMigration[] | undefined>>();

  private async readFrameworkCommands(folder: string, realRoot: string, displayBase: string): Promise<ImportedMigration[] | undefined> {
    const entries = await listDir(folder);
    const names = new Set(entries.filter((entry) => entry.isFile()).map((entry) => entry.name));
    if (names.has('artisan')) {
      const found: ImportedMigration[] = [];
      for (const absolute of await filesIn(join(folder, 'app', 'Console', 'Commands'), '.php')) {
        const text = await readInside(absolute, realRoot);
        const command = text !== undefined && text.includes('migrate') ? artisanCommandMigration(displayPath(displayBase, absolute), text) : undefined;
        if (command) found.push(command);
      }
      return found;
    }
    if (!names.has(MANAGE_PY)) return undefined;
    const found: ImportedMigration[] = [];
    const packages = entries.filter((entry) => entry.isDirectory() && !entry.name.startsWith('.')).slice(0, MAX_PACKAGE_FILES);
    for (const pkg of packages) {
      for (const absolute of await filesIn(join(folder, pkg.name, 'management', 'commands'), '.py')) {
        const text = await readInside(absolute, realRoot);
        if (text === undefined || !text.includes('call_command') || !mayMigrate(text)) continue;
        // Without its grammar a module is skipped, never guessed.
        const loaded = await this.grammars?.ensure('python').then(() => true, () => false);
        if (!loaded) return found;
        const name = absolute.slice(absolute.lastIndexOf(sep) + 1, -'.py'.length);
        const command = djangoCommandMigration(displayPath(displayBase, absolute), name, text, this.grammars);
        if (command) found.push(command);
      }
    }
    return found;
  }

  /** A shell script that migrates, by its name (a start script beside it may run it by path). */
  private async readScriptMigration(absolute: string, realRoot: string, displayBase: string): Promise<ImportedMigration[]> {
    const text = await readInside(absolute, realRoot);
    if (text === undefined || !MIGRATION_KEYWORDS.some((keyword) => text.toLowerCase().includes(keyword))) return [];
    const migration = shellScriptMigration(displayPath(displayBase, absolute), text);
    return migration ? [migration] : [];
  }

  private async readAppCommands(absolute: string, realRoot: string, displayBase: string): Promise<ImportedMigration[]> {
    const text = await readInside(absolute, realRoot);
    if (text === undefined) return [];
    const path = displayPath(displayBase, absolute);
    if (absolute.endsWith('.py')) {
      if (!mayMigrate(text)) return [];
      // Without its grammar a module is skipped, never guessed.
      const loaded = await this.grammars?.ensure('python').then(() => true, () => false);
      if (!loaded) return [];
    }
    return appCommandsIn(path, text, this.grammars);
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

/** The most files of one Go package read for its migrating functions (and of one commands folder, packages of a Django project). */
const MAX_PACKAGE_FILES = 64;

/** A folder's regular files with that extension, at most MAX_PACKAGE_FILES, by absolute path; none when it is missing. */
async function filesIn(folder: string, extension: string): Promise<string[]> {
  const entries = await listDir(folder);
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension) && !entry.name.startsWith('_'))
    .slice(0, MAX_PACKAGE_FILES)
    .map((entry) => join(folder, entry.name));
}

/** A JS/TS module file read inside the workspace: undefined when there is none, nothing when `worth` rejects its text. */
async function readJsModuleWith<T>(absolute: string, realRoot: string, worth: (text: string) => boolean, read: (text: string, language: 'typescript' | 'javascript') => T[]): Promise<T[] | undefined> {
  const text = await readInside(absolute, realRoot);
  if (text === undefined) return undefined;
  return worth(text) ? read(text, /\.[cm]?tsx?$/.test(absolute) ? 'typescript' : 'javascript') : [];
}

/** JS/TS modules, by extension. */
export const JS_MODULE = /\.(?:[cm]?[jt]s|[jt]sx)$/;

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

function isPackageJson(path: string): boolean {
  return path === PACKAGE_JSON || path.endsWith(`/${PACKAGE_JSON}`) || path.endsWith(`${sep}${PACKAGE_JSON}`);
}

/** The script files a package.json's scripts run with a JS runtime (`node scripts/boot.mjs`), at most MAX_PACKAGE_FILES. */
function nodeScriptsIn(packageJson: string): string[] {
  const files = new Set<string>();
  let scripts: unknown;
  try {
    scripts = (JSON.parse(packageJson) as { scripts?: unknown }).scripts;
  } catch {
    return [];
  }
  if (scripts === null || typeof scripts !== 'object') return [];
  for (const value of Object.values(scripts as Record<string, unknown>)) {
    if (typeof value !== 'string') continue;
    for (const command of value.split(/&&|\|\||[;|]/)) {
      const file = nodeScriptFile(command.trim().split(/\s+/).map((word) => word.replace(/^["']|["']$/g, '')));
      if (file !== undefined) files.add(file);
    }
  }
  return [...files].slice(0, MAX_PACKAGE_FILES);
}

/** The files beside a start script that define the app's own commands: manage.py's CLI, package.json's scripts. */
const APP_COMMAND_FILES = [MANAGE_PY, PACKAGE_JSON];

/**
 * Start scripts, Dockerfiles, Procfiles and compose files, by name: `entrypoint.sh`, `docker-entrypoint`, `Dockerfile`,
 * `Dockerfile.prod`, `api.Dockerfile`, `Procfile`, `docker-compose.yml`. The engine decides whether one starts the app;
 * this only says which files may need the fact.
 */
function wantsAppCommands(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  return (
    /\.(?:sh|bash)$/.test(name) ||
    /^(?:docker-)?entrypoint$/.test(name) ||
    /^(?:dockerfile|containerfile)(?:[._-].*)?$|\.dockerfile$/.test(name) ||
    name === 'procfile' ||
    /^(?:docker-)?compose(?:[.-][\w-]+)?\.ya?ml$/.test(name)
  );
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
