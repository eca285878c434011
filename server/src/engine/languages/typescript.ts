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

/** Parses JS/TS without type information: fast, tolerant, with parent pointers. */
export function parseTypeScript(path: string, text: string, language: LanguageId): ts.SourceFile {
  return ts.createSourceFile(path || 'file.ts', text, ts.ScriptTarget.Latest, true, scriptKind(path, language));
}
