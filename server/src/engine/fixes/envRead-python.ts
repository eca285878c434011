import { LANGUAGES } from '../languages/catalogue';
import type { OffsetEdit, Span } from '../types';

/**
 * Replaces `span` with `os.environ["NAME"]` (a missing variable fails at the read, with its name)
 * and adds `import os` when the module does not import it at the top level. The import goes after
 * the shebang/encoding comments, the module docstring and any `from __future__` imports, which
 * must stay first.
 */
export function pythonEnvRead(documentText: string, span: Span, name: string): OffsetEdit[] | undefined {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return undefined;
  return withOsImport(documentText, { span, text: LANGUAGES.python.envRead(name) });
}

/** The edit, plus `import os` where the module lacks it; undefined when the import cannot go first. */
export function withOsImport(documentText: string, edit: OffsetEdit): OffsetEdit[] | undefined {
  const edits: OffsetEdit[] = [edit];
  if (importsOs(documentText)) return edits;
  const at = importOffset(documentText);
  if (at > edit.span.start) return undefined;
  edits.push({ span: { start: at, end: at }, text: `import os\n` });
  return edits;
}

/** A top-level `import os`, `import os.path`, `import sys, os` (not `import os as o`, which does not bind `os`). */
function importsOs(text: string): boolean {
  for (const match of text.matchAll(/^import[ \t]+([^#\r\n;]+)/gm)) {
    const names = (match[1] ?? '').split(',').map((item) => item.trim());
    if (names.some((item) => /^os(?:\.[\w.]+)?$/.test(item))) return true;
  }
  return false;
}

/** Where a new top-level import may go: after leading comments, the module docstring and `from __future__` imports. */
function importOffset(text: string): number {
  let offset = 0;
  const lineEnd = (from: number): number => {
    const end = text.indexOf('\n', from);
    return end < 0 ? text.length : end + 1;
  };
  // Comments and blank lines: shebang, `# -*- coding: ... -*-`, licence headers.
  while (offset < text.length && /^[ \t]*(?:#[^\n]*)?\r?(?:\n|$)/.test(text.slice(offset, lineEnd(offset)))) offset = lineEnd(offset);
  const docstring = /^[rRuU]?("""|'''|"|')/.exec(text.slice(offset));
  if (docstring?.[1]) {
    const quote = docstring[1];
    const close = text.indexOf(quote, offset + docstring[0].length);
    if (close < 0) return offset;
    offset = lineEnd(close + quote.length);
  }
  for (;;) {
    let next = offset;
    while (next < text.length && /^[ \t]*(?:#[^\n]*)?\r?\n/.test(text.slice(next, lineEnd(next)))) next = lineEnd(next);
    const line = text.slice(next, lineEnd(next));
    if (!/^from[ \t]+__future__[ \t]+import\b/.test(line)) return offset;
    // `from __future__ import (a,\n b)` spans lines up to the closing parenthesis.
    offset = line.includes('(') && !line.includes(')') ? lineEnd(Math.max(text.indexOf(')', next), next)) : lineEnd(next);
  }
}
