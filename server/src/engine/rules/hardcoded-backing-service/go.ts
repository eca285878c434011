// Factor IV for Go: service URLs and DSNs in code (`sql.Open("postgres", "host=db ...")`,
// `mongo.Connect(ctx, options.Client().ApplyURI("mongodb://..."))`, `amqp.Dial("amqp://...")`)
// and go-redis `Addr`s. A literal assigned when `os.Getenv` came back empty is a fallback (go-env-tests.ts).
import { heldEnvFallback } from './held-env';
import { inNonProductionBranch } from './production-branch';
import { callArguments, callName, goImports, goStringValue, isGoString, named } from '../../languages/go';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { splitWords } from '../../secrets';
import { isNonServerPath } from '../process-paths';
import { dsnAddress, envHostAddress, hostAddress, hostNameOf, namedHostValue, reportAddress, serviceOfWords, urlAddress, type Found } from './address';
import { isLocalHost } from './services';
import { tagDefaults } from '../hardcoded-credential/go-tags';
import { isDisplayForm } from './display-forms';
import { goClientAddress, WELL_KNOWN_PORT_KEYWORDS } from './go-clients';
import { GoNames, sprintfHostAddress } from './go-held';
import { goEnvTestFallback } from './go-env-tests';

/** `getEnv("DATABASE_URL", "postgres://localhost/shop")`: a helper with the default second. */
const ENV_HELPER = /^(?:get|lookup|read)?[Ee]nv(?:Or(?:Default)?|Default|WithDefault)?$|^(?:getEnv|envOr|getenvDefault|GetEnv|EnvOr|Getenv)$/;

// `go-mail`: wneessen/go-mail's and go-mail/mail's clients take the SMTP host first, with no other keyword beside it.
export const goChecks: LanguageCheck[] = [{ languages: ['go'], keywords: ['://', 'host', 'server', 'tcp(', 'addr', 'smtp', 'memcache', 'kafka', 'sarama', 'minio', 'baseendpoint', 'go-mail', ...WELL_KNOWN_PORT_KEYWORDS], check }];

function check(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree || isNonServerPath(context.path)) return;
  const imports = goImports(tree.rootNode);
  const names = new GoNames(tree.rootNode);
  walkTree(tree.rootNode, (node) => {
    if (node.type === 'field_declaration') reportTagDefaults(context, node);
    if (!isGoString(node)) return;
    const value = concatenatedValue(node);
    if (value === undefined || value.length > 2000 || isDisplayForm(node)) return;
    const fallback = fallbackOf(node);
    const known = urlAddress(value) ?? dsnAddress(value) ?? goClientAddress(node, value, imports, names) ?? sprintfHostAddress(node, names) ?? (fallback === undefined ? namedHost(node, value) : undefined);
    const found = known ?? envHostAddress(value, fallback);
    // A raw string's span is not a Go string the env read can replace one for one, and a URL built
    // with `+` is more than this literal: replacing the literal alone would break it.
    const fixable = node.type === 'interpreted_string_literal' && value === goStringValue(node);
    if (found) reportAddress(context, found, { span: nodeSpan(node), value, fallbackOf: fallback, fixable, nonProduction: () => inNonProductionBranch(node) });
  });
}

/**
 * A host written to a name that says the service: `const smtpHost = "smtp.mailgun.org"`, `redisAddr := "10.0.3.7:6379"`,
 * `settings.SMTP.Host = "…"`, `Config{SMTPServer: "…"}`, as PHP's `define('DB_HOST', …)` and Python's `EMAIL_HOST = …`.
 * This machine stays silent; a bare `host` says no service.
 */
function namedHost(literal: SyntaxNode, value: string): Found | undefined {
  const setting = goSettingName(literal);
  const name = setting === undefined ? undefined : hostNameOf(splitWords(setting));
  const host = name && namedHostValue(name, value);
  if (host === undefined || isLocalHost(host.replace(/:[0-9]+$/, ''))) return undefined;
  return hostAddress(host, serviceOfWords(name!.before));
}

