// Where a string literal goes: the name it is assigned to, the API it is passed to, or the env
// read it is the fallback of. That, not the text of the literal, is what makes it a credential.
import ts from 'typescript';
import { isTemplateKeyStub } from './template-signing-keys';
import { isFillInPlaceholder } from './credential-value';
import { dottedName, envReadName, propertyName, stringValue, unwrap } from '../../languages/ts-ast';
import { isStringLike } from '../../languages/ts-ast';
import { credentialName, urlPasswordSlotScheme, type CredentialName } from '../../secrets';
import { secretApiOf } from './javascript-apis';
import { propertyTarget } from './javascript-objects';
import { isCategoryAmong } from './category-maps';
import { cliOptionDefaultTarget } from './javascript-cli-options';
import { clientArgumentTarget, isClientTokenShape } from './javascript-clients';
import { returnedTarget } from './javascript-returns';
import { javascriptOwnParameterTarget } from './javascript-own-parameters';
import { definedPropertyTarget, entryPairTarget } from './javascript-entries';
import { NO_FIX_REASONS } from './constant-positions';
import { isJsPassBesideUser, PAIRED_PASSWORD } from './pass-beside-user';
import { comparedNameTarget, JS_EQUALITY_CALLS, KEYED_READ_METHODS, otherSide } from './compared';
import { choiceFallbackTarget, isTransparent, nameTarget, urlSlotTarget, orChoice, oauthSecretTarget, readLabel, redisAuthTarget, typedPasswordTarget, type Scope, type Target } from './target';

export type { Scope, Target } from './target';

const ENV_OBJECTS = new Set(['process.env', 'import.meta.env', 'Bun.env']);
/** `env('JWT_SECRET', 'fallback')`, `getEnv('DB_PASSWORD', 'root')`. */
const ENV_GETTER = /^(?:env|getEnv|getenv|readEnv|envOr|requireEnv|optionalEnv)$/;
/** Typed env getters: Strapi's `env.array('APP_KEYS', [...])`, `env.int(...)`, AdonisJS' `Env.get('X', '…')`. */
const TYPED_ENV_GETTER = /^(?:env|Env)\.(?:get|str|string|int|float|bool|array|json|date|uri|url)$/;

/** The target of a literal (or of any expression standing where a value goes). */
export function targetOf(value: ts.Node, scope: Scope): Target | undefined {
  const basic = basicEncodedTarget(value);
  if (basic) return basic;
  let node: ts.Node = value;
  let decoded = false;
  let choice: Target | undefined;
  for (let parent = node.parent; parent; node = parent, parent = node.parent) {
    decoded ||= isBytesFromText(parent, node);
    const unpacked = destructuredTarget(parent, node) ?? entryPairTarget(parent, node, (built) => targetOf(built, scope));
    if (unpacked) return unpacked;
    if (isTransparent(parent, node)) {
      choice ??= jsChoiceEnvTarget(parent, node);
      continue;
    }
    if (ts.isBinaryExpression(parent)) {
      const target = binaryTarget(parent, node, scope);
      if (target !== 'continue') return orChoice(asKey(asSigningKeys(target), decoded), choice);
      continue;
    }
    return orChoice(asKey(asSigningKeys(directTarget(parent, node, scope)), decoded), choice);
  }
  return choice;
}

/**
 * `isProd ? process.env.STRIPE_SECRET_KEY : '…'`: a literal the other branch of a ternary gives where this one
 * reads a credential's env var is that variable's value for one case (target.ts choiceFallbackTarget), whatever the
 * name it is then bound to (`key`, `stripe`). A `??`/`||` default of the read is still the read.
 */
function jsChoiceEnvTarget(parent: ts.Node, node: ts.Node): Target | undefined {
  if (!ts.isConditionalExpression(parent) || node === parent.condition) return undefined;
  return choiceFallbackTarget([node === parent.whenTrue ? parent.whenFalse : parent.whenTrue], (other) => envReadName(withoutDefault(other)));
}

function withoutDefault(node: ts.Expression): ts.Expression {
  const inner = unwrap(node);
  const defaulted = ts.isBinaryExpression(inner) && (inner.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || inner.operatorToken.kind === ts.SyntaxKind.BarBarToken);
  return defaulted ? inner.left : inner;
}

