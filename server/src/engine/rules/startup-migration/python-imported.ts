// Factor XII across two Python modules: the start path (a FastAPI start-up hook or lifespan, a Flask
// app factory) calls `init_db()` imported from the app's own `app/db/base.py`, whose body runs
// `Base.metadata.create_all(bind=engine)`. Neither file alone can tell: the name says nothing (the
// FastAPI template's `init_db(session)` only adds the first superuser) and the body cannot see who calls
// it. The node layer (migrationFacts.ts) resolves the modules a file imports and hands over the
// functions in them that migrate (migratingFunctionsIn, below); the check reports the call on the start
// path, with the migration in the other file as its related location. Pure: no file is read here.
import { ParsedDocument } from '../../languages';
import { importBindings } from '../../languages/python';
import { nodeSpan, walkTree, type SyntaxNode, type TreeSitterParsers } from '../../languages/treeSitter';
import { LineIndex } from '../../source';
import type { ImportedMigration, Range } from '../../types';
import { recognizeMigration } from './python-calls';
import { isGatedOff, isOneOffPythonFile, isOnStartPath } from './python-start-path';

/** A module as a file imports it (`app.db.base`, `.database`, `..`), and the names it takes from it. */
export interface ImportedModule {
  module: string;
  names: readonly string[];
}

/** A top-level function of a module that migrates or creates the schema, and where. */
export interface MigratingFunction {
  name: string;
  /** The migration as written, for the message: `Base.metadata.create_all()`. */
  label: string;
  range: Range;
}

