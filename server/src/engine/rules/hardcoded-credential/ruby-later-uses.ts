// Ruby constants and parameter defaults whose use says they hold a secret, whatever they are called:
// `K = "…"` then `OpenSSL::HMAC.hexdigest("SHA256", K, body)`, `def encode(payload, key = "…")` then
// `JWT.encode(payload, key, "HS256")`, a method's local: `pw = "…"` then `PG.connect(password: pw)`. Reported where the literal is written, under the API it feeds, as
// JS/TS and Python read it (javascript-later-uses.ts, python-later-uses.ts). A constant's use may be anywhere
// in the file; a parameter's default only counts when its own method uses the parameter so. A keyword argument
// named for a credential is such a use too: `OPS_GATE = "…"` then `http_basic_authenticate_with password: OPS_GATE`, and so is
// a request's header: `HTTParty.get(url, headers: { "X-Api-Key" => K })`, `request["Authorization"] = "Bearer #{K}"`.
import { stringValue, symbolOrStringName } from '../../languages/ruby';
import { isTemplateKeyStub } from './template-signing-keys';
import { nodeSpan, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { findTokens, findUrlPasswords } from '../../secrets';
import { credentialValueReport } from './credential-value';
import { wholeLiteralReport } from './ruby-report';
import { rubyNameTarget, targetOf } from './ruby-targets';
import { laterUses, type Holder } from './tree-later-uses';
import { isOnlyAssignment } from '../../languages/locals';
import type { Target } from './target';
import { KEYWORD_GIVEN_CONSTANT, PASSWORD_GIVEN_LOCAL } from './keywords';
import { HEADER_WORDS, rubyHeaderUse } from './ruby-header-uses';

export const rubyLaterUseCheck: LanguageCheck = {
  languages: ['ruby'],
  // The positional secret APIs of ruby-targets.ts that take a key: JWT, OpenSSL::HMAC, ActiveSupport's message encryptor/verifier,
  // the password hashers' `Password.create`, and headers (ruby-header-uses.ts).
  keywords: ['jwt', 'hmac', 'messageencryptor', 'messageverifier', 'password.create', ...HEADER_WORDS],
  // A keyword argument named for a credential given a constant: `password: OPS_GATE`.
  // A method's local given to a password keyword: `password: pw`.
  patterns: [KEYWORD_GIVEN_CONSTANT, PASSWORD_GIVEN_LOCAL],
  check,
};

const PARAMETER_TYPES = new Set(['optional_parameter', 'keyword_parameter']);
const METHOD_TYPES = new Set(['method', 'singleton_method']);

/**
 * Uses that say what a name holds: a secret API's argument, a call's keyword argument named for a credential, or a
 * request's header named for one (`headers: { "X-Api-Key" => K }`: sent to the service as its key).
 */
function secretUse(node: SyntaxNode, target: Target | undefined): Target | undefined {
  if (target?.kind === 'api') return target;
  const pair = node.parent;
  if (pair?.type !== 'pair' || pair.childForFieldName('value')?.id !== node.id || !target?.credential) return undefined;
  const isKeywordArgument = pair.parent?.type === 'argument_list';
  const headers = pair.parent?.type === 'hash' ? pair.parent.parent : null;
  const isHeader = headers?.type === 'pair' && symbolOrStringName(headers.childForFieldName('key')) === 'headers' && headers.parent?.type === 'argument_list';
  return isKeywordArgument || isHeader ? target : undefined;
}

/** A secret use, else a header's: `"Bearer #{K}"`, `request["Authorization"] = …` and the other shapes of ruby-header-uses.ts. */
function secretOrHeaderUse(node: SyntaxNode, target: Target | undefined): Target | undefined {
  return secretUse(node, target) ?? rubyHeaderUse(node);
}

function check(context: RuleContext): void {
  const root = context.parsed.tree?.rootNode;
  if (!root) return;
  const reading = { holderOf: (literal: SyntaxNode) => holderOf(literal, root), isName: (node: SyntaxNode) => node.type === 'identifier' || node.type === 'constant', useTarget: (node: SyntaxNode) => secretOrHeaderUse(node, targetOf(node)) };
  for (const { holder, target } of laterUses(root, reading)) {
    const value = stringValue(holder.literal);
    if (!value || !target.credential) continue;
    const found = wholeLiteralReport({ span: nodeSpan(holder.literal), value, what: target.credential.noun, isToken: false, target, defaultEnvName: target.envName });
    const verdict = credentialValueReport(value, target, target.credential, context.scope, found, context.text);
    if (verdict) context.report(verdict);
  }
}

/** `K = "…"` (a constant, anywhere: its uses are the file's), `def m(p, key = "…")` / `key: "…"` (its method's). */
function holderOf(literal: SyntaxNode, root: SyntaxNode): Holder | undefined {
  const parent = literal.parent;
  const value = stringValue(literal);
  // A token or a URL password is the statement's own check to report (ruby.ts).
  if (!parent || !value || findTokens(value).length > 0 || findUrlPasswords(value).length > 0) return undefined;
  // `K = "…".freeze`: a frozen constant holds the literal itself.
  const held = isFrozen(parent, literal) ? parent : literal;
  const holder = held.parent;
  if (holder?.type === 'assignment' && holder.childForFieldName('right')?.id === held.id) {
    const left = holder.childForFieldName('left');
    if (left?.type === 'identifier') return localOf(literal, left.text, holder);
    return left?.type === 'constant' ? unnamed(literal, left.text, root) : undefined;
  }
  if (!PARAMETER_TYPES.has(parent.type) || parent.childForFieldName('value')?.id !== literal.id) return undefined;
  const method = parent.parent?.parent;
  const name = parent.childForFieldName('name')?.text;
  return method && METHOD_TYPES.has(method.type) && name ? unnamed(literal, name, method) : undefined;
}

/** `pw = "…"` in a method's own body, assigned nowhere else in it: the method's local, read by its uses there. */
function localOf(literal: SyntaxNode, name: string, assignment: SyntaxNode): Holder | undefined {
  const method = assignment.parent?.type === 'body_statement' ? assignment.parent.parent : null;
  if (!method || !METHOD_TYPES.has(method.type) || !isOnlyAssignment(assignment, method, name, 'ruby')) return undefined;
  return unnamed(literal, name, method);
}

function isFrozen(call: SyntaxNode, literal: SyntaxNode): boolean {
  return call.type === 'call' && call.childForFieldName('receiver')?.id === literal.id && call.childForFieldName('method')?.text === 'freeze' && !call.childForFieldName('arguments');
}

/**
 * A credential's own name is ruby.ts' to report: only other names are read by their use. A template's key stub under one
 * (`SIGNING_KEY = "your-jwt-secret-key"`) is left to its use by ruby.ts (template-signing-keys.ts), so its use decides.
 */
function unnamed(literal: SyntaxNode, name: string, scope: SyntaxNode): Holder | undefined {
  return rubyNameTarget([name]).credential && !isTemplateKeyStub(stringValue(literal) ?? '') ? undefined : { literal, name, scope };
}
