// The Go move-to-env edit: the literal (or `getEnv("X", "...")`) becomes `os.Getenv("NAME")`, and
// `"os"` is imported when it is not. A literal in a `const` declaration needs more, since a
// function call is not a constant: a lone `const` becomes `var`, and a spec in a `const ( ... )`
// group moves out into a `var` after the group. Anything less clear gets no fix.
import { matchingClose, significant, tokenizeGo, type GoToken } from '../languages/go-tokens';
import type { OffsetEdit, Span } from '../types';

interface ImportSpec {
  alias?: string;
  path: string;
  /** Index of the path token in the significant tokens. */
  token: number;
}

interface ImportHeader {
  /** End offset of the package clause's line (before its newline). */
  packageLineEnd: number;
  specs: ImportSpec[];
  /** Token index ranges of `import ( ... )` groups: [open paren, close paren]. */
  groups: [number, number][];
  /** Token index of the first `import` keyword, or -1. */
  firstImport: number;
}

export function goEnvRead(documentText: string, span: Span, name: string): OffsetEdit[] | undefined {
  const tokens = significant(tokenizeGo(documentText));
  const header = readHeader(tokens, documentText);
  if (!header) return undefined;
  const os = header.specs.find((spec) => spec.path === 'os');
  if (os && (os.alias === '_' || os.alias === '.')) return undefined;
  const read = `${os?.alias ?? 'os'}.Getenv("${name}")`;
  const edits = constEdits(tokens, documentText, span, read) ?? [{ span, text: read }];
  if (edits.length === 0) return undefined;
  if (!os) edits.push(withLineEndings(importEdit(tokens, documentText, header), documentText));
  return edits;
}

/**
 * Whether the literal at `span` sits in a `const` declaration that no edit can turn into a `var`
 * (the scan withholds the fix and says why). `tokens` are the file's significant tokens.
 */
export function inUnrewritableConst(tokens: GoToken[], documentText: string, span: Span): boolean {
  return constEdits(tokens, documentText, span, 'os.Getenv("X")')?.length === 0;
}

function readHeader(tokens: GoToken[], text: string): ImportHeader | undefined {
  let index = tokens.findIndex((token) => token.kind !== 'newline');
  if (tokens[index]?.text !== 'package' || tokens[index + 1]?.kind !== 'ident') return undefined;
  const packageLineEnd = lineEndAt(text, tokens[index + 1]!.end);
  const header: ImportHeader = { packageLineEnd, specs: [], groups: [], firstImport: -1 };
  for (index += 2; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.kind === 'newline' || token.text === ';') continue;
    if (token.text !== 'import') break;
    if (header.firstImport < 0) header.firstImport = index;
    if (tokens[index + 1]?.text === '(') {
      const close = matchingClose(tokens, index + 1);
      if (close < 0) return undefined;
      header.groups.push([index + 1, close]);
      readSpecs(tokens, index + 2, close, header.specs);
      index = close;
    } else {
      readSpecs(tokens, index + 1, index + 3, header.specs);
      index = tokens[index + 1]?.kind === 'string' ? index + 1 : index + 2;
    }
  }
  return header;
}

function readSpecs(tokens: GoToken[], from: number, to: number, specs: ImportSpec[]): void {
  for (let index = from; index < to && index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.kind !== 'string') continue;
    const previous = tokens[index - 1];
    const alias = previous && (previous.kind === 'ident' || previous.text === '.') && index - 1 >= from ? previous.text : undefined;
    specs.push({ ...(alias ? { alias } : {}), path: token.text.slice(1, -1), token: index });
  }
}

