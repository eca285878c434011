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

/** How a function's name is spelled where a call names it, in the languages whose calls are read by callee (callSitesOf). */
const CALLEE_NAMES: Partial<Record<LanguageId, ReadonlySet<string>>> = {
  go: new Set(['identifier', 'field_identifier']),
  php: new Set(['name']),
  java: new Set(['identifier']),
  kotlin: new Set(['simple_identifier']),
};

/**
 * The calls of a function or method outside its own body, by the callee's name: Go's `withSessions(r)`, `s.routes()`; PHP's
 * `with_keys($c)`, `$this->tokenKeys()`, `self::keys()`; Java's `loadKeys()`, `this.loadKeys()`; Kotlin's `prepareTokens()`,
 * `this.keys()`. Only calls: a name handed on as a value (`r.POST("/x", rotate)`, `[$this, 'rotate']`) runs when something
 * else calls it (a request). Undefined for a language read otherwise (Ruby and Python: callsOf).
 */
export function callSitesOf(root: SyntaxNode, fn: SyntaxNode, name: string, language: LanguageId): SyntaxNode[] | undefined {
  const types = CALLEE_NAMES[language];
  if (!types) return undefined;
  const calls: SyntaxNode[] = [];
  walkTree(root, (node) => {
    if (node.id === fn.id) return false;
    if (types.has(node.type) && node.text === name && isCalleeName(node)) calls.push(node);
    return undefined;
  });
  return calls;
}

function isCalleeName(name: SyntaxNode): boolean {
  const parent = name.parent;
  if (!parent) return false;
  switch (parent.type) {
    // Go: `f(x)`, and `s.f(x)` through its selector; PHP: `f($x)`.
    case 'call_expression':
    case 'function_call_expression':
      // Kotlin's call_expression has no field names: the callee is its first child.
      return (parent.childForFieldName('function') ?? parent.namedChild(0))?.id === name.id;
    case 'selector_expression':
      return parent.childForFieldName('field')?.id === name.id && parent.parent?.type === 'call_expression' && parent.parent.childForFieldName('function')?.id === parent.id;
    // PHP's `$this->f()`, `self::f()`; Java's `f()`, `this.f()`.
    case 'member_call_expression':
    case 'scoped_call_expression':
    case 'method_invocation':
      return parent.childForFieldName('name')?.id === name.id;
    // Kotlin's `this.f()`: call_expression(navigation_expression(this, navigation_suffix(f)), call_suffix).
    case 'navigation_suffix': {
      const navigation = parent.parent;
      return navigation?.type === 'navigation_expression' && navigation.parent?.type === 'call_expression' && navigation.parent.namedChild(0)?.id === navigation.id;
    }
    default:
      return false;
  }
}
