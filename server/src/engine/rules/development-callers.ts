// A helper method that only development code calls is development code too: jrpl's Pony mailer keeps its
// mailcatcher settings in `def dev_transport` and calls it only under `if @environment == 'development'`. Read one
// level deep, in the file that defines the method (Ruby and Python, whose settings helpers are plain methods), as
// part of development-code.ts's question (inDevelopmentCode), which passes its reading of branches, flags and
// settings classes in as `calledFrom`.
import type { ParsedDocument } from '../languages';
import { walkTree, type SyntaxNode } from '../languages/treeSitter';
import type { LanguageId, Span } from '../types';

const METHODS: Partial<Record<LanguageId, ReadonlySet<string>>> = {
  ruby: new Set(['method', 'singleton_method']),
  python: new Set(['function_definition']),
};

/** Whether `span` is in a method of this file that is called, and only from places `calledFrom` accepts. */
export function inMethodOnlyCalledFrom(parsed: ParsedDocument, language: LanguageId, span: Span, calledFrom: (parsed: ParsedDocument, language: LanguageId, span: Span) => boolean): boolean {
  const methods = METHODS[language];
  const root = parsed.tree?.rootNode;
  if (!methods || !root) return false;
  let method: SyntaxNode | null = root.descendantForIndex(span.start, span.end);
  while (method && !methods.has(method.type)) method = method.parent;
  const name = method?.childForFieldName('name');
  if (!method || !name) return false;
  const calls = callsOf(root, method, name.text);
  return calls.length > 0 && calls.every((call) => calledFrom(parsed, language, { start: call.startIndex, end: call.endIndex }));
}

/**
 * Every mention of a method's name outside its own body (`dev_transport`, `self.dev_transport`, `self._dev_settings()`,
 * `Boot.prepare_database(DB)`): in Ruby and Python, a call to read.
 */
export function callsOf(root: SyntaxNode, method: SyntaxNode, name: string): SyntaxNode[] {
  const calls: SyntaxNode[] = [];
  walkTree(root, (node) => {
    if (node.id === method.id) return false;
    if (node.type === 'identifier' && node.text === name) calls.push(node);
    return undefined;
  });
  return calls;
}