/**
 * `const [user, password] = ['reports', '…']`: a value destructured into the name at its own position.
 * No fix: the literal sits in an array the names are taken from.
 */
function destructuredTarget(parent: ts.Node, node: ts.Node): Target | undefined {
  const declaration = parent.parent;
  if (!ts.isArrayLiteralExpression(parent) || !declaration || !ts.isVariableDeclaration(declaration) || declaration.initializer !== parent) return undefined;
  if (!ts.isArrayBindingPattern(declaration.name)) return undefined;
  const element = declaration.name.elements[parent.elements.indexOf(node as ts.Expression)];
  if (!element || !ts.isBindingElement(element) || !ts.isIdentifier(element.name)) return undefined;
  return { ...nameTarget([element.name.text]), noFix: true };
}

/** `user:password`: one colon, no spaces. */
const USER_PASSWORD = /^[^\s:]+:\S+$/;

/**
 * `Buffer.from('user:password').toString('base64')`, `btoa('user:password')`: the pair a hand-built
 * `Authorization: Basic` header encodes (as PHP's `base64_encode('user:password')`). The fix moves the
 * whole pair to BASIC_AUTH_CREDENTIALS.
 */
function basicEncodedTarget(value: ts.Node): Target | undefined {
  if (!ts.isStringLiteralLike(value) || !USER_PASSWORD.test(value.text)) return undefined;
  const call = value.parent;
  if (!ts.isCallExpression(call) || call.arguments[0] !== value) return undefined;
  const callee = dottedName(call.expression);
  if (callee !== 'btoa' && !(callee === 'Buffer.from' && isBase64Text(call.parent))) return undefined;
  return { kind: 'name', label: 'a Basic credential (user:password)', name: 'password', credential: { noun: 'password', strength: 'strong' }, envName: 'BASIC_AUTH_CREDENTIALS' };
}

/** `<buffer>.toString('base64')`. */
function isBase64Text(access: ts.Node): boolean {
  return ts.isPropertyAccessExpression(access) && access.name.text === 'toString' && ts.isCallExpression(access.parent) && stringValue(access.parent.arguments[0]) === 'base64';
}

/** `Buffer.from('…', 'hex')`: a literal decoded into bytes, which is how keys are written. */
function isBytesFromText(parent: ts.Node, node: ts.Node): boolean {
  if (!ts.isCallExpression(parent) || parent.arguments[0] !== node || dottedName(parent.expression) !== 'Buffer.from') return false;
  return /^(?:hex|base64|base64url)$/.test(stringValue(parent.arguments[1]) ?? '');
}

/**
 * `{ key: Buffer.from('…', 'hex') }` (@fastify/secure-session, iron, any cipher's options): a bare
 * `key` whose value is bytes decoded from a literal is a key. Weak: only a generated value counts.
 */
function asKey(target: Target | undefined, decoded: boolean): Target | undefined {
  if (!decoded || !target || target.credential || target.name?.toLowerCase() !== 'key') return target;
  return { ...target, credential: { noun: 'key', strength: 'weak' } };
}

/**
 * `app.keys = ['…']` (Koa), `keys: ['…', '…']` (Keygrip, cookie-session), `keys: '…'` (@hapi/jwt): what
 * is named `keys` holds the keys that sign cookies or tokens. Weak: only generated values count, so
 * `keys: ['id', 'name']` and `keys: 'user_id'` stay silent.
 */
function asSigningKeys(target: Target | undefined): Target | undefined {
  if (!target || target.credential || target.name !== 'keys') return target;
  return { ...target, credential: { noun: 'signing key', strength: 'weak' } };
}

function directTarget(parent: ts.Node, node: ts.Node, scope: Scope): Target | undefined {
  if (ts.isVariableDeclaration(parent) && parent.initializer === node) return declarationTarget(parent, scope);
  if (ts.isPropertyAssignment(parent) && parent.initializer === node) {
    const defined = definedPropertyTarget(parent);
    if (defined) return defined;
    const target = propertyTarget(parent, scope, (owner) => targetOf(owner, scope));
    return target?.credential && isCategoryProperty(parent) ? undefined : target;
  }
  if (ts.isShorthandPropertyAssignment(parent) && parent.objectAssignmentInitializer === node) return nameTarget([parent.name.text]);
  if (ts.isPropertyDeclaration(parent) && parent.initializer === node) {
    const name = propertyName(parent.name);
    return name === undefined ? undefined : nameTarget(['this', name]);
  }
  if (ts.isEnumMember(parent) && parent.initializer === node) return enumMemberTarget(parent);
  if (ts.isParameter(parent) && parent.initializer === node && ts.isIdentifier(parent.name)) return parameterTarget(parent, parent.name.text, scope);
  if (ts.isBindingElement(parent) && parent.initializer === node) return bindingTarget(parent);
  if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.arguments?.some((argument) => argument === node)) {
    return argumentTarget(parent, node as ts.Expression, scope);
  }
  return returnedTarget(parent, node);
}

