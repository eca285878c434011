// Ruby: a database adapter chosen per environment in code, the code form of config/database.yml.
// Sinatra's `configure :development do set :database, { adapter: "sqlite3" } end` beside `configure
// :production` (whose adapter may come from a URL's default, `URI.parse(ENV['DATABASE_URL'] || 'postgres://…')`) (a `configure do` without environments is every environment's, so production's unless
// production has its own block); `if Rails.env.production? … else … end`; and one expression choosing
// (`adapter: ENV["RACK_ENV"] == "production" ? "postgres" : "sqlite"`, as JS/TS's ternaries).
import { callArguments, methodName, stringValue, symbolOrStringName } from '../../languages/ruby';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { isNonServerPath } from '../process-paths';
import { declarationsIn, testedEnvironments, type Sides } from './environment-tests';
import { namesService, reportDivergences, urlScheme, type ServiceChoice } from './kinds';

/** Calls whose string argument is a database URL (`set :database, "postgres://…"`, `Sequel.connect("sqlite://…")`). */
const URL_CALLS = new Set(['set', 'establish_connection', 'connect']);
/** Branches are read up to the next test or block inside them: those choose for themselves. */
const NESTED = new Set(['if', 'unless', 'conditional', 'method', 'do_block', 'block']);

export const rubyCheck: LanguageCheck = { languages: ['ruby'], keywords: ['adapter', ':database', 'establish_connection', 'sequel.connect'], check };

function check(context: RuleContext): void {
  const root = context.parsed.tree?.rootNode;
  if (!root || isNonServerPath(context.path)) return;
  const declaration = declarationsIn(context.text);
  reportDivergences(context, configureChoices(root, declaration));
  walkTree(root, (node) => {
    if (node.type === 'if' || node.type === 'unless') reportDivergences(context, ifChoices(node, declaration));
    if (node.type === 'pair' && symbolOrStringName(node.childForFieldName('key')) === 'adapter') reportDivergences(context, ternaryChoices(node.childForFieldName('value'), declaration));
  });
}

/**
 * Sinatra's `configure :env, … do … end` blocks of the file, each with the adapter it sets, and the branches of an
 * environment test outside any method (`if development?`, `if settings.development?`, `if ENV['RACK_ENV'] ==
 * 'development'`) that set one: the same per-environment settings written as a branch. A branch that sets none (`else
 * set :database, ENV['DATABASE_URL']`) leaves that environment to the `configure do` base; a test whose two branches
 * both set one is read by ifChoices.
 */
function configureChoices(root: SyntaxNode, declaration: (name: string) => string | undefined): ServiceChoice[] {
  const byEnvironment = new Map<string, ServiceChoice>();
  let everyEnvironment: Omit<ServiceChoice, 'environment'> | undefined;
  const branches: ServiceChoice[] = [];
  walkTree(root, (node) => {
    if (node.type === 'method' || node.type === 'singleton_method') return false;
    if (node.type === 'if' || node.type === 'unless') {
      branches.push(...singleSidedChoices(node, declaration));
      return undefined;
    }
    if (node.type !== 'call' || methodName(node) !== 'configure' || node.childForFieldName('receiver')) return undefined;
    const block = node.childForFieldName('block');
    const driver = block ? driverIn(block) : undefined;
    const environments = callArguments(node).map(symbolOrStringName);
    if (!driver || environments.includes(undefined)) return false;
    if (environments.length === 0) everyEnvironment ??= driver;
    for (const environment of environments) byEnvironment.set(environment === 'prod' ? 'production' : environment!, { environment: environment === 'prod' ? 'production' : environment!, ...driver });
    return false;
  });
  for (const branch of branches) if (!byEnvironment.has(branch.environment)) byEnvironment.set(branch.environment, branch);
  if (everyEnvironment && !byEnvironment.has('production')) byEnvironment.set('production', { environment: 'production', ...everyEnvironment });
  return [...byEnvironment.values()];
}

/** The branches of an environment test that set an adapter, when not both do (`if development? … else ENV[…] end`). */
function singleSidedChoices(statement: SyntaxNode, declaration: (name: string) => string | undefined): ServiceChoice[] {
  const tested = testedEnvironments(statement.childForFieldName('condition')?.text ?? '', declaration);
  const sides: Sides | undefined = tested && statement.type === 'unless' ? [tested[1], tested[0]] : tested;
  const consequence = statement.childForFieldName('consequence');
  const alternative = statement.childForFieldName('alternative');
  if (!sides || !consequence || (alternative && alternative.type !== 'else')) return [];
  const drivers = [driverIn(consequence), alternative ? driverIn(alternative) : undefined];
  if (drivers[0] && drivers[1]) return [];
  return drivers.flatMap((driver, i) => (driver ? [{ environment: sides[i]!, ...driver }] : []));
}

