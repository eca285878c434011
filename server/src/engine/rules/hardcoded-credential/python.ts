// Factor III in Python: string literals that are credentials. A literal is one when it holds a
// known token format, a URL with a password, or when where it goes says so: a credential name
// (`SECRET_KEY = ...`, `{'PASSWORD': ...}`, `password=...`), a secret-taking API, an env fallback.
import { importBindings, isDocstring, positionalArguments, readString, resolvedName, stringValue, type Bindings, type PythonString } from '../../languages/python';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { findTokens, findUrlPasswords, isTemplatePassword, loginPairPassword, type TokenMatch, type UrlPassword, urlEnvName, URL_PASSWORD_SLOT } from '../../secrets';
import type { Span } from '../../types';
import { credentialValueReport, mayBeDigitSecret, isDigitPassword } from './credential-value';
import { embeddedTokenReport, urlPasswordReport, wholeLiteralReport, type PythonLiteral } from './python-report';
import { reportJsonLiteral } from './json-body';
import { targetOf, type Target } from './python-targets';
import { connectionEnvName } from './target';
import { findDsnPassword } from './go-dsn';
import { reportEnvAssignment } from './env-assignment';
import { isShellCommandArgument, reportShellArgv, reportShellCommand } from './python-shell';
import { dsnPasswordReport } from './go-report';
import { LANGUAGES } from '../../languages/catalogue';
import { credentialKeywords, POSITIONAL_CALL_WORDS } from './keywords';
import { querySecretsOf, schemeOf, urlQueryReport } from './url-query';
import type { UrlQuerySecret } from '../../secrets';
import { GENERATED_PAIR_SHAPE } from './public-half';
import { asTestConfig } from './config-common';
import { isDevelopmentOnly } from '../../scope';
import { pythonStageFlagBindings } from '../../languages/stage-flags';
import { mergedContextBindings } from '../../languages/units';
import { isCiOnly, mayHaveCiBranch, mayHaveTestClass } from '../../languages/python-test-branches';
import { inLocalConfigClass, inModelFactoryClass, inTestConfigClass } from '../python-config-classes';


interface Part {
  string: PythonString;
  tokens: TokenMatch[];
  urls: UrlPassword[];
  queries: UrlQuerySecret[];
}

export const pythonChecks: LanguageCheck[] = [
  {
    languages: ['python'],
    // `create_user`, `create_superuser`: Django's managers take the password third, no credential word beside it.
    keywords: credentialKeywords('fernet', 'sendgrid', 'twilio', 'wechatpy', 'braintree', 'buildbot', 'communitydata', 'smbconnection', 'mysqldb', 'pymysql', 'mysql.connector', 'ftplib', 'ldap', 'bind_s', 'simple_bind', 'pika', 'signedcookie', 'authtkt', 'itsdangerous', 'crypto.cipher', 'cryptodome', 'algorithms.', 'pbkdf2', 'scrypt', 'execute_kw', 'os.system', 'get_ipython().system', 'shell=true', 'mysql', 'mariadb', 'redis-cli', '.init(', '.initialize(', 'create_user', 'create_superuser', ...POSITIONAL_CALL_WORDS),
    // `Client('<generated key>', '…')`: a secret after its pair's public half, with no credential word (public-half.ts).
    // A URL composed around its password (`'mongodb://u:' + quote_plus('…') + '@host'`) needs no credential word either.
    patterns: [GENERATED_PAIR_SHAPE, URL_PASSWORD_SLOT],
    // A literal's findings follow from its statement and the module's imports.
    local: true,
    // And the stage flags a development branch may read (`if IS_LOCAL:`).
    contextBindings: (parsed) => (parsed.tree ? mergedContextBindings(importBindings(parsed.tree.rootNode), pythonStageFlagBindings(parsed.tree.rootNode)) : new Map()),
    // What a script types right after a password prompt is the password (python-targets.ts, promptAnswerTarget).
    readsStatementBefore: true,
    check,
  },
];

