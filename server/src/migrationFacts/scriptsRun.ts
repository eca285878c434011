// The files an app's own code runs by name (Factor XII): the Node scripts a package.json's scripts run
// (`"boot": "node scripts/boot.mjs"`) and the files a Ruby file requires (`require_relative "lib/database"`),
// each read once and parsed only when its text passes the check's prefilter.
import { dirname, join, sep } from 'node:path';
import { nodeScriptFile, PACKAGE_JSON } from '../engine/rules/startup-migration/app-commands';
import { mayMigrateJs, nodeScriptMigration } from '../engine/rules/startup-migration/javascript-imported';
import { mayMigrateRuby, migratingRubyMethodsIn, relativeRequires } from '../engine/rules/startup-migration/ruby-imported';
import type { ImportedJsonStore, ImportedMigration } from '../engine/types';
import { mayExportRubyStore, rubyJsonStoresIn } from '../engine/rules/memory-session-store/ruby-json-file';
import type { Grammars } from '../grammars';
import { displayPath } from '../displayPath';
import { grammarLoaded, jsLanguageOf, MAX_PACKAGE_FILES, once } from './files';
import type { CommandsCache } from './startScripts';
import { readInside } from '../safeRead';

export class ScriptsRun {
  /** By absolute required file: its JSON stores' classes (Factor VI), read once. */
  private readonly rubyStores = new Map<string, Promise<ImportedJsonStore[]>>();

  constructor(
    private readonly commands: CommandsCache,
    private readonly grammars?: Grammars,
  ) {}

  /** The Node scripts a package.json's scripts run that migrate on their own start path, from the package's folder. */
  async byPackageJson(file: string, realRoot: string, displayBase: string, text?: string): Promise<ImportedMigration[]> {
    const source = text ?? (await readInside(file, realRoot));
    const found: ImportedMigration[] = [];
    for (const name of nodeScriptsIn(source ?? '')) {
      const absolute = join(dirname(file), ...name.split('/'));
      found.push(...(await once(this.commands, absolute, () => this.readNodeScript(name, absolute, realRoot, displayBase))));
    }
    return found;
  }

  /** `require_relative "lib/database"`: the module methods of the required files whose body migrates. */
  async requiredByRuby(file: string, source: string, realRoot: string, displayBase: string): Promise<ImportedMigration[]> {
    const found: ImportedMigration[] = [];
    for (const required of relativeRequires(source).slice(0, MAX_PACKAGE_FILES)) {
      const absolute = join(dirname(file), ...required.split('/'));
      found.push(...(await once(this.commands, absolute, () => this.readRubyFile(absolute, realRoot, displayBase))));
    }
    return found;
  }

  /** `require_relative "lib/json_store"`: the classes of the required files that rewrite the JSON file they are given. */
  async jsonStoresRequiredByRuby(file: string, source: string, realRoot: string, displayBase: string): Promise<ImportedJsonStore[]> {
    const found: ImportedJsonStore[] = [];
    for (const required of relativeRequires(source).slice(0, MAX_PACKAGE_FILES)) {
      const absolute = join(dirname(file), ...required.split('/'));
      found.push(...(await once(this.rubyStores, absolute, () => this.readRubyStores(required, absolute, realRoot, displayBase))));
    }
    return found;
  }

  forget(): void {
    this.rubyStores.clear();
  }

  private async readRubyStores(required: string, absolute: string, realRoot: string, displayBase: string): Promise<ImportedJsonStore[]> {
    const text = await readInside(absolute, realRoot);
    if (text === undefined || !mayExportRubyStore(text)) return [];
    return (await grammarLoaded(this.grammars, 'ruby')) ? rubyJsonStoresIn(required, displayPath(displayBase, absolute), text, this.grammars) : [];
  }

  private async readNodeScript(name: string, absolute: string, realRoot: string, displayBase: string): Promise<ImportedMigration[]> {
    const script = await readInside(absolute, realRoot);
    if (script === undefined || !mayMigrateJs(script)) return [];
    const migration = nodeScriptMigration(name, displayPath(displayBase, absolute), script, jsLanguageOf(absolute));
    return migration ? [migration] : [];
  }

  private async readRubyFile(absolute: string, realRoot: string, displayBase: string): Promise<ImportedMigration[]> {
    const text = await readInside(absolute, realRoot);
    if (text === undefined || !mayMigrateRuby(text)) return [];
    return (await grammarLoaded(this.grammars, 'ruby')) ? migratingRubyMethodsIn(displayPath(displayBase, absolute), text, this.grammars) : [];
  }
}

export function isPackageJson(path: string): boolean {
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
