// Where a JS/TS literal stands: which service's client or config block it feeds, and whether it
// sits in an environment-keyed block for development or tests (`development: { host: ... }` in a
// knexfile), which is local config by name.
import ts from 'typescript';
import { containsNode, envReadName, propertyName, requiredModule, resolvedName, stringValue, unwrap } from '../../languages/ts-ast';
import { identifierWords } from '../../secrets/words';
import type { NameWrites } from './javascript-held';
import { productionTest } from './production-branch';
import { serviceOfModule, serviceOfWord, type Service } from './services';
import { comparedWithEmpty, earlyExitFacts, EMPTY_VALUE, OTHER, unsetBranchVariable, type EnvTest } from './unset-test';

/** Keys of environment-keyed config blocks that only ever run on a developer's machine or in CI. */
export const LOCAL_ENVIRONMENTS = new Set(['development', 'dev', 'test', 'testing', 'local', 'ci', 'e2e']);
/** Driver names in knex `client`, Sequelize `dialect`, TypeORM `type`. */
const DRIVER_KEYS = ['client', 'dialect', 'type', 'driver'];

/** The names of the property keys and the variable above `node`, innermost first. */
export function enclosingNames(node: ts.Node): string[] {
  const names: string[] = [];
  for (let current = node.parent; current; current = current.parent) {
    if (ts.isPropertyAssignment(current)) {
      const name = propertyName(current.name);
      if (name !== undefined) names.push(name);
    } else if (ts.isVariableDeclaration(current) && ts.isIdentifier(current.name)) {
      names.push(current.name.text);
      break;
    } else if (ts.isBinaryExpression(current) && current.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const text = current.left.getText();
      if (text.length < 120) names.push(...text.split('.'));
      break;
    } else if (ts.isFunctionLike(current) || ts.isCallExpression(current) || ts.isNewExpression(current)) break;
  }
  return names;
}

export function inLocalEnvironmentBlock(node: ts.Node): boolean {
  return enclosingNames(node).some((name) => LOCAL_ENVIRONMENTS.has(name.toLowerCase()));
}

/** The service a `host` property belongs to: the client it is passed to, its config path, or its driver sibling. */
export function serviceOfHostProperty(property: ts.PropertyAssignment | ts.ShorthandPropertyAssignment, bindings: ReadonlyMap<string, string>): Service | undefined {
  return clientService(property, bindings) ?? driverService(property) ?? siblingService(property, bindings) ?? pathService(property);
}

/**
 * A framework's options object that names its service in a sibling rather than in its call: Nest's
 * `CacheModule.register({ store: redisStore, host })` (the store module's client), and a microservice's
 * `{ transport: Transport.REDIS, options: { host } }` (the transport, one level up).
 */
function siblingService(property: ts.PropertyAssignment | ts.ShorthandPropertyAssignment, bindings: ReadonlyMap<string, string>): Service | undefined {
  const object = property.parent;
  const owners = [object, ts.isPropertyAssignment(object.parent) ? object.parent.parent : undefined];
  for (const owner of owners) {
    if (!owner || !ts.isObjectLiteralExpression(owner)) continue;
    for (const sibling of owner.properties) {
      if (!ts.isPropertyAssignment(sibling)) continue;
      const key = propertyName(sibling.name);
      const value = unwrap(sibling.initializer);
      const service = key === 'store' && owner === object ? serviceOfCallee(value, bindings) : key === 'transport' ? transportService(value) : undefined;
      if (service) return service;
    }
  }
  return undefined;
}

/** `@nestjs/microservices`' brokers by their `Transport` member: `Transport.RMQ` is RabbitMQ. */
const NEST_TRANSPORTS: Readonly<Record<string, string>> = { REDIS: 'redis', RMQ: 'rabbitmq', NATS: 'nats', KAFKA: 'kafka' };

function transportService(value: ts.Expression): Service | undefined {
  if (!ts.isPropertyAccessExpression(value) || !ts.isIdentifier(value.expression) || value.expression.text !== 'Transport') return undefined;
  const word = NEST_TRANSPORTS[value.name.text];
  return word === undefined ? undefined : serviceOfWord(word);
}

/** The client call or construction whose options (at any depth) hold the node. */
export function clientService(node: ts.Node, bindings: ReadonlyMap<string, string>): Service | undefined {
  let child: ts.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.arguments?.includes(child as ts.Expression)) {
      return serviceOfCallee(parent.expression, bindings);
    }
    if (!ts.isObjectLiteralExpression(parent) && !ts.isPropertyAssignment(parent) && !ts.isArrayLiteralExpression(parent)) return undefined;
  }
  return undefined;
}

