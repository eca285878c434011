// A helper method that only development code calls is development code too: jrpl's Pony mailer keeps its
// mailcatcher settings in `def dev_transport` and calls it only under `if @environment == 'development'`. Read one
// level deep, in the file that defines the method (Ruby and Python, whose settings helpers are plain methods), on top
// of development-code.ts's reading of branches, flags and settings classes.
import type { ParsedDocument } from '../languages';
import { walkTree, type SyntaxNode } from '../languages/treeSitter';
import type { LanguageId, Span } from '../types';
import { inDevelopmentCode } from './development-code';

const METHODS: Partial<Record<LanguageId, ReadonlySet<string>>> = {
  ruby: new Set(['method', 'singleton_method']),
  python: new Set(['function_definition']),
};

/** Whether the code at `span` runs only in a development run: in development code, or in a method only development code calls. */
export function inDevelopmentReach(parsed: ParsedDocument, language: LanguageId, span: Span): boolean {
  return inDevelopmentCode(parsed, language, span) || inMethodOnlyDevelopmentCalls(parsed, language, span);
}

function inMethodOnlyDevelopmentCalls(parsed: ParsedDocument, language: LanguageId, span: Span): boolean {
  const methods = METHODS[language];
  const root = parsed.tree?.rootNode;
  if (!methods || !root) return false;
  let method: SyntaxNode | null = root.descendantForIndex(span.start, span.end);
  while (method && !methods.has(method.type)) method = method.parent;
  const name = method?.childForFieldName('name');
  if (!method || !name) return false;
  // Every other mention of the name (`dev_transport`, `self.dev_transport`, `self._dev_settings()`) is a call to read.
  const calls: SyntaxNode[] = [];
  walkTree(root, (node) => {
    if (node.id === method.id) return false;
    if (node.type === 'identifier' && node.text === name.text) calls.push(node);
    return undefined;
  });
  return calls.length > 0 && calls.every((call) => inDevelopmentCode(parsed, language, { start: call.startIndex, end: call.endIndex }));
}
