// JavaServer Pages (`*.jsp`, `*.jspf`, `*.jspx`): markup around Java. Legacy Java web apps open
// their database connection right in a page (`<% Connection c = DriverManager.getConnection(url,
// "root", "…"); %>`), so the Java of the page's scripting elements is read as Java: scriptlets
// `<% … %>`, declarations `<%! … %>`, expressions `<%= … %>` and their XML forms
// (`<jsp:scriptlet>` …). Markup, directives (`<%@ … %>`), comments (`<%-- … --%>`) and EL (`${…}`)
// are blanked in place, so every offset stays the page's; tree-sitter's Java grammar reads
// statements and declarations at the top level. Linear: one pass over the text.
import { keptInPlace } from './kept-in-place';

const XML_ELEMENTS = ['jsp:scriptlet', 'jsp:declaration', 'jsp:expression'] as const;

interface Element {
  /** Where the Java starts and ends. */
  start: number;
  end: number;
  /** Where the whole element ends (past `%>` or the closing tag). */
  next: number;
  /** An expression is a value, not a statement: a `;` after it keeps the next statement apart. */
  expression: boolean;
}

/** The page's Java, the same length as `text`: everything else turned to spaces (line breaks kept). */
export function jspJava(text: string): string {
  const kept: [number, number][] = [];
  const separators: number[] = [];
  for (let at = text.indexOf('<'); at !== -1; ) {
    const element = elementAt(text, at);
    if (element) {
      kept.push([element.start, element.end]);
      // The `%` of `%>` (or the `<` of the closing tag) is markup: it can hold the separator.
      if (element.expression && element.end < text.length) separators.push(element.end);
    }
    at = text.indexOf('<', element ? element.next : at + 1);
  }
  return keptInPlace(text, kept, separators);
}

/**
 * The page's markup, the same length as `text`: scripting elements, directives and JSP comments
 * turned to spaces, so custom tags (`<sql:setDataSource … password="…"/>`) read as XML.
 */
export function jspMarkup(text: string): string {
  const kept: [number, number][] = [];
  let from = 0;
  for (let at = text.indexOf('<'); at !== -1; ) {
    const element = elementAt(text, at);
    if (element) {
      kept.push([from, at]);
      from = element.next;
    }
    at = text.indexOf('<', element ? element.next : at + 1);
  }
  kept.push([from, text.length]);
  return keptInPlace(text, kept);
}

function elementAt(text: string, at: number): Element | undefined {
  if (text.startsWith('<%', at)) return scriptingElement(text, at);
  for (const name of XML_ELEMENTS) {
    if (!text.startsWith(`<${name}>`, at)) continue;
    const start = at + name.length + 2;
    const close = text.indexOf(`</${name}>`, start);
    const end = close === -1 ? text.length : close;
    return { start, end, next: close === -1 ? text.length : close + name.length + 3, expression: name === 'jsp:expression' };
  }
  return undefined;
}

/** `<% … %>`, `<%! … %>`, `<%= … %>` give their Java; `<%-- … --%>` and `<%@ … %>` give none. */
function scriptingElement(text: string, at: number): Element | undefined {
  if (text.startsWith('<%--', at)) {
    const close = text.indexOf('--%>', at + 4);
    return { start: at, end: at, next: close === -1 ? text.length : close + 4, expression: false };
  }
  const marker = text[at + 2];
  const start = marker === '!' || marker === '=' || marker === '@' ? at + 3 : at + 2;
  // A scriptlet's own `%>` is written `%\>` (JSP 2.x), so the first `%>` closes it.
  const close = text.indexOf('%>', start);
  const end = close === -1 ? text.length : close;
  const next = close === -1 ? text.length : close + 2;
  return marker === '@' ? { start, end: start, next, expression: false } : { start, end, next, expression: marker === '=' };
}