/** `"os"` in the first group, sorted among the standard-library imports as gofmt/goimports keep them. */
function importEdit(tokens: GoToken[], text: string, header: ImportHeader): OffsetEdit {
  const group = header.groups[0];
  if (!group) {
    const first = tokens[header.firstImport];
    if (first) return insertAt(lineStartAt(text, first.start), 'import "os"\n');
    return insertAt(header.packageLineEnd, '\n\nimport "os"');
  }
  const specs = header.specs.filter((spec) => spec.token > group[0] && spec.token < group[1]);
  const first = specs[0];
  const open = tokens[group[0]]!;
  if (!first || !ownsLine(text, tokens[first.token]!)) return insertAt(open.end, `\n\t"os"${first ? '' : '\n'}`);
  const indent = text.slice(lineStartAt(text, tokens[first.token]!.start), tokens[first.token]!.start).replace(/\S.*$/, '');
  const standard = leadingStandardRun(specs, tokens, text);
  if (standard.length === 0) return insertAt(lineStartAt(text, tokens[first.token]!.start), `${indent}"os"\n\n`);
  const after = standard.find((spec) => spec.path > 'os');
  if (after) return insertAt(lineStartAt(text, specLineStart(tokens, after)), `${indent}"os"\n`);
  const last = standard[standard.length - 1]!;
  return insertAt(lineEndAt(text, tokens[last.token]!.end), `\n${indent}"os"`);
}

/** The first run of standard-library specs (no dot in the first path element), up to a blank line. */
function leadingStandardRun(specs: ImportSpec[], tokens: GoToken[], text: string): ImportSpec[] {
  const run: ImportSpec[] = [];
  for (const spec of specs) {
    if (spec.path.split('/')[0]?.includes('.')) break;
    const previous = run[run.length - 1];
    if (previous && /\n[ \t]*\r?\n/.test(text.slice(tokens[previous.token]!.end, specLineStart(tokens, spec)))) break;
    run.push(spec);
  }
  return run;
}

function specLineStart(tokens: GoToken[], spec: ImportSpec): number {
  const previous = tokens[spec.token - 1];
  return spec.alias && previous ? previous.start : tokens[spec.token]!.start;
}

function ownsLine(text: string, token: GoToken): boolean {
  return /^[ \t]*$/.test(text.slice(lineStartAt(text, token.start), token.start));
}

/**
 * Edits for a literal inside a `const` declaration; undefined when it is not in one, [] when
 * no edit keeps the code compiling.
 */
function constEdits(tokens: GoToken[], text: string, span: Span, read: string): OffsetEdit[] | undefined {
  const found = enclosingConst(tokens, span);
  if (!found) return undefined;
  const { keyword, group } = found;
  const names = constNames(tokens, found.specStart, span);
  if (names.length === 0 || names.some((name) => !usedOutsideConsts(tokens, name))) return [];
  const replaced = { span, text: read };
  if (!group || specCount(tokens, group) === 1) return [{ span: spanOf(tokens[keyword]!), text: 'var' }, replaced];
  // Move the spec out of the group; the spec after it must not repeat it implicitly (no `=`).
  const specEnd = lineEndAt(text, span.end);
  const nextSpec = tokens.findIndex((token, index) => index > group[0] && token.start >= specEnd && token.kind !== 'newline');
  if (nextSpec >= 0 && nextSpec < group[1] && !specHasValue(tokens, nextSpec, group[1])) return [];
  const lineStart = lineStartAt(text, tokens[found.specStart]!.start);
  if (text.slice(lineStart, tokens[found.specStart]!.start).trim() !== '' || /[;)]/.test(tokens.find((t) => t.start >= span.end && t.end <= specEnd && t.kind === 'punct')?.text ?? '')) return [];
  const specText = text.slice(tokens[found.specStart]!.start, span.start) + read + text.slice(span.end, specEnd);
  const close = tokens[group[1]]!;
  const newline = text.indexOf('\n', specEnd);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return [
    { span: { start: lineStart, end: newline < 0 ? text.length : newline + 1 }, text: '' },
    { span: { start: close.end, end: close.end }, text: `${eol}${eol}var ${specText.trimEnd()}` },
  ];
}

interface ConstPlace {
  keyword: number;
  group?: [number, number];
  /** Token index of the first token of the spec holding the span. */
  specStart: number;
}

