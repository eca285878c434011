// A driver chosen by an environment test in one expression: a knexfile's `client: isProduction ? 'pg' :
// 'better-sqlite3'`, TypeORM's `type: env !== 'production' ? 'sqlite' : 'postgres'`, Sequelize's
// `{ dialect: dev ? 'sqlite' : 'mysql' }`, or whole configs on each side (`isProd ? { client: 'pg' } : { client: 'sqlite3' }`,
// `… ? new Sequelize(url, { dialect: 'postgres' }) : new Sequelize({ dialect: 'sqlite' })`). Each side is an environment's
// choice, as a `production:` block is.
import ts from 'typescript';
import { propertyName, spanOf, stringValue, unwrap, walk } from '../../languages/ts-ast';
import type { ServiceChoice } from './kinds';

const ENVIRONMENT_NAME = /^(?:prod|production|dev|development|local|test|testing|staging)$/i;
/** `isProduction`, `isProd`, `dev`, `isDevelopment`: a flag named for an environment. */
const ENVIRONMENT_FLAG = /^(?:is)?(prod|production|dev|development|local|test|testing)$/i;
/** Short names as the messages spell them. */
const FULL_NAMES: Readonly<Record<string, string>> = { prod: 'production', dev: 'development' };
/** What an environment test reads: NODE_ENV, APP_ENV, an `env` variable, Express' `app.get('env')`. */
const READS_ENVIRONMENT = /\b(?:NODE_ENV|APP_ENV|[A-Za-z]*[Ee]nv|environment)\b/;

/** The two choices of each driver key whose value is an environment test between two literals, or between two configs. */
export function ternaryChoices(source: ts.SourceFile, driverKeys: readonly string[]): ServiceChoice[][] {
  const found: ServiceChoice[][] = [];
  walk(source, (node) => {
    if (ts.isConditionalExpression(node)) {
      const choices = configChoices(node, source, driverKeys);
      if (choices) found.push(choices);
      return;
    }
    if (!ts.isPropertyAssignment(node) || !driverKeys.includes(propertyName(node.name) ?? '')) return;
    const value = unwrap(node.initializer);
    if (!ts.isConditionalExpression(value)) return;
    const [whenTrue, whenFalse] = [unwrap(value.whenTrue), unwrap(value.whenFalse)];
    const environments = environmentsOf(value.condition, source);
    if (!environments || stringValue(whenTrue) === undefined || stringValue(whenFalse) === undefined) return;
    found.push([
      { environment: environments[0], driver: stringValue(whenTrue)!, span: spanOf(whenTrue) },
      { environment: environments[1], driver: stringValue(whenFalse)!, span: spanOf(whenFalse) },
    ]);
  });
  return found;
}

/**
 * `NODE_ENV === 'production' ? new Sequelize(url, { dialect: 'postgres' }) : new Sequelize({ dialect: 'sqlite' })`,
 * `knex(isProduction ? { client: 'pg', … } : { client: 'better-sqlite3', … })` (probe22b O): each side a whole config,
 * its driver key inside it. A side's own tests (a nested ternary) choose for themselves and are not read here.
 */
function configChoices(test: ts.ConditionalExpression, source: ts.SourceFile, driverKeys: readonly string[]): ServiceChoice[] | undefined {
  const [whenTrue, whenFalse] = [driverInside(test.whenTrue, driverKeys), driverInside(test.whenFalse, driverKeys)];
  const environments = whenTrue && whenFalse ? environmentsOf(test.condition, source) : undefined;
  if (!environments) return undefined;
  return [
    { environment: environments[0], driver: stringValue(whenTrue!)!, span: spanOf(whenTrue!) },
    { environment: environments[1], driver: stringValue(whenFalse!)!, span: spanOf(whenFalse!) },
  ];
}

/** The first driver key's literal in a side (`{ client: 'pg' }`, `new Sequelize(url, { dialect: 'postgres' })`), outside nested tests. */
function driverInside(side: ts.Expression, driverKeys: readonly string[]): ts.Expression | undefined {
  let found: ts.Expression | undefined;
  walk(side, (node) => {
    if (found || ts.isConditionalExpression(node) || ts.isFunctionLike(node)) return false;
    if (ts.isPropertyAssignment(node) && driverKeys.includes(propertyName(node.name) ?? '') && stringValue(unwrap(node.initializer)) !== undefined) found = unwrap(node.initializer);
  });
  return found;
}

/** The environments a test's true and false sides run in; the side it does not name is production's or development's. */
function environmentsOf(condition: ts.Expression, source: ts.SourceFile): [string, string] | undefined {
  const test = unwrap(condition);
  if (ts.isPrefixUnaryExpression(test) && test.operator === ts.SyntaxKind.ExclamationToken) return swapped(environmentsOf(test.operand, source));
  const named = ts.isBinaryExpression(test) ? comparedEnvironment(test) : ts.isIdentifier(test) ? flagEnvironment(test, source) : undefined;
  if (!named) return undefined;
  const environment = FULL_NAMES[named.environment] ?? named.environment;
  const sides: [string, string] = [environment, environment === 'production' ? 'development' : 'production'];
  return named.negated ? swapped(sides) : sides;
}

function swapped(sides: [string, string] | undefined): [string, string] | undefined {
  return sides && [sides[1], sides[0]];
}

/** `process.env.NODE_ENV === 'production'`, `env !== 'production'`, `app.get('env') == 'development'`. */
function comparedEnvironment(test: ts.BinaryExpression): { environment: string; negated: boolean } | undefined {
  const operator = test.operatorToken.kind;
  const equal = operator === ts.SyntaxKind.EqualsEqualsEqualsToken || operator === ts.SyntaxKind.EqualsEqualsToken;
  const unequal = operator === ts.SyntaxKind.ExclamationEqualsEqualsToken || operator === ts.SyntaxKind.ExclamationEqualsToken;
  if (!equal && !unequal) return undefined;
  const [left, right] = [unwrap(test.left), unwrap(test.right)];
  const literal = stringValue(right) !== undefined ? right : left;
  const environment = stringValue(literal);
  const read = literal === right ? left : right;
  if (!environment || !ENVIRONMENT_NAME.test(environment) || !READS_ENVIRONMENT.test(read.getText())) return undefined;
  return { environment: environment.toLowerCase(), negated: unequal };
}

/** A flag named for an environment, declared in the file from an environment read (`const isProduction = process.env.NODE_ENV === 'production'`). */
function flagEnvironment(flag: ts.Identifier, source: ts.SourceFile): { environment: string; negated: boolean } | undefined {
  const match = ENVIRONMENT_FLAG.exec(flag.text);
  if (!match) return undefined;
  let reads = false;
  walk(source, (node) => {
    if (reads) return false;
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === flag.text && node.initializer) reads = READS_ENVIRONMENT.test(node.initializer.getText());
  });
  return reads ? { environment: match[1]!.toLowerCase(), negated: false } : undefined;
}
