// Factor XII in Go: schema migrations run on a server's start path (gorm AutoMigrate,
// golang-migrate, goose, sql-migrate, bun, ent, atlas). Silent in one-off commands
// (`cmd/migrate`, tools/, scripts), tests, programs that start no server, and behind a flag.
import { goImports } from '../../languages/go';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { DDL_PATTERN } from './ddl';
import type { Effect } from './javascript-calls';
import { fileNameWords, isInAdminFolder, isOneOffOrTestFile } from './javascript-paths';
import { migrationCallOf } from './go-calls';
import { packageInitPath, startPath } from './go-start-path';
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
/** Stages a development branch names: `Env == "development"`, `"local" == cfg.Stage`. */
const DEVELOPMENT_STAGES = /^"(?:dev|develop|development|local|test|testing|debug)"$/;
const PRODUCTION_STAGES = /^"(?:prod|production)"$/;
/** `config.IsDevelopment()`, `env.IsLocal()`: a stage predicate the app's config offers. */
const DEVELOPMENT_PREDICATE = /\bIs(?:Dev|Development|Local|Debug)$/;

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
  if (!root || isOneOffGoFolder(context.path)) return;
  const imports = goImports(root);
  const groups = new MigrationGroups(context);
  // A file's name is no program in Go: `internal/app/migrate.go` is compiled into the package, and its `init` runs
  // in the server that imports it (a `//go:build migrate` file too, in every binary built with the tag).
  const functions = isOneOffOrTestFile(context.path) ? packageInitPath(root) : startPath(root, imports);
  for (const fn of functions) {
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

/** Inside `if *migrate { ... }`, `if cfg.AutoMigrate { ... }`, or a `case "migrate":` of a switch on the arguments. */
function isOptIn(call: SyntaxNode, fn: SyntaxNode): boolean {
  let node: SyntaxNode = call;
  for (let parent = node.parent; parent && parent.id !== fn.id; node = parent, parent = node.parent) {
    if (parent.type === 'if_statement' && parent.childForFieldName('condition')?.id !== node.id && parent.childForFieldName('initializer')?.id !== node.id) {
      const condition = parent.childForFieldName('condition');
      if (OPT_IN.test(condition?.text ?? '')) return true;
      if (condition && isNonProductionTest(condition) && parent.childForFieldName('consequence')?.id === node.id) return true;
    }
    if (parent.type === 'expression_case' || parent.type === 'default_case') {
      const switchStatement = parent.parent;
      const subject = `${switchStatement?.childForFieldName('value')?.text ?? ''} ${parent.childForFieldName('value')?.text ?? ''}`;
      if (OPT_IN.test(subject)) return true;
    }
  }
  return false;
}

/**
 * A condition only a non-production environment meets, however the app holds its stage: `cfg.Env != "production"`,
 * `"development" == Env`, `gin.Mode() == gin.DebugMode`, `config.IsDevelopment()`. Its `if` block is off the
 * production start path (its `else` is on it). `a && b` is such a test when either side is; `a || b` only when both
 * are (`Env == "dev" || Env == "production"` runs in production).
 */
function isNonProductionTest(test: SyntaxNode): boolean {
  if (test.type === 'parenthesized_expression') return test.namedChildren.some((inner) => inner !== null && isNonProductionTest(inner));
  if (test.type === 'call_expression') return DEVELOPMENT_PREDICATE.test(test.childForFieldName('function')?.text ?? '');
  if (test.type !== 'binary_expression') return false;
  const left = test.childForFieldName('left');
  const right = test.childForFieldName('right');
  if (!left || !right) return false;
  const operator = test.childForFieldName('operator')?.text;
  if (operator === '&&') return isNonProductionTest(left) || isNonProductionTest(right);
  if (operator === '||') return isNonProductionTest(left) && isNonProductionTest(right);
  const sides = [left.text, right.text];
  if (operator === '!=') return sides.some((side) => PRODUCTION_STAGES.test(side));
  if (operator === '==') return sides.some((side) => DEVELOPMENT_STAGES.test(side) || side === 'gin.DebugMode');
  return false;
}