/** The name a literal is written to: a constant, a variable, an assigned field (`s.SMTP.Host`), a struct literal's key. */
function goSettingName(literal: SyntaxNode): string | undefined {
  const parent = literal.parent;
  // `Config{SMTPHost: "…"}`: the value's `literal_element` is the keyed element's second.
  const element = parent?.type === 'literal_element' ? parent.parent : undefined;
  if (element?.type === 'keyed_element') return named(element)[1]?.id === parent!.id ? named(element)[0]?.text : undefined;
  const holder = parent?.type === 'expression_list' ? parent.parent : undefined;
  if (!holder || named(parent!).length !== 1) return undefined;
  if (holder.type === 'const_spec' || holder.type === 'var_spec') return holder.childForFieldName('name')?.text;
  if (holder.type !== 'short_var_declaration' && holder.type !== 'assignment_statement') return undefined;
  const left = named(holder.childForFieldName('left'));
  return left.length === 1 && holder.childForFieldName('right')?.id === parent!.id ? left[0]!.text : undefined;
}

/**
 * cleanenv's `env:"SMTP_HOST" env-default:"smtp.mailgun.org"` (and caarlos0/env's `envDefault`, envconfig's `default`):
 * the library puts the literal in the field whenever the variable is unset, so it is that variable's fallback.
 */
function reportTagDefaults(context: RuleContext, field: SyntaxNode): void {
  for (const { value, start, envName } of tagDefaults(field)) {
    const found = urlAddress(value) ?? envHostAddress(value, envName);
    if (found && envName !== undefined) reportAddress(context, found, { span: { start, end: start + value.length }, value, fallbackOf: envName, fixable: false });
  }
}

/** A URL is a few `+` long; a hostile chain is not climbed (each step is a costly `parent`). */
const MAX_CONCATENATION = 16;

/** The outermost `+` expression a literal is part of, or the literal itself. */
function concatenationOf(literal: SyntaxNode): SyntaxNode {
  let top = literal;
  for (let depth = 0; depth < MAX_CONCATENATION; depth++) {
    const parent = top.parent;
    if (parent?.type !== 'binary_expression' || parent.childForFieldName('operator')?.text !== '+') return top;
    top = parent;
  }
  return literal;
}

/**
 * The literal's value, or for the first literal of a `+` chain the whole chain's, other operands
 * read as nothing (so `"password=" + p` holds no literal password): `"postgres://u:" + pass +
 * "@localhost/db"` is one URL on localhost. Later literals of a chain are part of that one value.
 */
function concatenatedValue(literal: SyntaxNode): string | undefined {
  const top = concatenationOf(literal);
  if (top.id === literal.id) return goStringValue(literal);
  const parts: string[] = [];
  let first: SyntaxNode | undefined;
  walkTree(top, (node) => {
    if (node.type === 'binary_expression') return true;
    first ??= node;
    parts.push(isGoString(node) ? (goStringValue(node) ?? '') : '');
    return false;
  });
  return first?.id === literal.id ? parts.join('') : undefined;
}

/**
 * The env variable this literal stands in for: `getEnv("X", lit)`, or `x = lit` inside
 * `if x == "" { ... }` where x came from `os.Getenv("X")`.
 */
