// Factor XII in Go: schema migrations run on a server's start path (gorm AutoMigrate,
// golang-migrate, goose, sql-migrate, bun, ent, atlas). Silent in one-off commands
// (`cmd/migrate`, tools/, scripts), tests, programs that start no server, and behind a flag.
import { goImports } from '../../languages/go';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { DDL_PATTERN } from './ddl';
import type { Effect } from './javascript-calls';
import { fileNameWords, isOneOffOrTestFile } from './javascript-paths';
import { migrationCallOf } from './go-calls';
import { startPath } from './go-start-path';
import { MigrationGroups } from './grouped';

const VERBS: Readonly<Record<Effect, string>> = {
  'migrates': 'runs migrations',
  'changes-schema': 'changes the schema',
  'drops-schema': 'drops and recreates the schema',
};
const ADVICE = 'run migrations as a one-off admin process (e.g. `go run ./cmd/migrate`, or the migrate CLI) before release.';
/** Go's conventional homes of one-off programs, besides those JavaScript has. */
const GO_TOOL_FOLDERS = new Set(['tools', 'tool', 'hack', 'testdata', 'testutil', 'testutils', 'dev', 'devtools']);
/** A condition that makes migrating a choice of the operator: a flag, an argument, a setting, the environment. */
const OPT_IN = /migrat|flag\.|os\.Args|Getenv|LookupEnv|\*\w+/i;
/**
 * A condition only a non-production environment meets, however the app holds its stage: `cfg.Env != "production"`,
 * `Env == "development"`, `gin.Mode() == gin.DebugMode`, `config.IsDevelopment()`. Its `if` block is off the
 * production start path (its `else` is on it).
 */
const NOT_PRODUCTION = /!=\s*"(?:prod|production)"|==\s*"(?:dev|develop|development|local|test|testing|debug)"|==\s*gin\.DebugMode|\bIs(?:Dev|Development|Local|Debug)\(\)/;

export const goChecks: LanguageCheck[] = [
  {
    languages: ['go'],
    // `migrat`, not `migrate`: the app's own `store.RunMigrations(db)` holds no "migrate".
    keywords: ['migrat', 'goose', 'schema.create', 'schemaapply', 'xorm', 'runsyncdb'],
    // Hand-written DDL run through Exec: no library name announces it.
    patterns: [DDL_PATTERN],
    check,
  },
];

function check(context: RuleContext): void {
  const root = context.parsed.tree?.rootNode;
  if (!root || isOneOffGoFile(context.path)) return;
  const imports = goImports(root);
  const groups = new MigrationGroups(context);
  for (const fn of startPath(root, imports)) {
    walkTree(fn, (node) => {
      if (node.type === 'func_literal' && !isInvokedAtOnce(node)) return false;
      if (node.type !== 'call_expression') return true;
      const found = migrationCallOf(node, imports, root);
      if (!found || isOptIn(node, fn)) return true;
      groups.add(node, { span: nodeSpan(node), message: `Factor XII: \`${found.label}\` ${VERBS[found.effect]} every time the app starts; ${ADVICE}` });
      return false;
    });
  }
  groups.flush();
}

function isOneOffGoFile(path: string): boolean {
  if (isOneOffOrTestFile(path)) return true;
  const folders = path.split('/').slice(0, -1);
  return folders.flatMap(fileNameWords).some((word) => GO_TOOL_FOLDERS.has(word));
}

/** `go func() { ... }()`, `func() { ... }()`: run now, unlike a handler or a cobra command's Run. */
function isInvokedAtOnce(literal: SyntaxNode): boolean {
  return literal.parent?.type === 'call_expression' && literal.parent.childForFieldName('function')?.id === literal.id;
}

/** Inside `if *migrate { ... }`, `if cfg.AutoMigrate { ... }`, or a `case "migrate":` of a switch on the arguments. */
function isOptIn(call: SyntaxNode, fn: SyntaxNode): boolean {
  let node: SyntaxNode = call;
  for (let parent = node.parent; parent && parent.id !== fn.id; node = parent, parent = node.parent) {
    if (parent.type === 'if_statement' && parent.childForFieldName('condition')?.id !== node.id && parent.childForFieldName('initializer')?.id !== node.id) {
      const condition = parent.childForFieldName('condition')?.text ?? '';
      if (OPT_IN.test(condition)) return true;
      if (NOT_PRODUCTION.test(condition) && parent.childForFieldName('consequence')?.id === node.id) return true;
    }
    if (parent.type === 'expression_case' || parent.type === 'default_case') {
      const switchStatement = parent.parent;
      const subject = `${switchStatement?.childForFieldName('value')?.text ?? ''} ${parent.childForFieldName('value')?.text ?? ''}`;
      if (OPT_IN.test(subject)) return true;
    }
  }
  return false;
}
