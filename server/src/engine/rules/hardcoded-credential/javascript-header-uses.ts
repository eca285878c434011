// JS/TS names sent as a request header's credential (credential-headers.ts): a constant named for nothing
// is a token when a request sends it so. Read by javascript-later-uses.ts, whose use may be anywhere in the file:
//   fetch/ky/got/axios options   headers: { 'X-Api-Key': K, Authorization: `Bearer ${K}` }
//   a headers object             const defaultHeaders = { 'X-Auth-Token': K }, new Headers({ … })
//   a setter                     superagent .set('Authorization', 'Bearer ' + K), res.setHeader(…), headers.append(…)
//   a write                      axios.defaults.headers.common['Authorization'] = `Bearer ${K}`
import ts from 'typescript';
import { dottedName, propertyName, stringValue } from '../../languages/ts-ast';
import { candidateRuns, credentialName, mayEndCredentialNameAt } from '../../secrets/names';
import { AUTH_SCHEME, credentialHeaderTarget } from './credential-headers';
import type { Target } from './target';

/** What sending `identifier` as a header's credential makes of it, else undefined. */
export function headerUseTarget(identifier: ts.Identifier): Target | undefined {
  const value = sentValue(identifier);
  const header = value && headerOf(value);
  return header === undefined ? undefined : credentialHeaderTarget(header, identifier.text);
}

/**
 * The file may send a name as a header, before any parse (a superset of the shapes below): a word of their
 * contexts, then a whole template or string that is a scheme and the name (`` `Bearer ${K}` ``, `'Token ' + K`),
 * a setter's credential-named header then a name (`.set('Authorization', K`), or, in a file that says
 * `headers` (a headers object's holder, `new Headers`, a written header's owner: each ends in the word), a
 * credential's name linked to a name (`'X-Api-Key': K`, `['Authorization'] = K`). Most bundles link a
 * credential-named word to a name without sending a header (`const key = k`, `(token, t) =>`, `{ key: value }`,
 * `error(token, 'UNEXPECTED_TOKEN', …)`): 2.1 MB of the bench's 4.8 MB of JS were parsed for no more.
 */
export function mayUseHeader(text: string, lowered: string): boolean {
  if (!HEADER_WORDS.test(lowered)) return false;
  if (NAME_AFTER_SCHEME.test(text) || maySetCredentialHeader(text)) return true;
  if (!lowered.includes('headers')) return false;
  for (const [start, end] of candidateRuns(text)) {
    if (NAME_AFTER_KEY.test(text.slice(end, end + 40)) && mayEndCredentialNameAt(text, start, end)) return true;
  }
  return false;
}

const HEADER_WORDS = /header|\.\s*(?:set|append|add)\b/;
/**
 * The scheme opens its string, as sentValue reads a template's head or the string added to, whole: a
 * message's `token ${id}` or `` `Key ${pair.key} already set` `` sends nothing.
 */
const NAME_AFTER_SCHEME = /`(?:bearer|token|bot|basic|apikey|api-key|key|ssws|geniekey|splunk)\s+\$\{[^{}`]*\}`|[`'"](?:bearer|token|bot|basic|apikey|api-key|key|ssws|geniekey|splunk)\s+[`'"]\s*\+/i;
// Each run of spaces has one place to go (`\s*\]?\s*` let a run of tabs split two ways, quadratic on no match).
// `:` ends a headers object's key, `=` a written header; a setter's `,` is maySetCredentialHeader's.
const NAME_AFTER_KEY = /^['"`]?\s*(?:\]\s*)?[:=]\s*(?:\(\s*)*[A-Za-z_$]/;
/** A setter (headerOf's HEADER_SETTER) given a quoted header name, then a name: `.set('Authorization', (K`. */
const SETTER_THEN_NAME = /\.\s*(?:set|append|add|header|setHeader|setRequestHeader)\s*(?:<[^<>()]*>\s*)?\(\s*(['"`])([^'"`\n]{1,100})\1\s*,\s*(?:\(\s*)*[A-Za-z_$]/g;

/** A setter call whose header is a credential's name (`Authorization`, `X-Api-Key`), its value starting with a name. */
function maySetCredentialHeader(text: string): boolean {
  for (const match of text.matchAll(SETTER_THEN_NAME)) {
    const header = match[2]!;
    // An escape may spell any name: the check reads the string's value.
    if (header.includes('\\') || credentialName(header)) return true;
  }
  return false;
}

/** The header's whole value holding `identifier`: K itself, `Bearer ${K}` (nothing after), 'Bearer ' + K. */
function sentValue(identifier: ts.Identifier): ts.Expression | undefined {
  let node: ts.Expression = identifier;
  while (ts.isParenthesizedExpression(node.parent) || ts.isAsExpression(node.parent) || ts.isNonNullExpression(node.parent)) node = node.parent;
  const parent = node.parent;
  if (ts.isTemplateSpan(parent)) {
    const template = parent.parent;
    return template.templateSpans.length === 1 && parent.literal.text === '' && AUTH_SCHEME.test(template.head.text) ? template : undefined;
  }
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.PlusToken && parent.right === node) {
    return AUTH_SCHEME.test(stringValue(parent.left) ?? '') ? parent : undefined;
  }
  return node;
}

const HEADER_SETTER = /^(?:set|append|add|header|setHeader|setRequestHeader)$/;

/** The header `value` is sent under: a headers object's key, a setter's first argument, a written header's name. */
function headerOf(value: ts.Expression): string | undefined {
  const parent = value.parent;
  if (ts.isPropertyAssignment(parent) && parent.initializer === value) return isHeadersObject(parent.parent) ? propertyName(parent.name) : undefined;
  if (ts.isCallExpression(parent) && parent.arguments.length === 2 && parent.arguments[1] === value) {
    const callee = parent.expression;
    return ts.isPropertyAccessExpression(callee) && HEADER_SETTER.test(callee.name.text) ? stringValue(parent.arguments[0]) : undefined;
  }
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && parent.right === value) return writtenHeader(parent.left);
  return undefined;
}

/** `headers: {…}`, `defaultHeaders: {…}`, `const authHeaders = {…}`, `new Headers({…})`. */
function isHeadersObject(object: ts.Node): boolean {
  const holder = object.parent;
  if (!holder) return false;
  if ((ts.isPropertyAssignment(holder) || ts.isVariableDeclaration(holder)) && holder.initializer === object) return isHeadersName(propertyName(holder.name));
  return ts.isNewExpression(holder) && dottedName(holder.expression) === 'Headers';
}

/** `x.headers['Authorization'] = …`, `axios.defaults.headers.common.Authorization = …`. */
function writtenHeader(target: ts.Expression): string | undefined {
  const owner = ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target) ? dottedName(target.expression) : undefined;
  const segments = owner?.split('.') ?? [];
  const last = segments[segments.length - 1];
  const underHeaders = isHeadersName(last) || (last === 'common' && isHeadersName(segments[segments.length - 2]));
  if (!underHeaders) return undefined;
  return ts.isPropertyAccessExpression(target) ? target.name.text : stringValue((target as ts.ElementAccessExpression).argumentExpression);
}

function isHeadersName(name: string | undefined): boolean {
  return name !== undefined && /headers$/i.test(name);
}
