import ts from 'typescript';
import type { LanguageId } from '../types';
import { rememberListFor, setParentsOf } from './ts-ast';

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
 * parser can fail on a file (generated or hostile), which then gives an empty tree, so no
 * findings instead of a crash (see parserGaveUp).
 */
export function parseTypeScript(path: string, text: string, language: LanguageId): ts.SourceFile {
  const kind = scriptKind(path, language);
  try {
    // Parents are set while the file's nodes are listed (setParentsOf), not by a pass of the compiler's own.
    const source = ts.createSourceFile(path || 'file.ts', text, PARSE_OPTIONS, false, kind);
    setParentsOf(source);
    return source;
  } catch (error) {
    if (!parserGaveUp(error)) throw error;
    return ts.createSourceFile(path || 'file.ts', '', ts.ScriptTarget.Latest, true, kind);
  }
}

/**
 * The two ways the compiler's parser fails on text rather than on our code: it is recursive
 * descent, so about a thousand nested brackets exhaust the stack (RangeError); and its own
 * assertions trip on some malformed input (TypeScript 5.9 on `const { a } = await b.c@!`
 * asserts in parseVariableDeclarationList: "Debug Failure. False expression.").
 */
function parserGaveUp(error: unknown): boolean {
  return error instanceof RangeError || (error instanceof Error && error.message.startsWith('Debug Failure.'));
}

/**
 * Reparses only what an edit changed, reusing the rest of `previous` (which must not be used
 * afterwards). Falls back to a full parse where the incremental parser gives up.
 */
export function updateTypeScript(previous: ts.SourceFile, text: string, change: ts.TextChangeRange): ts.SourceFile {
  try {
    const next = ts.updateSourceFile(previous, text, change);
    rememberListFor(next, previous);
    return next;
  } catch (error) {
    if (!parserGaveUp(error)) throw error;
    return ts.createSourceFile(previous.fileName, '', ts.ScriptTarget.Latest, true);
  }
}