/** `{ members_private_key: 'core', title: 'site', … }`: a category in a table of settings by group. */
function isCategoryProperty(property: ts.PropertyAssignment): boolean {
  const siblings = () => property.parent.properties.filter(ts.isPropertyAssignment);
  return isCategoryAmong(stringValue(property.initializer), property.parent, siblings, (sibling) => ({ key: propertyName(sibling.name), value: stringValue(sibling.initializer) }));
}

/**
 * A stub a credential-named constant's use judges, not its name: a template's key stub (`SIGNING_KEY = 'your-jwt-secret-key'`,
 * template-signing-keys.ts) or a fill-me-in word (`SECRET_KEY = 'SUPER_SECRET_KEY_CHANGE_ME'`, probe27c noted): a signer
 * takes it as is, as Python's and Go's later-use checks already read it.
 */
export function isStubJudgedByUse(value: string): boolean {
  return isTemplateKeyStub(value) || isFillInPlaceholder(value);
}

/** `const JWT_SECRET = '…'` by its name; `const K = '…'` by what a later call takes it as (`createHmac(alg, K)`). */
function declarationTarget(declaration: ts.VariableDeclaration, scope: Scope): Target | undefined {
  if (!ts.isIdentifier(declaration.name)) return undefined;
  const named = nameTarget([declaration.name.text]);
  const use = scope.secretUses?.of(declaration.name.text);
  // `const secret = 'test'` then `jwt.verify(token, secret)`: a one-word name says less than the signer it goes to.
  if (named.credential && use?.kind === 'api' && /^[a-z]+$/.test(declaration.name.text)) return { ...use, name: declaration.name.text };
  // So does a stub under any credential name (isStubJudgedByUse): its use decides.
  const initializer = declaration.initializer;
  if (named.credential && use?.kind === 'api' && initializer && ts.isStringLiteralLike(initializer) && isStubJudgedByUse(initializer.text)) return { ...use, name: declaration.name.text };
  if (named.credential) return named;
  if (isJsPassBesideUser(declaration)) return { ...named, credential: PAIRED_PASSWORD, envName: 'PASSWORD' };
  return use ? { ...use, name: declaration.name.text } : named;
}

/** `secret = '…'` by its name; `(payload, key = '…') => jwt.sign(payload, key)` by what its own function takes it as. */
function parameterTarget(parameter: ts.ParameterDeclaration, name: string, scope: Scope): Target {
  const named = nameTarget([name]);
  const body = (parameter.parent as ts.SignatureDeclaration & { body?: ts.Node }).body;
  const use = named.credential || !body ? undefined : scope.secretUses?.within(body, name);
  return use ? { ...use, name } : named;
}

/** `enum Keys { Stripe = 'sk_live_…' }`: a name, but an enum member needs a constant, so no fix. */
function enumMemberTarget(member: ts.EnumMember): Target | undefined {
  const name = propertyName(member.name);
  if (name === undefined) return undefined;
  return { ...nameTarget([member.parent.name.text, name]), noFix: true, noFixReason: NO_FIX_REASONS.enumMember };
}