function check(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree) return;
  const bindings = importBindings(tree.rootNode);
  const testRun = { ci: mayHaveCiBranch(context.text), testClass: mayHaveTestClass(context.text) };
  walkTree(tree.rootNode, (node) => {
    // A block only a CI job runs (`if os.environ.get("GITHUB_WORKFLOW"):`), a settings class for the test run: the test run's database.
    const where = (testRun.ci || testRun.testClass) && (node.type === 'integer' || node.type === 'string' || node.type === 'concatenated_string') ? testRunOnly(node, context, testRun) : context;
    if (node.type === 'integer') {
      inspectDigits(node, bindings, where);
      return false;
    }
    if (node.type === 'call') reportShellArgv(node, context);
    if (node.type !== 'string' && node.type !== 'concatenated_string') return true;
    if (isValuePosition(node)) inspect(node, bindings, where);
    return false;
  });
}

function testRunOnly(node: SyntaxNode, context: RuleContext, where: { ci: boolean; testClass: boolean }): RuleContext {
  if (where.ci && isCiOnly(node)) return asTestConfig(context, 'a block only a CI job runs');
  return where.testClass && inTestConfigClass(node) ? asTestConfig(context, 'a settings class for the test run') : context;
}

/**
 * `yaml.safe_load("""…""")`, `tomllib.loads(…)`, `parser.read_string(…)`: a literal read as a settings file (its first
 * argument) is one, though no name holds it; the reader's name stands for its holder (json-body.ts, as Go's and Java's).
 */
function settingsReaderOf(node: SyntaxNode, bindings: Bindings): string | undefined {
  const call = node.parent?.type === 'argument_list' && positionalArguments(node.parent.parent!)[0]?.id === node.id ? node.parent.parent : undefined;
  const callee = call?.type === 'call' ? resolvedName(call.childForFieldName('function'), bindings) : undefined;
  return callee !== undefined && (PYTHON_SETTINGS_READER.test(callee) || callee.endsWith('.read_string')) ? callee : undefined;
}

const PYTHON_SETTINGS_READER = /^(?:yaml\.(?:safe_|full_|unsafe_)?load(?:_all)?|(?:toml|tomllib|tomli)\.loads)$/;

/** Dict keys, subscripts (`os.environ['X']`) and string annotations are names, not values. */
function isValuePosition(node: SyntaxNode): boolean {
  const parent = node.parent;
  if (!parent || parent.type === 'type') return false;
  if (parent.type === 'pair' && parent.childForFieldName('key')?.id === node.id) return false;
  return !(parent.type === 'subscript' && parent.childForFieldName('subscript')?.id === node.id);
}

