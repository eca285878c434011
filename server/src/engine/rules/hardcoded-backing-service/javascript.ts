// Factor IV for JS/TS: database, cache, queue, mail, search and object-storage addresses written into the code:
// `mongoose.connect('mongodb://localhost:27017/shop')`, `new Redis({ host: '10.0.3.7' })`,
// `knex({ client: 'pg', connection: { host: 'db.internal' } })`, `config = { db: { host } }`.
import ts from 'typescript';
import { envReadExpression } from '../../fixes/envRead';
import { isStringLike, moduleBindings, propertyName, spanOf, walk } from '../../languages/ts-ast';
import { hasIdentifier, isQuote, onCommentLine, skipTrivia, type PrefilterInput } from '../../prefilter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { targetOf } from '../hardcoded-credential/javascript-targets';
import { isNonServerPath } from '../process-paths';
import { envHostAddress, isCredentialsUrl, isLocalFallback, NODE_URL_KEYS, STORAGE_ENDPOINT_KEYS, storageEndpointAddress } from './address';
import { isDisplayFormTs } from './display-forms';
import { builtUrl, heldValue, isPlus, literalsOf, NameWrites, plusOperands } from './javascript-held';
import { concatenatedHostService } from './url-slots';
import { clientService, envChoiceFallback, withStoreFactories, heldEnvFallback, inLocalEnvironmentBlock, inNonProductionBranchTs, serviceOfHostProperty } from './javascript-context';
import { developmentBranchMessage, fallbackMessage, hostMessage, urlMessage, withCredential } from './messages';
import { isHostLiteral, isPlaceholderHost, isPublicStorageEndpoint, serviceOfScheme, urlHost, type Service } from './services';

const HOST_KEYS = new Set(['host', 'hostname']);

export const javascriptCheck: LanguageCheck = {
  languages: ['javascript', 'typescript'],
  keywords: ['://', 'host', 'endpoint', 'server', 'addr', 'brokers'],
  mayReport,
  check,
};

/** A finding is a `host`/`hostname` key, a literal that starts with a service's URL scheme, or a search client's http node URL. */
function mayReport({ text, lowered }: PrefilterInput): boolean {
  if (hasIdentifier(text, [...HOST_KEYS]) && (mayHaveHostKey(text) || mayHaveHeldHost(text))) return true;
  // `process.env.DB_HOST || 'orders-db.internal'`: a default of a variable named for a service's host.
  // The variable's name ends in its host word right before the fallback (HOST_FALLBACKS).
  // Each pattern names a host word (any case): where the lowered text has none, no pass over the file can match.
  if (lowered.includes('env') && HOST_WORDS.some((word) => lowered.includes(word)) && HOST_FALLBACKS.some((pattern) => pattern.test(text))) return true;
  // kafkajs' `brokers: [...]`: the client's module is named in the file.
  if (lowered.includes('kafkajs') && hasIdentifier(text, ['brokers'])) return true;
  // A search client's node URL is plain http: the client's module must be named in the file.
  if (HTTP_CLIENT_MODULES.some((module) => lowered.includes(module)) && (lowered.includes('http') || lowered.includes('endpoint'))) return true;
  for (let at = text.indexOf('://'); at >= 0; at = text.indexOf('://', at + 3)) if (endsWithServiceScheme(text, at)) return true;
  return false;
}

/**
 * `process.env.DB_HOST ||`, `env['REDIS_HOST'] ??`, `env('SMTP_SERVER', '…')`, `{ DB_HOST = '…' } = process.env`,
 * env-var's `env.get('REDIS_HOST').default('…')`. A second argument is a fallback only to an env getter
 * (javascript-targets.ts ENV_GETTER, TYPED_ENV_GETTER): `config.get('trace.server', 'messages')` is none.
 */
