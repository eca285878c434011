// Python configs that name a database per environment without Django's DATABASES/CACHES shape:
// a dict keyed by environment (`{"development": {"url": "sqlite:///dev.db"}, "production": {"url":
// "postgresql://…"}}`, SQLAlchemy/Peewee/Tortoise settings written by hand) and Flask-style config
// classes (`class DevelopmentConfig(Config): SQLALCHEMY_DATABASE_URI = "sqlite:///dev.db"` beside
// `class ProductionConfig(Config): SQLALCHEMY_DATABASE_URI = "postgresql://…"`).
import { stringValue } from '../../languages/python';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import { namesService, type ServiceChoice } from './kinds';

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
  const scheme = text === undefined ? undefined : /^([a-z][a-z0-9+]*):\/\//i.exec(text)?.[1];
  return scheme === undefined || !namesService(scheme) ? undefined : { driver: scheme, span: spanOf(value) };
}

function classChoices(root: SyntaxNode): ServiceChoice[] {
  const choices: ServiceChoice[] = [];
  for (const statement of root.namedChildren) {
    const definition = statement?.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    if (definition?.type !== 'class_definition') continue;
    const name = definition.childForFieldName('name')?.text ?? '';
    const environment = CLASS_ENVIRONMENTS.find(([pattern]) => pattern.test(name))?.[1];
    const backend = environment === undefined ? undefined : classBackend(definition);
    if (environment !== undefined && backend) choices.push({ environment, ...backend });
  }
  return choices;
}

/** `SQLALCHEMY_DATABASE_URI = "postgresql://…"` in the class body: a literal URL only (an env read names no kind). */
function classBackend(definition: SyntaxNode): Omit<ServiceChoice, 'environment'> | undefined {
  for (const statement of definition.childForFieldName('body')?.namedChildren ?? []) {
    const assignment = statement?.type === 'expression_statement' ? statement.namedChild(0) : undefined;
    const left = assignment?.type === 'assignment' ? assignment.childForFieldName('left')?.text : undefined;
    const right = assignment?.childForFieldName('right');
    if (left !== undefined && right && URL_KEYS.test(left)) return urlBackend(right);
  }
  return undefined;
}

function spanOf(node: SyntaxNode): { start: number; end: number } {
  return { start: node.startIndex, end: node.endIndex };
}
