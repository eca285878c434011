// YAML through the `yaml` package (every document of a multi-document file), converted to a
// small tree that keeps the source span of every key and value. Aliases are not resolved, so
// a "billion laughs" file costs nothing.
import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, type Node as YNode, Scalar } from 'yaml';
import type { Span } from '../types';
import { MappedText, MappedTextBuilder } from './mapped-text';
import { withoutJinja } from './jinja';
import { decodeFlowScalar } from './yaml-flow-scalar';

export interface YamlScalar {
  kind: 'scalar';
  /** Parsed value: a string, number, boolean or null. */
  value: unknown;
  span: Span;
  /** Explicit tag such as `!Ref` or `!!str`, when written. */
  tag?: string;
  style: 'plain' | 'single' | 'double' | 'block';
}

export interface YamlPair {
  /** Only scalar keys are kept; a complex key gives undefined. */
  key: YamlScalar | undefined;
  value: YamlNode | undefined;
}

export interface YamlMap {
  kind: 'map';
  pairs: YamlPair[];
  span: Span;
  /** `default: &default`: the name an alias (`<<: *default`) refers to it by. */
  anchor?: string;
}

export interface YamlSeq {
  kind: 'seq';
  items: (YamlNode | undefined)[];
  span: Span;
}

/** An alias, or a node nested too deep to keep. */
export interface YamlOpaque {
  kind: 'opaque';
  span: Span;
  /** `*default`: the anchor an alias names (never resolved here). */
  alias?: string;
}

export type YamlNode = YamlScalar | YamlMap | YamlSeq | YamlOpaque;

export interface YamlDocument {
  contents: YamlNode | undefined;
  errorCount: number;
}

const MAX_DEPTH = 256;

/** Nette's NEON config files (`config/local.neon`): YAML-like `key: value` blocks, indented with tabs. */
const NEON_FILE = /\.neon$/i;

/**
 * NEON read as YAML, offsets kept: each indenting tab becomes one space, so the levels stay as written
 * (YAML forbids tabs there); `%env.X%` parameters are placeholders already. What YAML cannot read (`%param%` and `@service` values, `- item` beside
 * `key: value` in one block) the lenient parser reports as errors and keeps reading past.
 */
function neonAsYaml(text: string): string {
  // `::getenv('X')` calls PHP's getenv: written `${getenv('X'}`, the same length, it reads as a reference.
  return text.replace(/^\t+/gm, (tabs) => ' '.repeat(tabs.length)).replace(/::getenv\(([^()\n]{0,200})\)/g, '$${getenv($1}');
}

export function parseYaml(text: string, path = ''): YamlDocument[] {
  try {
    const source = NEON_FILE.test(path) ? neonAsYaml(text) : withoutJinja(text);
    return parseAllDocuments(source, { strict: false, uniqueKeys: false }).map((document) => ({
      contents: convert(document.contents, 0),
      errorCount: document.errors.length,
    }));
  } catch {
    return [];
  }
}

function spanOf(node: { range?: [number, number, number] | null }): Span {
  const range = node.range;
  return range ? { start: range[0], end: range[1] } : { start: 0, end: 0 };
}

function convert(node: YNode | null | undefined | unknown, depth: number): YamlNode | undefined {
  if (node === null || node === undefined) return undefined;
  if (isScalar(node)) return scalarOf(node);
  const span = spanOf(node as YNode);
  if (isAlias(node)) return { kind: 'opaque', span, alias: node.source };
  if (depth > MAX_DEPTH) return { kind: 'opaque', span };
  if (isMap(node)) {
    const pairs: YamlPair[] = [];
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? scalarOf(pair.key) : undefined;
      pairs.push({ key, value: convert(pair.value, depth + 1) });
    }
    return { kind: 'map', pairs, span, ...(node.anchor ? { anchor: node.anchor } : {}) };
  }
  if (isSeq(node)) return { kind: 'seq', items: node.items.map((item) => convert(item, depth + 1)), span };
  return { kind: 'opaque', span };
}

const STYLES: Readonly<Record<string, YamlScalar['style']>> = {
  [Scalar.PLAIN]: 'plain',
  [Scalar.QUOTE_SINGLE]: 'single',
  [Scalar.QUOTE_DOUBLE]: 'double',
  [Scalar.BLOCK_LITERAL]: 'block',
  [Scalar.BLOCK_FOLDED]: 'block',
};

function scalarOf(node: Scalar): YamlScalar {
  const scalar: YamlScalar = { kind: 'scalar', value: node.value, span: spanOf(node), style: STYLES[node.type ?? ''] ?? 'plain' };
  if (node.tag) scalar.tag = node.tag;
  return scalar;
}

/** The value of `map[key]`. */
export function yamlGet(node: YamlNode | undefined, key: string): YamlNode | undefined {
  if (node?.kind !== 'map') return undefined;
  return node.pairs.find((pair) => pair.key?.value === key)?.value;
}

/** A scalar's string value; numbers and booleans are not strings. */
export function yamlString(node: YamlNode | undefined): string | undefined {
  return node?.kind === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
}