/** `if <environment test> … else … end` (`unless` reads the other way); an `elsif` chain is not read. */
function ifChoices(statement: SyntaxNode, declaration: (name: string) => string | undefined): ServiceChoice[] {
  const tested = testedEnvironments(statement.childForFieldName('condition')?.text ?? '', declaration);
  const sides: Sides | undefined = tested && statement.type === 'unless' ? [tested[1], tested[0]] : tested;
  const consequence = statement.childForFieldName('consequence');
  const alternative = statement.childForFieldName('alternative');
  if (!sides || !consequence || alternative?.type !== 'else') return [];
  return choicesOf(sides, [driverIn(consequence), driverIn(alternative)]);
}

/** `adapter: <environment test> ? "postgres" : "sqlite"`. */
function ternaryChoices(value: SyntaxNode | null, declaration: (name: string) => string | undefined): ServiceChoice[] {
  if (value?.type !== 'conditional') return [];
  const sides = testedEnvironments(value.childForFieldName('condition')?.text ?? '', declaration);
  const literal = (node: SyntaxNode | null) => {
    const driver = symbolOrStringName(node);
    return node && driver ? { driver, span: nodeSpan(node) } : undefined;
  };
  return sides ? choicesOf(sides, [literal(value.childForFieldName('consequence')), literal(value.childForFieldName('alternative'))]) : [];
}

function choicesOf(sides: Sides, drivers: (Omit<ServiceChoice, 'environment'> | undefined)[]): ServiceChoice[] {
  const [whenTrue, whenFalse] = drivers;
  return whenTrue && whenFalse ? [{ environment: sides[0], ...whenTrue }, { environment: sides[1], ...whenFalse }] : [];
}

/** The first adapter a body names: an `adapter:` pair's literal, or a database URL's scheme. */
function driverIn(body: SyntaxNode): Omit<ServiceChoice, 'environment'> | undefined {
  let found: Omit<ServiceChoice, 'environment'> | undefined;
  walkTree(body, (node) => {
    if (found || (node.id !== body.id && NESTED.has(node.type))) return false;
    if (node.type === 'pair' && symbolOrStringName(node.childForFieldName('key')) === 'adapter') {
      const value = node.childForFieldName('value');
      const driver = symbolOrStringName(value);
      if (value && driver) found = { driver, span: nodeSpan(value) };
    }
    if (node.type === 'call' && URL_CALLS.has(methodName(node) ?? '')) found = urlArgument(node);
    if (node.type === 'binary' && node.childForFieldName('operator')?.text === '||') found = fallbackUrl(node);
    if (node.type === 'call' && methodName(node) === 'fetch' && DATABASE_VARIABLE.test(node.text)) found = urlArgument(node);
    return undefined;
  });
  return found;
}

function urlArgument(call: SyntaxNode): Omit<ServiceChoice, 'environment'> | undefined {
  return urlDriver(callArguments(call).find((argument) => urlScheme(stringValue(argument) ?? '') !== undefined));
}

/**
 * `URI.parse(ENV['DATABASE_URL'] || 'postgres://localhost/recipes')`, `ENV.fetch('DATABASE_URL', 'postgres://…')`: the
 * default's scheme is the adapter the block expects (its `adapter:` is then `db.scheme`), a deploy's URL only its address.
 */
function fallbackUrl(binary: SyntaxNode): Omit<ServiceChoice, 'environment'> | undefined {
  return DATABASE_VARIABLE.test(binary.childForFieldName('left')?.text ?? '') ? urlDriver(binary.childForFieldName('right')) : undefined;
}

/** A read of the database's variable (`ENV['DATABASE_URL']`, `ENV.fetch("DB_URL", …`): a Redis or mail URL's default is another service's. */
const DATABASE_VARIABLE = /^ENV(?:\[|\.fetch\()\s*['"]\w{0,40}(?:DATABASE|DB)\w{0,40}['"]/;

function urlDriver(url: SyntaxNode | null | undefined): Omit<ServiceChoice, 'environment'> | undefined {
  const scheme = url ? urlScheme(stringValue(url) ?? '') : undefined;
  return url && scheme && namesService(scheme) ? { driver: scheme, span: nodeSpan(url) } : undefined;
}