/** `env || 'lit'`, `x.password = 'lit'`, `password === 'lit'`; 'continue' climbs on (`a || 'lit'` with a plain `a`). */
function binaryTarget(parent: ts.BinaryExpression, node: ts.Node, scope: Scope): Target | undefined | 'continue' {
  const operator = parent.operatorToken.kind;
  const isFallback = operator === ts.SyntaxKind.BarBarToken || operator === ts.SyntaxKind.QuestionQuestionToken;
  if (isFallback && parent.right === node) {
    const envName = envChainName(parent.left);
    if (envName !== undefined) return fallbackTarget(envName, parent, scope);
    const helperRead = envHelperReadName(parent.left);
    // No fix: the helper may read more than the variable (mongo-express's `getFileEnv` reads `X_FILE` first).
    if (helperRead !== undefined) return { ...envTarget(helperRead, parent.left, scope), existingEnvName: helperRead, noFix: true };
    const left = dottedName(parent.left);
    const target = left === undefined ? undefined : nameTarget(left.split('.'));
    return target?.credential ? target : 'continue';
  }
  if (isAssignment(operator) && parent.right === node) {
    const envName = envReadName(parent.left);
    if (envName !== undefined) return { ...envTarget(envName, parent.left, scope), kind: 'name', noFix: true, envWrite: true };
    const left = dottedName(parent.left);
    return left === undefined ? undefined : nameTarget(left.split('.'));
  }
  if (operator === ts.SyntaxKind.PlusToken && parent.right === node) {
    const slot = jsUrlSlot(parent);
    if (slot) return slot;
  }
  // `config.keys = appInfo.name + '_1513765449219_5858'`: Egg's and Midway's scaffolds append the generated
  // part of the cookie-signing keys to the app's name. Only under `keys` is an appended literal judged.
  // A literal on both sides is a composed string: NodeBB's store keys `'uid:' + uid + ':sessions'`.
  if (operator === ts.SyntaxKind.PlusToken && parent.right === node && !holdsStringLiteral(parent.left)) {
    const whole = targetOf(parent, scope);
    return whole?.name === 'keys' ? whole : undefined;
  }
  // jsforce's `conn.login(user, '<password>' + '<security token>')`: literals only, joined where a secret goes, are
  // each part of it. Under a name they stay a composed string (NodeBB's `'uid:' + uid + ':sessions'` keys).
  if (operator === ts.SyntaxKind.PlusToken && isLiteralsOnly(parent)) {
    const whole = targetOf(parent, scope);
    // No fix: each part would become the same variable.
    return whole?.kind === 'api' ? { ...whole, noFix: true } : undefined;
  }
  if (isEquality(operator)) {
    const other = parent.left === node ? parent.right : parent.left;
    const name = keyedReadName(other) ?? dottedName(other);
    // Compared with, not assigned: a plain word there is a state (`cmd.oldPassword !== 'reset'`).
    if (name === undefined) return undefined;
    // `user === 'admin' && pass === '…'`: beside a user's check, a lone `pass` is the password (compared.ts LONE_NAMES).
    if (besideUserCheck(parent)) return comparedNameTarget(name.split('.'));
    return { ...nameTarget(name.split('.')), comparison: true };
  }
  return undefined;
}

/** `=`, and the logical assignments that set only what is unset: `process.env.SESSION_SECRET ??= '…'`, `||=`. */
function isAssignment(operator: ts.SyntaxKind): boolean {
  return operator === ts.SyntaxKind.EqualsToken || operator === ts.SyntaxKind.QuestionQuestionEqualsToken || operator === ts.SyntaxKind.BarBarEqualsToken;
}

/** `req.header('x-api-key')`, `req.get('X-Api-Key')`, `url.searchParams.get('token')`: a read named by its literal key. */
function keyedReadName(node: ts.Expression): string | undefined {
  const call = unwrap(node);
  if (!ts.isCallExpression(call) || call.arguments.length !== 1 || !ts.isPropertyAccessExpression(call.expression)) return undefined;
  if (!KEYED_READ_METHODS.has(call.expression.name.text)) return undefined;
  const key = stringValue(call.arguments[0]);
  const owner = dottedName(call.expression.expression);
  return key === undefined || owner === undefined || envReadName(call.expression.expression) !== undefined ? undefined : `${owner}.${key}`;
}