function inspect(node: SyntaxNode, bindings: Bindings, context: RuleContext): void {
  const parts = partsOf(node);
  const value = stringValue(node);
  const found = (part: Part): boolean => part.tokens.length > 0 || part.urls.length > 0 || part.queries.length > 0 || (parts.length > 1 && findDsnPassword(part.string.raw) !== undefined);
  if (value === undefined && !parts.some(found)) return;
  const literal: PythonLiteral | undefined =
    value === undefined ? undefined : { span: { start: node.startIndex, end: node.endIndex }, value, bytes: parts.some((part) => part.string.prefix.includes('b')) };
  // A docstring is prose: a live token there is still committed, a password in an example URL is not.
  if (isDocstring(node)) {
    for (const part of parts) for (const token of part.tokens) reportEmbeddedToken(token, part.string, context);
    return;
  }
  const target = targetOf(node, bindings);
  const only = parts.length === 1 ? parts[0] : undefined;
  const wholeToken = only?.tokens.length === 1 ? only.tokens[0] : undefined;
  if (literal && only && wholeToken && wholeToken.start === 0 && wholeToken.end === only.string.raw.length) {
    context.report(wholeLiteralReport(literal, wholeToken.format, true, target, wholeToken.envName));
    return;
  }
  let reported = false;
  for (const part of parts) {
    for (const token of part.tokens) reportEmbeddedToken(token, part.string, context);
    for (const url of part.urls) {
      const whole = literal && only && url.urlStart === 0 && url.urlEnd === only.string.raw.length ? literal : undefined;
      reportUrl(url, part.string, whole, target, context);
    }
    for (const found of part.queries) reportQuery(found, part.string, literal && only ? literal : undefined, target, context);
    reported ||= part.tokens.length > 0 || part.urls.length > 0 || part.queries.length > 0;
  }
  if (!reported && literal && only && reportDsn(only.string, literal, target, context)) return;
  if (!reported && !only && reportConcatenatedDsn(parts, node, literal, target, context)) return;
  if (!reported && literal && only && target?.name !== undefined && reportLoginPair(only.string, literal, target, context)) return;
  // `raw_env = ['DJANGO_SECRET_KEY=…']`: one item of an environment list.
  if (!reported && only && !target?.credential && reportEnvAssignment(only.string.raw, only.string.contentStart, LANGUAGES.python.envRead!, context)) return;
  if (!reported && only && !target?.credential && reportJsonLiteral(only.string.raw, only.string.contentStart, context, LANGUAGES.python.envRead!, target?.label ?? settingsReaderOf(node, bindings))) return;
  if (!reported && only && !target?.credential && isShellCommandArgument(node)) return reportShellCommand(only.string.raw, only.string.contentStart, context);
  // In tests and fixtures this guess from the name arrives as information: the file's scope decides.
  if (reported || !literal) return;
  const credential = target?.credential;
  if (!target || !credential) return;
  // A fallback in `class DevelopmentConfig` is a laptop's: its placeholder is no deploy's signing key.
  // So is a stub named for the app there (`SECRET_KEY = "notes_app_secret_key"`): credential-value.ts isStubAsSigningKey.
  // A PIN by its digits alone (a bare `pin`) in a test-data factory is the PIN of every record it builds.
  if (credential.noun === 'PIN' && credential.strength === 'weak' && inModelFactoryClass(node)) return;
  const local = (target.kind === 'fallback' || target.kind === 'name') && inLocalConfigClass(node);
  const judged = local ? { ...target, localConfig: true } : isLoadedSettingsModule(context) ? { ...target, loadedSettings: true } : target;
  const verdict = credentialValueReport(literal.value, judged, credential, context.scope, wholeLiteralReport(literal, credential.noun, false, target, target.envName), context.text);
  if (verdict) context.report(verdict);
}

/**
 * Django's settings module (`settings.py`, `settings/base.py`, `settings/production.py`), which every deploy loads, unless
 * its name says only development or tests load it (`settings/local.py`, `settings_test.py`).
 */
function isLoadedSettingsModule(context: RuleContext): boolean {
  return /(?:^|\/)settings(?:\.py|\/[\w-]{1,40}\.py)$/.test(context.path) && !isDevelopmentOnly(context.path, context.options.scopes);
}

/** `password = 6742530`: a number is a password too; no fix, since the code expects a number. */
function inspectDigits(node: SyntaxNode, bindings: Bindings, context: RuleContext): void {
  if (!mayBeDigitSecret(node.text)) return;
  const target = targetOf(node, bindings);
  if (!target || !isDigitPassword(node.text, target)) return;
  const literal: PythonLiteral = { span: { start: node.startIndex, end: node.endIndex }, value: node.text, bytes: false };
  context.report(wholeLiteralReport(literal, 'password', false, { ...target, noFix: true }, target.envName));
}

function partsOf(node: SyntaxNode): Part[] {
  const strings = node.type === 'string' ? [node] : node.namedChildren.filter((child): child is SyntaxNode => child?.type === 'string');
  const parts: Part[] = [];
  for (const stringNode of strings) {
    const string = readString(stringNode);
    if (!string) continue;
    const tokens = findTokens(string.raw);
    // `{password}` / `%(password)s` in a template is a field to fill in, not a password.
    const urls = findUrlPasswords(string.raw).filter(
      (url) => !isTemplatePassword(string.raw.slice(url.start, url.end)) && !tokens.some((token) => token.start < url.end && url.start < token.end),
    );
    parts.push({ string, tokens, urls, queries: urls.length === 0 ? querySecretsOf(string.raw) : [] });
  }
  return parts;
}

