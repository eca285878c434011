import ts from 'typescript';
import { parseTypeScript } from '../languages/typescript';
import type { LanguageId, OffsetEdit, Span } from '../types';

/**
 * `process.env.NAME` for JavaScript. For TypeScript, `process.env.NAME!`: the literal it replaces was
 * a `string`, and `process.env.NAME` is `string | undefined`, so without the assertion every use site
 * that type-checked before could fail. Chosen over the alternatives:
 * - `process.env.NAME ?? ''` type-checks but hides a missing secret behind an empty string;
 * - a `requireEnv('NAME')` helper fails fast, but must be declared once per file: it can clash with
 *   a name the file already has, gets declared twice when several fixes are applied together, and
 *   is more code than a reviewer expects from a quick-fix.
 * The assertion is one token, local, and erased at run time: the code behaves as plain JS does.
 * Files written for `noPropertyAccessFromIndexSignature` (they read `process.env['X']` and never
 * `process.env.X`) get the bracket form.
 */
export function envReadExpression(name: string, language: LanguageId, documentText: string): string {
  const read = processEnvRead(name, documentText);
  return language === 'typescript' ? `${read}!` : read;
}

/** `process.env.NAME`, or `process.env['NAME']` in files that only ever read the environment that way. */
export function processEnvRead(name: string, documentText: string): string {
  const brackets = /process\.env\[\s*['"]/.test(documentText) && !/process\.env\.[A-Za-z_$]/.test(documentText);
  return brackets ? `process.env['${name}']` : `process.env.${name}`;
}

/** The outermost node covering exactly `span`, so its parent is the context the replacement lands in. */
function nodeAt(source: ts.SourceFile, span: Span): ts.Node | undefined {
  let found: ts.Node | undefined;
  const visit = (node: ts.Node): void => {
    if (found || node.getStart(source) > span.start || node.end < span.end) return;
    if (node.getStart(source) === span.start && node.end === span.end) found = node;
    else ts.forEachChild(node, visit);
  };
  ts.forEachChild(source, visit);
  return found;
}

/**
 * The edit replacing a literal (or an `env || 'literal'` fallback) at `span` with the env read, fitted
 * to where it stands: `apiKey="..."` in JSX needs braces, and `'...' as const` loses the `as const`
 * (a const assertion on a property access does not compile).
 */
export function envReadEdit(documentText: string, span: Span, name: string, language: LanguageId, path = ''): OffsetEdit {
  const read = envReadExpression(name, language, documentText);
  const node = nodeAt(parseTypeScript(path, documentText, language), span);
  const parent = node?.parent;
  if (parent && ts.isJsxAttribute(parent)) return { span, text: `{${read}}` };
  if (parent && (ts.isAsExpression(parent) || ts.isTypeAssertionExpression(parent)) && ts.isConstTypeReference(parent.type)) {
    return { span: { start: parent.getStart(), end: parent.end }, text: read };
  }
  return { span, text: read };
}
