// Literals in object literals: `{ db: { password: '...' } }`, `session({ secret: '...' })`,
// `createTransport({ auth: { user, pass: '...' } })`, `str({ default: '...' })` under JWT_SECRET.
import ts from 'typescript';
import { dottedName, objectProperty, propertyName, stringValue } from '../../languages/ts-ast';
import { readOnce } from '../../readOnce';
import { credentialName, envNameFrom, hasUiContainer, isLocalServiceUrl, type CredentialName } from '../../secrets';
import { secretApiOf, type SecretApi } from './javascript-apis';
import { callsOfHeldOptions } from './javascript-held-options';
import { isServerTokenUuid, keyNameBesideAccount, keyNameBesideAdminKey } from './config-common';
import { buildsClient } from './javascript-clients';
import { cliOptionTarget } from './javascript-cli-options';
import { isTransparent, listedUnder, type Scope, type Target } from './target';

/**
 * Keys whose value is the default of the thing that owns the object (envalid, convict, zod-like schemas).
 * Not envalid's `devDefault`: it applies only when NODE_ENV is not production, and envalid throws in production
 * when the variable is unset, so it is never a deploy's value (a known token format in it is still reported).
 */
const DEFAULT_KEYS = new Set(['default', 'fallback', 'defaultValue']);
const USER_KEYS = ['user', 'username', 'userName', 'login', 'email', 'name'];

interface ObjectPath {
  /** Names above the object literal (or above the call it is passed to): `config`, `module.exports`. */
  outer: string[];
  /** Property names from the outermost object literal down to this one. */
  inner: string[];
  /** The call the outermost object literal is passed to. */
  call?: ts.CallExpression | ts.NewExpression;
  /** The `const` the outermost object literal is the value of (`const sess = { … }`). */
  declaration?: ts.VariableDeclaration;
}

export function propertyTarget(
  property: ts.PropertyAssignment,
  scope: Scope,
  resolve: (owner: ts.Node) => Target | undefined,
): Target | undefined {
  const key = propertyName(property.name);
  if (key === undefined) return undefined;
  const object = property.parent;
  if (DEFAULT_KEYS.has(key)) return defaultTarget(object, resolve);
  const path = objectPath(object);
  if (hasUiContainer([...path.outer, ...path.inner], key)) return undefined;
  if (keyNameBesideAdminKey(key, propertyNames(object), [...path.outer, ...path.inner]) !== key) return undefined;
  const { api, index } = path.call ? { api: secretApiOf(path.call, scope.bindings), index: argumentIndex(path.call, object) } : heldOptionsApi(path, key, scope);
  const found =
    serverToken(key, property, object) ?? credentialName(key) ?? passwordBesideUser(key, object) ?? secretIdBesideRoleId(key, object) ?? secureStringValue(key, object) ?? apiSecret(key, api && index >= (api.secretKeysFrom ?? 0) ? api.secretKeys : undefined) ?? mappedPassword(path.inner, api?.passwordMaps) ?? clientKey(key, path.call) ?? accessKeyBesideUser(key, object) ?? accountKeyBesideAccount(key, object) ?? listedUnder([...path.outer, ...path.inner]) ?? keyedUnder(path.inner) ?? networkAccounts(key, [...path.outer, ...path.inner]);
  // Beside a base URL on this machine, a chosen word is the local server's placeholder (`apiKey: 'ollama'`).
  const credential = found && servesLocally(object) ? { ...found, strength: 'weak' as const } : found;
  // secretOrKey (passport-jwt) and secretOrPrivateKey (jsonwebtoken) are the JWT secret.
  // A bare `key` beside a user moves to ACCESS_KEY, which says more than KEY.
  const namePart = /^secretOr/.test(key) ? 'secret' : credential?.noun === 'access key' && key === 'key' ? 'access_key' : key;
  const inner = [...path.inner, key].join('.');
  if (api) {
    return { kind: 'name', label: `${api.label}({ ${inner} })`, name: key, callOption: true, ...(credential ? { credential } : {}), envName: envNameFrom([api.prefix ?? '', ...path.inner, namePart]) };
  }
  if (path.call && credential?.noun === 'API key' && key === 'key' && !credentialName(key)) return clientKeyTarget(path.call, credential);
  const segments = [...path.outer, ...path.inner];
  return { kind: 'name', label: [...segments, key].join('.'), name: key, ...(credential ? { credential } : {}), envName: envNameFrom([...segments, namePart]) };
}

/** `const sess = { secret }` then `session(sess)`: the secret-taking call the const is handed to (javascript-held-options.ts). */
function heldOptionsApi(path: ObjectPath, key: string, scope: Scope): { api: SecretApi | undefined; index: number } {
  for (const passed of path.declaration ? callsOfHeldOptions(path.declaration, key) : []) {
    const api = secretApiOf(passed.call, scope.bindings);
    if (api) return { api, index: passed.index };
  }
  return { api: undefined, index: -1 };
}

