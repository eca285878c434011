// Defaults in Go struct tags: `Password string `env:"DB_PASSWORD" envDefault:"lit"`` (caarlos0/env),
// `default:"lit"` (creasty/defaults, kelseyhightower/envconfig, ardanlabs/conf). The library puts the
// literal in the field whenever the variable is unset, so it is config in code; the field says what it is.
import type { SyntaxNode } from '../../languages/treeSitter';
import { findTokens } from '../../secrets';
import type { Report } from '../../types';
import { isCredentialValue } from './credential-value';
import { wholeLiteralReport } from './javascript-report';
import { nameTarget } from './javascript-target';

const DEFAULT_KEYS = new Set(['default', 'envDefault', 'envdefault']);
/** `key:"value"` pairs of a struct tag; a tag is one line, so this runs in linear time. */
const TAG_PAIR = /([A-Za-z_][\w-]*):"((?:[^"\\\n]|\\.)*)"/g;

/** Reports of the credential defaults in one field declaration's tag. */
export function tagDefaultReports(field: SyntaxNode): Report[] {
  const tag = field.childForFieldName('tag');
  const name = field.childForFieldName('name')?.text;
  if (!tag || name === undefined || tag.type !== 'raw_string_literal') return [];
  const reports: Report[] = [];
  const base = tag.startIndex + 1;
  const raw = tag.text.slice(1, -1);
  const envName = /(?:^|\s)env:"([A-Za-z_][A-Za-z0-9_]*)/.exec(raw)?.[1];
  for (const match of raw.matchAll(TAG_PAIR)) {
    const [whole, key, value] = match;
    if (!DEFAULT_KEYS.has(key!) || value === undefined) continue;
    const target = { ...nameTarget([name]), label: `${name} \`${key}\``, noFix: true, ...(envName ? { envName } : {}) };
    const token = findTokens(value)[0];
    const credential = target.credential;
    if (!token && (!credential || !isCredentialValue(value, target, credential))) continue;
    const start = base + match.index + whole!.length - value.length - 1;
    const what = token?.format ?? credential!.noun;
    reports.push(wholeLiteralReport({ span: { start, end: start + value.length }, value, what, isToken: !!token, target, defaultEnvName: token?.envName ?? target.envName }));
  }
  return reports;
}
