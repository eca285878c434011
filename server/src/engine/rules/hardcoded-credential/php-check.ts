// Factor III in PHP: string literals that are credentials. A literal is one when it holds a known
// token format, a URL or DSN with a password, or when where it goes says so: a credential-named
// key, variable, constant or property, a secret-taking call, the fallback of an env read.
import { allChildren, callOf, inTestStageEntry, mayHaveTestStageEntry, named, parentOf, phpString, walkWithParents, type Parents } from '../../languages/php';
import { reportPhpCommand, reportPlainCommandLine } from './php-commands';
import { MappedText } from '../../languages/mapped-text';
import type { SyntaxNode } from '../../languages/treeSitter';
import type { RuleContext } from '../../rule';
import { findTokens, findUrlPasswords, isSecretLikeValue, urlEnvName, type CredentialName } from '../../secrets';
import { credentialValueReport, mayBeDigitSecret, isDigitPassword } from './credential-value';
import { embeddedTokenReport, readerFor, urlPasswordReport, wholeLiteralReport, type PhpLiteral } from './php-report';
import { targetOf, type Target } from './php-targets';
import { connectionEnvName, withLoneAccessKey } from './target';
import { userPasswordOf } from './php-userpwd';
import { putenvAssignment } from './php-putenv';
import { findDsnPassword } from './go-dsn';
import { headerLineOf } from './php-headers';
import { isSettingsReader, jsonFieldReports } from './json-body';
import { isKeyBesideCipher, isKeyBesideSecret, isPasswordBesideUser } from './php-pairs';
import { PAIRED_PASSWORD } from './pass-beside-user';
import { concatenationHead, continuedQuerySecretsOf, querySecretsOf, schemeOf, urlQueryReport } from './url-query';
import { asTestConfig } from './config-common';


/** Laravel's validation rules: `'password' => 'required|confirmed|min:8'` is a rule, not a secret. */
const VALIDATION_RULES = new Set([
  'accepted', 'active_url', 'after', 'after_or_equal', 'alpha', 'alpha_dash', 'alpha_num', 'array', 'ascii', 'bail', 'before',
  'before_or_equal', 'between', 'boolean', 'bool', 'confirmed', 'current_password', 'date', 'date_format', 'decimal', 'different',
  'digits', 'digits_between', 'distinct', 'email', 'ends_with', 'exists', 'file', 'filled', 'gt', 'gte', 'hex_color', 'image',
  'in', 'integer', 'int', 'ip', 'json', 'lowercase', 'lt', 'lte', 'max', 'mimes', 'min', 'not_in', 'nullable', 'numeric',
  'password', 'present', 'prohibited', 'regex', 'required', 'required_if', 'required_unless', 'required_with',
  'required_without', 'same', 'size', 'sometimes', 'starts_with', 'string', 'unique', 'uppercase', 'url', 'uuid', 'ulid',
]);

/** Framework defaults that are dummies by convention: Laravel's `forge` and old `SomeRandomString` app key, Homestead's and Sail's users. */
const FRAMEWORK_DUMMIES = new Set(['forge', 'homestead', 'sail', 'vagrant', 'base64:', 'somerandomstring']);

/** Stripe publishable keys are meant for the browser. */
const PUBLISHABLE = /^pk_(?:live|test)_/;

