import type { OffsetEdit, Span } from '../types';

// Placeholder: replaced by the Php env read (the move-to-env fix's code edit).
export function phpEnvRead(documentText: string, span: Span, name: string): OffsetEdit[] | undefined {
  void documentText;
  void span;
  void name;
  return undefined;
}
