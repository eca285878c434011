// Python configs that name a database per environment without Django's DATABASES/CACHES shape:
// a dict keyed by environment (`{"development": {"url": "sqlite:///dev.db"}, "production": {"url":
// "postgresql://…"}}`, SQLAlchemy/Peewee/Tortoise settings written by hand) and Flask-style config
// classes (`class DevelopmentConfig(Config): SQLALCHEMY_DATABASE_URI = "sqlite:///dev.db"` beside
// `class ProductionConfig(Config): SQLALCHEMY_DATABASE_URI = "postgresql://…"`).
import { stringValue } from '../../languages/python';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import { namesService, urlScheme, type ServiceChoice } from './kinds';

const PRODUCTION_KEYS = new Set(['production', 'prod']);
/** Keys that name the backend: a driver or engine, or a URL whose scheme does. */
const DRIVER_KEYS = new Set(['engine', 'driver', 'dialect', 'adapter', 'client', 'backend']);
const URL_KEYS = /^(?:url|uri|dsn|database_url|database_uri|sqlalchemy_database_uri|db_url|db_uri)$/i;
/** Config class names by environment: DevelopmentConfig, TestingConfig, ProdSettings. */
const CLASS_ENVIRONMENTS: readonly [RegExp, string][] = [
  [/^(?:Production|Prod)(?:Config|Settings|Configuration)$/, 'production'],
  [/^(?:Development|Dev|Local)(?:Config|Settings|Configuration)$/, 'development'],
  [/^(?:Testing|Test)(?:Config|Settings|Configuration)$/, 'test'],
];

/** Each environment-keyed dict and each set of config classes: their environments and backends. */
export function pythonEnvironmentChoices(root: SyntaxNode): ServiceChoice[][] {
  const groups: ServiceChoice[][] = [];
  walkTree(root, (node) => {
    if (node.type === 'dictionary' && hasProductionKey(node)) groups.push(dictChoices(node));
    return undefined;
  });
  const classes = classChoices(root);
  if (classes.length > 0) groups.push(classes);
  return groups;
}

function hasProductionKey(dict: SyntaxNode): boolean {
  return dict.namedChildren.some((pair) => pair?.type === 'pair' && PRODUCTION_KEYS.has(stringValue(pair.childForFieldName('key')) ?? ''));
}

function dictChoices(dict: SyntaxNode): ServiceChoice[] {
  const choices: ServiceChoice[] = [];
  for (const pair of dict.namedChildren) {
    const environment = pair?.type === 'pair' ? stringValue(pair.childForFieldName('key')) : undefined;
    const block = pair?.childForFieldName('value');
    const backend = block?.type === 'dictionary' ? dictBackend(block) : block && urlBackend(block);
    if (environment !== undefined && backend) choices.push({ environment, ...backend });
  }
  return choices;
}

function dictBackend(block: SyntaxNode): Omit<ServiceChoice, 'environment'> | undefined {
  for (const pair of block.namedChildren) {
    const key = pair?.type === 'pair' ? stringValue(pair.childForFieldName('key')) : undefined;
    const value = pair?.childForFieldName('value');
    if (key === undefined || !value) continue;
    if (DRIVER_KEYS.has(key.toLowerCase()) && stringValue(value) !== undefined) return { driver: stringValue(value)!, span: spanOf(value) };
    if (URL_KEYS.test(key)) return urlBackend(value);
  }
  return undefined;
}

/** `"sqlite:///dev.db"` -> driver `sqlite`; a string that is no URL says nothing. */
function urlBackend(value: SyntaxNode): Omit<ServiceChoice, 'environment'> | undefined {
  const text = stringValue(value);
  const scheme = text === undefined ? undefined : urlScheme(text);
  return scheme === undefined || !namesService(scheme) ? undefined : { driver: scheme, span: spanOf(value) };
}

function classChoices(root: SyntaxNode): ServiceChoice[] {
  const helpers = helperUrls(root);
  const choices: ServiceChoice[] = [];
  for (const statement of root.namedChildren) {
    const definition = statement?.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    if (definition?.type !== 'class_definition') continue;
    const name = definition.childForFieldName('name')?.text ?? '';
    const environment = CLASS_ENVIRONMENTS.find(([pattern]) => pattern.test(name))?.[1];
    const backend = environment === undefined ? undefined : classBackend(definition, helpers);
    if (environment !== undefined && backend) choices.push({ environment, ...backend });
  }
  return choices;
}

/**
 * `SQLALCHEMY_DATABASE_URI = "postgresql://…"` in the class body: a literal URL (an env read names no kind), or a call of
 * a helper of the module that returns one (`sqlite_uri("dev.db")`, helperUrls).
 */
function classBackend(definition: SyntaxNode, helpers: ReadonlyMap<string, string>): Omit<ServiceChoice, 'environment'> | undefined {
  for (const statement of definition.childForFieldName('body')?.namedChildren ?? []) {
    const assignment = statement?.type === 'expression_statement' ? statement.namedChild(0) : undefined;
    const left = assignment?.type === 'assignment' ? assignment.childForFieldName('left')?.text : undefined;
    const right = assignment?.childForFieldName('right');
    if (left === undefined || !right || !URL_KEYS.test(left)) continue;
    const helper = right.type === 'call' ? helpers.get(right.childForFieldName('function')?.text ?? '') : undefined;
    return helper !== undefined ? { driver: helper, span: spanOf(right) } : urlBackend(right);
  }
  return undefined;
}

/**
 * Module-level functions whose one `return` builds a URL on a literal scheme, by name, with that scheme: `def
 * sqlite_uri(name): return 'sqlite:///{}'.format(…)`, `f"sqlite:///{path}"`, `"sqlite:///" + path`. One hop only; a
 * helper that returns an env read (`os.environ["DATABASE_URL"]`) names no kind.
 */
function helperUrls(root: SyntaxNode): Map<string, string> {
  const helpers = new Map<string, string>();
  for (const statement of root.namedChildren) {
    if (statement?.type !== 'function_definition') continue;
    const returns: SyntaxNode[] = [];
    walkTree(statement, (node) => {
      if (node.id !== statement.id && (node.type === 'function_definition' || node.type === 'class_definition')) return false;
      if (node.type === 'return_statement' && node.namedChild(0)) returns.push(node.namedChild(0)!);
      return undefined;
    });
    const scheme = returns.length === 1 ? /^([a-z][a-z0-9+]*):\/\//i.exec(leadingText(returns[0]!))?.[1] : undefined;
    const name = statement.childForFieldName('name')?.text;
    if (scheme !== undefined && name !== undefined && namesService(scheme)) helpers.set(name, scheme);
  }
  return helpers;
}

/** The literal text an expression starts with: a string's (f-string too), `'…'.format(…)`'s, `'…' + x`'s or `'…' % x`'s. */
function leadingText(node: SyntaxNode): string {
  if (node.type === 'string') return node.text.replace(/^[A-Za-z]*("{3}|'{3}|"|')/, '');
  if (node.type === 'binary_operator') {
    const left = node.childForFieldName('left');
    return left ? leadingText(left) : '';
  }
  const callee = node.type === 'call' ? node.childForFieldName('function') : undefined;
  const object = callee?.type === 'attribute' && callee.childForFieldName('attribute')?.text === 'format' ? callee.childForFieldName('object') : undefined;
  return object ? leadingText(object) : '';
}

function spanOf(node: SyntaxNode): { start: number; end: number } {
  return { start: node.startIndex, end: node.endIndex };
}
