// A hash of user -> password that the code looks up and compares with a password: Grape's and
// Rack's `{ 'admin' => '…' }[username] == password`, `USERS = { … }` then
// `secure_compare(USERS.fetch(user, ''), password)`. Its values are passwords though no name says so.
import { callArguments, dottedName, methodName } from '../../languages/ruby';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import { namesPassword } from './password-map-names';
import { otherSide, RUBY_EQUALITY_METHODS } from './compared';

/** The hashes a file compares with passwords: inline ones by node id, bound ones by the name they are bound to. */
export interface PasswordMaps {
  hashes: ReadonlySet<number>;
  names: ReadonlySet<string>;
}

/** How far a hash may sit inside `.freeze` and parentheses. */
const MAX_HOPS = 4;
const LOOKUP_METHODS = new Set(['fetch', '[]', 'dig']);

/** One walk: every lookup compared with a password, and what it looks up. */
export function passwordMapsIn(root: SyntaxNode): PasswordMaps {
  const hashes = new Set<number>();
  const names = new Set<string>();
  walkTree(root, (node) => {
    const object = lookedUp(node);
    if (!object || !comparedWithPassword(node)) return true;
    const hash = unwrapped(object);
    if (hash.type === 'hash') hashes.add(hash.id);
    else {
      const name = dottedName(object);
      if (name !== undefined) names.add(name);
    }
    return true;
  });
  return { hashes, names };
}

/** Whether `hash` is one of the file's password maps: compared inline, or assigned whole to a compared name. */
export function isPasswordMapHash(hash: SyntaxNode, maps: PasswordMaps): boolean {
  if (maps.hashes.has(hash.id)) return true;
  if (maps.names.size === 0) return false;
  const bound = boundExpression(hash);
  const assignment = bound.parent;
  if (assignment?.type !== 'assignment' || assignment.childForFieldName('right')?.id !== bound.id) return false;
  const name = dottedName(assignment.childForFieldName('left'));
  return name !== undefined && maps.names.has(name);
}

/** `{ … }.freeze` and `({ … })` are still the hash. */
function boundExpression(hash: SyntaxNode): SyntaxNode {
  let node = hash;
  for (let hops = 0; hops < MAX_HOPS && node.parent; hops++) {
    const parent = node.parent;
    const frozen = parent.type === 'call' && methodName(parent) === 'freeze' && parent.childForFieldName('receiver')?.id === node.id;
    if (!frozen && parent.type !== 'parenthesized_statements') break;
    node = parent;
  }
  return node;
}

/** The hash inside parentheses: `({ … })[user]`. */
function unwrapped(node: SyntaxNode): SyntaxNode {
  let current = node;
  for (let hops = 0; hops < MAX_HOPS && current.type === 'parenthesized_statements' && current.namedChildCount === 1; hops++) current = current.namedChild(0)!;
  return current;
}

/** What `node` looks up: `object[key]`, `object.fetch(key)`, `object.dig(key)`. */
function lookedUp(node: SyntaxNode): SyntaxNode | undefined {
  if (node.type === 'element_reference') return node.childForFieldName('object') ?? undefined;
  if (node.type !== 'call' || !LOOKUP_METHODS.has(methodName(node) ?? '') || callArguments(node).length === 0) return undefined;
  return node.childForFieldName('receiver') ?? undefined;
}

/** `lookup == password`, `password != lookup`, `secure_compare(lookup, pass)`. */
function comparedWithPassword(lookup: SyntaxNode): boolean {
  const parent = lookup.parent;
  let other: SyntaxNode | null | undefined;
  if (parent?.type === 'binary' && ['==', '!='].includes(parent.childForFieldName('operator')?.text ?? '')) {
    other = parent.childForFieldName('left')?.id === lookup.id ? parent.childForFieldName('right') : parent.childForFieldName('left');
  } else if (parent?.type === 'argument_list' && parent.parent?.type === 'call' && RUBY_EQUALITY_METHODS.has(methodName(parent.parent) ?? '')) {
    const args = callArguments(parent.parent);
    other = otherSide(args, args.findIndex((argument) => argument.id === lookup.id));
  }
  const name = dottedName(other);
  return name !== undefined && namesPassword(name);
}
