import type { OffsetEdit, Span } from '../types';

// Placeholder: replaced by the Python env read (the move-to-env fix's code edit).
export function pythonEnvRead(documentText: string, span: Span, name: string): OffsetEdit[] | undefined {
  void documentText;
  void span;
  void name;
  return undefined;
}