const PDO_DSN = /^(?:pgsql|mysql|sqlsrv|dblib|oci|odbc|firebird|ibm|informix|cubrid):/i;
/** `password=...` in a PDO DSN (`;`-separated) or a pg_connect string (space-separated). */
const DSN_PASSWORD = /(?:^|[;:\s])(?:password|pwd)\s*=\s*([^;\s'"]+)/gi;

export function checkPhpCredentials(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree) return;
  const read = readerFor(context.text, context.path);
  const testStageEntries = mayHaveTestStageEntry(context.text);
  walkWithParents(tree.rootNode, (node, parents) => {
    reportPhpCommand(node, context);
    if (node.type === 'integer') inspectDigits(node, { context, read, parents });
    if (node.type === 'heredoc' || node.type === 'nowdoc') return inspectHeredoc(node, context, read), false;
    if (node.type !== 'string' && node.type !== 'encapsed_string') return true;
    const text = phpString(node);
    // A test-only connection (`'mysql_testing' => [...]`): a password guessed from its name there is the test run's.
    const where = testStageEntries && inTestStageEntry(node, parents) ? asTestConfig(context, 'a connection block for the test run') : context;
    if (text && isValuePosition(node, parents)) inspect(node, text, { context: where, read, parents });
    return false;
  });
}

/**
 * A heredoc or nowdoc body (`<<<JSON … JSON`), a request body or a document kept in code: no literal under a name (a
 * heredoc is text, often with interpolations), but its JSON fields and known-format tokens are read as a single-quoted
 * string's are, where no interpolation (`{$secret}`) touches them. A body with escapes is left alone.
 */
function inspectHeredoc(node: SyntaxNode, context: RuleContext, read: (name: string) => string): void {
  const body = node.childForFieldName('value');
  if (!body || body.text.includes('\\')) return;
  const interpolated = named(body).filter((child) => child.type !== 'string_content' && child.type !== 'nowdoc_string');
  const clean = (span: { start: number; end: number }) => !interpolated.some((part) => part.startIndex < span.end && span.start < part.endIndex);
  const text = MappedText.contiguous(body.text, body.startIndex);
  const fields = jsonFieldReports(text.text, (start, end) => text.span(start, end), context.scope, read, heredocHolder(node));
  for (const field of fields) if (clean(field.span)) context.report(field);
  if (fields.length > 0) return;
  for (const token of findTokens(text.text)) {
    const span = text.span(token.start, token.end);
    if (clean(span)) context.report(embeddedTokenReport(span, text.text.slice(token.start, token.end), token.format, token.envName, read));
  }
}

/**
 * The name a heredoc is kept under: `$defaults = <<<INI`, `const DEFAULTS = <<<'YAML'`, a property's default; or the
 * settings reader it is handed to (`parse_ini_string(<<<'INI' … INI)`, `Yaml::parse(…)`).
 */
function heredocHolder(node: SyntaxNode): string | undefined {
  const parent = node.parent;
  const call = parent?.type === 'argument' ? parent.parent?.parent : undefined;
  const reader = call ? callOf(call)?.name : undefined;
  if (reader !== undefined && isSettingsReader(reader)) return reader;
  const holder = parent?.type === 'assignment_expression' ? parent.childForFieldName('left') : parent?.type === 'const_element' || parent?.type === 'property_initializer' ? (parent.type === 'property_initializer' ? parent.parent : parent)?.namedChildren[0] : undefined;
  return holder?.text.replace(/^\$/, '');
}

interface Scope {
  context: RuleContext;
  read: (name: string) => string;
  parents: Parents;
}

/** Array keys, subscript indexes and the names in `env('X')` / `define('X', ...)` are names, not values. */
function isValuePosition(node: SyntaxNode, parents: Parents): boolean {
  const parent = parentOf(node, parents);
  if (!parent) return false;
  if (parent.type === 'array_element_initializer') return !(allChildren(parent).some((child) => child.type === '=>') && named(parent)[0]?.id === node.id);
  if (parent.type === 'subscript_expression') return named(parent)[0]?.id === node.id;
  return true;
}

function inspect(node: SyntaxNode, text: MappedText, scope: Scope): void {
  const value = text.text;
  const literal: PhpLiteral = { span: { start: node.startIndex, end: node.endIndex }, value, read: scope.read };
  const tokens = findTokens(value);
  const urls = findUrlPasswords(value).filter((url) => !tokens.some((token) => token.start < url.end && url.start < token.end));
  if (reportVaultDecryptionKey(node, literal, scope)) return;
  const found = targetOf(node, scope.parents);
  const paired = found && !found.credential && isPasswordBesideUser(node, scope.parents) ? { ...found, credential: PAIRED_PASSWORD } : found;
  const target = withLoneAccessKey(encryptionKey(paired, node, scope), value, () => scope.context.text);
  const report = scope.context.report.bind(scope.context);

  const only = tokens[0];
  if (tokens.length === 1 && only && only.start === 0 && only.end === value.length) {
    report(wholeLiteralReport(literal, only.format, target, only.envName, true));
    return;
  }
  for (const token of tokens) report(embeddedTokenReport(text.span(token.start, token.end), value.slice(token.start, token.end), token.format, token.envName, scope.read));
  for (const url of urls) {
    const whole = url.urlStart === 0 && url.urlEnd === value.length;
    const envName = connectionEnvName(target) ?? urlEnvName(url.scheme);
    const kind = /^https?$/.test(url.scheme) ? `an ${url.scheme} URL (basic auth)` : `a ${url.scheme} connection URL`;
    report(urlPasswordReport({ passwordSpan: text.span(url.start, url.end), password: value.slice(url.start, url.end), kind, ...(whole ? { whole: literal } : {}), ...(target ? { target } : {}), envName, read: scope.read }));
  }
  if (tokens.length > 0 || urls.length > 0) return;
  if (reportQuerySecrets(text, literal, target, scope)) return;
  if (reportContinuedQuerySecrets(node, text, target, scope)) return;
  if (reportDsnPassword(node, text, literal, scope)) return;
  // ADO.NET/ODBC keyword strings and Azure connection strings (`AccountName=…;AccountKey=…`), and go-sql-driver's
  // `u:pw@tcp(db:3306)/app` a PHP app writes for the Go worker beside it (held-out batch cred25).
  const keyword = findDsnPassword(value);
  if (keyword) {
    const password = value.slice(keyword.start, keyword.end);
    report(urlPasswordReport({ passwordSpan: text.span(keyword.start, keyword.end), password, kind: keyword.kind === 'MySQL DSN' ? 'a MySQL DSN' : 'a connection string', whole: literal, ...(target ? { target } : {}), envName: connectionEnvName(target) ?? 'CONNECTION_STRING', read: scope.read }));
    return;
  }
  const pair = userPasswordOf(node, text, scope.parents);
  if (pair) {
    const password = value.slice(pair.start, pair.end);
    report(urlPasswordReport({ passwordSpan: text.span(pair.start, pair.end), password, kind: pair.kind, whole: literal, envName: pair.envName ?? 'BASIC_AUTH', read: scope.read }));
    return;
  }
  if (reportPlainCommandLine(node, text, scope.parents, scope.context)) return;
  if (reportPutenv(node, text, scope)) return;
  if (reportHeaderLine(node, text, scope)) return;
  const fields = jsonFieldReports(value, (start, end) => text.span(start, end), scope.context.scope, scope.read, target?.label);
  if (fields.length > 0) return fields.forEach((field) => report(field));
  const credential = target?.credential;
  if (!target || !credential || isPhpNonSecret(value) || isKeyBesideSecret(node, scope.parents)) return;
  const verdict = credentialValueReport(value, target, phpCredential(target, credential), scope.context.scope, wholeLiteralReport(literal, credential.noun, target, target.envName, false), scope.context.text);
  if (verdict) report(verdict);
}

/** `'https://api.pipedrive.com/v1/persons?api_token=…'`: a credential in a URL's query; the fix moves the URL when it is the whole literal. */
function reportQuerySecrets(text: MappedText, literal: PhpLiteral, target: Target | undefined, scope: Scope): boolean {
  const found = querySecretsOf(text.text);
  const whole = /^[a-z][\w+.-]*:\/\/\S+$/i.test(text.text) ? { span: literal.span, value: literal.value } : undefined;
  for (const query of found) {
    const finding = { found: query, span: text.span(query.start, query.end), secret: text.text.slice(query.start, query.end), scheme: schemeOf(text.text), ...(whole ? { whole } : {}), ...(target ? { target } : {}) };
    scope.context.report(urlQueryReport(finding, scope.read));
  }
  return found.length > 0;
}

/** `'pgsql://' . $host . '/ledger?user=u&password=…'`: a later piece of a URL built by `.`; no fix moves a piece. */
function reportContinuedQuerySecrets(node: SyntaxNode, text: MappedText, target: Target | undefined, scope: Scope): boolean {
  const head = (): string | undefined => {
    const first = concatenationHead(node, { binary_expression: '.' }, (child) => parentOf(child, scope.parents));
    return first ? phpString(first)?.text : undefined;
  };
  const found = continuedQuerySecretsOf(head, text.text);
  for (const query of found) {
    const finding = { found: query, span: text.span(query.start, query.end), secret: text.text.slice(query.start, query.end), scheme: query.scheme, ...(target ? { target } : {}) };
    scope.context.report(urlQueryReport(finding, scope.read));
  }
  return found.length > 0;
}

/** `'password' => 6742530`: a number is a password too; no fix, since the code expects a number. */
function inspectDigits(node: SyntaxNode, scope: Scope): void {
  if (!mayBeDigitSecret(node.text)) return;
  const target = targetOf(node, scope.parents);
  if (!target || !isDigitPassword(node.text, target)) return;
  const literal: PhpLiteral = { span: { start: node.startIndex, end: node.endIndex }, value: node.text, read: scope.read };
  scope.context.report(wholeLiteralReport(literal, 'password', { ...target, noFix: true }, target.envName, false));
}

/** Symfony's secrets vault: `config/secrets/prod/prod.decrypt.private.php`, named by its environment. */
const VAULT_DECRYPTION_KEY = /(?:^|\/)secrets\/([\w-]+)\/\1\.decrypt\.private\.php$/;

/**
 * The vault's decryption key file returns the key that decrypts every secret beside it (`return "\x8c…";`), which
 * Symfony says never to commit: production reads it from SYMFONY_DECRYPTION_SECRET. The dev and test keys may be
 * committed; the `encrypt.public` key and the encrypted values are safe to.
 */
function reportVaultDecryptionKey(node: SyntaxNode, literal: PhpLiteral, scope: Scope): boolean {
  const environment = VAULT_DECRYPTION_KEY.exec(scope.context.path)?.[1];
  if (environment === undefined || /^(?:dev|test)$/.test(environment) || parentOf(node, scope.parents)?.type !== 'return_statement') return false;
  // The generated first line names the file (`<?php // prod.decrypt.private on …`), as the prefilter's keyword does.
  if (!scope.context.text.toLowerCase().includes('decrypt.private')) return false;
  const credential = { noun: "secrets vault's decryption key", strength: 'strong' as const };
  const target: Target = { kind: 'name', label: `${environment}.decrypt.private`, name: 'decrypt.private', credential, envName: 'SYMFONY_DECRYPTION_SECRET', noFix: true };
  scope.context.report(wholeLiteralReport(literal, credential.noun, target, 'SYMFONY_DECRYPTION_SECRET', false));
  return true;
}

/**
 * Laravel's `config/app.php` `'key' => '...'` is APP_KEY, the key that encrypts cookies and sessions; elsewhere
 * a `'key'` beside a `'cipher'` is the key that cipher encrypts with (Kohana's `config/encrypt.php`).
 */
function encryptionKey(target: Target | undefined, node: SyntaxNode, scope: Scope): Target | undefined {
  if (target?.label === 'key' && /(?:^|\/)config\/app\.php$/.test(scope.context.path)) {
    return { ...target, label: 'app.key', credential: { noun: 'application key', strength: 'strong' }, envName: 'APP_KEY' };
  }
  if (target?.credential || !isKeyBesideCipher(node, scope.parents)) return target;
  return { kind: 'name', ...target, label: target?.label ?? 'key', name: 'key', credential: { noun: 'encryption key', strength: 'strong' }, envName: 'ENCRYPTION_KEY' };
}

/** PHP's own non-secrets under credential names: framework dummies, validation rules, publishable keys, parameters. */
export function isPhpNonSecret(value: string): boolean {
  if (FRAMEWORK_DUMMIES.has(value.toLowerCase()) || isValidationRule(value) || PUBLISHABLE.test(value)) return true;
  // Symfony resolves `%env(APP_SECRET)%` and `%kernel.secret%` from the environment and parameters.
  return /^%[^%\s]+%$/.test(value.trim());
}

/** Laravel's `'passwords' => 'users'` names a password broker; a plural holds a collection, not one secret. */
function phpCredential(target: Target, credential: CredentialName): CredentialName {
  const plural = /passwords$/i.test(target.name ?? '');
  return plural ? { ...credential, strength: 'weak' } : credential;
}

function isValidationRule(value: string): boolean {
  return value.split('|').every((part) => VALIDATION_RULES.has(part.split(':')[0]!.trim().toLowerCase()));
}


/** `new PDO('pgsql:host=db;password=...')`, `pg_connect('host=db password=...')`. */
function reportDsnPassword(node: SyntaxNode, text: MappedText, literal: PhpLiteral, scope: Scope): boolean {
  const value = text.text;
  if (!PDO_DSN.test(value) && !isPgConnectArgument(node, scope.parents)) return false;
  let found = false;
  for (const match of value.matchAll(DSN_PASSWORD)) {
    const password = match[1] ?? '';
    if (!isSecretLikeValue(password) || FRAMEWORK_DUMMIES.has(password.toLowerCase())) continue;
    const start = match.index + match[0].length - password.length;
    const envName = PDO_DSN.test(value) ? 'DB_DSN' : 'DATABASE_URL';
    const kind = PDO_DSN.test(value) ? 'a PDO DSN' : 'a pg_connect connection string';
    scope.context.report(urlPasswordReport({ passwordSpan: text.span(start, start + password.length), password, kind, whole: literal, envName, read: scope.read }));
    found = true;
  }
  return found;
}

function isPgConnectArgument(node: SyntaxNode, parents: Parents): boolean {
  const argument = parentOf(node, parents);
  const list = argument?.type === 'argument' ? parentOf(argument, parents) : null;
  const callNode = list ? parentOf(list, parents) : null;
  const call = callNode ? callOf(callNode) : undefined;
  return call?.kind === 'function' && /^pg_p?connect$/i.test(call.name) && call.args[0]?.value.id === node.id;
}

/** `putenv('DB_PASSWORD=…')`: the value after `=` is judged like any value under that name. */
function reportPutenv(node: SyntaxNode, text: MappedText, scope: Scope): boolean {
  const assignment = putenvAssignment(node, text, scope.parents);
  if (!assignment?.target.credential) return false;
  const value = text.text.slice(assignment.start, assignment.end);
  if (isPhpNonSecret(value)) return true;
  const literal: PhpLiteral = { span: text.span(assignment.start, assignment.end), value, read: scope.read };
  const found = wholeLiteralReport(literal, assignment.target.credential.noun, assignment.target, assignment.target.envName, false);
  const verdict = credentialValueReport(value, assignment.target, assignment.target.credential, scope.context.scope, found, scope.context.text);
  if (verdict) scope.context.report(verdict);
  return true;
}

/** `'API-Key: …'` in a cURL header list, `"Authorization: Bearer …\r\n"` in a stream context: the value, under the header's name. */
function reportHeaderLine(node: SyntaxNode, text: MappedText, scope: Scope): boolean {
  const line = headerLineOf(node, text, scope.parents);
  const credential = line?.target.credential;
  if (!line || !credential) return false;
  const value = text.text.slice(line.start, line.end);
  if (isPhpNonSecret(value)) return true;
  const literal: PhpLiteral = { span: text.span(line.start, line.end), value, read: scope.read };
  const verdict = credentialValueReport(value, line.target, credential, scope.context.scope, wholeLiteralReport(literal, credential.noun, line.target, line.target.envName, false));
  if (verdict) scope.context.report(verdict);
  return true;
}
