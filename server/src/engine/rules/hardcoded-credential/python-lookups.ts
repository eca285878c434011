// Config lookups with a default, and values stored under a key (`Variable.set('api_key', '…')`, Spark's `.option('password', '…')`): `settings.get('API_SECRET', '…')`, Airflow's `Variable.get('api_key',
// default_var='…')`, configparser's `cfg.get('db', 'password', fallback='…')`, `getattr(settings,
// 'TOKEN', '…')`. The key names what the default is, as an env var's name does for `os.getenv`.
import { dottedName, keywordArgument, positionalArguments, stringValue } from '../../languages/python';
import type { SyntaxNode } from '../../languages/treeSitter';
import { nameTarget, type Target } from './target';

/** Keywords that carry a lookup's default. */
const DEFAULT_KEYWORDS = ['default', 'default_var', 'fallback'];

/** The target of `value` when it is the default of a lookup by a credential-named key; no fix (no env read to move to). */
export function lookupDefaultTarget(call: SyntaxNode, value: SyntaxNode): Target | undefined {
  const key = lookedUpKey(call, value);
  if (!key) return undefined;
  const target = nameTarget(key.flatMap((segment) => segment.split('.')));
  return target.credential ? { ...target, noFix: true } : undefined;
}

/**
 * The value a store is given under a credential-named key: Airflow's `Variable.set('api_key', '…')`,
 * configparser's `cfg.set('db', 'password', '…')`, `settings.set('TOKEN', '…')` (Dynaconf); Spark's
 * `spark.conf.set('fs.s3a.secret.key', '…')`, `hadoopConfiguration().set(…)`, `SparkConf().set(…)`,
 * `SparkSession.builder.config(…)` and a JDBC reader's `.option('password', '…')`. No fix.
 */
export function storedValueTarget(call: SyntaxNode, value: SyntaxNode): Target | undefined {
  const method = setterMethod(call);
  if (method === undefined) return undefined;
  const positional = positionalArguments(call);
  const last = positional[positional.length - 1];
  if (last?.id !== value.id || (positional.length !== 2 && (positional.length !== 3 || method !== 'set'))) return undefined;
  const key = strings(...positional.slice(0, -1));
  if (!key) return undefined;
  // A dotted key is read by its segments (`database.password`), else whole: Hadoop's per-account
  // `fs.azure.account.key.<account>.dfs.core.windows.net` names its credential before the host.
  const target = [nameTarget(key.flatMap((segment) => segment.split('.'))), nameTarget([key.join('.')])].find((candidate) => candidate.credential);
  return target ? { ...target, noFix: true } : undefined;
}

/** `set`, `config`, `option`: on any receiver, a chain of calls included (`builder.config(…).config(…)`). */
function setterMethod(call: SyntaxNode): string | undefined {
  const callee = call.childForFieldName('function');
  const method = callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : undefined;
  return method === 'set' || method === 'config' || method === 'option' ? method : undefined;
}

/** The key looked up, with a configparser section before it. */
function lookedUpKey(call: SyntaxNode, value: SyntaxNode): string[] | undefined {
  const callee = dottedName(call.childForFieldName('function'));
  if (callee === undefined) return undefined;
  const positional = positionalArguments(call);
  const isDefaultKeyword = DEFAULT_KEYWORDS.some((keyword) => keywordArgument(call, keyword)?.id === value.id);
  if (callee === 'getattr') return positional[2]?.id === value.id ? strings(positional[1]) : undefined;
  if (!/\.get$/.test(callee)) return undefined;
  // configparser: `get(section, option, fallback=…)`, boto's `config.get(section, option, default)`;
  // a mapping or a settings object: `get(key, default)`.
  if (positional.length >= 3) return positional[2]?.id === value.id ? strings(positional[0], positional[1]) : undefined;
  if (positional.length === 2 && isDefaultKeyword) return strings(positional[0], positional[1]);
  // `config.get('password', 'forbidden', default=None)`: with the default given by keyword, the positional
  // arguments are a section and an option, names both.
  if (!isDefaultKeyword && DEFAULT_KEYWORDS.some((keyword) => keywordArgument(call, keyword) !== undefined)) return undefined;
  if (positional[1]?.id === value.id || (positional.length === 1 && isDefaultKeyword)) return isSection(positional[0]) ? undefined : strings(positional[0]);
  return undefined;
}

/** `config.get('Credentials', 'gs_host')`: a key in the plural is a section, and what follows it an option's name. */
function isSection(key: SyntaxNode | undefined): boolean {
  return /^(?:credentials|secrets|keys|passwords|tokens)$/i.test(stringValue(key) ?? '');
}

/** The values of string literals, or nothing when one is not a literal. */
function strings(...nodes: (SyntaxNode | undefined)[]): string[] | undefined {
  const values = nodes.map((node) => stringValue(node));
  return values.every((value): value is string => value !== undefined) ? values : undefined;
}