/**
 * express-session's store modules export a factory that takes the session module: `const MySQLStore =
 * require('express-mysql-session')(session)`, or `MySQLStoreFactory(session)` after an import. The class it returns
 * is the store's, bound here to the store module (connect-redis 3, connect-pg-simple, connect-mongodb-session alike).
 */
export function withStoreFactories(source: ts.SourceFile, bindings: Map<string, string>): Map<string, string> {
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer && unwrap(declaration.initializer);
      if (!ts.isIdentifier(declaration.name) || !init || !ts.isCallExpression(init)) continue;
      const factory = unwrap(init.expression);
      const module = ts.isIdentifier(factory) ? bindings.get(factory.text) : ts.isCallExpression(factory) ? requiredModule(factory)?.path : undefined;
      if (module !== undefined && SESSION_STORE_MODULES.has(module)) bindings.set(declaration.name.text, module);
    }
  }
  return bindings;
}

const SESSION_STORE_MODULES = new Set(['express-mysql-session', 'connect-pg-simple', 'connect-redis', 'connect-mongodb-session']);

export function serviceOfCallee(callee: ts.Expression, bindings: ReadonlyMap<string, string>): Service | undefined {
  const name = resolvedName(unwrap(callee), bindings);
  if (name === undefined) return undefined;
  // `@elastic/elasticsearch.Client`, `pg.Pool`, `mysql2/promise.createPool`, `ioredis`.
  const slash = name.lastIndexOf('/');
  const dot = name.indexOf('.', slash + 1);
  return serviceOfModule(dot < 0 ? name : name.slice(0, dot));
}

function driverService(property: ts.PropertyAssignment | ts.ShorthandPropertyAssignment): Service | undefined {
  const object = property.parent;
  // knex: `{ client: 'pg', connection: { host } }`: the driver sits one level up.
  const owners = [object, ts.isPropertyAssignment(object.parent) ? object.parent.parent : undefined];
  for (const owner of owners) {
    if (!owner || !ts.isObjectLiteralExpression(owner)) continue;
    for (const sibling of owner.properties) {
      const key = ts.isPropertyAssignment(sibling) ? propertyName(sibling.name) : undefined;
      const driver = key && DRIVER_KEYS.includes(key) ? stringValue(unwrap((sibling as ts.PropertyAssignment).initializer)) : undefined;
      const service = driver === undefined ? undefined : serviceOfModule(driver) ?? serviceOfWord(driver);
      if (service) return service;
    }
  }
  return undefined;
}

function pathService(property: ts.PropertyAssignment | ts.ShorthandPropertyAssignment): Service | undefined {
  for (const name of enclosingNames(property)) {
    for (const word of identifierWords(name)) {
      const service = serviceOfWord(word);
      if (service) return service;
    }
  }
  return undefined;
}

/**
 * `const uri = process.env.DATABASE_URI || process.env.MONGODB_URI` then `connect(uri || 'mongodb://localhost/dev')`:
 * a literal after a `const` that holds an environment read (one level, the file writing the name once) is that
 * read's fallback, as `process.env.X || '…'` is. The variable read first names it.
 */
export function heldEnvFallback(literal: ts.Node, writes: NameWrites): string | undefined {
  let node = literal;
  while (ts.isParenthesizedExpression(node.parent)) node = node.parent;
  const parent = node.parent;
  const operator = ts.isBinaryExpression(parent) ? parent.operatorToken.kind : undefined;
  if (!ts.isBinaryExpression(parent) || parent.right !== node || (operator !== ts.SyntaxKind.BarBarToken && operator !== ts.SyntaxKind.QuestionQuestionToken)) return undefined;
  const left = unwrap(parent.left);
  const value = ts.isIdentifier(left) ? writes.constValue(left) : undefined;
  let name: string | undefined;
  if (value) containsNode(value, (child) => (name = envReadName(child)) !== undefined);
  return name;
}

/**
 * `process.env.JAWSDB_URL ? new Sequelize(process.env.JAWSDB_URL) : new Sequelize(db, user, pw, { host: 'localhost' })`:
 * an address in the branch a test of an environment variable leaves for when it is unset (the `else` of a ternary or an
 * `if`, the `then` of a negated test, `=== undefined`, `== null`, `=== ''`, `!A || !B`, the last `else` of an `else if`
 * chain, the rest of a block after `if (url) return …`) is that variable's fallback, as `process.env.X || '…'` is, whatever
 * the branch builds around it (a client, not a value). The variable tested (or the `const` holding its read) names it.
 * Stops at a function (unset-test.ts).
 */
