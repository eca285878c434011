// JS/TS names sent as a request header's credential (credential-headers.ts): a constant named for nothing
// is a token when a request sends it so. Read by javascript-later-uses.ts, whose use may be anywhere in the file:
//   fetch/ky/got/axios options   headers: { 'X-Api-Key': K, Authorization: `Bearer ${K}` }
//   a headers object             const defaultHeaders = { 'X-Auth-Token': K }, new Headers({ … })
//   a setter                     superagent .set('Authorization', 'Bearer ' + K), res.setHeader(…), headers.append(…)
//   a write                      axios.defaults.headers.common['Authorization'] = `Bearer ${K}`
import ts from 'typescript';
import { dottedName, propertyName, stringValue } from '../../languages/ts-ast';
import { candidateRuns, mayEndCredentialNameAt } from '../../secrets/names';
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
 * contexts, then a name after a scheme (`Bearer ${`, `'Token ' +`) or after a credential's name and its link
 * (`'X-Api-Key': K`, `.set('Authorization', K`, `['Authorization'] = K`). Most files naming headers send none so.
 */
export function mayUseHeader(text: string, lowered: string): boolean {
  if (!HEADER_WORDS.test(lowered)) return false;
  if (NAME_AFTER_SCHEME.test(text)) return true;
  for (const [start, end] of candidateRuns(text)) {
    if (NAME_AFTER_LINK.test(text.slice(end, end + 40)) && mayEndCredentialNameAt(text, start, end)) return true;
  }
  return false;
}

const HEADER_WORDS = /header|\.\s*(?:set|append|add)\b/;
const NAME_AFTER_SCHEME = /(?:bearer|token|bot|basic|apikey|api-key|key|ssws|geniekey|splunk)\s+(?:\$\{|['"]\s*\+)/i;
// Each run of spaces has one place to go (`\s*\]?\s*` let a run of tabs split two ways, quadratic on no match).
const NAME_AFTER_LINK = /^['"`]?\s*(?:\]\s*)?[:,=]\s*(?:\(\s*)*[A-Za-z_$]/;

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