/** lighthouserc.js' `upload: { serverBaseUrl, token: '<uuid>' }`: the server's token, strong (isServerTokenUuid). */
function serverToken(key: string, property: ts.PropertyAssignment, object: ts.ObjectLiteralExpression): CredentialName | undefined {
  if (key.toLowerCase() !== 'token') return undefined;
  return isServerTokenUuid(key, stringValue(property.initializer), propertyNames(object)) ? { noun: 'token', strength: 'strong' } : undefined;
}

/**
 * `etherscan: { apiKey: { sepolia: '…', mainnet: '…' } }` (hardhat-verify): one key per network or
 * environment under a singular key name. Weak: only a generated value counts, so `apiKey: { in: 'header' }`
 * (an OpenAPI security scheme) stays silent.
 */
function keyedUnder(inner: readonly string[]): CredentialName | undefined {
  const holder = inner[inner.length - 1];
  const credential = holder === undefined ? undefined : credentialName(holder);
  return credential && /key|token|secret/i.test(credential.noun) ? { noun: credential.noun, strength: 'weak' } : undefined;
}

/**
 * Hardhat's `networks: { sepolia: { accounts: ['0x…'] } }`: the accounts of a network are private keys.
 * Weak: only a generated value counts (`accounts: 'remote'` is the node's own).
 */
function networkAccounts(key: string, segments: readonly string[]): CredentialName | undefined {
  return key === 'accounts' && segments.includes('networks') ? { noun: 'private key', strength: 'weak' } : undefined;
}

/** Keys that give an API client the server it talks to. */
const BASE_URL_KEYS = new Set(['baseURL', 'baseUrl', 'base_url', 'basePath', 'endpoint', 'host', 'apiBase']);

/** `new OpenAI({ baseURL: 'http://localhost:11434/v1', apiKey })`: options of a client of a server on this machine. */
function servesLocally(object: ts.ObjectLiteralExpression): boolean {
  return object.properties.some(
    (property) => ts.isPropertyAssignment(property) && BASE_URL_KEYS.has(propertyName(property.name) ?? '') && isLocalServiceUrl(stringValue(property.initializer) ?? ''),
  );
}

/** Once per object literal: every property of a 6,000-entry table asks for its siblings. */
const propertyNames = readOnce((object: ts.ObjectLiteralExpression): readonly string[] =>
  object.properties.map((property) => (ts.isSpreadAssignment(property) ? '' : (propertyName(property.name) ?? ''))),
);

/**
 * `new aws.ssm.Parameter('…', { type: aws.ssm.ParameterType.SecureString, value: '…' })` (Pulumi, and
 * CDK's `CfnParameter`-style props): the type says the value is a secret, whatever the parameter's name.
 */
