// Ruby names sent as a request header's credential (credential-headers.ts), read by ruby-later-uses.ts:
//   HTTParty/Faraday/RestClient   headers: { "Authorization" => "Bearer #{K}" }, "Token " + K, "Bearer %s" % K
//   a headers hash                HEADERS = { "X-Api-Key" => K }, @headers = {…}
//   a write                       request["Authorization"] = "Bearer #{K}" (Net::HTTP), f.headers["X-Api-Key"] = K
import { dottedName, stringValue, symbolOrStringName } from '../../languages/ruby';
import type { SyntaxNode } from '../../languages/treeSitter';
import { AUTH_SCHEME, isSchemeFormat, treeHeaderUse, type TreeHeaderSyntax } from './credential-headers';
import type { Target } from './target';

/** What sending `name` (a constant or a local) as a header's credential makes of it, else undefined. */
export function rubyHeaderUse(name: SyntaxNode): Target | undefined {
  return treeHeaderUse(name, RUBY_HEADERS);
}

/** Before any parse: each shape names its headers, or writes an Authorization header. */
export const HEADER_WORDS = ['headers', 'authorization'];

/** The header's whole value holding `name`: K, "Bearer #{K}", "Token " + K, "Bearer %s" % K. */
function sentValue(name: SyntaxNode): SyntaxNode | undefined {
  const parent = name.parent;
  if (!parent) return undefined;
  if (parent.type === 'interpolation') {
    const string = parent.parent;
    const [scheme, last, ...rest] = string?.namedChildren ?? [];
    const fits = rest.length === 0 && scheme?.type === 'string_content' && AUTH_SCHEME.test(scheme.text) && last?.id === parent.id && parent.namedChildCount === 1;
    return fits ? (string ?? undefined) : undefined;
  }
  if (parent.type === 'binary' && parent.childForFieldName('right')?.id === name.id) {
    const left = stringValue(parent.childForFieldName('left')) ?? '';
    const operator = parent.childForFieldName('operator')?.type;
    return (operator === '+' && AUTH_SCHEME.test(left)) || (operator === '%' && isSchemeFormat(left)) ? parent : undefined;
  }
  return name;
}

const RUBY_HEADERS: TreeHeaderSyntax = { sentValue, isHeadersMapping: isHeadersHash, keyName: symbolOrStringName, writtenHeader };

/** `request["Authorization"] = …` (Net::HTTP), `f.headers["X-Api-Key"] = …`: the key a request or its headers are written at. */
function writtenHeader(left: SyntaxNode | null): string | undefined {
  if (left?.type !== 'element_reference' || left.namedChildCount !== 2) return undefined;
  const header = symbolOrStringName(left.namedChild(1));
  // Net::HTTP's `request["Authorization"] = …` writes a header whatever the request is called; other keys only under headers.
  const isAuthorization = header !== undefined && /^(?:proxy-)?authorization$/i.test(header);
  return isAuthorization || isHeadersName(dottedName(left.namedChild(0))) ? header : undefined;
}

/** `headers: {…}`, `HEADERS = {…}.freeze`, `@default_headers = {…}`. */
function isHeadersHash(hash: SyntaxNode): boolean {
  if (hash.type !== 'hash') return false;
  const frozen = hash.parent?.type === 'call' && hash.parent.childForFieldName('method')?.text === 'freeze' && hash.parent.childForFieldName('receiver')?.id === hash.id;
  const held = frozen && hash.parent ? hash.parent : hash;
  const holder = held.parent;
  if (holder?.type === 'pair' && holder.childForFieldName('value')?.id === held.id) return isHeadersName(symbolOrStringName(holder.childForFieldName('key')));
  return holder?.type === 'assignment' && holder.childForFieldName('right')?.id === held.id && isHeadersName(holder.childForFieldName('left')?.text);
}

function isHeadersName(name: string | undefined): boolean {
  return name !== undefined && /headers$/i.test(name);
}
