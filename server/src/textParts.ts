// The parts of the long strings the message reader builds (messageReader.ts), for whoever sends such
// a text on: a document's text over 1 MiB is a rope of its decoded parts (V8 concatenates long
// strings lazily), never one flat string on the LSP thread. Making it flat costs a fresh copy of the
// whole text (a 10 MB didOpen: 32-48 ms of one turn), and any substring of a rope does that first:
// so the document worker is sent these parts, not slices of the text (pool/documentScanner.ts).

/** Ropes kept: the last few long texts read. A text pushed out is sent by slices, as any other. */
const KEPT = 4;

const recent: Array<{ text: string; parts: readonly string[] }> = [];

/** `text` is the concatenation of `parts` (in order), built by `+` so that it stays a rope. */
export function rememberParts(text: string, parts: readonly string[]): void {
  recent.push({ text, parts });
  if (recent.length > KEPT) recent.shift();
}

/**
 * The parts of a text the reader built, or undefined. Equal lengths are compared first, so a text
 * of another length costs nothing; V8 compares two ropes without flattening either.
 */
export function partsOf(text: string): readonly string[] | undefined {
  for (let index = recent.length - 1; index >= 0; index--) {
    const entry = recent[index]!;
    if (entry.text.length === text.length && entry.text === text) return entry.parts;
  }
  return undefined;
}

/** Drops a text's parts (its document closed): the rope is not kept alive for nothing. */
export function forgetParts(text: string): void {
  const index = recent.findIndex((entry) => entry.text.length === text.length && entry.text === text);
  if (index >= 0) recent.splice(index, 1);
}

/**
 * A rope of `parts`. Array.join would copy them into one new string: here each `+` makes a node
 * that points at its two halves (V8's ConsString), which is what keeps the text from being copied.
 */
export function ropeOf(parts: readonly string[]): string {
  let text = '';
  for (const part of parts) text += part;
  return text;
}
