// The environments the two sides of a test run in, read from the test's text for Go, Ruby and PHP
// (JS/TS reads its syntax tree in javascript-ternaries.ts, Python in python.ts): `cfg.Env == "production"`,
// `ENV["RACK_ENV"] == "production"`, `getenv('APP_ENV') !== 'production'`, Rails' `Rails.env.production?`,
// Laravel's `app()->environment('local')` / `app()->isProduction()`, gin's run mode (`os.Getenv("GIN_MODE") == "release"`,
// `gin.Mode() == gin.ReleaseMode`), and a flag named for an environment that
// the file declares from such a read (`$isProduction = $appEnv === 'production'`). The side the test does not
// name is production's (or, for a production test, development's), as in JS/TS.

/** Environment names as written, and as the messages spell them. */
const NAMES: Readonly<Record<string, string>> = {
  prod: 'production', production: 'production', dev: 'development', development: 'development',
  local: 'local', test: 'test', testing: 'testing', staging: 'staging',
};
/** What an environment test reads: APP_ENV, RACK_ENV, GO_ENV, a `cfg.Env` field, an `$appEnv` variable. */
const READS_ENVIRONMENT = /(?:_ENV\b|\b[A-Za-z]*[Ee]nv(?:ironment)?\b)/;
/** An equality operator at the end of a comparison's read side (`==`, `===`, `!=`, `!==`). */
const OPERATOR_AT_END = /(?:===?|!==?)$/;
/** An equality operator at the start of its other side. */
const OPERATOR_AT_START = /^(?:===?|!==?)/;
/** Framework predicates: `Rails.env.production?`, Sinatra's `settings.development?`, Laravel's `app()->isLocal()`. */
const PREDICATE = /^(?:(?:::)?Rails\.env\.|settings\.|)(production|development|test|staging)\?$|^(?:app\(\)|App::|\$this->app)->?(?:is(Production|Local))\(\)$/;
/** Laravel's `app()->environment('production')`, `App::environment('local')`. */
const ENVIRONMENT_CALL = /^(?:app\(\)->|App::|\$this->app->|\$app->)environment\(\s*(['"])(\w+)\1\s*\)$/;
/** A flag named for an environment: isProduction, $isProd, IsDev, dev. */
const FLAG = /^\$?(?:is_?)?(prod|production|dev|development|local|test|testing)$/i;

/** A longer condition is no plain environment test (and keeps the lazy comparison pattern short). */
const MAX_TEST = 200;

export type Sides = [whenTrue: string, whenFalse: string];

/**
 * The environments of a test's true and false sides; undefined when the test is no environment test.
 * `declaration(name)` gives the text a flag is assigned from in the same file, when it is.
 */
export function testedEnvironments(condition: string, declaration: (name: string) => string | undefined): Sides | undefined {
  if (condition.length > MAX_TEST) return undefined;
  const text = condition.trim().replace(/^\((.*)\)$/s, '$1').trim();
  const negation = /^(?:!|not\s+)(.+)$/s.exec(text);
  if (negation) return swap(testedEnvironments(negation[1]!, declaration));
  const named = comparison(text) ?? predicate(text) ?? ginMode(text) ?? flag(text, declaration);
  if (!named) return undefined;
  const sides: Sides = [named.environment, named.environment === 'production' ? 'development' : 'production'];
  return named.negated ? swap(sides) : sides;
}

interface Named {
  environment: string;
  negated: boolean;
}

function swap(sides: Sides | undefined): Sides | undefined {
  return sides && [sides[1], sides[0]];
}

/** `<read> == "production"` or `"production" != <read>`, with PHP's and JS's strict operators. */
function comparison(text: string): Named | undefined {
  const last = quotedAt(text, 'end');
  const first = last ? undefined : quotedAt(text, 'start');
  const quoted = last ?? first;
  if (!quoted) return undefined;
  const rest = (last ? text.slice(0, quoted.at) : text.slice(quoted.at)).trim();
  const operator = last ? OPERATOR_AT_END.exec(rest)?.[0] : OPERATOR_AT_START.exec(rest)?.[0];
  const read = operator === undefined ? '' : last ? rest.slice(0, -operator.length) : rest.slice(operator.length);
  const environment = NAMES[quoted.name.toLowerCase()];
  if (!operator || !environment || !READS_ENVIRONMENT.test(read)) return undefined;
  return { environment, negated: operator.startsWith('!') };
}

/** A quoted word at the text's start or end (`"production"`), and where the rest of the text begins or ends. */
function quotedAt(text: string, where: 'start' | 'end'): { name: string; at: number } | undefined {
  const quote = where === 'end' ? text[text.length - 1] : text[0];
  if (quote !== '"' && quote !== "'") return undefined;
  const other = where === 'end' ? text.lastIndexOf(quote, text.length - 2) : text.indexOf(quote, 1);
  if (other < 0) return undefined;
  const name = where === 'end' ? text.slice(other + 1, -1) : text.slice(1, other);
  return /^\w+$/.test(name) ? { name, at: where === 'end' ? other : other + 1 } : undefined;
}

/** gin's run mode, read from its variable or asked of gin: `os.Getenv("GIN_MODE")`, `gin.Mode()`. */
const GIN_MODE_READ = /^(?:os\.Getenv\(\s*"GIN_MODE"\s*\)|gin\.Mode\(\))$/;
/** A mode's name or gin's constant for it: `"release"`, `gin.ReleaseMode`. */
const GIN_MODE_NAME = /^(?:"(release|debug|test)"|gin\.(Release|Debug|Test)Mode)$/;
/** gin's modes are its environments: `release` is production's (gin's own advice for it), `debug` a developer's. */
const GIN_MODES: Readonly<Record<string, string>> = { release: 'production', debug: 'development', test: 'test' };

/**
 * `os.Getenv("GIN_MODE") == "release"`, `gin.Mode() != gin.ReleaseMode`: a gin app's environment test (probe22b O), as
 * `APP_ENV == "production"` is elsewhere. Only gin's own read and names: a `mode` of anything else may be a feature's.
 */
function ginMode(text: string): Named | undefined {
  const at = Math.max(text.indexOf('=='), text.indexOf('!='));
  if (at < 0) return undefined;
  const [left, right] = [text.slice(0, at).trim(), text.slice(at + 2).trim()];
  const name = GIN_MODE_READ.test(left) ? right : GIN_MODE_READ.test(right) ? left : undefined;
  const mode = name === undefined ? undefined : GIN_MODE_NAME.exec(name);
  const environment = mode ? GIN_MODES[(mode[1] ?? mode[2]!).toLowerCase()] : undefined;
  return environment ? { environment, negated: text[at] === '!' } : undefined;
}

function predicate(text: string): Named | undefined {
  const match = PREDICATE.exec(text);
  const call = match ? undefined : ENVIRONMENT_CALL.exec(text);
  const name = match?.[1] ?? match?.[2] ?? call?.[2];
  const environment = name === undefined ? undefined : NAMES[name.toLowerCase()];
  return environment ? { environment, negated: false } : undefined;
}

function flag(text: string, declaration: (name: string) => string | undefined): Named | undefined {
  const match = FLAG.exec(text);
  const declared = match ? declaration(text) : undefined;
  if (!match || declared === undefined) return undefined;
  // The flag is the environment test it was declared from, or names its environment (`$isProd = getenv('APP_ENV') === 'production'`).
  const tested = comparison(declared.trim()) ?? predicate(declared.trim());
  if (tested) return tested;
  return READS_ENVIRONMENT.test(declared) ? { environment: NAMES[match[1]!.toLowerCase()]!, negated: false } : undefined;
}

/** Whether a switch's value is an environment read (`os.Getenv("APP_ENV")`, `cfg.Env`, `Rails.env`). */
export function readsEnvironment(text: string): boolean {
  return text.length <= MAX_TEST && READS_ENVIRONMENT.test(text);
}

/** The environment names a `case` / `when` label lists: `"production", "staging"`. */
export function labelEnvironments(labels: readonly string[]): string[] {
  return labels.map((label) => NAMES[label.toLowerCase()]).filter((name): name is string => name !== undefined);
}

/**
 * The text a name is first assigned from in a file (`isProd := …`, `$isProduction = …;`, `is_prod = …`):
 * enough to tell a flag declared from an environment read.
 */
export function declarationsIn(text: string): (name: string) => string | undefined {
  return (name) => {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (at > 0 && /[\w$]/.test(text[at - 1]!)) continue;
      const assigned = ASSIGNMENT.exec(text.slice(at + name.length, at + name.length + MAX_TEST + 8));
      if (assigned) return assigned[1]!.trim();
    }
    return undefined;
  };
}

/** `= value`, `:= value` up to the line's end or a `;` (not `==`, `=>`, `=~`). */
const ASSIGNMENT = /^[ \t]*:?=(?![=>~])([^\n;]+)/;