function enclosingConst(tokens: GoToken[], span: Span): ConstPlace | undefined {
  const at = tokens.findIndex((token) => token.start >= span.start);
  for (let index = at - 1; index >= 0; index--) {
    const token = tokens[index]!;
    if (token.text === 'const' && token.kind === 'ident') {
      if (tokens[index + 1]?.text === '(') {
        const close = matchingClose(tokens, index + 1);
        if (close < at) return undefined;
        return { keyword: index, group: [index + 1, close], specStart: specStartBefore(tokens, at, index + 1) };
      }
      return statementEndsBetween(tokens, index, at) ? undefined : { keyword: index, specStart: index + 1 };
    }
    if (token.kind === 'punct' && (token.text === '{' || token.text === '}')) return undefined;
  }
  return undefined;
}

/** Whether a newline or `;` ends the statement begun at `from` before token `to` (outside brackets). */
function statementEndsBetween(tokens: GoToken[], from: number, to: number): boolean {
  let depth = 0;
  for (let index = from; index < to; index++) {
    const token = tokens[index]!;
    if (token.text === '(' || token.text === '[' || token.text === '{') depth++;
    else if (token.text === ')' || token.text === ']' || token.text === '}') depth--;
    else if (depth === 0 && (token.text === ';' || (token.kind === 'newline' && !continues(tokens[index - 1])))) return true;
  }
  return false;
}

/** A line ending in an operator or a comma continues the expression on the next line. */
function continues(token: GoToken | undefined): boolean {
  return token?.kind === 'punct' && /^[+\-*/%&|^<>=!,.(]$/.test(token.text);
}

function specStartBefore(tokens: GoToken[], at: number, open: number): number {
  let index = at - 1;
  while (index > open && tokens[index]!.kind !== 'newline' && tokens[index]!.text !== ';') index--;
  return index + 1;
}

/** The names a const spec declares: the identifiers before its `=`. */
function constNames(tokens: GoToken[], specStart: number, span: Span): GoToken[] {
  const names: GoToken[] = [];
  for (let index = specStart; index < tokens.length && tokens[index]!.start < span.start; index++) {
    const token = tokens[index]!;
    if (token.text === '=') return names;
    if (token.kind === 'ident' && (index === specStart || tokens[index - 1]?.text === ',')) names.push(token);
  }
  return [];
}

/**
 * A constant used in another constant expression stops compiling once it is a `var`; one used
 * nowhere else in the file may be a local const, which as an unused `var` would not compile.
 */
function usedOutsideConsts(tokens: GoToken[], declared: GoToken): boolean {
  const uses = tokens.filter((token) => token.kind === 'ident' && token.text === declared.text && token.start !== declared.start);
  if (uses.length === 0) return false;
  return !uses.some((use) => enclosingConst(tokens, { start: use.start, end: use.end }) !== undefined);
}

function specCount(tokens: GoToken[], group: [number, number]): number {
  let count = 0;
  let fresh = true;
  for (let index = group[0] + 1; index < group[1]; index++) {
    const token = tokens[index]!;
    if (token.kind === 'newline' || token.text === ';') fresh = true;
    else if (fresh) {
      count++;
      fresh = false;
    }
  }
  return count;
}

function specHasValue(tokens: GoToken[], from: number, to: number): boolean {
  for (let index = from; index < to && tokens[index]!.kind !== 'newline' && tokens[index]!.text !== ';'; index++) {
    if (tokens[index]!.text === '=') return true;
  }
  return false;
}

/** A CRLF file gets CRLF in what is inserted. */
function withLineEndings(edit: OffsetEdit, text: string): OffsetEdit {
  return text.includes('\r\n') ? { ...edit, text: edit.text.replace(/\n/g, '\r\n') } : edit;
}

function spanOf(token: GoToken): Span {
  return { start: token.start, end: token.end };
}

function insertAt(offset: number, text: string): OffsetEdit {
  return { span: { start: offset, end: offset }, text };
}

function lineStartAt(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEndAt(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  const end = newline < 0 ? text.length : newline;
  return text[end - 1] === '\r' ? end - 1 : end;
}
