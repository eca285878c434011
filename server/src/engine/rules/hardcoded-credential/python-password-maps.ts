// A dict of user -> password that the code looks up and compares with a password, though no name
// says what it holds: `USERS = {'grower': '…'}` then `USERS.get(username) == password`,
// `hmac.compare_digest(USERS[user], password)`, `{'admin': '…'}[user] == password`, and
// Flask-HTTPAuth's `@auth.get_password` returning `users.get(username)`. Not a local check: the
// dict and its lookup usually sit in different top-level statements.
import { decoratorsOf, dottedName, positionalArguments, stringValue } from '../../languages/python';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { namesPassword } from './password-map-names';
import { otherSide } from './compared';
import { credentialValueReport } from './credential-value';
import { wholeLiteralReport } from './python-report';
import { isPasswordMapName, nameTarget, type Target } from './target';

interface PasswordMaps {
  dictionaries: Set<number>;
  names: Set<string>;
}

const PASSWORD: Target['credential'] = { noun: 'password', strength: 'strong' };
/** `compare_digest` from `hmac` or `secrets`, however imported. */
const EQUALITY_CALL = /(?:^|\.)compare_digest$/;
const MAX_HOPS = 4;
/** The owner of a dict compared inline, which has no name. */
const INLINE = '';

function check(context: RuleContext): void {
  const root = context.parsed.tree?.rootNode;
  if (!root) return;
  const maps = passwordMapsIn(root);
  if (maps.dictionaries.size === 0 && maps.names.size === 0) return;
  walkTree(root, (node) => {
    if (node.type !== 'dictionary') return true;
    const owner = mapOwner(node, maps);
    if (owner !== undefined) reportValues(node, owner, context);
    return true;
  });
}

/** One walk: every lookup compared with a password (or returned as one), and what it looks up. */
function passwordMapsIn(root: SyntaxNode): PasswordMaps {
  const maps: PasswordMaps = { dictionaries: new Set(), names: new Set() };
  walkTree(root, (node) => {
    const object = lookedUp(node);
    if (!object || !(comparedWithPassword(node) || returnedAsPassword(node))) return true;
    const inner = unwrapped(object);
    const name = dottedName(inner);
    if (inner.type === 'dictionary') maps.dictionaries.add(inner.id);
    else if (name !== undefined) maps.names.add(name);
    return true;
  });
  return maps;
}

/** The name a password map is known by (its variable, or `{…}` inline), or undefined when the dict is none. */
function mapOwner(dictionary: SyntaxNode, maps: PasswordMaps): string | undefined {
  if (maps.dictionaries.has(dictionary.id)) return INLINE;
  const assignment = dictionary.parent;
  if (assignment?.type !== 'assignment' || assignment.childForFieldName('right')?.id !== dictionary.id) return undefined;
  const name = dottedName(assignment.childForFieldName('left'));
  // A name that says so (`USER_PASSWORDS`) is the main check's to report.
  return name !== undefined && maps.names.has(name) && !isPasswordMapName(name.split('.').pop()) ? name : undefined;
}

/** Each `'user': 'literal'` entry is a password; keys that name a credential themselves are the main check's. */
function reportValues(dictionary: SyntaxNode, owner: string, context: RuleContext): void {
  for (const pair of dictionary.namedChildren) {
    if (pair?.type !== 'pair') continue;
    const key = stringValue(pair.childForFieldName('key'));
    const valueNode = pair.childForFieldName('value');
    const value = stringValue(valueNode);
    if (key === undefined || value === undefined || !valueNode || nameTarget([key]).credential) continue;
    const target: Target = { ...nameTarget([key, 'password']), label: owner === INLINE ? key : `${owner}.${key}`, credential: PASSWORD };
    const literal = { span: { start: valueNode.startIndex, end: valueNode.endIndex }, value, bytes: false };
    const report = credentialValueReport(value, target, PASSWORD!, context.scope, wholeLiteralReport(literal, 'password', false, target, target.envName ?? 'PASSWORD'));
    if (report) context.report(report);
  }
}

/** What `node` looks up: `object[key]`, `object.get(key)`. */
function lookedUp(node: SyntaxNode): SyntaxNode | undefined {
  if (node.type === 'subscript') return node.childForFieldName('value') ?? undefined;
  if (node.type !== 'call') return undefined;
  const callee = node.childForFieldName('function');
  if (callee?.type !== 'attribute' || callee.childForFieldName('attribute')?.text !== 'get') return undefined;
  return positionalArguments(node).length >= 1 ? (callee.childForFieldName('object') ?? undefined) : undefined;
}

function unwrapped(node: SyntaxNode): SyntaxNode {
  let current = node;
  for (let hops = 0; hops < MAX_HOPS && current.type === 'parenthesized_expression' && current.namedChild(0); hops++) current = current.namedChild(0)!;
  return current;
}

/** `lookup == password`, `password != lookup`, `compare_digest(lookup, password)`. */
function comparedWithPassword(lookup: SyntaxNode): boolean {
  const parent = lookup.parent;
  let other: SyntaxNode | null | undefined;
  if (parent?.type === 'comparison_operator' && parent.namedChildCount === 2) {
    const operator = parent.children.find((child) => child && !child.isNamed)?.type;
    if (operator !== '==' && operator !== '!=') return false;
    other = parent.namedChild(0)?.id === lookup.id ? parent.namedChild(1) : parent.namedChild(0);
  } else if (parent?.type === 'argument_list' && parent.parent?.type === 'call' && EQUALITY_CALL.test(dottedName(parent.parent.childForFieldName('function')) ?? '')) {
    const args = positionalArguments(parent.parent);
    other = otherSide(args, args.findIndex((argument) => argument.id === lookup.id));
  }
  const name = dottedName(other);
  return name !== undefined && namesPassword(name);
}

/** Flask-HTTPAuth's `@auth.get_password` (or a `get_password` function) returning the lookup: the user's password. */
function returnedAsPassword(lookup: SyntaxNode): boolean {
  if (lookup.parent?.type !== 'return_statement') return false;
  let fn = lookup.parent.parent;
  for (let hops = 0; fn && fn.type !== 'function_definition' && hops < 8; hops++) fn = fn.parent;
  if (fn?.type !== 'function_definition') return false;
  if (fn.childForFieldName('name')?.text === 'get_password') return true;
  return decoratorsOf(fn).some((decorator) => /(?:^|\.)get_password$/.test(dottedName(decorator) ?? ''));
}

// `pass` alone is Python's statement, never a name: the compared password is named `password`,
// `passwd`, `pwd`, `pw`, `passphrase`, `passcode` or `…_pass` (`user_pass`).
export const pythonPasswordMapCheck: LanguageCheck = {
  languages: ['python'],
  keywords: ['passw', 'pw', 'passphrase', 'passcode', '_pass'],
  check,
};
