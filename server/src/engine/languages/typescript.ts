import ts from 'typescript';
import type { LanguageId } from '../types';

function scriptKind(path: string, language: LanguageId): ts.ScriptKind {
  const lower = path.toLowerCase();
  if (lower.endsWith('.tsx')) return ts.ScriptKind.TSX;
  if (lower.endsWith('.jsx')) return ts.ScriptKind.JSX;
  if (language === 'typescript') return ts.ScriptKind.TS;
  // JSX is legal in plain .js for many React projects; the JS kind parses it too.
  return ts.ScriptKind.JS;
}

/** No rule reads JSDoc: skipping it saves a fifth of the parse on commented library code. */
const PARSE_OPTIONS: ts.CreateSourceFileOptions = { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone };

/** Whether the parser recovered from syntax errors (the compiler keeps them on the source file, unexported). */
export function hasSyntaxErrors(source: ts.SourceFile): boolean {
  return ((source as unknown as { parseDiagnostics?: readonly unknown[] }).parseDiagnostics?.length ?? 0) > 0;
}

/**
 * Parses JS/TS without type information: fast, tolerant, with parent pointers. The compiler's
 * parser is recursive descent: about a thousand nested brackets exhaust the stack, and such a
 * file (generated or hostile) then gives an empty tree, so no findings instead of a crash.
 */
export function parseTypeScript(path: string, text: string, language: LanguageId): ts.SourceFile {
  const kind = scriptKind(path, language);
  try {
    return ts.createSourceFile(path || 'file.ts', text, PARSE_OPTIONS, true, kind);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return ts.createSourceFile(path || 'file.ts', '', ts.ScriptTarget.Latest, true, kind);
  }
}

/**
 * Reparses only what an edit changed, reusing the rest of `previous` (which must not be used
 * afterwards). Falls back to a full parse where the incremental parser gives up.
 */
export function updateTypeScript(previous: ts.SourceFile, text: string, change: ts.TextChangeRange): ts.SourceFile {
  try {
    return ts.updateSourceFile(previous, text, change);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return ts.createSourceFile(previous.fileName, '', ts.ScriptTarget.Latest, true);
  }
}