function fallbackOf(literal: SyntaxNode): string | undefined {
  // `getEnv("X", "postgres://u:" + pass + "@localhost/db")`: a URL built by `+` is the fallback as a whole.
  const node = concatenationOf(literal);
  const list = node.parent;
  const call = list?.type === 'argument_list' ? list.parent : undefined;
  if (call?.type === 'call_expression') {
    const name = callName(call) ?? '';
    const args = callArguments(call);
    if (ENV_HELPER.test(name.slice(name.lastIndexOf('.') + 1)) && args[1]?.id === node.id) return goStringValue(args[0]);
    // Go 1.22's `cmp.Or(os.Getenv("DATABASE_URL"), lit)`: the first non-empty value, so a literal after an env read is its fallback.
    if (name === 'cmp.Or') return cmpOrFallback(args, node) ?? heldEnvFallback(node, 'go');
    // viper's `SetDefault("nats_url", lit)`: the value when neither the environment nor a config file sets the key.
    if (/(?:^|\.)SetDefault$/.test(name) && args[1]?.id === node.id) return goStringValue(args[0])?.toUpperCase();
    // A flag set is often reached through a call (`cmd.Flags().StringVar`), which has no dotted name.
    return flagDefaultOf(call.childForFieldName('function')?.text ?? '', args, node) ?? goEnvTestFallback(node);
  }
  const assignment = list?.type === 'expression_list' ? list.parent : undefined;
  if (assignment?.type === 'const_spec' || assignment?.type === 'var_spec') return namedDefault(assignment) ?? overridingEnvRead(assignment) ?? goEnvTestFallback(literal);
  if (assignment?.type === 'short_var_declaration') return overridingEnvRead(assignment) ?? goEnvTestFallback(literal);
  if (assignment?.type !== 'assignment_statement') return goEnvTestFallback(literal);
  const target = named(assignment.childForFieldName('left'))[0]?.text;
  for (let current = assignment.parent; current; current = current.parent) {
    if (current.type === 'if_statement') {
      const condition = current.childForFieldName('condition')?.text.replace(/\s+/g, '') ?? '';
      if (target !== undefined && (condition === `${target}==""` || condition === `""==${target}`)) return envNameOf(current, target) ?? target;
    }
    if (current.type === 'function_declaration' || current.type === 'func_literal') break;
  }
  return goEnvTestFallback(literal);
}

function cmpOrFallback(args: readonly SyntaxNode[], literal: SyntaxNode): string | undefined {
  const read = args.slice(0, args.findIndex((arg) => arg.id === literal.id)).find((arg) => arg.type === 'call_expression' && /(?:^|\.)(?:Getenv|LookupEnv)$/.test(callName(arg) ?? ''));
  return read ? goStringValue(callArguments(read)[0]) : undefined;
}

/** Where the flag's name and its default stand, by method: `flag.String(name, default, usage)`, pflag's `StringVarP(&p, name, short, default, usage)`. */
const FLAG_ARGUMENTS: Readonly<Record<string, readonly [name: number, value: number]>> = { String: [0, 1], StringVar: [1, 2], StringP: [0, 2], StringVarP: [1, 3] };

/** The standard library's and pflag's (cobra's) flag sets, by how code reaches them. */
const FLAG_SET = /^(?:flag|pflag)\.|Flags\(\)\.|(?:^|\.)(?:fs|flags|flagSet|flagset)\./;

/**
 * `flag.String("redis-url", lit, …)`, `cmd.Flags().StringVar(&url, "redis-url", lit, …)`: the value when
 * the command line does not set the flag, judged as an environment fallback is (information when local).
 */
function flagDefaultOf(callee: string, args: readonly SyntaxNode[], node: SyntaxNode): string | undefined {
  const at = FLAG_ARGUMENTS[callee.slice(callee.lastIndexOf('.') + 1)];
  if (!at || !FLAG_SET.test(callee) || args[at[1]]?.id !== node.id) return undefined;
  const flag = goStringValue(args[at[0]]);
  return flag ? `--${flag}` : undefined;
}

/**
 * `const defaultMongoDBURL = "mongodb://127.0.0.1:27017"`, then `envString("MONGODB_URL", defaultMongoDBURL)`
 * (go-kit's examples): a constant its name calls a default or fallback is what the code uses when the
 * environment has nothing, judged as such a fallback (information when local), as on the JVM.
 */
function namedDefault(spec: SyntaxNode): string | undefined {
  const name = spec.childForFieldName('name')?.text;
  if (name === undefined) return undefined;
  const words = splitWords(name);
  return (words.includes('default') || words.includes('fallback')) && readsEnvironment(spec) ? name : undefined;
}

