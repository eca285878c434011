// Python constants and parameter defaults whose use says they hold a secret, whatever they are called:
// `_K = '…'` then `hmac.new(_K.encode(), body, sha256)`, `def issue(claims, key='…'): return jwt.encode(claims, key)`,
// `PW = '…'` then `connect(password=PW)` (a keyword argument named for a credential), `generate_password_hash(PW)`,
// `httpx.post(url, headers={"X-Api-Key": K})`; a function's local too: `pw = '…'` then `psycopg2.connect(password=pw)`.
// The literal is reported where it is written, under the API it feeds (JS/TS read the same: javascript-later-uses.ts).
// Not a local check: the use is in another statement. A module constant's use may be anywhere in the file;
// a parameter's default only counts when its own function uses the parameter so.
import { importBindings, readString } from '../../languages/python';
import type { SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { Report } from '../../types';
import { findTokens, findUrlPasswords } from '../../secrets';
import { credentialValueReport } from './credential-value';
import { wholeLiteralReport } from './python-report';
import { targetOf } from './python-targets';
import { nameTarget, type Target } from './target';
import { KEYWORD_GIVEN_CONSTANT, PASSWORD_GIVEN_LOCAL } from './keywords';
import { laterUses, type Holder } from './tree-later-uses';
import { isOnlyAssignment } from '../../languages/locals';
import { HEADER_WORD, pythonHeaderUse } from './python-header-uses';

export const pythonLaterUseCheck: LanguageCheck = {
  languages: ['python'],
  // The callees of python-targets.ts' positional secrets that take a key: jwt, hmac (pbkdf2_hmac), Fernet, ciphers, PyNaCl, scrypt,
  // pyotp, the password hashers (generate_password_hash, make_password, set_password, hashpw, a context's .hash), and headers.
  keywords: ['jwt', 'hmac', 'fernet', 'crypto', 'nacl', 'scrypt', 'pyotp', 'password_hash', 'make_password', 'set_password', 'hashpw', '.hash(', HEADER_WORD],
  // A keyword argument named for a credential given a module constant's name: `password=PW`, `api_key=_KEY`.
  // A function's local given to a password keyword: `password=pw`.
  patterns: [KEYWORD_GIVEN_CONSTANT, PASSWORD_GIVEN_LOCAL],
  check,
};

const PARAMETER_TYPES = new Set(['default_parameter', 'typed_default_parameter']);

/**
 * Uses that say what a name holds: a secret API's argument, a keyword argument (python-targets.ts keywordTarget), or a
 * request's header named for a credential (`headers={"X-Api-Key": K}`: sent to the service as its key).
 */
function secretUse(node: SyntaxNode, target: Target | undefined): Target | undefined {
  if (target?.kind === 'api') return target;
  // `f"Bearer {K}"`, `HEADERS = {"X-Api-Key": K}` and the other header shapes of python-header-uses.ts.
  return target?.credential && isHeaderValue(node) ? target : pythonHeaderUse(node);
}

function isHeaderValue(node: SyntaxNode): boolean {
  const pair = node.parent;
  const argument = pair?.parent?.parent;
  return pair?.type === 'pair' && pair.childForFieldName('value')?.id === node.id && pair.parent?.type === 'dictionary' && argument?.type === 'keyword_argument' && argument.childForFieldName('name')?.text === 'headers';
}

function check(context: RuleContext): void {
  const root = context.parsed.tree?.rootNode;
  if (!root) return;
  const bindings = importBindings(root);
  const reading = { holderOf: (literal: SyntaxNode) => holderOf(literal, root), isName: (node: SyntaxNode) => node.type === 'identifier', useTarget: (node: SyntaxNode) => secretUse(node, targetOf(node, bindings)) };
  for (const { holder, target } of laterUses(root, reading)) {
    const string = readString(holder.literal);
    if (!string?.value || !target.credential) continue;
    const literal = { span: { start: holder.literal.startIndex, end: holder.literal.endIndex }, value: string.value, bytes: string.prefix.includes('b') };
    const found = wholeLiteralReport(literal, target.credential.noun, false, target, target.envName);
    if (judgedByItsName(holder, literal.value, context, found)) continue;
    const verdict = credentialValueReport(literal.value, target, target.credential, context.scope, found, context.text);
    if (verdict) context.report(verdict);
  }
}

/** `K = '…'` at the module's top, `def f(p, key='…')` / `key: bytes = b'…'`: a name that says nothing of a credential itself. */
function holderOf(literal: SyntaxNode, root: SyntaxNode): Holder | undefined {
  const parent = literal.parent;
  const value = readString(literal)?.value;
  // A token or a URL password is the local check's to report (python.ts).
  if (!parent || !value || findTokens(value).length > 0 || findUrlPasswords(value).length > 0) return undefined;
  if (parent.type === 'assignment' && parent.childForFieldName('right')?.id === literal.id && parent.parent?.parent?.id === root.id) {
    return unnamed(literal, parent.childForFieldName('left'), root);
  }
  if (parent.type === 'assignment' && parent.childForFieldName('right')?.id === literal.id) return localOf(literal, parent);
  if (!PARAMETER_TYPES.has(parent.type) || parent.childForFieldName('value')?.id !== literal.id) return undefined;
  const body = parent.parent?.parent?.childForFieldName('body');
  return body ? unnamed(literal, parent.childForFieldName('name'), body) : undefined;
}

/**
 * `pw = "…"` in a function's own body, assigned nowhere else in it: the function's local, read by its uses there. Any
 * name: a credential's own is judged by its use where the name alone says nothing (judgedByItsName), as a constant's is.
 */
function localOf(literal: SyntaxNode, assignment: SyntaxNode): Holder | undefined {
  const name = assignment.childForFieldName('left');
  const body = assignment.parent?.type === 'expression_statement' ? assignment.parent.parent : null;
  const fn = body?.type === 'block' ? body.parent : null;
  if (name?.type !== 'identifier' || fn?.type !== 'function_definition' || !isOnlyAssignment(assignment, fn, name.text, 'python')) return undefined;
  return { literal, name: name.text, scope: body! };
}

/**
 * A module constant's name, any name: a credential's own (`SECRET = "shopapp-secret"`) is the local check's (python.ts)
 * only where that check reports it (judgedByItsName); a parameter's credential name stays the local check's.
 */
function unnamed(literal: SyntaxNode, name: SyntaxNode | null, scope: SyntaxNode): Holder | undefined {
  if (name?.type !== 'identifier') return undefined;
  if (scope.type !== 'module' && nameTarget([name.text]).credential) return undefined;
  return { literal, name: name.text, scope };
}

/**
 * Whether the local check already judges the value under its own credential name (python.ts reports `SECRET = "<random>"`):
 * then one finding, the local one. `SECRET = "shopapp-secret"`, which the name alone leaves silent, is judged by its use
 * (`jwt.encode(payload, SECRET)`, probe21g c).
 */
function judgedByItsName(holder: Holder, value: string, context: RuleContext, found: Report): boolean {
  const named = nameTarget([holder.name]);
  if (!named.credential) return false;
  return credentialValueReport(value, named, named.credential, context.scope, found, context.text) !== undefined;
}