/** `'uid:' + uid`: a string literal among the operands of a concatenation. */
/** `'a' + 'b' + 'c'`: string literals joined by `+` and nothing else (bounded by the tree's depth). */
/** `'mongodb://u:' + X + '@host'`: X (the right of `sum`) sits in a connection URL's password slot (urlSlotTarget). */
function jsUrlSlot(sum: ts.BinaryExpression): Target | undefined {
  let left = unwrap(sum.left);
  if (ts.isBinaryExpression(left) && left.operatorToken.kind === ts.SyntaxKind.PlusToken) left = unwrap(left.right);
  let outer: ts.Node = sum;
  while (ts.isParenthesizedExpression(outer.parent)) outer = outer.parent;
  const next = outer.parent;
  if (!ts.isBinaryExpression(next) || next.operatorToken.kind !== ts.SyntaxKind.PlusToken || next.left !== outer) return undefined;
  const before = stringValue(left);
  const after = stringValue(unwrap(next.right));
  const scheme = before === undefined || after === undefined ? undefined : urlPasswordSlotScheme(before, after);
  return scheme === undefined ? undefined : urlSlotTarget(scheme);
}

function isLiteralsOnly(node: ts.Expression): boolean {
  let operand = unwrap(node);
  while (ts.isBinaryExpression(operand) && operand.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    if (!isStringLike(unwrap(operand.right))) return false;
    operand = unwrap(operand.left);
  }
  return isStringLike(operand);
}

function holdsStringLiteral(node: ts.Expression): boolean {
  let operand = unwrap(node);
  while (ts.isBinaryExpression(operand) && operand.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    if (isStringLike(unwrap(operand.right))) return true;
    operand = unwrap(operand.left);
  }
  return isStringLike(operand);
}

/** `user === 'admin' && <comparison>`: the other side of an `&&` compares a user's name with a literal (a basic-auth check). */
function besideUserCheck(comparison: ts.BinaryExpression): boolean {
  const and = comparison.parent;
  if (!and || !ts.isBinaryExpression(and) || and.operatorToken.kind !== ts.SyntaxKind.AmpersandAmpersandToken) return false;
  const other = and.left === comparison ? and.right : and.left;
  if (!ts.isBinaryExpression(other) || !isEquality(other.operatorToken.kind)) return false;
  const names = [other.left, other.right].map((side) => dottedName(side)?.split('.').pop());
  const literal = isStringLike(other.left) || isStringLike(other.right);
  return literal && names.some((name) => name !== undefined && /^(?:user|username|userName|login|name)$/.test(name));
}

function isEquality(operator: ts.SyntaxKind): boolean {
  return (
    operator === ts.SyntaxKind.EqualsEqualsEqualsToken ||
    operator === ts.SyntaxKind.EqualsEqualsToken ||
    operator === ts.SyntaxKind.ExclamationEqualsEqualsToken ||
    operator === ts.SyntaxKind.ExclamationEqualsToken
  );
}

/** `process.env.A`, or `process.env.A || process.env.B`: the first variable read. */
function envChainName(node: ts.Expression): string | undefined {
  const direct = envReadName(node);
  if (direct !== undefined) return direct;
  let inner: ts.Expression = node;
  while (ts.isParenthesizedExpression(inner)) inner = inner.expression;
  if (ts.isBinaryExpression(inner)) {
    const operator = inner.operatorToken.kind;
    if (operator === ts.SyntaxKind.BarBarToken || operator === ts.SyntaxKind.QuestionQuestionToken) return envChainName(inner.left);
  }
  return undefined;
}

function fallbackTarget(envName: string, expression: ts.BinaryExpression, scope: Scope): Target {
  // `process.env.X || 'a' || 'b'`: dropping one literal leaves the other, so no edit is proven to fix it.
  if (literalsInChain(expression) > 1) return { ...envTarget(envName, expression.left, scope), existingEnvName: envName, noFix: true };
  return {
    ...envTarget(envName, expression.left, scope),
    fixSpan: { start: expression.getStart(scope.source), end: expression.getEnd() },
    existingEnvName: envName,
  };
}

const isFallbackOperator = (node: ts.Node): node is ts.BinaryExpression =>
  ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.BarBarToken || node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken);

/** String literals among the operands of the whole `||`/`??` chain that holds `expression`. */
function literalsInChain(expression: ts.BinaryExpression): number {
  let top: ts.Node = expression;
  while (top.parent && (isFallbackOperator(top.parent) || ts.isParenthesizedExpression(top.parent))) top = top.parent;
  let count = 0;
  const stack: ts.Node[] = [top];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (ts.isParenthesizedExpression(node)) stack.push(node.expression);
    else if (isFallbackOperator(node)) stack.push(node.left, node.right);
    else if (isStringLike(node)) count++;
  }
  return count;
}

