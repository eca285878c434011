// Factor XII in Go: schema migrations run on a server's start path (gorm AutoMigrate,
// golang-migrate, goose, sql-migrate, bun, ent, atlas), also through an exported function of another package of the
// module that migrates (go-imported.ts). Silent in one-off commands
// (`cmd/migrate`, tools/, scripts), tests, programs that start no server, and behind a flag.
import { goImports } from '../../languages/go';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { DDL_PATTERN } from './ddl';
import { SCHEMA_FILE_PATTERN } from './go-schema-file';
import type { Effect } from './javascript-calls';
import { fileNameWords, isInAdminFolder, isOneOffOrTestFile } from './javascript-paths';
import { migrationCallOf } from './go-calls';
import { packageInitPath, startPath } from './go-start-path';
import { MigrationGroups } from './grouped';
import { isOptIn } from './go-opt-in';
import { importedGoMigrationCalled } from './go-imported';
import type { ImportedMigration } from '../../types';

const VERBS: Readonly<Record<Effect, string>> = {
  'migrates': 'runs migrations',
  'changes-schema': 'changes the schema',
  'drops-schema': 'drops and recreates the schema',
};
const ADVICE = 'run migrations as a one-off admin process (e.g. `go run ./cmd/migrate`, or the migrate CLI) before release.';
/** Go's conventional homes of one-off programs, besides those JavaScript has. */
const GO_TOOL_FOLDERS = new Set(['tools', 'tool', 'hack', 'testdata', 'testutil', 'testutils', 'dev', 'devtools']);
/** The check's own words: `migrat`, not `migrate` (the app's own `store.RunMigrations(db)` holds no "migrate"). */
const KEYWORDS = ['migrat', 'goose', 'schema.create', 'schemaapply', 'xorm', 'runsyncdb'];

export const goChecks: LanguageCheck[] = [
  {
    languages: ['go'],
    keywords: [],
    // A migration's own words, hand-written DDL or a schema file run through Exec (no library name announces it), or a function of
    // another package of the module that migrates (`initialize.RegisterTables()`), found by the node layer.
    mayReport: (file) =>
      KEYWORDS.some((keyword) => file.lowered.includes(keyword)) || DDL_PATTERN.test(file.text) || SCHEMA_FILE_PATTERN.test(file.text) || (file.options.importedMigrations?.length ?? 0) > 0,
    check,
  },
];

function check(context: RuleContext): void {
  const root = context.parsed.tree?.rootNode;
  if (!root || isOneOffGoFolder(context.path)) return;
  const imports = goImports(root);
  const groups = new MigrationGroups(context);
  const imported = context.options.importedMigrations ?? [];
  // A file's name is no program in Go: `internal/app/migrate.go` is compiled into the package, and its `init` runs
  // in the server that imports it (a `//go:build migrate` file too, in every binary built with the tag).
  const functions = isOneOffOrTestFile(context.path) ? packageInitPath(root) : startPath(root, imports);
  for (const fn of functions) {
    walkTree(fn, (node) => {
      if (node.type === 'func_literal' && !isInvokedAtOnce(node)) return false;
      if (node.type !== 'call_expression') return true;
      const found = migrationCallOf(node, imports, root);
      const elsewhere = found || imported.length === 0 ? undefined : importedGoMigrationCalled(node, imports, imported);
      if ((!found && !elsewhere) || isOptIn(node, fn)) return true;
      if (elsewhere) reportImported(groups, node, elsewhere);
      else groups.add(node, { span: nodeSpan(node), message: `Factor XII: \`${found!.label}\` ${VERBS[found!.effect]} every time the app starts; ${ADVICE}` });
      return false;
    });
  }
  groups.flush();
}

/** `initialize.RegisterTables()` on the start path, whose body in another package runs `db.AutoMigrate()`: reported here, the body related. */
function reportImported(groups: MigrationGroups, call: SyntaxNode, elsewhere: ImportedMigration): void {
  const written = call.childForFieldName('function')?.text ?? elsewhere.name;
  groups.add(call, {
    span: nodeSpan(call),
    message: `Factor XII: \`${written}()\` runs \`${elsewhere.label}\` (in ${elsewhere.path}) every time the app starts; ${ADVICE}`,
    relatedElsewhere: [{ path: elsewhere.path, range: elsewhere.range, message: `The migration \`${written}()\` runs.` }],
  });
}

/** `cmd/migrate/`, `scripts/`, `tools/`: a folder of one-off programs (a Go program is a folder). */
function isOneOffGoFolder(path: string): boolean {
  if (isInAdminFolder(path)) return true;
  const folders = path.split('/').slice(0, -1);
  return folders.flatMap(fileNameWords).some((word) => GO_TOOL_FOLDERS.has(word));
}


/** `go func() { ... }()`, `func() { ... }()`: run now, unlike a handler or a cobra command's Run. */
function isInvokedAtOnce(literal: SyntaxNode): boolean {
  return literal.parent?.type === 'call_expression' && literal.parent.childForFieldName('function')?.id === literal.id;
}
