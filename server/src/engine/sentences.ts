/**
 * A message followed by a note that is a sentence of its own (" It is a stock …", " A guess …"):
 * the message gets its full stop first when it has none, whoever wrote it.
 */
export function withNote(message: string, note: string): string {
  if (note === '') return message;
  const closed = /[.!?]$/.test(message.trimEnd()) ? message.trimEnd() : `${message.trimEnd()}.`;
  return closed + note;
}
