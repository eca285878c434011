// Factor III in Ruby: string literals that are credentials. A literal is one when it holds a known
// token format, a URL with a password, or when where it goes says so: a credential name
// (`PASSWORD =`, `config.secret_key_base =`, `password:`), a secret-taking API, an `ENV` fallback.
import { callName, stringContentSpan, stringValue } from '../../languages/ruby';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import { credentialValueReport, mayBeDigitSecret, isDigitPassword } from './credential-value';
import type { LanguageCheck, RuleContext } from '../../rule';
import { findTokens, findUrlPasswords, type TokenMatch, type UrlQuerySecret, urlEnvName } from '../../secrets';
import { querySecretsOf, schemeOf, urlQueryReport } from './url-query';
import type { Span } from '../../types';
import { connectionEnvName, type Target } from './target';
import { embeddedTokenReport, urlPasswordReport, wholeLiteralReport } from './ruby-report';
import { pairComparisonMember, targetOf, type PasswordMapsOf } from './ruby-targets';
import { passwordMapsIn, type PasswordMaps } from './ruby-password-maps';
import { credentialKeywords, POSITIONAL_CALL_WORDS } from './keywords';
import { findDsnPassword } from './go-dsn';
import { reportEnvAssignment } from './env-assignment';
import { reportShellTokens } from './config-shell-commands';
import { OPEN3_METHODS, reportCommandLine, reportRubyArgv, SHELL_ADVICE } from './ruby-commands';
import { lexShell } from '../../languages/shell';
import { MappedText } from '../../languages/mapped-text';
import { reportJsonLiteral } from './json-body';
import { dsnPasswordReport } from './go-report';
import { LANGUAGES } from '../../languages/catalogue';
import { GENERATED_PAIR_SHAPE } from './public-half';

// The calls of ruby-targets.ts that take a key or a password by position with no credential word in sight:
// the aes gem's `AES.encrypt(data, '…')`, ruby-mysql's `Mysql.new(host, user, '…')`, ruby-gmail's `Gmail.connect(user, '…')`.
const RUBY_POSITIONAL_SINK_WORDS = ['aes.encrypt', 'aes.decrypt', 'mysql.new', 'mysql.connect', 'mysql.real_connect', 'gmail.connect', 'gmail.new'];

// `provider`: OmniAuth's `provider :github, id, secret` is read without the word omniauth in the file.
const KEYWORDS = credentialKeywords('stripe', 'session', 'cookie', 'twilio', 'omniauth', 'provider', 'net::smtp', 'net::ftp', 'restclient', 'login', 'client.new', 'api.new', 'connection.new', 'messageencryptor', 'messageverifier', 'gibberish', 'pbkdf2', 'scrypt', ...POSITIONAL_CALL_WORDS, ...RUBY_POSITIONAL_SINK_WORDS);

/**
 * Methods that run their string as a shell command line: Kernel's `system`, `exec`, `spawn`, Rake's `sh`,
 * Mina's `command`, SSHKit's (Capistrano's) `execute`, Capistrano 2's `run`: read as the shell reads it
 * (`export DB_PASSWORD=…`, `mysql -p…`), as a shell heredoc is.
 */
const SHELL_METHODS = new Set(['system', 'exec', 'spawn', 'sh', 'command', 'execute', 'run', ...OPEN3_METHODS]);

function isShellCommandArgument(node: SyntaxNode): boolean {
  const list = node.parent;
  const call = list?.type === 'argument_list' ? list.parent : null;
  if (call?.type !== 'call') return false;
  const method = call.childForFieldName('method')?.text ?? '';
  return SHELL_METHODS.has(method) && list?.namedChild(0)?.id === node.id;
}

/** Calls whose string arguments name code, not values. */
const LOADERS = new Set(['require', 'require_relative', 'load', 'autoload', 'gem']);

/**
 * A shell line run from Ruby (a Vagrantfile's inline provisioner, a Rake task) whose password is attached to a flag and
 * named by no word: `mysql -uroot -p…`, `sshpass -p…`. The program words alone are too common in Ruby (`mysql2`).
 */
