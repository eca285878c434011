// A name sent as the credential of a request header, in every language that reads it by its use
// (jvm-secret-uses.ts, javascript-later-uses.ts, python-later-uses.ts, ruby-later-uses.ts):
// `headers: { 'X-Api-Key': K }`, `Authorization: \`Bearer ${K}\``, `f"Bearer {K}"`, `"Bearer #{K}"`.
import { credentialName, envNameFrom } from '../../secrets';
import type { SyntaxNode } from '../../languages/treeSitter';
import type { Target } from './target';

/** The scheme an authorization header names before its credential: `Bearer `, `Token `, `Bot `. */
export const AUTH_SCHEME = /^(?:Bearer|Token|Bot|Basic|ApiKey|Api-Key|Key|SSWS|GenieKey|Splunk)\s+$/i;

/** Python's and Ruby's placeholders after a scheme: `"Bearer %s" % K`, `"Bearer {}".format(K)`. */
const SCHEME_THEN_PLACEHOLDER = /^((?:Bearer|Token|Bot|Basic|ApiKey|Api-Key|Key|SSWS|GenieKey|Splunk)\s+)(?:%s|\{0?\})$/i;

/** `"Bearer %s"`, `"Token {}"`: a format whose one placeholder follows an authorization scheme. */
export function isSchemeFormat(text: string): boolean {
  return SCHEME_THEN_PLACEHOLDER.test(text);
}

/**
 * What sending `sent` (a constant's name) under the header `header` makes of it: a token, weak, so only a
 * generated value counts and a constant that holds a scheme, a header's name or a stub stays silent. A
 * header named for nothing (`Accept`, `User-Agent`) says nothing; a name that already says what it holds
 * (`API_KEY`) keeps its own verdict and env var.
 */
export function credentialHeaderTarget(header: string, sent: string): Target | undefined {
  if (!credentialName(header) || credentialName(sent)) return undefined;
  return { kind: 'api', label: `the ${header} header`, credential: { noun: 'token', strength: 'weak' }, envName: envNameFrom([sent]) };
}

/** How a tree-sitter language (Python, Ruby) writes the header shapes that tree-header-uses reads alike. */
export interface TreeHeaderSyntax {
  /** The header's whole value holding the name: K, or K after a scheme (`f"Bearer {K}"`, `"Bearer #{K}"`). */
  sentValue(name: SyntaxNode): SyntaxNode | undefined;
  /** A dict or hash of headers: `headers={…}`, `HEADERS = {…}`. */
  isHeadersMapping(mapping: SyntaxNode): boolean;
  /** A pair's key, read as a name. */
  keyName(key: SyntaxNode | null): string | undefined;
  /** The header an assignment's left side writes: `session.headers["X"]`, `request["Authorization"]`. */
  writtenHeader(left: SyntaxNode | null): string | undefined;
}

/** What sending `name` as a header's credential makes of it, in a tree-sitter language, else undefined. */
export function treeHeaderUse(name: SyntaxNode, syntax: TreeHeaderSyntax): Target | undefined {
  const value = syntax.sentValue(name);
  const parent = value?.parent;
  if (!value || !parent) return undefined;
  let header: string | undefined;
  // Python's and Ruby's trees agree on these two: a mapping's `pair`, and an `assignment`'s right side.
  if (parent.type === 'pair' && parent.childForFieldName('value')?.id === value.id) {
    header = parent.parent && syntax.isHeadersMapping(parent.parent) ? syntax.keyName(parent.childForFieldName('key')) : undefined;
  } else if (parent.type === 'assignment' && parent.childForFieldName('right')?.id === value.id) {
    header = syntax.writtenHeader(parent.childForFieldName('left'));
  }
  return header === undefined ? undefined : credentialHeaderTarget(header, name.text);
}
