// A small, tolerant XML reader for config files (logback.xml, log4j2.xml, Spring beans, Tomcat,
// Maven settings, .NET web.config): elements with their attributes, source spans, parent and a
// leaf's content, in document order. Comments, CDATA, processing
// instructions and DOCTYPE are skipped; malformed input yields what could be read. One pass, linear.
import { decodeCharacterReferences } from '../characterReferences';
import type { Span } from '../types';

export interface XmlAttribute {
  name: string;
  /** Entity-decoded value. */
  value: string;
  /** The value between its quotes. */
  valueSpan: Span;
}

export interface XmlElement {
  name: string;
  attributes: XmlAttribute[];
  /** The start tag, `<` to `>`. */
  span: Span;
  /** The element name inside the start tag. */
  nameSpan: Span;
  parent?: XmlElement;
  /** What a leaf element holds (`<password>…</password>`), between its tags; unset when it has child elements. */
  content?: Span;
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** Character tests by code (no per-character strings or regexes: big files stay cheap). */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Anything but space, `/`, `>`, `=`, `<` (and the end of text, NaN). */
function isNameChar(code: number): boolean {
  return code === code && !isSpace(code) && code !== 47 && code !== 62 && code !== 61 && code !== 60;
}

export function parseXml(text: string): XmlElement[] {
  const elements: XmlElement[] = [];
  const open: XmlElement[] = [];
  /** Elements with a child element: not leaves, so no content. */
  const parents = new Set<XmlElement>();
  let i = text.indexOf('<');
  while (i >= 0 && i < text.length) {
    if (text.startsWith('<!--', i)) i = after(text, '-->', i + 4);
    else if (text.startsWith('<![CDATA[', i)) i = after(text, ']]>', i + 9);
    else if (text.startsWith('<?', i)) i = after(text, '?>', i + 2);
    else if (text.startsWith('<!', i)) i = after(text, '>', i + 2);
    else if (text[i + 1] === '/') i = closeTag(text, i, open, parents);
    else i = startTag(text, i, open, elements, parents);
    i = text.indexOf('<', i);
  }
  return elements;
}

function after(text: string, end: string, from: number): number {
  const at = text.indexOf(end, from);
  return at < 0 ? text.length : at + end.length;
}

function closeTag(text: string, start: number, open: XmlElement[], parents: ReadonlySet<XmlElement>): number {
  const end = after(text, '>', start);
  const name = text.slice(start + 2, end - 1).trim();
  // Searched from the innermost, at most 64 levels: a well-formed close matches at once, and a
  // stray one cannot make a deep file quadratic.
  for (let index = open.length - 1; index >= Math.max(0, open.length - 64); index--) {
    const element = open[index]!;
    if (element.name === name) {
      if (!parents.has(element)) element.content = { start: element.span.end, end: start };
      open.length = index;
      break;
    }
  }
  return end;
}

function startTag(text: string, start: number, open: XmlElement[], elements: XmlElement[], parents: Set<XmlElement>): number {
  let i = start + 1;
  while (isNameChar(text.charCodeAt(i))) i++;
  const name = text.slice(start + 1, i);
  if (name === '') return start + 1;
  const parent = open[open.length - 1];
  if (parent) parents.add(parent);
  const element: XmlElement = { name, attributes: [], span: { start, end: start }, nameSpan: { start: start + 1, end: i }, ...(parent ? { parent } : {}) };
  let selfClosing = false;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '>' || char === '<') break;
    if (char === '/' && text[i + 1] === '>') {
      selfClosing = true;
      i++;
      break;
    }
    if (isSpace(char.charCodeAt(0))) {
      i++;
      continue;
    }
    i = attribute(text, i, element);
  }
  const end = text[i] === '>' ? i + 1 : i;
  element.span = { start, end };
  elements.push(element);
  if (!selfClosing) open.push(element);
  return end;
}

/** `name="value"`, `name='value'`; a bare name or an unquoted value is read as far as it goes. */
function attribute(text: string, start: number, element: XmlElement): number {
  let i = start;
  while (isNameChar(text.charCodeAt(i))) i++;
  if (i === start) return start + 1;
  const name = text.slice(start, i);
  while (isSpace(text.charCodeAt(i))) i++;
  if (text[i] !== '=') return i;
  i++;
  while (isSpace(text.charCodeAt(i))) i++;
  const quote = text[i];
  if (quote !== '"' && quote !== "'") return i;
  const close = text.indexOf(quote, i + 1);
  const valueEnd = close < 0 ? text.length : close;
  const raw = text.slice(i + 1, valueEnd);
  element.attributes.push({ name, value: raw.includes('&') ? decodeEntities(raw) : raw, valueSpan: { start: i + 1, end: valueEnd } });
  return close < 0 ? text.length : close + 1;
}

export function decodeEntities(raw: string): string {
  return decodeCharacterReferences(raw, (name) => ENTITIES[name]);
}

/** An attribute's value by name (case-insensitive, as log4j2 reads them). */
export function xmlAttribute(element: XmlElement, name: string): XmlAttribute | undefined {
  const lower = name.toLowerCase();
  return element.attributes.find((attribute) => attribute.name.toLowerCase() === lower);
}

/** `p:password` (Spring's p-namespace), `rabbit:connection-factory` → the part after the prefix. */
export function xmlLocalName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

const NAME_ELEMENT = /^(?:[\w.]+-)?name$/i;
const VALUE_ELEMENT = /^(?:[\w.]+-)?value$/i;

/**
 * The name each `value`/`*-value` leaf goes by from the `name`/`*-name` leaf before it in the same parent:
 * web.xml's `<context-param><param-name>redisHost</param-name><param-value>…</param-value>`, Hadoop's
 * `<property><name>fs.s3a.secret.key</name><value>…</value></property>`. The name's text is entity-decoded and trimmed.
 */
export function siblingNames(text: string, elements: readonly XmlElement[]): Map<XmlElement, string> {
  const lastName = new Map<XmlElement, string>();
  const names = new Map<XmlElement, string>();
  for (const element of elements) {
    const parent = element.parent;
    if (!parent) continue;
    const local = xmlLocalName(element.name);
    if (VALUE_ELEMENT.test(local)) {
      const name = lastName.get(parent);
      if (name !== undefined) names.set(element, name);
    } else if (element.content && NAME_ELEMENT.test(local)) {
      lastName.set(parent, decodeEntities(text.slice(element.content.start, element.content.end)).trim());
    }
  }
  return names;
}
