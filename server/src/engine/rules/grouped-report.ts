// One problem, one finding: several steps of one problem (six AutoMigrate calls in one start-up,
// `npm ci && npm run build` in one CMD, two `pm2 start` in one start command) are reported once, at
// the first, with the others as related locations: one squiggle in the editor, one count in CI.
import type { RuleContext } from '../rule';
import type { Report } from '../types';

export interface Grouping {
  /** The related locations' message; it quotes no source text. */
  related: string;
  /** Appended to the first report's message when there are others: ` (2 more ..., shown as related locations)`. */
  more: (others: number) => string;
  /** Why the first step's own fix is not offered for the whole group (it would leave the others in place). */
  noFixReason: string;
}

export function reportGrouped(context: RuleContext, reports: readonly Report[], grouping: Grouping): void {
  const [first, ...others] = reports;
  if (!first) return;
  if (others.length === 0) {
    context.report(first);
    return;
  }
  const { fix: _partial, ...firstWithoutFix } = first;
  context.report({
    ...firstWithoutFix,
    message: first.message.replace(/\.$/, ` (${grouping.more(others.length)}).`),
    related: others.map((other) => ({ span: other.span, message: grouping.related })),
    ...(first.fix ? { noFixReason: grouping.noFixReason } : {}),
  });
}