const HOST_FALLBACKS = [
  /(?:host(?:name)?|server|addr(?:ess)?)['"`]?[\])!]{0,2}\s*(?:\|\||\?\?)/i,
  /(?:(?<![\w$])(?:env|getenv|readenv|envor|requireenv|optionalenv)|(?<![\w$.])env\.\w+)\s*\(\s*['"`][\w.-]*(?:host(?:name)?|server|addr(?:ess)?)['"`]\s*,\s*['"`]/i,
  /\(\s*['"`][\w.-]*(?:host(?:name)?|server|addr(?:ess)?)['"`]\s*\)\s*\.default\(\s*['"`]/i,
  /(?<![\w$.])[\w$]*(?:host(?:name)?|server|addr(?:ess)?)\s*=\s*['"`]/i,
  // zod's env schema: `DB_HOST: z.string().default('localhost')`.
  /(?:host(?:name)?|server|addr(?:ess)?)['"`]?\s*:\s*z\.[\w.()]{0,60}\.default\(\s*['"`]/i,
];

/** The host words every HOST_FALLBACKS pattern holds (`hostname` and `address` begin with two of them). */
const HOST_WORDS = ['host', 'server', 'addr'];

/** Clients that take their address as an http URL or an endpoint, named by their module. */
const HTTP_CLIENT_MODULES = ['@elastic/elasticsearch', '@opensearch-project/opensearch', 'meilisearch', 'typesense', '@aws-sdk/client-s3', "'minio'", '"minio"'];

const HOST_WORD = /(?<![\w$])(?:host|hostname)(?![\w$])/g;

/**
 * `host: '…'`, `'hostname': \`…\`` or convict's `host: { default: '…', env: 'DB_HOST' }` (a property's
 * key whose value is a string or an object, comments allowed around the colon), not `.host`, `host)`
 * nor a minified `{host:n,port:r}` (checkHost reads literals).
 */
function mayHaveHostKey(text: string): boolean {
  for (const match of text.matchAll(HOST_WORD)) {
    if (onCommentLine(text, match.index)) continue;
    let at = match.index + match[0].length;
    if (isQuote(text[at])) at++;
    at = skipTrivia(text, at);
    if (at < 0) return true;
    if (text[at] !== ':' || text[at + 1] === ':') continue;
    at = skipTrivia(text, at + 1);
    if (at < 0 || isQuote(text[at]) || text[at] === '{') return true;
  }
  return false;
}

/** `const host = '…'` then `{ host }`: a const named for the key, given a string. */
const CONST_HOST = /(?<![\w$])const\s+host(?:name)?\s*=\s*['"`]/;
const HOST_KEY_NAME = /(?<![\w$.])(?:host|hostname)\s*:\s*([A-Za-z_$][\w$]*)/g;
/** How many `host: name` keys are looked up: a file of thousands is no config. */
const MAX_HELD_KEYS = 20;

/** A `host` key given a name that a `const` in the file sets to a string (`const dbHost = '…'` … `host: dbHost`). */
function mayHaveHeldHost(text: string): boolean {
  if (CONST_HOST.test(text)) return true;
  let seen = 0;
  for (const match of text.matchAll(HOST_KEY_NAME)) {
    if (++seen > MAX_HELD_KEYS) return false;
    if (constGivenString(text, match[1]!)) return true;
  }
  return false;
}

const CONST_BEFORE = /(?<![\w$])const\s+$/;
const STRING_ASSIGNED_AFTER = /^\s*=\s*['"`]/;
/** How many mentions of a name are looked at for its `const`: a declaration comes early. */
const MAX_MENTIONS = 200;

/** `const dbHost = '…'`: the name declared const and given a string, found without building a pattern from the file. */
function constGivenString(text: string, name: string): boolean {
  let seen = 0;
  for (let at = text.indexOf(name); at >= 0 && seen < MAX_MENTIONS; at = text.indexOf(name, at + 1), seen++) {
    if (CONST_BEFORE.test(text.slice(Math.max(0, at - 24), at)) && STRING_ASSIGNED_AFTER.test(text.slice(at + name.length, at + name.length + 40))) return true;
  }
  return false;
}

const SCHEME_CHAR = /[A-Za-z0-9+.-]/;

/**
 * Whether a service's scheme ends at `at` (before `://`): every scheme urlHost could read there
 * (2 to 31 scheme characters starting with a letter) is tried, so the literal's own is among them.
 */
function endsWithServiceScheme(text: string, at: number): boolean {
  for (let start = at - 2; start >= 0 && at - start <= 31 && SCHEME_CHAR.test(text[start + 1]!); start--) {
    if (/[A-Za-z]/.test(text[start]!) && serviceOfScheme(text.slice(start, at))) return true;
    if (!SCHEME_CHAR.test(text[start]!)) return false;
  }
  return false;
}

interface Scope {
  source: ts.SourceFile;
  bindings: ReadonlyMap<string, string>;
  writes: NameWrites;
  /** The literals reported as a `+` URL's host, each once. */
  heldHosts: Set<ts.Node>;
}

function check(context: RuleContext): void {
  if (isNonServerPath(context.path)) return;
  const source = context.parsed.typescript;
  const scope: Scope = { source, bindings: withStoreFactories(source, moduleBindings(source)), writes: new NameWrites(source), heldHosts: new Set() };
  walk(source, (node) => {
    if (isStringLike(node)) {
      if (!checkBuiltUrl(node, scope, context) && !checkUrl(node, scope, context)) checkEnvHost(node, scope, context);
    }
    else if (ts.isTemplateExpression(node)) checkBuiltUrl(node, scope, context);
    else if (isPlus(node) && !isPlus(node.parent)) checkHeldUrlHosts(node, scope, context);
    else if (ts.isPropertyAssignment(node) && HOST_KEYS.has(propertyName(node.name) ?? '')) checkHost(node, scope, context);
    else if (ts.isShorthandPropertyAssignment(node) && HOST_KEYS.has(node.name.text)) checkHeldHost(node, scope, context);
    else if (ts.isPropertyAssignment(node) && STORAGE_ENDPOINT_KEYS.has(propertyName(node.name) ?? '')) checkStorageHost(node, scope, context);
    if ((ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) && propertyName(node.name) === 'brokers') checkBrokers(node, scope, context);
  });
}

/**
 * `'mongodb+srv://app:' + password + '@cluster0-a8kd2.mongodb.net/shop'`, `` `redis://:${pw}@cache.internal:6379` ``:
 * a URL whose host comes after a piece from elsewhere (a password, a user), the others read as nothing, is judged
 * by its host as a whole literal is. It is
 * reported once, at its first piece (the whole template), with no fix: the literal alone is not the URL.
 */
function checkBuiltUrl(node: ts.Node, scope: Scope, context: RuleContext): boolean {
  const built = builtUrl(node);
  const address = built && !/\s/.test(built.text) && built.text.includes('://') ? urlHost(built.text) : undefined;
  const service = address && serviceOfScheme(address.scheme);
  if (!built || !address || !service || isPlaceholderHost(address.host)) return false;
  // `'mongodb://127.0.0.1:27017/' + name`, `` `mongodb://127.0.0.1:27017/${name}` ``: the first piece names the host by
  // itself; a literal is read as before (and fixed in place), a template left as it was (a generator's default path).
  if (urlHost(built.head)?.host === address.host) return false;
  if (isComparedOrKey(built.whole) || isDisplayFormTs(built.whole) || inLocalEnvironmentBlock(built.whole)) return true;
  report(node as ts.Expression, address.host, service, 'url', scope, context, { target: targetOf(built.whole, scope), fixable: false, credential: isCredentialsUrl(built.text) });
  return true;
}

/**
 * `const PRIMARY = '10.18.3.21'` then `'redis://' + PRIMARY + ':6379/0'`: a name in the host's place of a URL put together
 * with `+` holds the host that service's client gets (as Python's, PHP's and the JVM's); reported at the literal, once.
 */
function checkHeldUrlHosts(chain: ts.BinaryExpression, scope: Scope, context: RuleContext): void {
  const operands = plusOperands(chain);
  const pieces = operands.map((operand) => (isStringLike(operand) ? operand.text : undefined));
  if (!pieces.some((piece) => piece?.includes('://'))) return;
  operands.forEach((operand, at) => {
    const literal = ts.isIdentifier(operand) ? scope.writes.constValue(operand) : undefined;
    if (!literal || !isStringLike(literal) || scope.heldHosts.has(literal) || !isHostLiteral(literal.text) || isPlaceholderHost(literal.text)) return;
    const service = concatenatedHostService(pieces, at);
    if (!service || isComparedOrKey(chain) || isDisplayFormTs(chain)) return;
    scope.heldHosts.add(literal);
    report(literal, literal.text.replace(/:[0-9]+$/, ''), service, 'host', scope, context);
  });
}

/** `const host = 'db.internal'` then `createPool({ host })`: the const's literal is the host the client gets. */
function checkHeldHost(property: ts.PropertyAssignment | ts.ShorthandPropertyAssignment, scope: Scope, context: RuleContext): void {
  const literal = heldValue(property, scope.writes);
  if (!isStringLike(literal) || !isHostLiteral(literal.text) || isPlaceholderHost(literal.text)) return;
  const service = serviceOfHostProperty(property, scope.bindings);
  if (service && !inLocalEnvironmentBlock(property)) report(literal, literal.text.replace(/:[0-9]+$/, ''), service, 'host', scope, context);
}

/** kafkajs' `new Kafka({ brokers: ['10.0.0.4:9092'] })`, or a `const brokers = [...]` passed as `{ brokers }`. */
function checkBrokers(property: ts.PropertyAssignment | ts.ShorthandPropertyAssignment, scope: Scope, context: RuleContext): void {
  const service = clientService(property, scope.bindings);
  if (!service || service !== serviceOfScheme('kafka') || inLocalEnvironmentBlock(property)) return;
  const value = ts.isPropertyAssignment(property) && !ts.isIdentifier(property.initializer) ? property.initializer : heldValue(property, scope.writes);
  for (const literal of literalsOf(value)) {
    if (isHostLiteral(literal.text) && !isPlaceholderHost(literal.text)) report(literal, literal.text.replace(/:[0-9]+$/, ''), service, 'host', scope, context);
  }
}

/** MinIO's `new Minio.Client({ endPoint: 'minio.lan', port: 9000 })`: a bare host under the endpoint key of a storage client. */
function checkStorageHost(property: ts.PropertyAssignment, scope: Scope, context: RuleContext): void {
  const literal = property.initializer;
  if (!isStringLike(literal) || literal.text.includes('://') || clientService(property, scope.bindings)?.kind !== 'storage') return;
  const found = storageEndpointAddress(literal.text);
  if (found && !inLocalEnvironmentBlock(property)) report(literal, found.host, found.service, 'host', scope, context);
}

/** Whether the literal is a URL (reported here when it is a service's). */
function checkUrl(literal: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral, scope: Scope, context: RuleContext): boolean {
  const value = literal.text;
  const address = value.includes('://') && !/\s/.test(value) ? urlHost(value) : undefined;
  if (!address) return false;
  const service = serviceOfScheme(address.scheme) ?? (/^https?$/i.test(address.scheme) ? nodeUrlService(literal, scope) : undefined);
  if (!service || isPlaceholderHost(address.host)) return true;
  if (service.kind === 'storage' && isPublicStorageEndpoint(address.host)) return true;
  if (isComparedOrKey(literal) || isDisplayFormTs(literal) || inLocalEnvironmentBlock(literal)) return true;
  // A real password in it is hardcoded-credential's too: that rule's fix moves the whole URL.
  report(literal, address.host, service, 'url', scope, context, { credential: isCredentialsUrl(value) });
  return true;
}

/** `dbHost: process.env.DB_HOST || 'orders-db.internal'`: a bare host as the default of a variable named for a service's host. */
function checkEnvHost(literal: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral, scope: Scope, context: RuleContext): void {
  if (!isHostLiteral(literal.text) || isPropertyInitializerOfHostKey(literal)) return;
  const target = targetOf(literal, scope);
  if (target?.kind !== 'fallback' || inLocalEnvironmentBlock(literal)) return;
  const found = envHostAddress(literal.text, target.envName ?? target.name);
  if (found) report(literal, found.host, found.service, 'host', scope, context, { target });
}

/** `host: 'db.internal'` is checkHost's. */
function isPropertyInitializerOfHostKey(literal: ts.Node): boolean {
  const parent = literal.parent;
  return ts.isPropertyAssignment(parent) && parent.initializer === literal && HOST_KEYS.has(propertyName(parent.name) ?? '');
}

/**
 * `new Client({ node: 'http://es.internal:9200' })`, `{ nodes: ['https://…'] }` for @elastic/elasticsearch
 * or OpenSearch: a search client takes its address as an http URL (address.ts httpClientAddress).
 */
function nodeUrlService(literal: ts.Expression, scope: Scope): Service | undefined {
  const node = ts.isArrayLiteralExpression(literal.parent) ? literal.parent : literal;
  const property = node.parent;
  const key = ts.isPropertyAssignment(property) && property.initializer === node ? (propertyName(property.name) ?? '') : '';
  const service = key !== '' ? clientService(property, scope.bindings) : undefined;
  if (service?.kind === 'search' && NODE_URL_KEYS.has(key)) return service;
  return service?.kind === 'storage' && STORAGE_ENDPOINT_KEYS.has(key) ? service : undefined;
}

function checkHost(property: ts.PropertyAssignment, scope: Scope, context: RuleContext): void {
  if (ts.isIdentifier(property.initializer)) return checkHeldHost(property, scope, context);
  const literal = property.initializer;
  if (!isStringLike(literal) || !isHostLiteral(literal.text) || isPlaceholderHost(literal.text)) return;
  const service = serviceOfHostProperty(property, scope.bindings);
  if (!service || inLocalEnvironmentBlock(property)) return;
  report(literal, literal.text.replace(/:[0-9]+$/, ''), service, 'host', scope, context);
}

/** `target`: the literal's target when the caller has it already. */
function report(
  literal: ts.Expression,
  host: string,
  service: Service,
  what: 'url' | 'host',
  scope: Scope,
  context: RuleContext,
  { target = targetOf(literal, scope), fixable = isStringLike(literal), credential = false }: { target?: ReturnType<typeof targetOf>; fixable?: boolean; credential?: boolean } = {},
): void {
  const span = spanOf(literal);
  const fallbackOf = target?.kind === 'fallback' ? target.name ?? target.envName : heldEnvFallback(literal, scope.writes) ?? envChoiceFallback(literal, scope.writes);
  if (fallbackOf !== undefined) {
    const local = isLocalFallback({ host, what });
    context.report({ span, message: withCredential(fallbackMessage(service, fallbackOf, local), credential), ...(local ? { severity: 'info' as const } : {}) });
    return;
  }
  if (isLocalFallback({ host, what }) && inNonProductionBranchTs(literal)) {
    context.report({ span, message: developmentBranchMessage(service), severity: 'info' });
    return;
  }
  const envName = what === 'url' ? service.urlEnv : service.hostEnv;
  const read = envReadExpression(envName, context.language, context.text);
  const message = withCredential(what === 'url' ? urlMessage(service, read) : hostMessage(service, read), credential);
  context.report({ span, message, ...(fixable && !credential && isStringLike(literal) ? { fix: { kind: 'move-to-env' as const, span, envName, value: literal.text } } : {}) });
}

/** `url.startsWith('postgres://x')`, `url === '...'`, `{ 'redis://a': 1 }`: not an address the app connects to. */
function isComparedOrKey(literal: ts.Node): boolean {
  const parent = literal.parent;
  if (ts.isBinaryExpression(parent)) {
    const operator = parent.operatorToken.kind;
    return operator !== ts.SyntaxKind.BarBarToken && operator !== ts.SyntaxKind.QuestionQuestionToken && operator !== ts.SyntaxKind.EqualsToken;
  }
  if (ts.isPropertyAssignment(parent) && parent.name === literal) return true;
  if (ts.isCaseClause(parent) || ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isLiteralTypeNode(parent)) return true;
  return ts.isCallExpression(parent) && ts.isPropertyAccessExpression(parent.expression) && ['startsWith', 'includes', 'endsWith', 'match', 'test', 'replace'].includes(parent.expression.name.text);
}
