/**
 * How a secret is shown: never in full. At most a short prefix (less for short values),
 * then the length, e.g. `sk_l…(32 chars)`. A prefix is what tells a user which key it is
 * without giving it away; it never exceeds a quarter of the value.
 */
export function redact(value: string): string {
  const prefixLength = Math.min(4, Math.floor(value.length / 4));
  const prefix = Array.from(value).slice(0, prefixLength).join('');
  return `${prefix}…(${value.length} chars)`;
}