function secureStringValue(key: string, object: ts.ObjectLiteralExpression): CredentialName | undefined {
  if (key !== 'value') return undefined;
  const type = objectProperty(object, 'type');
  return type !== undefined && /(?:^|[.'"])SecureString['"]?$/.test(type.getText()) ? { noun: 'secret', strength: 'strong' } : undefined;
}

/** `{ user: 'mailer', pass: '...' }`: `pass` alone is a password only next to a user. */
function passwordBesideUser(key: string, object: ts.ObjectLiteralExpression): CredentialName | undefined {
  if (key !== 'pass' && key !== 'pw') return undefined;
  return USER_KEYS.some((userKey) => objectProperty(object, userKey) !== undefined) ? { noun: 'password', strength: 'strong' } : undefined;
}

/** Vault's AppRole login, `{ role_id: '…', secret_id: '…' }` (node-vault's `approleLogin`): the secret ID is the credential. */
function secretIdBesideRoleId(key: string, object: ts.ObjectLiteralExpression): CredentialName | undefined {
  if (key !== 'secret_id' && key !== 'secretId') return undefined;
  return objectProperty(object, 'role_id') !== undefined || objectProperty(object, 'roleId') !== undefined ? { noun: 'secret ID', strength: 'strong' } : undefined;
}

/**
 * `{ user: 'acmeqa', key: '…' }` (WebdriverIO's BrowserStack and Sauce Labs config), `{ username, accessKey }`:
 * a key beside a user name, with no secret beside it, is that user's secret (weak: a generated value).
 * Beside a `secretKey` (MinIO's `{ accessKey, secretKey }`) the access key is the pair's public half.
 */
function accessKeyBesideUser(key: string, object: ts.ObjectLiteralExpression): CredentialName | undefined {
  if (!ACCESS_KEYS.has(key) || !LOGIN_KEYS.some((userKey) => objectProperty(object, userKey) !== undefined)) return undefined;
  return SECRET_SIBLINGS.some((secret) => objectProperty(object, secret) !== undefined) ? undefined : { noun: 'access key', strength: 'weak' };
}

/** `new CosmosClient({ endpoint, key: '…' })`, `{ accountName, key: '…' }`: the account's key (config-common.ts keyNameBesideAccount). */
function accountKeyBesideAccount(key: string, object: ts.ObjectLiteralExpression): CredentialName | undefined {
  const named = keyNameBesideAccount(key, propertyNames(object));
  return named === key ? undefined : credentialName(named);
}

const ACCESS_KEYS = new Set(['key', 'accessKey', 'access_key']);
const LOGIN_KEYS = ['user', 'username', 'userName'];
const SECRET_SIBLINGS = ['secret', 'secretKey', 'secret_key', 'secretAccessKey', 'password'];

/** `mailgun.client({ username: 'api', key: '…' })`: a bare `key` given to an API client is its API key (weak). */
function clientKey(key: string, call: ts.CallExpression | ts.NewExpression | undefined): CredentialName | undefined {
  return key === 'key' && call !== undefined && buildsClient(call) ? { noun: 'API key', strength: 'weak' } : undefined;
}

/** `mailgun.client({ key })` reads as `mailgun.client({ key })` and moves to MAILGUN_API_KEY. */
function clientKeyTarget(call: ts.CallExpression | ts.NewExpression, credential: CredentialName): Target {
  const callee = dottedName(call.expression) ?? (ts.isPropertyAccessExpression(call.expression) ? call.expression.name.text : 'client');
  const owner = ts.isPropertyAccessExpression(call.expression) ? dottedName(call.expression.expression) : undefined;
  return { kind: 'name', label: `${callee}({ key })`, name: 'key', callOption: true, credential, envName: envNameFrom([owner ?? '', 'api', 'key']) };
}

/** `basicAuth({ users: { ops: '…' } })`: every entry of a user-to-password map is a password. */
function mappedPassword(inner: readonly string[], passwordMaps: ReadonlySet<string> | undefined): CredentialName | undefined {
  const map = inner[inner.length - 1];
  return map !== undefined && inner.length === 1 && passwordMaps?.has(map) ? { noun: 'password', strength: 'strong' } : undefined;
}

/** Which argument of `call` holds `object` (nested at any depth); -1 when none does. */
function argumentIndex(call: ts.CallExpression | ts.NewExpression | undefined, object: ts.Node): number {
  return call?.arguments?.findIndex((argument) => argument.pos <= object.pos && object.end <= argument.end) ?? -1;
}

function apiSecret(key: string, secretKeys: ReadonlySet<string> | undefined): CredentialName | undefined {
  return secretKeys?.has(key) ? { noun: 'secret', strength: 'strong' } : undefined;
}

/**
 * `JWT_SECRET: str({ default: 'dev' })` (envalid), `secret: { default: 'dev', env: 'JWT_SECRET' }` (convict):
 * the literal is the default of what owns the object, so it is a fallback of that variable. No in-place fix:
 * the library reads the environment itself.
 */
function defaultTarget(object: ts.ObjectLiteralExpression, resolve: (owner: ts.Node) => Target | undefined): Target | undefined {
  const parent = object.parent;
  const call = parent && (ts.isCallExpression(parent) || ts.isNewExpression(parent)) ? parent : undefined;
  const owner = call ?? object;
  // yargs' `.option('mirror-token', { default: '…' })`: the option the object declares names it.
  const target = resolve(owner) ?? (call && call.arguments?.[1] === object ? cliOptionTarget(call) : undefined);
  if (!target) return undefined;
  const declaredEnv = stringValue(objectProperty(object, 'env'));
  const envName = declaredEnv ?? target.envName;
  const label = declaredEnv ?? target.label;
  return { ...target, kind: 'fallback', label, envName, existingEnvName: envName, noFix: true };
}

function objectPath(object: ts.ObjectLiteralExpression): ObjectPath {
  const inner: string[] = [];
  let node: ts.Node = object;
  for (let parent = node.parent; parent; node = parent, parent = node.parent) {
    if (isTransparent(parent, node) || ts.isObjectLiteralExpression(parent)) continue;
    if (ts.isPropertyAssignment(parent) && parent.initializer === node) {
      inner.unshift(propertyName(parent.name) ?? '?');
      continue;
    }
    if (ts.isVariableDeclaration(parent) && parent.initializer === node) {
      return { outer: ts.isIdentifier(parent.name) ? [parent.name.text] : [], inner, declaration: parent };
    }
    if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && parent.right === node) {
      return { outer: (dottedName(parent.left) ?? '').split('.'), inner };
    }
    if (ts.isPropertyDeclaration(parent) && parent.initializer === node) {
      return { outer: ['this', propertyName(parent.name) ?? ''], inner };
    }
    if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.arguments?.some((argument) => argument === node)) {
      return { outer: [], inner, call: parent };
    }
    return { outer: [], inner };
  }
  return { outer: [], inner };
}
