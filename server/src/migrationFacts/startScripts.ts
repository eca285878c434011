// For a start script, a Dockerfile, a Procfile or a compose file (Factor XII): the commands of the manage.py and
// package.json beside it (and of the Django or Laravel project there or above) that migrate, and the shell scripts
// beside it that migrate (which it may run by path).
import { dirname, join, sep } from 'node:path';
import { mayMigrate } from '../engine/rules/startup-migration/python';
import { appCommandsIn, artisanCommandMigration, djangoCommandMigration, MANAGE_PY, PACKAGE_JSON, shellScriptMigration } from '../engine/rules/startup-migration/app-commands';
import { MIGRATION_KEYWORDS } from '../engine/rules/startup-migration/config-commands';
import { isMakefilePath, MAKEFILE_NAMES, makefileIncludes, type IncludedMakefile } from '../engine/rules/startup-migration/makefile-targets';
import type { ImportedMigration } from '../engine/types';
import { isInside } from '../gitignore';
import type { Grammars } from '../grammars';
import { displayPath } from '../displayPath';
import { filesIn, grammarLoaded, MAX_PACKAGE_FILES, once } from './files';
import { listDir, readInside } from '../safeRead';

/** What one file (a script, a manage.py, a required file) gives, read once until a watched file changes; shared by the readers of such files. */
export type CommandsCache = Map<string, Promise<ImportedMigration[]>>;

export class StartScripts {
  /** By absolute folder: the framework commands of the app rooted there, or undefined when it is no Laravel or Django root. */
  private readonly frameworkCommands = new Map<string, Promise<ImportedMigration[] | undefined>>();

  constructor(
    private readonly commands: CommandsCache,
    private readonly grammars?: Grammars,
  ) {}

  /**
   * The migrating commands of the manage.py and package.json in the script's own folder (where it runs them from), and
   * of the app the script belongs to: the Artisan commands (`app/Console/Commands/*.php`) of the Laravel app and the
   * Django management commands (`<app>/management/commands/*.py`) of the project, found in the script's folder or one
   * above it (`docker/entrypoint.sh` beside `artisan` one level up).
   */
  async beside(file: string, root: string, realRoot: string, displayBase: string): Promise<ImportedMigration[]> {
    const found: ImportedMigration[] = [];
    for (let folder = dirname(file); isInside(folder, root); folder = dirname(folder)) {
      const commands = await once(this.frameworkCommands, folder, () => this.readFrameworkCommands(folder, realRoot, displayBase));
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
      found.push(...(await once(this.commands, absolute, () => this.readScriptMigration(absolute, realRoot, displayBase))));
    }
    for (const name of APP_COMMAND_FILES) {
      const absolute = join(dirname(file), name);
      found.push(...(await once(this.commands, absolute, () => this.readAppCommands(absolute, realRoot, displayBase))));
    }
    return found;
  }

  forget(): void {
    this.frameworkCommands.clear();
  }

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
        if (!(await grammarLoaded(this.grammars, 'python'))) return found;
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
    if (absolute.endsWith('.py') && (!mayMigrate(text) || !(await grammarLoaded(this.grammars, 'python')))) return [];
    if (isMakefilePath(path)) {
      const included = await this.readIncludedMakefiles(absolute, text, realRoot, displayBase);
      // A Makefile is parsed only when a migration's words are in it or a file it includes (`make upgrade_db` runs `alembic upgrade heads`).
      if (![text, ...included.map((file) => file.text)].some((each) => MIGRATION_KEYWORDS.some((keyword) => each.toLowerCase().includes(keyword)))) return [];
      return appCommandsIn(path, text, this.grammars, [], included);
    }
    return appCommandsIn(path, text, this.grammars);
  }

  /**
   * The files a Makefile includes (`include mk/db.mk`), in the Makefile's folder or below it (no `..`, no absolute path,
   * nothing make would expand), read with safeRead's policy; their own includes followed a fixed depth and count.
   */
  private async readIncludedMakefiles(makefile: string, text: string, realRoot: string, displayBase: string): Promise<IncludedMakefile[]> {
    const folder = dirname(makefile);
    const found: IncludedMakefile[] = [];
    const seen = new Set([makefile]);
    const queue = makefileIncludes(text).map((path) => ({ path, depth: 1 }));
    while (queue.length > 0 && found.length < MAX_INCLUDED_MAKEFILES) {
      const { path, depth } = queue.shift()!;
      const absolute = join(folder, path);
      if (seen.has(absolute) || !isInside(absolute, folder)) continue;
      seen.add(absolute);
      const included = await readInside(absolute, realRoot);
      if (included === undefined) continue;
      found.push({ path: displayPath(displayBase, absolute), text: included });
      if (depth < MAX_INCLUDE_DEPTH) queue.push(...makefileIncludes(included).map((next) => ({ path: next, depth: depth + 1 })));
    }
    return found;
  }
}

/** How many files one Makefile's includes may bring, and how deep includes of includes are followed. */
const MAX_INCLUDED_MAKEFILES = 8;
const MAX_INCLUDE_DEPTH = 3;

/** The files beside a start script that define the app's own commands: manage.py's CLI, package.json's scripts, make's targets. */
const APP_COMMAND_FILES = [MANAGE_PY, PACKAGE_JSON, ...MAKEFILE_NAMES];

/**
 * Start scripts, Dockerfiles, Procfiles and compose files, by name: `entrypoint.sh`, `docker-entrypoint`, `Dockerfile`,
 * `Dockerfile.prod`, `api.Dockerfile`, `Procfile`, `docker-compose.yml`. The engine decides whether one starts the app;
 * this only says which files may need the fact.
 */
export function wantsAppCommands(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  return (
    /\.(?:sh|bash)$/.test(name) ||
    /^(?:docker-)?entrypoint$/.test(name) ||
    /^(?:dockerfile|containerfile)(?:[._-].*)?$|\.dockerfile$/.test(name) ||
    name === 'procfile' ||
    /^(?:docker-)?compose(?:[.-][\w-]+)?\.ya?ml$/.test(name)
  );
}
