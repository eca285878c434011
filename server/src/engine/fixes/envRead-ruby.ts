import type { OffsetEdit, Span } from '../types';

/**
 * Ruby's env read for the move-to-env fix: `ENV.fetch("NAME")`, which raises KeyError at boot
 * when the variable is missing instead of running with nil. `ENV` needs no require. For a
 * fallback the span is the whole `ENV.fetch('X', 'lit')` / `ENV['X'] || 'lit'` expression.
 */
export function rubyEnvRead(documentText: string, span: Span, name: string): OffsetEdit[] | undefined {
  if (span.start < 0 || span.end > documentText.length || span.start >= span.end) return undefined;
  return [{ span, text: `ENV.fetch(${rubyStringLiteral(name)})` }];
}

/** Double quotes for ordinary names; single quotes (no interpolation) for anything unusual. */
function rubyStringLiteral(value: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(value)) return `"${value}"`;
  return `'${value.replace(/[\\']/g, (char) => `\\${char}`)}'`;
}
