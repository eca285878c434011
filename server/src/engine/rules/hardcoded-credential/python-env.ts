// Environment reads in Python: `os.environ['X']`, `os.getenv('X', default)`, `os.environ.get(...)`,
// and the settings libraries that wrap them (django-environ's `env(...)`, python-decouple's `config(...)`,
// environs' `env.str(...)`).
import { dottedName, keywordArgument, positionalArguments, resolvedName, stringValue, type Bindings } from '../../languages/python';
import type { SyntaxNode } from '../../languages/treeSitter';
import { choiceFallbackTarget, type Target } from './target';

const GETTERS = new Set(['os.getenv', 'os.environ.get']);
/** django-environ: `env = environ.Env()` then `env('X', default=...)`, `env.str('X', default=...)`. */
const DJANGO_ENVIRON = /^env(?:\.(?:str|bool|int|float|json|list|tuple|dict|url|db|db_url|cache|cache_url|email|email_url|search_url|path))?$/;

/**
 * A framework's own env helper imported by name, whose second argument is the default: Masonite's
 * `from masonite.environment import env` then `env('DB_PASSWORD', '…')` (Laravel's shape in Python).
 * Only a name imported from a package counts, and only an env-style name as its first argument.
 */
function isImportedEnvHelper(callee: string, written: string): boolean {
  return /^(?:env|get_env)$/.test(written) && /^[\w.]+\.(?:env|get_env)$/.test(callee) && callee !== 'environ.env';
}

const ENV_NAME = /^[A-Z][A-Z0-9_]*$/;

/** The variable `node` reads: `os.environ['X']`, `os.getenv('X')`, `os.environ.get('X', ...)`. */
export function envReadName(node: SyntaxNode, bindings: Bindings): string | undefined {
  if (node.type === 'subscript') {
    if (resolvedName(node.childForFieldName('value'), bindings) !== 'os.environ') return undefined;
    return stringValue(node.childForFieldName('subscript'));
  }
  if (node.type !== 'call') return undefined;
  const callee = resolvedName(node.childForFieldName('function'), bindings);
  if (callee === undefined || !GETTERS.has(callee)) return undefined;
  return stringValue(positionalArguments(node)[0]);
}

export interface EnvFallback {
  envName: string;
  /** `os.getenv('SECRET_KEY')`, for messages. */
  label: string;
  /** Whether the whole call can be replaced with `os.environ["X"]` (nothing else is passed). */
  fixSpan: boolean;
}

/** Whether `value` (an argument of `call`) is the default of an env read, and of which variable. */
export function envGetterFallback(call: SyntaxNode, value: SyntaxNode, bindings: Bindings): EnvFallback | undefined {
  const functionNode = call.childForFieldName('function');
  const callee = resolvedName(functionNode, bindings);
  const written = dottedName(functionNode);
  if (callee === undefined || written === undefined) return undefined;
  const positional = positionalArguments(call);
  const writtenTo = dotenvKeyWritten(callee, positional, value);
  if (writtenTo !== undefined) return { envName: writtenTo, label: `${written}('${writtenTo}')`, fixSpan: false };
  const envName = stringValue(positional[0]);
  if (envName === undefined) return undefined;
  const label = `${written}('${envName}')`;
  const isDefault = keywordArgument(call, 'default')?.id === value.id;
  if (GETTERS.has(callee) && (positional[1]?.id === value.id || isDefault)) {
    const argumentCount = call.childForFieldName('arguments')?.namedChildren.filter((child) => child?.type !== 'comment').length;
    return { envName, label, fixSpan: argumentCount === 2 };
  }
  if ((callee === 'os.environ.setdefault' || callee === 'os.putenv') && positional[1]?.id === value.id) return { envName, label, fixSpan: false };
  if (isImportedEnvHelper(callee, written) && ENV_NAME.test(envName) && (positional[1]?.id === value.id || isDefault)) return { envName, label, fixSpan: false };
  const settingsLibrary = callee === 'decouple.config' || (DJANGO_ENVIRON.test(written) && bindings.get('environ') === 'environ');
  if (settingsLibrary && isDefault) return { envName, label, fixSpan: false };
  // environs: `env = Env()` then `env.str('X', '…')`, `env('X', default='…')`: the default also by position.
  const environs = DJANGO_ENVIRON.test(written) && (bindings.get('Env') === 'environs.Env' || bindings.get('environs') === 'environs');
  return environs && (positional[1]?.id === value.id || isDefault) ? { envName, label, fixSpan: false } : undefined;
}

/** python-dotenv's `set_key(".env", "X", "…")`: the code writes X's value into the env file, so the value is in the code. */
function dotenvKeyWritten(callee: string, positional: readonly SyntaxNode[], value: SyntaxNode): string | undefined {
  if (!/^dotenv(?:\.main)?\.set_key$/.test(callee) || positional[2]?.id !== value.id) return undefined;
  const envName = stringValue(positional[1]);
  return envName !== undefined && ENV_NAME.test(envName) ? envName : undefined;
}

/**
 * `os.environ["SECRET_KEY"] if PROD else '…'`: a literal one side of a conditional gives where the other reads a
 * credential's env var is that variable's value for one case (target.ts choiceFallbackTarget), whatever name then
 * holds it. An `or` default of the read is still the read.
 */
export function pythonChoiceEnvTarget(parent: SyntaxNode, node: SyntaxNode, bindings: Bindings): Target | undefined {
  if (parent.type !== 'conditional_expression' || parent.namedChild(1)?.id === node.id) return undefined;
  const other = parent.namedChild(0)?.id === node.id ? parent.namedChild(2) : parent.namedChild(0);
  return choiceFallbackTarget([other], (branch) => {
    let read = branch;
    while (read?.type === 'parenthesized_expression') read = read.namedChild(0);
    if (read?.type === 'boolean_operator' && read.childForFieldName('operator')?.type === 'or') read = read.childForFieldName('left');
    return read ? envReadName(read, bindings) : undefined;
  });
}
