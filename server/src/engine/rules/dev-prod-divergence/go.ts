// Go: a database driver chosen by an environment test, the Go form of a knexfile's `production:` block.
// `if cfg.Env == "production" { d = postgres.Open(dsn) } else { d = sqlite.Open("dev.db") }` (gorm's
// dialector packages name the kind) and `switch os.Getenv("APP_ENV") { case "production": sql.Open("pgx", …);
// default: sql.Open("sqlite3", …) }` (database/sql and sqlx name it in their first argument).
import { callArguments, dottedGoName, goImports, goStringValue, isGoTestFile, named, qualifiedName } from '../../languages/go';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { isNonServerPath } from '../process-paths';
import { declarationsIn, labelEnvironments, readsEnvironment, testedEnvironments } from './environment-tests';
import { reportDivergences, type ServiceChoice } from './kinds';

/** gorm's dialectors (`gorm.io/driver/postgres`, the cgo-free `github.com/glebarez/sqlite`): the package is the kind. */
const GORM_DIALECTOR = /^(?:gorm\.io\/driver\/(\w+)|github\.com\/glebarez\/(sqlite))\.(?:Open|New)$/;
/** database/sql and sqlx: the driver name is the first argument. */
const NAMED_DRIVER = /^(?:database\/sql|github\.com\/jmoiron\/sqlx)\.(?:Open|MustOpen|Connect|MustConnect)$/;
/** Branches are read up to the next test or function inside them: those choose for themselves. */
const NESTED = new Set(['if_statement', 'expression_switch_statement', 'func_literal']);

export const goCheck: LanguageCheck = { languages: ['go'], keywords: ['gorm.io/driver', 'glebarez/sqlite', 'database/sql', 'jmoiron/sqlx'], check };

function check(context: RuleContext): void {
  const root = context.parsed.tree?.rootNode;
  if (!root || isGoTestFile(context.path) || isNonServerPath(context.path)) return;
  const imports = goImports(root);
  const declaration = declarationsIn(context.text);
  walkTree(root, (node) => {
    const branches = node.type === 'if_statement' ? ifBranches(node, declaration) : node.type === 'expression_switch_statement' ? switchBranches(node) : [];
    const choices = branches.flatMap(({ environment, body }) => {
      const driver = driverIn(body, imports);
      return driver ? [{ environment, ...driver }] : [];
    });
    if (choices.length > 1) reportDivergences(context, choices);
  });
}

interface Branch {
  environment: string;
  body: SyntaxNode;
}

/**
 * `if <environment test> { … } else { … }`; an `else if` chain is not read. Without an `else`, the other side is
 * the default the statement just before assigns to a name the `if` assigns again (`d := postgres.Open(dsn);
 * if env == "development" { d = sqlite.Open("dev.db") }`).
 */
function ifBranches(statement: SyntaxNode, declaration: (name: string) => string | undefined): Branch[] {
  const consequence = statement.childForFieldName('consequence');
  const alternative = statement.childForFieldName('alternative') ?? overriddenDefault(statement, consequence);
  const sides = testedEnvironments(statement.childForFieldName('condition')?.text ?? '', declaration);
  if (!sides || !consequence || !alternative || alternative.type === 'if_statement') return [];
  return [{ environment: sides[0], body: consequence }, { environment: sides[1], body: alternative }];
}

const ASSIGNMENTS = new Set(['short_var_declaration', 'assignment_statement']);

/** The assignment right before an `if` without `else` whose names the `if`'s block assigns again. */
function overriddenDefault(statement: SyntaxNode, consequence: SyntaxNode | null): SyntaxNode | undefined {
  let before = statement.previousNamedSibling;
  while (before?.type === 'comment') before = before.previousNamedSibling;
  if (!before || !consequence || !ASSIGNMENTS.has(before.type)) return undefined;
  const defaults = new Set(assignedNames(before));
  // A block holds its statements in a statement_list.
  const statements = named(consequence).flatMap((child) => (child.type === 'statement_list' ? named(child) : [child]));
  const reassigned = statements.some((child) => child.type === 'assignment_statement' && assignedNames(child).some((name) => defaults.has(name)));
  return reassigned ? before : undefined;
}

/** The plain names on an assignment's left (`db, err`); `_` assigns nothing. */
function assignedNames(assignment: SyntaxNode): string[] {
  return named(assignment.childForFieldName('left'))
    .filter((target) => target.type === 'identifier' && target.text !== '_')
    .map((target) => target.text);
}

/** `switch <environment read> { case "production": … default: … }`: `default` is development when production has a case. */
function switchBranches(statement: SyntaxNode): Branch[] {
  if (!readsEnvironment(statement.childForFieldName('value')?.text ?? '')) return [];
  const cases = named(statement).filter((child) => child.type === 'expression_case');
  const labelled = cases.flatMap((clause) => {
    const labels = named(clause.childForFieldName('value')).map((label) => goStringValue(label) ?? '');
    return labelEnvironments(labels).map((environment) => ({ environment, body: clause }));
  });
  const fallback = named(statement).find((child) => child.type === 'default_case');
  const production = labelled.some((branch) => branch.environment === 'production');
  if (fallback) labelled.push({ environment: production ? 'development' : 'production', body: fallback });
  return labelled;
}

/** The first driver a branch opens, outside tests and functions nested in it. */
function driverIn(body: SyntaxNode, imports: ReadonlyMap<string, string>): Omit<ServiceChoice, 'environment'> | undefined {
  let found: Omit<ServiceChoice, 'environment'> | undefined;
  walkTree(body, (node) => {
    if (found || (node.id !== body.id && NESTED.has(node.type))) return false;
    if (node.type === 'call_expression') found = driverOf(node, imports);
    return undefined;
  });
  return found;
}

function driverOf(call: SyntaxNode, imports: ReadonlyMap<string, string>): Omit<ServiceChoice, 'environment'> | undefined {
  const callee = call.childForFieldName('function');
  const name = qualifiedName(dottedGoName(callee), imports) ?? '';
  const dialector = GORM_DIALECTOR.exec(name);
  if (dialector && callee) return { driver: dialector[1] ?? dialector[2]!, span: nodeSpan(callee) };
  const first = NAMED_DRIVER.test(name) ? callArguments(call)[0] : undefined;
  const driver = goStringValue(first);
  return first && driver ? { driver, span: nodeSpan(first) } : undefined;
}
