import type { OffsetEdit, Span } from '../types';

// Placeholder: replaced by the Ruby env read (the move-to-env fix's code edit).
export function rubyEnvRead(documentText: string, span: Span, name: string): OffsetEdit[] | undefined {
  void documentText;
  void span;
  void name;
  return undefined;
}
