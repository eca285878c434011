// Defaults in Go struct tags: `Password string `env:"DB_PASSWORD" envDefault:"lit"`` (caarlos0/env),
// `default:"lit"` (creasty/defaults, kelseyhightower/envconfig, ardanlabs/conf), `env-default:"lit"`
// (ilyakaznacheev/cleanenv), `env:"NAME, default=lit"` (sethvargo/go-envconfig). The library puts the
// literal in the field whenever the variable is unset, so it is config in code; the field says what it is.
import type { SyntaxNode } from '../../languages/treeSitter';
import { findTokens } from '../../secrets';
import type { FileScope, Report } from '../../types';
import { credentialValueReport, isCredentialValue } from './credential-value';
import { LANGUAGES } from '../../languages/catalogue';
import { wholeLiteralReport } from './report';
import { nameTarget } from './target';

const DEFAULT_KEYS = new Set(['default', 'envDefault', 'envdefault', 'env-default']);
interface TagPair {
  key: string;
  value: string;
  /** Offset of the value in the tag's text. */
  start: number;
}

/** `key:"value"` pairs, read the way reflect.StructTag.Lookup reads them: one pass, no backtracking. */
function tagPairs(tag: string): TagPair[] {
  const pairs: TagPair[] = [];
  let i = 0;
  while (i < tag.length) {
    while (tag[i] === ' ') i++;
    const keyStart = i;
    while (i < tag.length && tag[i]! > ' ' && tag[i] !== ':' && tag[i] !== '"') i++;
    if (i === keyStart || tag[i] !== ':' || tag[i + 1] !== '"') break;
    const key = tag.slice(keyStart, i);
    i += 2;
    const start = i;
    while (i < tag.length && tag[i] !== '"') i += tag[i] === '\\' ? 2 : 1;
    if (i >= tag.length) break;
    pairs.push({ key, value: tag.slice(start, i), start });
    i++;
  }
  return pairs;
}

/**
 * sethvargo/go-envconfig writes the default among the env tag's options, `env:"DB_PASSWORD, default=lit"`:
 * read as a `default` pair of its own (the rest of the tag, options and all: a default may hold commas).
 */
function inTagDefault(pair: TagPair): TagPair[] {
  const at = pair.key === 'env' ? /,\s*default=/.exec(pair.value) : null;
  if (!at) return [pair];
  const start = at.index + at[0].length;
  return [pair, { key: 'default', value: pair.value.slice(start), start: pair.start + start }];
}

/**
 * alecthomas/kong's own tag, `kong:"env='SNAP_TOKEN',default='lit',help='…'"`: its `name='value'` (or `name=value`)
 * options read as pairs of their own, as kong's `default:"…"` and `env:"…"` keys are.
 */
function kongOptions(pair: TagPair): TagPair[] {
  if (pair.key !== 'kong') return [pair];
  return [...pair.value.matchAll(KONG_OPTION)].map((match) => {
    const [start] = match.indices![2] ?? match.indices![3]!;
    return { key: match[1]!, value: match[2] ?? match[3]!, start: pair.start + start };
  });
}

/** One kong option: a name, `=`, a quoted value (`\'` escapes a quote) or one up to the next comma. */
const KONG_OPTION = /(?:^|,)[ \t]*([\w-]{1,40})=(?:'((?:[^'\\]|\\.)*)'|([^,']*))/dg;

/** A default in a field's tag: its key, its value, where the value starts in the file, and the variable it stands in for. */
export interface TagDefault {
  key: string;
  value: string;
  start: number;
  envName: string | undefined;
}

/** The defaults one field declaration's tag gives (`env:"SMTP_HOST" env-default:"smtp.mailgun.org"`). */
export function tagDefaults(field: SyntaxNode): TagDefault[] {
  const tag = field.childForFieldName('tag');
  if (!tag || tag.type !== 'raw_string_literal') return [];
  const pairs = tagPairs(tag.text.slice(1, -1)).flatMap(kongOptions);
  const envName = pairs.find((pair) => pair.key === 'env' || pair.key === 'envconfig')?.value.split(',')[0];
  return pairs
    .flatMap(inTagDefault)
    .filter((pair) => DEFAULT_KEYS.has(pair.key))
    .map((pair) => ({ key: pair.key, value: pair.value, start: tag.startIndex + 1 + pair.start, envName }));
}

/**
 * Reports of the credential defaults in one field declaration's tag. With a variable named (`env:"JWT_KEY"`) the default is
 * that variable's fallback, judged as `os.Getenv`'s and every language's env fallbacks are (probe30: `envDefault:"supersecret"`
 * under JWT_KEY is the stub words' warning, as `process.env.JWT_KEY || 'supersecret'` is, not an error).
 */
export function tagDefaultReports(field: SyntaxNode, scope: FileScope): Report[] {
  const name = field.childForFieldName('name')?.text;
  if (name === undefined) return [];
  const reports: Report[] = [];
  for (const { key, value, start, envName } of tagDefaults(field)) {
    const named = nameTarget([name]);
    const variable = envName && /^[A-Za-z_]\w*$/.test(envName) ? envName : undefined;
    const target = { ...named, ...(named.credential ? {} : appRoleSecretId(field, name)), label: `${name} \`${key}\``, noFix: true, ...(variable ? { envName: variable } : {}) };
    const token = findTokens(value)[0];
    const credential = target.credential;
    if (!token && !credential) continue;
    if (!token && !variable && !isCredentialValue(value, target, credential!)) continue;
    const what = token?.format ?? credential!.noun;
    const found = wholeLiteralReport({ span: { start, end: start + value.length }, value, what, isToken: !!token, target, defaultEnvName: token?.envName ?? target.envName }, LANGUAGES.go.envRead);
    const verdict = token || !variable ? found : credentialValueReport(value, { ...target, kind: 'fallback', name: variable }, credential!, scope, found);
    if (verdict) reports.push(verdict);
  }
  return reports;
}

/**
 * Vault's AppRole login settings, `RoleID` and `SecretID` fields of one struct: the secret ID is the credential (alone, a
 * `SecretID` also names a secret, as AWS Secrets Manager's does, so it counts only beside the role ID).
 */
function appRoleSecretId(field: SyntaxNode, name: string): { credential: { noun: string; strength: 'strong' } } | undefined {
  if (name.toLowerCase() !== 'secretid') return undefined;
  const siblings = field.parent?.namedChildren ?? [];
  const roleId = siblings.some((sibling) => sibling?.type === 'field_declaration' && sibling.childForFieldName('name')?.text.toLowerCase() === 'roleid');
  return roleId ? { credential: { noun: 'secret ID', strength: 'strong' } } : undefined;
}