/**
 * A string scalar's value with each character mapped to its source: exact for plain and quoted scalars
 * (yaml-flow-scalar.ts) and for literal and folded blocks; a value the source does not rebuild maps every
 * inner span to the whole.
 */
export function yamlScalarText(text: string, scalar: YamlScalar): MappedText {
  const value = typeof scalar.value === 'string' ? scalar.value : String(scalar.value);
  const raw = text.slice(scalar.span.start, scalar.span.end);
  // The parser read Jinja's `{{ x }}` as `${ x } ` (same length): a block is rebuilt from what it read.
  if (scalar.style === 'block') return decodeLiteralBlock(withoutJinja(raw), scalar.span, value) ?? new MappedText(value, scalar.span);
  if (scalar.style === 'plain' && raw === value) return MappedText.contiguous(value, scalar.span.start);
  const decoded = decodeFlowScalar(raw, scalar.span, scalar.style);
  return decoded.text === value ? decoded : new MappedText(value, scalar.span);
}

/**
 * A block scalar's body: its lines, the indentation they share and where the first starts. The
 * header is `|` (literal) or `>` (folded), with an indentation digit and a chomping sign.
 */
function blockBody(raw: string, whole: Span, indicator: '|' | '>'): { lines: string[]; indent: number; start: number } | undefined {
  const header = /^([|>])([1-9])?[-+]?([1-9])?[ \t]*(?:#[^\n]*)?\r?\n/.exec(raw);
  if (!header || header[1] !== indicator) return undefined;
  const lines = raw.slice(header[0].length).split('\n');
  const explicit = Number(header[2] ?? header[3] ?? 0);
  const firstContent = lines.find((line) => line.trim() !== '') ?? '';
  return { lines, indent: explicit || firstContent.length - firstContent.trimStart().length, start: whole.start + header[0].length };
}

/**
 * A literal block (`run: |`, `script: |-`): each line less its indentation, so a command in a CI
 * step maps to its own place. A folded block (`>`) is decodeFoldedBlock's; anything that does not
 * rebuild the parsed value exactly is left to the caller's whole-span fallback.
 */
function decodeLiteralBlock(raw: string, whole: Span, value: string): MappedText | undefined {
  const body = blockBody(raw, whole, '|');
  if (!body) return raw.startsWith('>') ? decodeFoldedBlock(raw, whole, value) : undefined;
  const { lines, indent } = body;
  const builder = new MappedTextBuilder();
  let at = body.start;
  lines.forEach((line, index) => {
    if (index > 0) builder.push('\n', at - 1);
    const content = line.replace(/\r$/, '');
    for (let i = indent; i < content.length; i++) builder.push(content[i]!, at + i);
    at += line.length + 1;
  });
  return matchingValue(builder.build(whole), value);
}

/**
 * A folded block (`appSettings: >-`, a long command): YAML joins two plain lines with a space, keeps a
 * break for each empty line between them and every break around a more-indented line. Each character,
 * and each space a break became, maps to its own place, so a URL on the third line is found there.
 */
function decodeFoldedBlock(raw: string, whole: Span, value: string): MappedText | undefined {
  const body = blockBody(raw, whole, '>');
  if (!body) return undefined;
  const builder = new MappedTextBuilder();
  let at = body.start;
  let breakAt = at;
  let empty = 0;
  let started = false;
  let previousIndented = false;
  for (const line of body.lines) {
    const content = line.replace(/\r$/, '');
    if (content.trim() === '') {
      if (started) empty++;
      else builder.push('\n', at);
      at += line.length + 1;
      continue;
    }
    const indented = /^[ \t]/.test(content.slice(body.indent));
    if (started) {
      if (empty === 0 && !indented && !previousIndented) builder.push(' ', breakAt);
      else for (let i = indented || previousIndented ? 0 : 1; i <= empty; i++) builder.push('\n', breakAt);
    }
    for (let i = body.indent; i < content.length; i++) builder.push(content[i]!, at + i);
    breakAt = at + content.length;
    [empty, started, previousIndented] = [0, true, indented];
    at += line.length + 1;
  }
  while (builder.length < value.length && value.charCodeAt(builder.length) === 10) builder.push('\n', breakAt);
  return matchingValue(builder.build(whole), value);
}

/** The rebuilt block, cut to the parsed value's length, if it reads as that value (trailing breaks aside). */
function matchingValue(built: MappedText, value: string): MappedText | undefined {
  if (withoutTrailingNewlines(value) !== withoutTrailingNewlines(built.text)) return undefined;
  return value.length <= built.text.length ? built.slice(0, value.length) : undefined;
}

/** A loop, not `/\n+$/`: that regex is quadratic on a long run of newlines. */
function withoutTrailingNewlines(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  return text.slice(0, end);
}

/** Every map in the tree, to a bounded depth (config sections sit a few levels down at most). */
export function visitYamlMaps(node: YamlNode | undefined, visit: (map: YamlNode) => void, depth = 0): void {
  if (!node || depth > 8) return;
  if (node.kind === 'map') {
    visit(node);
    for (const pair of node.pairs) visitYamlMaps(pair.value, visit, depth + 1);
  } else if (node.kind === 'seq') {
    for (const item of node.items) visitYamlMaps(item, visit, depth + 1);
  }
}