const ATTACHED_PASSWORD_LINE = /(?<![\w-])(?:mysql(?:dump|admin|import)?|mariadb(?:-dump)?|sshpass)(?![\w-])[^\n]{0,200}?[ \t]-p[^\s'"]/;

// Not local (engine/regions.ts): random edits found a Ruby file whose changed statement parses otherwise alone.
export const rubyChecks: LanguageCheck[] = [{ languages: ['ruby'], keywords: KEYWORDS, patterns: [ATTACHED_PASSWORD_LINE, GENERATED_PAIR_SHAPE], check }];

function check(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree) return;
  let found: PasswordMaps | undefined;
  const maps: PasswordMapsOf = () => (found ??= passwordMapsIn(tree.rootNode));
  walkTree(tree.rootNode, (node) => {
    if (node.type === 'string' && isValuePosition(node)) inspectString(node, context, maps);
    // A command line with interpolations has no value of its own to judge; its words still have theirs.
    if (node.type === 'string' && stringValue(node) === undefined && isShellCommandArgument(node)) reportCommandLine(node, context);
    else if (node.type === 'heredoc_body') inspectHeredoc(node, context);
    else if (node.type === 'bare_string' && node.parent?.type === 'string_array') inspectWordArrayItem(node, context);
    else if (node.type === 'integer') inspectDigits(node, context);
    else if (node.type === 'subshell') reportCommandLine(node, context);
    else if (node.type === 'call') reportRubyArgv(node, context);
    return node.type !== 'string' && node.type !== 'subshell';
  });
}

/** Hash keys, `ENV['X']`-style indexes and `require` paths are names, not values. */
function isValuePosition(node: SyntaxNode): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if (parent.type === 'pair') return parent.childForFieldName('key')?.id !== node.id;
  if (parent.type === 'element_reference') return parent.childForFieldName('object')?.id === node.id;
  if (parent.type === 'argument_list' && parent.parent?.type === 'call') return !LOADERS.has(callName(parent.parent) ?? '');
  return true;
}

function inspectString(node: SyntaxNode, context: RuleContext, maps: PasswordMapsOf): void {
  const inner = stringContentSpan(node);
  if (!inner) return;
  const span = nodeSpan(node);
  const raw = context.text.slice(inner.start, inner.end);
  const value = stringValue(node);
  const plain = value !== undefined;
  const tokens = findTokens(raw);
  const urls = findUrlPasswords(raw).filter((url) => !tokens.some((token) => token.start < url.end && url.start < token.end));
  const queries = urls.length === 0 ? querySecretsOf(raw) : [];
  if (tokens.length === 0 && urls.length === 0 && queries.length === 0 && !plain) return;
  const target = targetOf(node, maps);

  const token = tokens[0];
  if (value !== undefined && tokens.length === 1 && token && token.start === 0 && token.end === raw.length) {
    context.report(wholeLiteralReport({ span, value, what: token.format, isToken: true, target, defaultEnvName: token.envName }));
    return;
  }
  reportEmbedded(tokens, urls, { base: inner.start, raw, span, value, target }, context);
  for (const found of queries) reportQuery(found, { base: inner.start, raw, span, value, target }, context);
  if (tokens.length > 0 || urls.length > 0 || queries.length > 0 || value === undefined) return;
  const dsn = findDsnPassword(raw);
  if (dsn) {
    const passwordSpan = { start: inner.start + dsn.start, end: inner.start + dsn.end };
    const whole = { span, value };
    context.report(dsnPasswordReport({ passwordSpan, password: raw.slice(dsn.start, dsn.end), kind: dsn.kind, whole, ...(target ? { target } : {}), envName: connectionEnvName(target) ?? 'DATABASE_DSN' }, LANGUAGES.ruby.envRead));
    return;
  }

  const credential = target?.credential;
  // `'Env' => ['REDIS_PASSWORD=…']` (docker-api): one item of an environment list.
  if (!target || !credential) {
    if (isShellCommandArgument(node)) return reportShellTokens(context, lexShell(MappedText.contiguous(raw, inner.start)), SHELL_ADVICE);
    if (!reportEnvAssignment(raw, inner.start, LANGUAGES.ruby.envRead!, context)) reportJsonLiteral(raw, inner.start, context, LANGUAGES.ruby.envRead!, target?.label);
    return;
  }
  const found = wholeLiteralReport({ span, value, what: credential.noun, isToken: false, target, defaultEnvName: target.envName });
  const verdict = credentialValueReport(value, target, credential, context.scope, found, context.text);
  if (verdict) context.report(verdict);
}

/**
 * `[user, password] == %w[ops …]`: a word of a `%w` array compared item by item with names (ruby-targets.ts
 * pairComparisonMember). No fix: an env read cannot stand inside `%w[]`.
 */
function inspectWordArrayItem(node: SyntaxNode, context: RuleContext): void {
  const value = node.text;
  // Words only: an interpolation (`%W[#{x}]`) or an escape has no literal value.
  if (value.includes('\\') || node.namedChildren.some((child) => child?.type !== 'string_content')) return;
  const member = pairComparisonMember(node.parent!, node);
  const credential = member === 'no pair' ? undefined : member?.credential;
  if (member === 'no pair' || !member || !credential) return;
  const target = { ...member, noFix: true };
  const found = wholeLiteralReport({ span: nodeSpan(node), value, what: credential.noun, isToken: false, target, defaultEnvName: target.envName });
  const verdict = credentialValueReport(value, target, credential, context.scope, found, context.text);
  if (verdict) context.report(verdict);
}