/**
 * `getFileEnv('ME_CONFIG_BASICAUTH_PASSWORD')`, `getEnv('JWT_SECRET')`, `readEnv('X')`: an app's own helper named for reading
 * the environment, given one variable's name (upper case, `_`-joined), reads that variable; `x || 'lit'` after it is its fallback.
 */
function envHelperReadName(node: ts.Expression): string | undefined {
  const call = unwrap(node);
  if (!ts.isCallExpression(call) || call.arguments.length !== 1) return undefined;
  const helper = ts.isIdentifier(call.expression) && /^(?:get|read|load)?(?:File)?Env(?:Var|Variable)?$/i.test(call.expression.text);
  if (!helper && !isConfigServiceGet(call.expression)) return undefined;
  const name = stringValue(call.arguments[0]);
  return name !== undefined && /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(name) ? name : undefined;
}

/**
 * NestJS' `configService.get<string>('JWT_SECRET')`, `this.configService.get('JWT_SECRET')`: its ConfigService reads the
 * variable (from the environment or `.env`) by its name, so `|| 'secret'` after it is the variable's fallback (probe21c n).
 */
function isConfigServiceGet(callee: ts.Expression): boolean {
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'get') return false;
  return /(?:^|\.)(?:configService|config)$/i.test(dottedName(callee.expression) ?? '');
}

function envTarget(envName: string, read: ts.Node, scope: Scope): Target {
  const label = readLabel(read.getText(scope.source).replace(/\s+/g, ' ').slice(0, 80), envName);
  return { kind: 'fallback', label, name: envName, credential: credentialName(envName), envName };
}

/** `const { JWT_SECRET = 'dev' } = process.env` is a fallback; `const { password = 'x' } = opts` a name. */
function bindingTarget(element: ts.BindingElement): Target | undefined {
  const key = propertyName(element.propertyName ?? element.name);
  if (key === undefined) return undefined;
  const declaration = element.parent.parent;
  const source = ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
  const fromEnv = source !== undefined && ENV_OBJECTS.has(dottedName(source) ?? '');
  if (!fromEnv) return nameTarget([key]);
  return { kind: 'fallback', label: `process.env.${key}`, name: key, credential: credentialName(key), envName: key, existingEnvName: key, noFix: true };
}

function argumentTarget(call: ts.CallExpression | ts.NewExpression, node: ts.Expression, scope: Scope): Target | undefined {
  const schemaDefault = schemaDefaultTarget(call, node, scope);
  if (schemaDefault) return schemaDefault;
  const args = call.arguments ?? ts.factory.createNodeArray();
  const index = args.indexOf(node);
  const api = secretApiOf(call, scope.bindings);
  const secretArgument = api?.positional?.get(index);
  if (api && secretArgument) {
    const credential: CredentialName = { noun: secretArgument.noun, strength: 'strong' };
    return { kind: 'api', label: api.label, credential, envName: secretArgument.envName };
  }
  const written = dottedName(call.expression);
  const compared = JS_EQUALITY_CALLS.has(written?.slice(written.lastIndexOf('.') + 1) ?? '') ? comparedName(otherSide(args, index)) : undefined;
  if (compared !== undefined) return comparedNameTarget(compared.split('.'));
  const oauth = written === undefined ? undefined : oauthSecretTarget(written.slice(written.lastIndexOf('.') + 1), index, ts.isNewExpression(call) ? `new ${written}` : written);
  if (oauth) return oauth;
  if (!api?.positional && isStringLike(node) && isClientTokenShape(node.text)) {
    const client = clientArgumentTarget(call, index, scope.bindings);
    if (client) return client;
  }
  const callee = dottedName(call.expression) ?? '';
  const method = callee.slice(callee.lastIndexOf('.') + 1);
  const lookup = lookupDefaultTarget(args, index, method) ?? directoryBindTarget(args, index, method, callee) ?? userPasswordTarget(call, args, index, scope.bindings) ?? boundValueTarget(call, index) ?? cliOptionDefaultTarget(call, index) ?? javascriptOwnParameterTarget(call, index);
  if (lookup) return lookup;
  const typed = typedPasswordTarget(method, typedSelector(call, args, index), `${callee}()`);
  if (typed) return typed;
  const key = index === 1 ? stringValue(args[0]) : undefined;
  if (key === undefined) return undefined;
  // env('JWT_SECRET', 'dev'): a fallback; app.set('jwtSecret', '...') / headers.set('Authorization', ...): a name.
  if (ENV_GETTER.test(method) || TYPED_ENV_GETTER.test(callee)) return { ...nameTarget([key]), kind: 'fallback', existingEnvName: key, noFix: true };
  // Express' own settings keep their call in the label (`app.set('secret')`): a signing secret there is the app's (template-signing-keys.ts).
  if (method === 'set' && /^(?:app|server)\.set$/.test(callee) && /^\w+$/.test(key)) return { ...nameTarget([key]), label: `${callee}('${key}')` };
  if (method === 'set' || method === 'setHeader' || method === 'header') return nameTarget([key]);
  return undefined;
}

