// Groovy build and pipeline scripts (Gradle's build.gradle, Jenkinsfile, Grails' application.groovy)
// read as what they configure: a small exact tokenizer (comments, the four string quotings, names,
// punctuation, line ends), the strings that interpolate nothing and the pipeline's shell steps. Linear in
// the text. The statement shapes that hold values, named, are groovy-values.ts.
import type { Span } from '../types';
import { MappedText } from './mapped-text';

type TokenKind = 'name' | 'string' | 'punct' | 'newline';

export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
}

const NAME_START = /[A-Za-z_$]/;
const NAME_PART = /[\w$]/;

/** Tokens of a Groovy script; comments dropped, strings with their quotes. */
export function groovyTokens(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const char = text[at]!;
    if (char === '\n' || char === ';') {
      tokens.push({ kind: 'newline', text: char, start: at, end: at + 1 });
      at++;
    } else if (char === ' ' || char === '\t' || char === '\r') at++;
    else if (text.startsWith('//', at)) at = lineEnd(text, at);
    else if (text.startsWith('/*', at)) at = closing(text, at + 2, '*/');
    else if (char === "'" || char === '"') at = pushString(text, at, tokens);
    else if (NAME_START.test(char)) {
      let end = at + 1;
      while (end < text.length && (NAME_PART.test(text[end]!) || (text[end] === '.' && NAME_START.test(text[end + 1] ?? '')))) end++;
      tokens.push({ kind: 'name', text: text.slice(at, end), start: at, end });
      at = end;
    } else {
      const two = text.slice(at, at + 2);
      const punct = two === '?:' || two === '==' || two === '!=' ? two : char;
      tokens.push({ kind: 'punct', text: punct, start: at, end: at + punct.length });
      at += punct.length;
    }
  }
  return tokens;
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

function closing(text: string, from: number, close: string): number {
  const end = text.indexOf(close, from);
  return end < 0 ? text.length : end + close.length;
}

/** A quoted string: `'…'`, `"…"` (escapes skipped), or the triple-quoted `'''…'''`, `"""…"""`. */
function pushString(text: string, start: number, tokens: Token[]): number {
  const quote = text[start]!;
  const triple = text.startsWith(quote.repeat(3), start);
  let at = start + (triple ? 3 : 1);
  while (at < text.length) {
    if (text[at] === '\\') at += 2;
    else if (triple ? text.startsWith(quote.repeat(3), at) : text[at] === quote) break;
    else if (!triple && text[at] === '\n') break;
    else at++;
  }
  const end = Math.min(text.length, at + (triple ? 3 : 1));
  tokens.push({ kind: 'string', text: text.slice(start, end), start, end });
  return end;
}

/** A string token's content, mapped to its source; undefined for a GString that interpolates (`"${x}"`). */
export function contentOf(token: Token): MappedText | undefined {
  const inner = innerOf(token);
  if (token.text.startsWith('"') && inner.text.includes('$')) return undefined;
  return inner;
}

/** A string token's text between its quotes, as written. */
function innerOf(token: Token): MappedText {
  const quote = token.text.startsWith("'''") || token.text.startsWith('"""') ? 3 : 1;
  return MappedText.contiguous(token.text.slice(quote, Math.max(quote, token.text.length - quote)), token.start + quote);
}

/** Every string of the script that interpolates nothing, with its span (quotes included). */
export function groovyStrings(text: string): { value: MappedText; span: Span }[] {
  return groovyTokens(text).flatMap((token) => {
    const value = token.kind === 'string' ? contentOf(token) : undefined;
    return value ? [{ value, span: { start: token.start, end: token.end } }] : [];
  });
}

/** Jenkins' shell step, and Job DSL's (`steps { shell('…') }`); a string's own `.execute()` runs it too. */
const SHELL_STEPS = new Set(['sh', 'shell']);

/**
 * The scripts of a pipeline's shell steps: `sh 'docker login …'`, `sh("…")`, `sh(script: '…', returnStdout: true)`,
 * as written (a GString's `${…}` stays in, which the shell reads as an expansion, never a literal).
 */
export function groovyShellScripts(text: string): MappedText[] {
  const tokens = groovyTokens(text);
  const scripts: MappedText[] = [];
  tokens.forEach((token, i) => {
    if (token.kind !== 'string') return;
    const [fourth, third, second, first] = [tokens[i - 4], tokens[i - 3], tokens[i - 2], tokens[i - 1]];
    const step = first?.kind === 'name' ? first : first?.text === '(' ? second : first?.text === ':' && second?.text === 'script' && third?.text === '(' ? fourth : undefined;
    // A command line run by Groovy's String.execute(): `"curl -u ops:… https://…".execute()`.
    const executed = tokens[i + 1]?.text === '.' && tokens[i + 2]?.text === 'execute';
    if (executed || (step?.kind === 'name' && SHELL_STEPS.has(step.text))) scripts.push(innerOf(token));
  });
  return scripts;
}
