import type { OffsetEdit, Span } from '../types';

// Placeholder: replaced by the Go env read (the move-to-env fix's code edit).
export function goEnvRead(documentText: string, span: Span, name: string): OffsetEdit[] | undefined {
  void documentText;
  void span;
  void name;
  return undefined;
}
