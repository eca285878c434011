import type { LineIndex } from './source';

export const IGNORE_NEXT_LINE = 'twelve-factor-ignore-next-line';
export const IGNORE_LINE = 'twelve-factor-ignore-line';

/** Rules silenced on one line; an empty set means every rule. */
export type Suppressions = Map<number, Set<string> | 'all'>;

// Rule ids are kebab-case words; anything after `--` is a free-text reason.
const DIRECTIVE = /twelve-factor-ignore-(next-line|line)\b([^\n\r]*)/g;

/**
 * Finds suppression comments in any comment syntax (`//`, `#`, `/* *\/`, `<!-- -->`):
 * `twelve-factor-ignore-next-line [rule[, rule]] [-- reason]` silences the next line,
 * `twelve-factor-ignore-line [rule ...]` the line it is on.
 */
export function findSuppressions(text: string, lines: LineIndex): Suppressions {
  const result: Suppressions = new Map();
  if (!text.includes('twelve-factor-ignore-')) return result;
  for (const match of text.matchAll(DIRECTIVE)) {
    const line = lines.position(match.index).line + (match[1] === 'next-line' ? 1 : 0);
    const rules = parseRuleList(match[2] ?? '');
    const existing = result.get(line);
    if (rules === 'all' || existing === 'all') result.set(line, 'all');
    else result.set(line, new Set([...(existing ?? []), ...rules]));
  }
  return result;
}

function parseRuleList(rest: string): Set<string> | 'all' {
  const beforeReason = rest.split('--')[0] ?? '';
  // Tried only where a word starts: from every letter of a long word, the backtracking was quadratic.
  const ids = beforeReason.match(/(?<![a-z0-9-])[a-z][a-z0-9]*(?:-[a-z0-9]+)+/g) ?? [];
  return ids.length === 0 ? 'all' : new Set(ids);
}

export function isSuppressed(suppressions: Suppressions, line: number, ruleId: string): boolean {
  const entry = suppressions.get(line);
  return entry === 'all' || (entry !== undefined && entry.has(ruleId));
}
