import ts from 'typescript';
import { parseTypeScript } from '../languages/typescript';
import { innermostAt } from '../languages/ts-ast';
import { LineIndex } from '../source';
import { IGNORE_NEXT_LINE } from '../suppress';
import type { LanguageId, OffsetEdit } from '../types';
import { LANGUAGES } from '../languages/catalogue';
import type { TreeSitterParsers } from '../languages/treeSitter';
import { lineEnding } from './envFile';
import { sameMeaning } from './sameMeaning';

interface Delimiters {
  open: string;
  close: string;
}

/** JS/TS: `{/* *\/}` between JSX children, where `//` would render as text. */
function inJsxChildren(text: string, firstChar: number, language: LanguageId, path: string): boolean {
  const source = parseTypeScript(path, text, language);
  const node = innermostAt(source, firstChar);
  let outer = node;
  while (outer.parent && outer.parent.getStart(source) === outer.getStart(source) && !ts.isSourceFile(outer.parent)) outer = outer.parent;
  // A line of trivia only (a comment before the first statement) sits in the source file itself: no parent.
  const holder = outer.parent as ts.Node | undefined;
  return ts.isJsxText(node) || (holder !== undefined && (ts.isJsxElement(holder) || ts.isJsxFragment(holder)) && !ts.isJsxText(outer));
}

/** The catalogue's comment syntax for the language; undefined for formats without comments (JSON). */
function delimiters(text: string, firstChar: number, language: LanguageId, path: string): Delimiters | undefined {
  const comment = LANGUAGES[language].comment;
  if (comment === 'none') return undefined;
  if ((language === 'javascript' || language === 'typescript') && inJsxChildren(text, firstChar, language, path)) return { open: '{/*', close: ' */}' };
  if ('line' in comment) return { open: comment.line, close: '' };
  return { open: comment.block.open, close: ` ${comment.block.close}` };
}

/**
 * The "Ignore on this line" quick-fix: `twelve-factor-ignore-next-line <rule>` above `line`, indented
 * like it, in the file's comment syntax (the catalogue's) and line endings. Undefined where no comment
 * can go without changing what the file means, as its own parser reads it (JSON has no comments; a
 * line inside a multi-line string, heredoc, value or tag; before an XML declaration), or where the
 * tree-sitter grammar that would prove it is not loaded.
 */
export function ignoreLineEdit(
  documentText: string,
  line: number,
  ruleId: string,
  language: LanguageId,
  path = '',
  parsers?: TreeSitterParsers,
): OffsetEdit | undefined {
  const lines = new LineIndex(documentText);
  if (line < 0 || line >= lines.lineCount) return undefined;
  const lineStart = lines.lineStart(line);
  if (lineStart === 0 && documentText.startsWith('<?xml')) return undefined;
  const indent = /^[ \t]*/.exec(lines.lineText(line))?.[0] ?? '';
  const comment = delimiters(documentText, lineStart + indent.length, language, path);
  if (!comment) return undefined;
  const edit: OffsetEdit = {
    span: { start: lineStart, end: lineStart },
    text: `${indent}${comment.open} ${IGNORE_NEXT_LINE} ${ruleId}${comment.close}${lineEnding(documentText)}`,
  };
  const after = documentText.slice(0, lineStart) + edit.text + documentText.slice(lineStart);
  return sameMeaning(language, path, documentText, after, parsers) ? edit : undefined;
}
