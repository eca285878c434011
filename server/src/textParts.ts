// The parts of the long strings the message reader builds (messageReader.ts), for whoever sends such
// a text on: a document's text over 1 MiB is a rope of its decoded parts (V8 concatenates long
// strings lazily), never one flat string on the LSP thread. Making it flat costs a fresh copy of the
// whole text (a 10 MB didOpen: 32-48 ms of one turn), and any substring of a rope does that first:
// so the document worker is sent these parts, not slices of the text (pool/documentScanner.ts).

/** Ropes kept: the last few long texts read and not yet sent on. A text pushed out is sent by slices, as any other. */
const KEPT = 4;

const recent: Array<{ text: string; parts: readonly string[] }> = [];

/** `text` is the concatenation of `parts` (in order), built by `+` so that it stays a rope. */
export function rememberParts(text: string, parts: readonly string[]): void {
  recent.push({ text, parts });
  if (recent.length > KEPT) recent.shift();
}

/**
 * The parts of a text the reader built, or undefined; taken, so that a text sent on is not held here
 * after its document changes (the worker holds it then). A later send of the same text is sliced.
 * Equal lengths are compared first, so a text of another length costs nothing; V8 compares two ropes
 * without flattening either.
 */
export function takeParts(text: string): readonly string[] | undefined {
  const index = recent.findIndex((entry) => entry.text.length === text.length && entry.text === text);
  return index < 0 ? undefined : recent.splice(index, 1)[0]!.parts;
}

/** Drops a text's parts (its document closed before they were sent): the rope is not kept alive for nothing. */
export function forgetParts(text: string): void {
  takeParts(text);
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
