// Python names sent as a request header's credential (credential-headers.ts), read by python-later-uses.ts:
//   requests/httpx/aiohttp   headers={"Authorization": f"Bearer {K}"}, ClientSession(headers={"X-Api-Key": K})
//   a scheme's format        "Token %s" % K, "Bearer {}".format(K), "Bearer " + K
//   a headers dict           HEADERS = {…}, self.headers = {…}, session.headers.update({…})
//   a write                  session.headers["Authorization"] = f"Bearer {K}"
import { dottedName, stringValue } from '../../languages/python';
import type { SyntaxNode } from '../../languages/treeSitter';
import { AUTH_SCHEME, isSchemeFormat, treeHeaderUse, type TreeHeaderSyntax } from './credential-headers';
import type { Target } from './target';

/** What sending `identifier` as a header's credential makes of it, else undefined. */
export function pythonHeaderUse(identifier: SyntaxNode): Target | undefined {
  return treeHeaderUse(identifier, PYTHON_HEADERS);
}

/** The file may send a name as a header (before any parse): every shape above names headers. */
export const HEADER_WORD = 'headers';

/** The header's whole value holding `identifier`: K, f"Bearer {K}", "Token %s" % K, "Bearer {}".format(K), "Bearer " + K. */
function sentValue(identifier: SyntaxNode): SyntaxNode | undefined {
  const parent = identifier.parent;
  if (!parent) return undefined;
  if (parent.type === 'interpolation') return schemeInterpolation(parent);
  if (parent.type === 'binary_operator' && parent.childForFieldName('right')?.id === identifier.id) {
    const left = stringValue(parent.childForFieldName('left')) ?? '';
    const operator = parent.childForFieldName('operator')?.type;
    return (operator === '%' && isSchemeFormat(left)) || (operator === '+' && AUTH_SCHEME.test(left)) ? parent : undefined;
  }
  if (parent.type === 'argument_list' && parent.namedChildCount === 1) {
    const call = parent.parent;
    const callee = call?.childForFieldName('function');
    const isFormat = callee?.type === 'attribute' && callee.childForFieldName('attribute')?.text === 'format';
    return call && isFormat && isSchemeFormat(stringValue(callee.childForFieldName('object')) ?? '') ? call : undefined;
  }
  return identifier;
}

/** f"Bearer {K}": the scheme, then the one interpolation, then nothing. */
function schemeInterpolation(interpolation: SyntaxNode): SyntaxNode | undefined {
  const string = interpolation.parent;
  const parts = string?.namedChildren.filter((child) => child?.type !== 'string_start' && child?.type !== 'string_end') ?? [];
  const [scheme, last] = parts;
  const fits = parts.length === 2 && scheme?.type === 'string_content' && AUTH_SCHEME.test(scheme.text) && last?.id === interpolation.id;
  return fits && interpolation.namedChildCount === 1 ? (string ?? undefined) : undefined;
}

const PYTHON_HEADERS: TreeHeaderSyntax = { sentValue, isHeadersMapping: isHeadersDict, keyName: stringValue, writtenHeader };

/** `session.headers["Authorization"] = …`: the key a headers mapping is written at. */
function writtenHeader(left: SyntaxNode | null): string | undefined {
  const owner = left?.type === 'subscript' ? left.childForFieldName('value') : null;
  return isHeadersName(dottedName(owner)) ? stringValue(left?.childForFieldName('subscript')) : undefined;
}

/** `headers={…}`, `HEADERS = {…}`, `self.headers = {…}`, `session.headers.update({…})`. */
function isHeadersDict(dictionary: SyntaxNode): boolean {
  if (dictionary.type !== 'dictionary') return false;
  const holder = dictionary.parent;
  if (holder?.type === 'keyword_argument') return isHeadersName(holder.childForFieldName('name')?.text);
  if (holder?.type === 'assignment') return holder.childForFieldName('right')?.id === dictionary.id && isHeadersName(dottedName(holder.childForFieldName('left')));
  const callee = holder?.type === 'argument_list' ? holder.parent?.childForFieldName('function') : null;
  return callee?.type === 'attribute' && callee.childForFieldName('attribute')?.text === 'update' && isHeadersName(dottedName(callee.childForFieldName('object')));
}

/** `headers`, `HEADERS`, `auth_headers`, `self.session.headers`. */
function isHeadersName(name: string | undefined): boolean {
  return name !== undefined && /headers$/i.test(name);
}