export function envChoiceFallback(literal: ts.Node, writes: NameWrites): string | undefined {
  return unsetBranchVariable<ts.Node>(literal, (node) => node.parent, (current, child) => {
    if (ts.isFunctionLike(current)) return 'stop';
    // After `if (url) return connect(url);`, the rest of the block is the unset branch (unset-test.ts earlyExitFacts).
    if (ts.isBlock(current)) return earlyExitFacts(current.statements.slice(0, current.statements.indexOf(child as ts.Statement)).reverse(), exitTest);
    const branches = ts.isConditionalExpression(current) ? [current.condition, current.whenTrue, current.whenFalse] as const
      : ts.isIfStatement(current) ? [current.expression, current.thenStatement, current.elseStatement] as const : undefined;
    if (!branches || child === branches[0]) return undefined;
    return child === branches[1] ? [[branches[0], true]] : child === branches[2] ? [[branches[0], false]] : undefined;
  }, (condition) => envTestOf(condition, writes));
}

/** `if (url) return …;`, `if (url) { …; throw … }`: an `if` with no `else` that leaves the function, with its test. */
function exitTest(statement: ts.Node): Array<readonly [ts.Node, boolean]> | undefined {
  if (!ts.isIfStatement(statement) || statement.elseStatement) return undefined;
  const then = statement.thenStatement;
  const last = ts.isBlock(then) ? then.statements[then.statements.length - 1] : then;
  return last && (ts.isReturnStatement(last) || ts.isThrowStatement(last)) ? [[statement.expression, true]] : undefined;
}

/** The variable a value reads: `process.env.X`, or a `const` holding that read (`const url = process.env.X`). */
function readName(node: ts.Expression, writes: NameWrites): string | undefined {
  const held = ts.isIdentifier(node) ? constBefore(node) ?? writes.constValue(node) : undefined;
  return envReadName(held ? unwrap(held) : node);
}

/**
 * The value of the `const` a name is declared by in a block around its use, before it (`const url = process.env.X;` then
 * `if (url) return …`): a file that declares `url` in two functions still knows each. Undefined at the function's edge.
 */
function constBefore(use: ts.Identifier): ts.Expression | undefined {
  let child: ts.Node = use;
  for (let current = use.parent, depth = 0; current && depth < 24 && !ts.isFunctionLike(current); child = current, current = current.parent, depth++) {
    if (!ts.isBlock(current)) continue;
    for (const statement of current.statements) {
      if (statement === child) break;
      if (!ts.isVariableStatement(statement) || !(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
      const declaration = statement.declarationList.declarations.find((item) => ts.isIdentifier(item.name) && item.name.text === use.text);
      if (declaration) return declaration.initializer;
    }
  }
  return undefined;
}

/** The test a JS/TS condition spells (unset-test.ts EnvTest). */
function envTestOf(node: ts.Node, writes: NameWrites): EnvTest {
  const test = unwrap(node as ts.Expression);
  if (ts.isPrefixUnaryExpression(test) && test.operator === ts.SyntaxKind.ExclamationToken) return { kind: 'not', test: envTestOf(test.operand, writes) };
  if (ts.isBinaryExpression(test)) {
    const operator = test.operatorToken.kind;
    if (operator === ts.SyntaxKind.AmpersandAmpersandToken || operator === ts.SyntaxKind.BarBarToken) {
      return { kind: operator === ts.SyntaxKind.AmpersandAmpersandToken ? 'and' : 'or', left: envTestOf(test.left, writes), right: envTestOf(test.right, writes) };
    }
    const [left, right] = [unwrap(test.left), unwrap(test.right)];
    const read = EMPTY_VALUE.test(right.getText()) ? left : EMPTY_VALUE.test(left.getText()) ? right : undefined;
    const name = read && readName(read, writes);
    return name === undefined ? OTHER : comparedWithEmpty(test.operatorToken.getText(), name);
  }
  const name = readName(test, writes);
  return name === undefined ? OTHER : { kind: 'set', name };
}

/**
 * Whether `node` sits in the branch of an `if` that runs only outside production: the `else` of `if (isProduction)`,
 * the body of `if (process.env.NODE_ENV !== 'production')` (production-branch.ts productionTest). An `else if` chain is not read.
 */
export function inNonProductionBranchTs(node: ts.Node): boolean {
  let child = node;
  for (let current = node.parent, depth = 0; current && depth < 12; child = current, current = current.parent, depth++) {
    if (!ts.isIfStatement(current)) continue;
    const test = productionTest(current.expression.getText());
    if (test === undefined) return false;
    if (child === current.elseStatement) return test && !ts.isIfStatement(current.elseStatement);
    return child === current.thenStatement && !test;
  }
  return false;
}