/**
 * Whether the constant's file reads the environment at all. A `consts` package whose `MySQLDefaultDSN` is handed
 * straight to `gorm.Open` (cloudwego's biz-demo), with no env read anywhere, has no variable it is the default of:
 * the name says "default", the code makes it the only address.
 */
function readsEnvironment(node: SyntaxNode): boolean {
  let root = node;
  while (root.parent) root = root.parent;
  return ENV_READ.test(root.text);
}

/** The standard library's env reads, and the config libraries that read the environment (viper, envconfig, caarlos0/env, cleanenv). */
const ENV_READ = /\bos\.(?:Getenv|LookupEnv|Environ)\b|\bviper\.|\benvconfig\.|\benv\.Parse\b|\bcleanenv\.|\bgodotenv\./;

/** How many statements after a declaration are looked at for the `if` that overrides it. */
const MAX_OVERRIDE_DISTANCE = 4;

/**
 * The default written first and replaced by the environment after: `server := "10.20.0.9:11211"`, then
 * `if v := os.Getenv("MEMCACHE_SERVER"); v != "" { server = v }` (or `os.LookupEnv` with `ok`): the reverse of
 * `if url == "" { url = "…" }`, the same fallback.
 */
function overridingEnvRead(declaration: SyntaxNode): string | undefined {
  const statement = declaration.type === 'short_var_declaration' ? declaration : declaration.parent;
  const target = named(declaration.childForFieldName('left') ?? declaration.childForFieldName('name') ?? declaration)[0]?.text ?? declaration.childForFieldName('name')?.text;
  if (!statement || target === undefined) return undefined;
  let next = statement.nextNamedSibling;
  for (let step = 0; next && step < MAX_OVERRIDE_DISTANCE; step++, next = next.nextNamedSibling) {
    if (next.type !== 'if_statement' || !assignsTo(next.childForFieldName('consequence'), target)) continue;
    let read: string | undefined;
    for (const part of [next.childForFieldName('initializer'), next.childForFieldName('condition')]) {
      if (part) walkTree(part, (node) => {
        if (read === undefined && node.type === 'call_expression' && /(?:^|\.)(?:Getenv|LookupEnv)$/.test(callName(node) ?? '')) read = goStringValue(callArguments(node)[0]);
        return read === undefined;
      });
    }
    if (read !== undefined) return read;
  }
  return undefined;
}

/** Whether a block's own statements assign `target` (`server = v`). */
function assignsTo(block: SyntaxNode | null, target: string): boolean {
  const statements = block?.type === 'block' ? named(block).flatMap((child) => (child.type === 'statement_list' ? named(child) : [child])) : [];
  return statements.some((statement) => statement.type === 'assignment_statement' && named(statement.childForFieldName('left'))[0]?.text === target);
}

/** The variable read into `target` before the `if`: `dsn := os.Getenv("DATABASE_URL")`. */
function envNameOf(ifStatement: SyntaxNode, target: string): string | undefined {
  let found: string | undefined;
  const scope = ifStatement.parent;
  if (!scope) return undefined;
  walkTree(scope, (node) => {
    if (found !== undefined || node.startIndex >= ifStatement.startIndex) return false;
    if (node.type !== 'short_var_declaration' && node.type !== 'assignment_statement') return true;
    const left = named(node.childForFieldName('left'))[0]?.text;
    const right = named(node.childForFieldName('right'))[0];
    if (left === target && right?.type === 'call_expression' && /(?:^|\.)Getenv$/.test(callName(right) ?? '')) found = goStringValue(callArguments(right)[0]);
    return false;
  });
  // The if statement's own initialiser: `if dsn := os.Getenv("X"); dsn == "" {`.
  const initializer = ifStatement.childForFieldName('initializer');
  if (found === undefined && initializer) {
    const right = named(initializer.childForFieldName('right'))[0];
    if (right?.type === 'call_expression') found = goStringValue(callArguments(right)[0]);
  }
  return found;
}