/** `password: 6742530`: a number is a password too; no fix, since the code expects a number. */
function inspectDigits(node: SyntaxNode, context: RuleContext): void {
  if (!mayBeDigitSecret(node.text)) return;
  const target = targetOf(node);
  if (!target || !isDigitPassword(node.text, target)) return;
  context.report(wholeLiteralReport({ span: nodeSpan(node), value: node.text, what: 'password', isToken: false, target: { ...target, noFix: true }, defaultEnvName: target.envName }));
}

/** Heredocs hold PEM keys and scripts: only known tokens and URL passwords count there, without a fix. */
function inspectHeredoc(node: SyntaxNode, context: RuleContext): void {
  const end = node.namedChildren.find((child) => child?.type === 'heredoc_end');
  const base = node.startIndex;
  const raw = context.text.slice(base, end ? end.startIndex : node.endIndex);
  const tokens = findTokens(raw);
  const urls = findUrlPasswords(raw).filter((url) => !tokens.some((token) => token.start < url.end && url.start < token.end));
  if (SHELL_HEREDOC.test(end?.text.trim() ?? '')) {
    reportShellTokens(context, lexShell(MappedText.contiguous(raw, base)), SHELL_ADVICE);
    return;
  }
  if (SETTINGS_HEREDOC.test(end?.text.trim() ?? '') && tokens.length === 0 && reportJsonLiteral(raw, base, context, LANGUAGES.ruby.envRead!, openerLine(context.text, base))) return;
  reportEmbedded(tokens, urls, { base, raw, span: nodeSpan(node), value: undefined, target: undefined }, context);
}

/**
 * Heredocs named for a settings format (`DEFAULTS = <<~YAML`): a settings file, its lines read by their names
 * (json-body.ts). The heredoc's body is no child of its assignment: the line that opens it names it.
 */
const SETTINGS_HEREDOC = /^(?:YAML|YML|INI|TOML|ENV|DOTENV|CONF|CONFIG|PROPERTIES)$/;

function openerLine(text: string, bodyStart: number): string {
  // The body starts at the opener's line break or just after it: the line holding the character before.
  const start = text.lastIndexOf('\n', bodyStart - 2) + 1;
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end);
}

/**
 * Heredocs named for the shell script they hold: Vagrant's `provision "shell", inline: <<~SHELL`, Chef's
 * `bash` resources' `code <<-EOH`, Capistrano's and Rake's `<<~SH`: read as a shell reads them
 * (`mysql -p…`, `--password …`, `export DB_PASSWORD=…`), as a script file is.
 */
const SHELL_HEREDOC = /^(?:SHELL|SH|BASH|SCRIPT|EOH|CMD|COMMANDS?)$/;

interface Literal {
  /** Source offset of `raw`'s first character. */
  base: number;
  raw: string;
  span: Span;
  /** The decoded value when the literal is plain (no interpolation). */
  value: string | undefined;
  target: Target | undefined;
}

function reportEmbedded(tokens: TokenMatch[], urls: ReturnType<typeof findUrlPasswords>, literal: Literal, context: RuleContext): void {
  const { base, raw } = literal;
  for (const token of tokens) {
    const span = { start: base + token.start, end: base + token.end };
    context.report(embeddedTokenReport(span, raw.slice(token.start, token.end), token.format, token.envName));
  }
  for (const url of urls) {
    const whole = literal.value !== undefined && url.urlStart === 0 && url.urlEnd === raw.length;
    context.report(
      urlPasswordReport({
        passwordSpan: { start: base + url.start, end: base + url.end },
        password: raw.slice(url.start, url.end),
        scheme: url.scheme,
        ...(whole && literal.value !== undefined ? { whole: { span: literal.span, value: literal.value } } : {}),
        ...(literal.target ? { target: literal.target } : {}),
        envName: connectionEnvName(literal.target) ?? urlEnvName(url.scheme),
      }),
    );
  }
}

/** `Net::HTTP.get(URI("https://api.example.com/v1?api_key=…"))`: the fix moves the whole URL when the literal has no interpolation. */
function reportQuery(found: UrlQuerySecret, literal: Literal, context: RuleContext): void {
  const { base, raw, target } = literal;
  const whole = literal.value !== undefined ? { span: literal.span, value: literal.value } : undefined;
  const finding = { found, span: { start: base + found.start, end: base + found.end }, secret: raw.slice(found.start, found.end), scheme: schemeOf(raw), ...(whole ? { whole } : {}), ...(target ? { target } : {}) };
  context.report(urlQueryReport(finding, LANGUAGES.ruby.envRead));
}