/**
 * The field a typing call writes to: the selector before the text (`page.type('#password', '…')`), or
 * the one the receiver was found by (`page.locator('#password').fill('…')`, `driver.findElement(By.id('password'))`).
 */
function typedSelector(call: ts.CallExpression | ts.NewExpression, args: ts.NodeArray<ts.Expression>, index: number): string | undefined {
  if (index === 1 && args.length === 2) return stringValue(args[0]);
  const receiver = ts.isPropertyAccessExpression(call.expression) ? unwrap(call.expression.expression) : undefined;
  if (index !== 0 || args.length !== 1 || receiver === undefined || !ts.isCallExpression(receiver)) return undefined;
  const found = receiver.arguments[0];
  if (found !== undefined && ts.isCallExpression(found)) return stringValue(found.arguments[0]);
  return found === undefined ? undefined : stringValue(found);
}

/**
 * A config lookup's default, named by the key looked up: Nest's `configService.get('JWT_SECRET', '…')`,
 * `config.get('auth.jwtSecret', '…')`, lodash's `_.get(config, 'stripe.secretKey', '…')`. No fix: no
 * env read is there to move it to. A key that names no credential leaves it to the other rules.
 */
function lookupDefaultTarget(args: ts.NodeArray<ts.Expression>, index: number, method: string): Target | undefined {
  if (method !== 'get' || index !== args.length - 1 || index < 1) return undefined;
  const key = stringValue(args[index - 1]);
  if (key === undefined || (index === 2 && stringValue(args[0]) !== undefined)) return undefined;
  const target = nameTarget(key.split('.'));
  return target.credential ? { ...target, noFix: true } : undefined;
}

/**
 * ldapjs' `client.bind('cn=app,ou=svc,dc=corp,dc=example', '…', cb)`: a distinguished name, then its password.
 * Not `Function#bind`, whose first argument is never a DN.
 */
function directoryBindTarget(args: ts.NodeArray<ts.Expression>, index: number, method: string, callee: string): Target | undefined {
  if (method !== 'bind' || index !== 1 || !DISTINGUISHED_NAME.test(stringValue(args[0]) ?? '')) return undefined;
  return { kind: 'api', label: `${callee}()`, credential: { noun: 'password', strength: 'strong' }, envName: 'LDAP_PASSWORD' };
}

/**
 * A user, then its password, by position: superagent's and supertest's `request.auth(user, '…')` (a chain, so
 * the method is read off the call), neo4j-driver's `neo4j.auth.basic(user, '…')`, cassandra-driver's
 * `new auth.PlainTextAuthProvider(user, '…')`. Not `.auth(token, { type: 'bearer' })`: the token comes first there.
 */
const PASSWORD_SIGN_IN = /^(?:signInWithEmailAndPassword|createUserWithEmailAndPassword|loginWithPassword|signInWithPassword)$/;

/** Whether the file imports a Redis client (node-redis, ioredis): its one-argument `.auth('…')` is a Redis AUTH. */
function importsRedis(bindings: ReadonlyMap<string, string>): boolean {
  for (const module of bindings.values()) if (/^(?:redis|ioredis)(?:\.|$)/.test(module)) return true;
  return false;
}

