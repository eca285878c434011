import { LANGUAGES } from '../languages/catalogue';
import type { OffsetEdit, Span } from '../types';

/** `const val API_KEY = ` before the literal: Kotlin's `const` needs a compile-time constant. */
const KOTLIN_CONST = /\bconst\s+(?:(?:private|internal|public|protected)\s+)*val\s+[A-Za-z_]\w*\s*(?::\s*String\s*)?=\s*$/;

/**
 * Java and Kotlin: the literal (or the whole `getOrDefault`/`orElse`/`?:` fallback) becomes
 * `System.getenv("NAME")`, which needs no import in either language. A Kotlin `const val` loses
 * its `const` (an env read is not a compile-time constant); it stays a `val`.
 */
export function javaEnvRead(documentText: string, span: Span, name: string): OffsetEdit[] | undefined {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return undefined;
  const edits: OffsetEdit[] = [];
  const lineStart = documentText.lastIndexOf('\n', span.start - 1) + 1;
  const before = documentText.slice(lineStart, span.start);
  const constant = KOTLIN_CONST.exec(before);
  if (constant) {
    const start = lineStart + constant.index;
    const end = start + /^const\s+/.exec(constant[0])![0].length;
    edits.push({ span: { start, end }, text: '' });
  }
  edits.push({ span, text: LANGUAGES.java.envRead(name) });
  return edits;
}
