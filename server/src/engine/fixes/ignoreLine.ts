import ts from 'typescript';
import { isScalar, parseDocument, visit } from 'yaml';
import { parseTypeScript } from '../languages/typescript';
import { LineIndex } from '../source';
import { IGNORE_NEXT_LINE } from '../suppress';
import type { LanguageId, OffsetEdit } from '../types';
import { readEnvFile } from './dotenv';
import { lineEnding } from './envFile';

const HASH_COMMENTS: ReadonlySet<LanguageId> = new Set(['yaml', 'dockerfile', 'procfile', 'dotenv', 'properties', 'shell', 'hocon']);

/** The innermost node whose text covers `offset`. */
function innermostAt(source: ts.SourceFile, offset: number): ts.Node {
  let found: ts.Node = source;
  const visitNode = (node: ts.Node): void => {
    if (node.getStart(source) <= offset && offset < node.end) {
      found = node;
      ts.forEachChild(node, visitNode);
    }
  };
  ts.forEachChild(source, visitNode);
  return found;
}

const LITERAL_KINDS = new Set([
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateHead,
  ts.SyntaxKind.TemplateMiddle,
  ts.SyntaxKind.TemplateTail,
]);

/**
 * JS/TS: `//`, or `{/* *\/}` between JSX children (where `//` would render as text); undefined
 * when the line starts inside a multi-line string or template (a comment there would change it).
 */
function scriptComment(text: string, lineStart: number, firstChar: number, language: LanguageId, path: string) {
  const source = parseTypeScript(path, text, language);
  const node = innermostAt(source, firstChar);
  if (LITERAL_KINDS.has(node.kind) && node.getStart(source) < lineStart) return undefined;
  let outer = node;
  while (outer.parent && outer.parent.getStart(source) === outer.getStart(source) && !ts.isSourceFile(outer.parent)) outer = outer.parent;
  const inJsxChildren = ts.isJsxText(node) || ((ts.isJsxElement(outer.parent) || ts.isJsxFragment(outer.parent)) && !ts.isJsxText(outer));
  return inJsxChildren ? { open: '{/*', close: ' */}' } : { open: '//', close: '' };
}

/** YAML: whether the line starts inside a multi-line scalar (a block `|`, or a quoted string across lines). */
function insideYamlScalar(text: string, lineStart: number): boolean {
  let inside = false;
  visit(parseDocument(text), {
    Scalar(_key, node) {
      if (isScalar(node) && node.range && node.range[0] < lineStart && lineStart < node.range[1]) inside = true;
    },
  });
  return inside;
}

/** .properties: a line after one ending in an odd number of backslashes continues that value. */
function continuesPreviousLine(text: string, lineStart: number): boolean {
  const previousEnd = text.slice(0, lineStart).replace(/\r?\n$|\r$/, '');
  let backslashes = 0;
  while (previousEnd[previousEnd.length - 1 - backslashes] === '\\') backslashes++;
  return backslashes % 2 === 1;
}

function insertion(lineStart: number, comment: string): OffsetEdit {
  return { span: { start: lineStart, end: lineStart }, text: comment };
}

/**
 * The "Ignore on this line" quick-fix: `// twelve-factor-ignore-next-line <rule>` above `line`, indented
 * like it, in the file's comment syntax and line endings. Undefined where no comment can go without
 * changing the file's meaning (JSON; inside a multi-line string or value).
 */
export function ignoreLineEdit(documentText: string, line: number, ruleId: string, language: LanguageId, path = ''): OffsetEdit | undefined {
  const lines = new LineIndex(documentText);
  if (line < 0 || line >= lines.lineCount || language === 'json') return undefined;
  const lineStart = lines.lineStart(line);
  const indent = /^[ \t]*/.exec(lines.lineText(line))?.[0] ?? '';
  const newline = lineEnding(documentText);
  const directive = `${IGNORE_NEXT_LINE} ${ruleId}`;
  if (HASH_COMMENTS.has(language)) {
    if (language === 'yaml' && insideYamlScalar(documentText, lineStart)) return undefined;
    if (language === 'properties' && continuesPreviousLine(documentText, lineStart)) return undefined;
    const edit = insertion(lineStart, `${indent}# ${directive}${newline}`);
    if (language === 'dotenv' && !sameEntries(documentText, edit)) return undefined;
    return edit;
  }
  const comment = scriptComment(documentText, lineStart, lineStart + indent.length, language, path);
  if (!comment) return undefined;
  return insertion(lineStart, `${indent}${comment.open} ${directive}${comment.close}${newline}`);
}

/** .env: a comment line inside a multi-line quoted value would become part of it. */
function sameEntries(text: string, edit: OffsetEdit): boolean {
  const before = readEnvFile(text);
  const after = readEnvFile(text.slice(0, edit.span.start) + edit.text + text.slice(edit.span.end));
  return before.size === after.size && [...before].every(([key, value]) => after.get(key) === value);
}