function userPasswordTarget(call: ts.CallExpression | ts.NewExpression, args: ts.NodeArray<ts.Expression>, index: number, bindings: ReadonlyMap<string, string>): Target | undefined {
  const callee = unwrap(call.expression);
  const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
  // Firebase's `signInWithEmailAndPassword(auth, email, '…')` (v8: `auth().signInWithEmailAndPassword(email, '…')`),
  // `createUserWithEmailAndPassword`, Meteor's `loginWithPassword(user, '…', cb)`: the password after the user.
  if (PASSWORD_SIGN_IN.test(method)) {
    const password = args.findIndex((argument, at) => at > 0 && isStringLike(argument) && stringValue(args[at - 1]!) !== undefined);
    if (index === password) return { kind: 'api', label: `${method}()`, credential: { noun: 'password', strength: 'strong' }, envName: 'LOGIN_PASSWORD' };
  }
  const owner = ts.isPropertyAccessExpression(callee) ? (dottedName(callee.expression) ?? '') : '';
  if (index === 0 && owner !== '') return redisAuthTarget(method, owner, args.length, importsRedis(bindings), `${owner}.auth()`);
  if (index !== 1 || args.length < 2 || args.length > 3) return undefined;
  // `conn.login(user, '…')` (jsforce, most clients), as Python and Ruby read it; `login(user)` alone is an app's helper.
  const pair = method === 'auth' || method === 'login' || method === 'PlainTextAuthProvider' || (method === 'basic' && /(?:^|\.)auth$/.test(owner));
  if (!pair) return undefined;
  return { kind: 'api', label: `${method}()`, credential: { noun: 'password', strength: 'strong' }, envName: 'SERVICE_PASSWORD' };
}

/**
 * A dependency-injection binding of a literal, named by its key: LoopBack's `app.bind(TokenServiceBindings.TOKEN_SECRET).to('…')`,
 * InversifyJS' `container.bind(TYPES.JwtSecret).toConstantValue('…')`. The key says what the value is, as a name does.
 */
function boundValueTarget(call: ts.CallExpression | ts.NewExpression, index: number): Target | undefined {
  const callee = unwrap(call.expression);
  if (index !== 0 || !ts.isPropertyAccessExpression(callee) || !/^(?:to|toConstantValue)$/.test(callee.name.text)) return undefined;
  const binding = unwrap(callee.expression);
  if (!ts.isCallExpression(binding) || binding.arguments.length !== 1) return undefined;
  const bindingCallee = unwrap(binding.expression);
  const bindName = ts.isPropertyAccessExpression(bindingCallee) ? bindingCallee.name.text : ts.isIdentifier(bindingCallee) ? bindingCallee.text : '';
  if (bindName !== 'bind') return undefined;
  const key = dottedName(binding.arguments[0]!) ?? stringValue(binding.arguments[0]!);
  // The key's last segment names the value; the object holding the keys (`TYPES`, `Bindings`) is only their namespace.
  return key === undefined ? undefined : { ...nameTarget([key.slice(key.lastIndexOf('.') + 1)]), label: `bind(${key})` };
}

const DISTINGUISHED_NAME = /^[A-Za-z]+=[^,=]+(?:,\s*[A-Za-z]+=[^,=]+)+$/;

/** `password` in `timingSafeEqual(Buffer.from(password), Buffer.from('…'))`: the name under the wrappers. */
function comparedName(node: ts.Expression | undefined): string | undefined {
  let current = node;
  for (let hops = 0; current && ts.isCallExpression(current) && hops < 4; hops++) current = current.arguments[0];
  return current === undefined ? undefined : dottedName(current);
}

/**
 * `REDIS_URL: z.string().url().default('redis://localhost:6379')` (zod, yup, joi, valibot chains): the
 * literal is the default of the schema the chain builds, so a fallback of what the chain is assigned to,
 * as envalid's `{ default }` is (javascript-objects.ts). No in-place fix: the library reads the environment.
 */
function schemaDefaultTarget(call: ts.CallExpression | ts.NewExpression, node: ts.Expression, scope: Scope): Target | undefined {
  if (!ts.isCallExpression(call) || call.arguments.length !== 1 || call.arguments[0] !== node) return undefined;
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'default' || !ts.isCallExpression(callee.expression)) return undefined;
  let chain: ts.Expression = call;
  while ((ts.isPropertyAccessExpression(chain.parent) || ts.isCallExpression(chain.parent)) && chain.parent.expression === chain) chain = chain.parent;
  const owner = targetOf(chain, scope);
  if (owner?.name === undefined) return undefined;
  return { ...owner, kind: 'fallback', existingEnvName: owner.envName, noFix: true };
}