// Linear: each run of one character class is ended by a character it cannot hold (the module is never empty,
// so the spaces around it split one way only).
const FROM_IMPORT = /^[ \t]*from[ \t]+(\.*\w[\w.]*|\.+)[ \t]+import[ \t]+(\([^)]*\)|[^\n#;]*)/gm;
const PLAIN_IMPORT = /^[ \t]*import[ \t]+([\w. \t,]+)/gm;
const IMPORTED_NAME = /^([\w.]+)(?:\s+as\s+\w+)?$/;
/** Words of a start path (hooks, factories, the web app's construction): a file without any imports no migration into it. */
const START_WORDS = /on_event|lifespan|_app\b|\bready\b|before_first_request|before_serving|on_start|add_event_handler|listener|__main__|\b(?:Flask|FastAPI|Quart|Sanic|Starlette|Litestar|Bottle)\(/;
/** The most modules one file's facts read: the app's own imports, not a generated module's hundreds. */
const MAX_MODULES = 24;

/** Whether the Python file at `path` may call another module's migration on its start path (a test or a script does not). */
export function wantsImportedMigrations(path: string): boolean {
  return path.endsWith('.py') && !isOneOffPythonFile(path);
}

/** `app.db` + `base` -> `app.db.base`; `.` + `database` -> `.database`; `..` + `db` -> `..db`. */
export function joinModule(module: string, name: string): string {
  return module.endsWith('.') ? `${module}${name}` : `${module}.${name}`;
}

/**
 * The modules `text` imports from, read lexically (the node layer resolves them to files before any parse):
 * `from app.db.base import init_db`, `from . import database`, `import app.database as database`. Nothing
 * when the file shows no start path at all.
 */
export function importedModules(text: string): ImportedModule[] {
  return START_WORDS.test(text) ? modulesImported(text) : [];
}

/** The modules `text` imports from, whatever the file does (importedModules without its start-path gate). */
export function modulesImported(text: string): ImportedModule[] {
  const found: ImportedModule[] = [];
  for (const match of text.matchAll(FROM_IMPORT)) {
    const names = match[2]!.replace(/[()\\]/g, ' ').split(',').map((name) => IMPORTED_NAME.exec(name.trim())?.[1]).filter((name): name is string => !!name && !name.includes('.'));
    if (match[1]!.length > 0 && names.length > 0) found.push({ module: match[1]!, names });
  }
  for (const match of text.matchAll(PLAIN_IMPORT)) {
    for (const part of match[1]!.split(',')) {
      const module = IMPORTED_NAME.exec(part.trim())?.[1];
      if (module) found.push({ module, names: [] });
    }
  }
  return found.slice(0, MAX_MODULES);
}

/**
 * The top-level functions of a module that migrate or create the schema: directly (`Base.metadata.create_all(bind=engine)`,
 * `command.upgrade(cfg, "head")`, DDL through `execute`), or through another top-level function of the module they call.
 * A call behind an opt-in flag or a development switch does not count, nor one in a nested function, nor one the
 * module's own start path runs (`create_app` in the package's `__init__.py`: reported there, not at `create_app()`).
 */
export function migratingFunctionsIn(path: string, text: string, treeSitter?: TreeSitterParsers): MigratingFunction[] {
  const parsed = new ParsedDocument(path, text, 'python', treeSitter);
  try {
    const root = parsed.tree?.rootNode;
    if (!root) return [];
    const lines = new LineIndex(text);
    const bindings = importBindings(root);
    const functions = topLevelFunctions(root);
    const direct = new Map<string, SyntaxNode>();
    for (const [name, fn] of functions) {
      // A migration its own module already runs on the start path (an app factory's) is reported there: one finding.
      const migration = firstCall(fn, (call) => {
        const found = recognizeMigration(call, bindings);
        return !!found && found.tool !== 'app' && !isGatedOff(call) && !isOnStartPath(call, path, root);
      });
      if (migration) direct.set(name, migration);
    }
    const result: MigratingFunction[] = [];
    for (const [name, fn] of functions) {
      const helper = direct.has(name) ? undefined : firstCall(fn, (call) => direct.has(call.childForFieldName('function')?.text ?? '') && !isGatedOff(call));
      const migration = direct.get(name) ?? (helper ? direct.get(helper.childForFieldName('function')!.text) : undefined);
      if (!migration) continue;
      const written = migration.childForFieldName('function')?.text ?? 'migration';
      result.push({ name, label: `${written}()`, range: lines.range(nodeSpan(migration)) });
    }
    return result;
  } finally {
    parsed.dispose();
  }
}

function topLevelFunctions(root: SyntaxNode): Map<string, SyntaxNode> {
  const functions = new Map<string, SyntaxNode>();
  for (const statement of root.namedChildren) {
    const fn = statement?.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    const name = fn?.type === 'function_definition' ? fn.childForFieldName('name')?.text : undefined;
    if (fn && name !== undefined) functions.set(name, fn);
  }
  return functions;
}

/** The first call in `fn`'s own body (not in a nested def or lambda) that `test` accepts. */
function firstCall(fn: SyntaxNode, test: (call: SyntaxNode) => boolean): SyntaxNode | undefined {
  let found: SyntaxNode | undefined;
  walkTree(fn.childForFieldName('body') ?? fn, (node) => {
    if (found || node.type === 'function_definition' || node.type === 'lambda') return false;
    if (node.type === 'call' && test(node)) found = node;
    return undefined;
  });
  return found;
}

/**
 * What each name of this file refers to in another module: `init_db` -> (`app.db.base`, `init_db`) for a function
 * imported by name; `database` -> `.database` for a module (`from . import database`, `import app.database as database`).
 */
interface LocalImports {
  functions: Map<string, { module: string; name: string }>;
  modules: Map<string, string>;
}

function localImports(root: SyntaxNode): LocalImports {
  const functions = new Map<string, { module: string; name: string }>();
  const modules = new Map<string, string>();
  walkTree(root, (node) => {
    if (node.type === 'import_from_statement') {
      const module = node.childForFieldName('module_name')?.text;
      for (const name of node.childrenForFieldName('name')) {
        if (!name) continue;
        const imported = (name.type === 'aliased_import' ? name.childForFieldName('name') : name)?.text;
        const local = name.type === 'aliased_import' ? name.childForFieldName('alias')?.text : imported;
        if (module === undefined || imported === undefined || local === undefined) continue;
        functions.set(local, { module, name: imported });
        modules.set(local, joinModule(module, imported));
      }
      return false;
    }
    if (node.type === 'import_statement') {
      for (const name of node.childrenForFieldName('name')) {
        if (!name) continue;
        if (name.type === 'aliased_import') {
          const alias = name.childForFieldName('alias')?.text;
          const module = name.childForFieldName('name')?.text;
          if (alias !== undefined && module !== undefined) modules.set(alias, module);
        } else modules.set(name.text, name.text); // `import app.database`: called as `app.database.init_db()`
      }
      return false;
    }
    return undefined;
  });
  return { functions, modules };
}

/** The imported migration a call runs: `init_db()`, `database.init_models()`, `app.database.init_db()`. */
export function importedMigrationCalled(call: SyntaxNode, root: SyntaxNode, facts: readonly ImportedMigration[], cache: { imports?: LocalImports }): ImportedMigration | undefined {
  const callee = call.childForFieldName('function');
  if (!callee) return undefined;
  const imports = (cache.imports ??= localImports(root));
  if (callee.type === 'identifier') {
    const target = imports.functions.get(callee.text);
    return target && facts.find((fact) => fact.module === target.module && fact.name === target.name);
  }
  if (callee.type !== 'attribute') return undefined;
  const object = callee.childForFieldName('object')?.text ?? '';
  const name = callee.childForFieldName('attribute')?.text ?? '';
  const module = imports.modules.get(object);
  return module === undefined ? undefined : facts.find((fact) => fact.module === module && fact.name === name);
}