/** `psycopg2.connect('host=db user=app password=…')`, pyodbc's `'…;UID=app;PWD=…'`: keyword connection strings. */
function reportDsn(string: PythonString, literal: PythonLiteral, target: Target | undefined, context: RuleContext): boolean {
  const dsn = findDsnPassword(string.raw);
  if (!dsn) return false;
  // A bytes literal cannot become a str read: reported without a fix.
  const fixTarget: Target | undefined = literal.bytes ? { kind: 'name', label: 'bytes literal', envName: 'DATABASE_DSN', ...target, noFix: true } : target;
  const passwordSpan = { start: string.contentStart + dsn.start, end: string.contentStart + dsn.end };
  const whole = { span: literal.span, value: literal.value };
  const envName = connectionEnvName(target) ?? 'DATABASE_DSN';
  const password = string.raw.slice(dsn.start, dsn.end);
  context.report(dsnPasswordReport({ passwordSpan, password, kind: dsn.kind, whole, ...(fixTarget ? { target: fixTarget } : {}), envName }, LANGUAGES.python.envRead));
  return true;
}

/**
 * `("DRIVER={ODBC Driver 18};" f"SERVER={host};" "UID=etl;PWD=…")`: an implicit concatenation, one part of
 * which holds the DSN's password. With an interpolated part there is no whole value to move: no fix.
 */
function reportConcatenatedDsn(parts: readonly Part[], node: SyntaxNode, literal: PythonLiteral | undefined, target: Target | undefined, context: RuleContext): boolean {
  const whole: PythonLiteral = literal ?? { span: { start: node.startIndex, end: node.endIndex }, value: node.text, bytes: false };
  const fixable = literal ? target : { kind: 'name' as const, label: 'interpolated string', envName: 'DATABASE_DSN', ...target, noFix: true };
  return parts.some((part) => reportDsn(part.string, whole, fixable, context));
}

/** web2py's `mail.settings.login = 'user@host:…'`: the password half of a `user:password` login. */
function reportLoginPair(string: PythonString, literal: PythonLiteral, target: Target, context: RuleContext): boolean {
  const found = target.name === undefined ? undefined : loginPairPassword(string.raw, target.name);
  if (!found) return false;
  const span = { start: string.contentStart + found.start, end: string.contentStart + found.end };
  const fix = literal.bytes || target.noFix ? {} : { fix: { kind: 'move-to-env' as const, span: literal.span, envName: target.envName, value: literal.value } };
  const read = LANGUAGES.python.envRead!;
  context.report({ span, secret: string.raw.slice(found.start, found.end), message: `Factor III: password in a user:password login; read the whole login from the environment (${read(target.envName)}).`, ...fix });
  return true;
}

function reportEmbeddedToken(token: TokenMatch, string: PythonString, context: RuleContext): void {
  const span: Span = { start: string.contentStart + token.start, end: string.contentStart + token.end };
  context.report(embeddedTokenReport(span, string.raw.slice(token.start, token.end), token.format, token.envName));
}

function reportUrl(url: UrlPassword, string: PythonString, whole: PythonLiteral | undefined, target: Target | undefined, context: RuleContext): void {
  context.report(
    urlPasswordReport({
      passwordSpan: { start: string.contentStart + url.start, end: string.contentStart + url.end },
      password: string.raw.slice(url.start, url.end),
      scheme: url.scheme,
      ...(whole ? { whole } : {}),
      ...(target ? { target } : {}),
      envName: connectionEnvName(target) ?? urlEnvName(url.scheme),
    }),
  );
}


/** `requests.get("https://api.example.com/v1?api_key=…")`: the fix moves the whole URL when it is the whole literal (not a bytes one). */
function reportQuery(found: UrlQuerySecret, string: PythonString, whole: PythonLiteral | undefined, target: Target | undefined, context: RuleContext): void {
  const span = { start: string.contentStart + found.start, end: string.contentStart + found.end };
  const movable = whole && !whole.bytes ? { span: whole.span, value: whole.value } : undefined;
  const finding = { found, span, secret: string.raw.slice(found.start, found.end), scheme: schemeOf(string.raw), ...(movable ? { whole: movable } : {}), ...(target ? { target } : {}) };
  context.report(urlQueryReport(finding, LANGUAGES.python.envRead));
}
