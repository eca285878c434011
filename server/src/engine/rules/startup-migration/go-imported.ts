// Factor XII across two Go packages of one module: `main` calls `initialize.RegisterTables()` from the module's own
// `initialize` package, whose body runs `db.AutoMigrate(model.User{}, …)` on a package-level `*gorm.DB`
// (gin-vue-admin). Neither file alone can tell: the name says nothing and the body cannot see who calls it. The
// node layer (migrationFacts.ts) reads go.mod, resolves the imports under the module's path to their folders and
// hands over the exported functions there that migrate (migratingGoFunctionsIn, below); the check reports the call
// on the start path, the migration in the other package related. Pure: no file is read here.
import { ParsedDocument } from '../../languages';
import { callName, goImports } from '../../languages/go';
import { nodeSpan, walkTree, type SyntaxNode, type TreeSitterParsers } from '../../languages/treeSitter';
import { LineIndex } from '../../source';
import type { ImportedMigration } from '../../types';
import { migrationCallOf } from './go-calls';
import { isOptIn } from './go-opt-in';
import { startPath } from './go-start-path';
import { isOneOffOrTestFile } from './javascript-paths';
import type { MigratingFunction } from './python-imported';

/** Words of a Go file that may migrate, before any parse (the check's own keywords, and DDL). */
const MAY_MIGRATE = /automigrate|migrat|goose|schema\.create|schemaapply|xorm|runsyncdb|create\s+table|alter\s+table/i;
/** The most packages one file's facts read: a main's own imports, not a generated file's hundreds. */
const MAX_PACKAGES = 24;

/** Whether a Go file may call another package's migration on its start path (a test does not). */
export function wantsGoImportedMigrations(path: string): boolean {
  return path.endsWith('.go') && !isOneOffOrTestFile(path);
}

/** Whether a package's file is worth parsing for migrations. */
export function mayMigrateGo(text: string): boolean {
  return MAY_MIGRATE.test(text);
}

/**
 * The import paths under the module's own path that `text` imports (`"github.com/acme/admin/initialize"`), read
 * lexically from the file's import declarations (the node layer resolves them to folders before any parse).
 */
export function moduleImports(text: string, modulePath: string): string[] {
  const header = text.slice(0, Math.max(text.search(/^func\s/m), 0) || text.length);
  const found = new Set<string>();
  for (const match of header.matchAll(/"([^"\s]{1,300})"/g)) if (match[1]!.startsWith(`${modulePath}/`)) found.add(match[1]!);
  return [...found].slice(0, MAX_PACKAGES);
}

/**
 * The exported top-level functions of a package file that migrate directly (`db.AutoMigrate(...)`, goose, golang-migrate:
 * what go-calls.ts reads), outside closures and not behind a flag or a development branch: the names another package calls.
 * Not one the file's own start path holds (a database set-up that opens the database, an `init`): reported in its file.
 */
export function migratingGoFunctionsIn(path: string, text: string, treeSitter?: TreeSitterParsers): MigratingFunction[] {
  const parsed = new ParsedDocument(path, text, 'go', treeSitter);
  try {
    const root = parsed.tree?.rootNode;
    if (!root) return [];
    const imports = goImports(root);
    const lines = new LineIndex(text);
    // A function its own file already reads as start-up (`database.InitDB()`, which opens the database) is reported there: one finding.
    const reportedThere = new Set([...startPath(root, imports)].map((fn) => fn.id));
    const result: MigratingFunction[] = [];
    for (const fn of root.namedChildren) {
      const name = fn?.type === 'function_declaration' ? fn.childForFieldName('name')?.text : undefined;
      if (!fn || name === undefined || !/^[A-Z]/.test(name) || reportedThere.has(fn.id)) continue;
      let migration: SyntaxNode | undefined;
      walkTree(fn.childForFieldName('body') ?? fn, (node) => {
        if (migration || node.type === 'func_literal') return false;
        if (node.type === 'call_expression' && migrationCallOf(node, imports, root) && !isOptIn(node, fn)) migration = node;
        return undefined;
      });
      if (migration) result.push({ name, label: `${callName(migration) ?? 'migration'}()`, range: lines.range(nodeSpan(migration)) });
    }
    return result;
  } finally {
    parsed.dispose();
  }
}

/** The imported migration a call runs: `initialize.RegisterTables()`, the package named by its import. */
export function importedGoMigrationCalled(call: SyntaxNode, imports: ReadonlyMap<string, string>, facts: readonly ImportedMigration[]): ImportedMigration | undefined {
  const name = callName(call);
  const dot = name?.indexOf('.') ?? -1;
  if (name === undefined || dot < 0 || name.indexOf('.', dot + 1) >= 0) return undefined;
  const module = imports.get(name.slice(0, dot));
  return module === undefined ? undefined : facts.find((fact) => fact.module === module && fact.name === name.slice(dot + 1));
}
