// Devise's and has_secure_password's `password_confirmation` given the very literal its `password` is given beside it
// is that password written a second time: `User.create!(password: "…", password_confirmation: "…")`, or
// `user.password = "…"` then `user.password_confirmation = "…"` in the same block. Alone, or with another value,
// the confirmation word names a form's field (credentialName leaves it), and so it stays.
import { dottedName, stringValue, symbolOrStringName } from '../../languages/ruby';
import type { SyntaxNode } from '../../languages/treeSitter';
import { nameTarget, type Target } from './target';

const CONFIRMATION = /^(?<owner>(?:\w+\.)*)password_confirmation$/;

/** How many statements of a block are compared: a seed file of thousands of users is not searched from each. */
const MAX_SIBLINGS = 64;

/** `password_confirmation: "…"` in a hash or argument list that gives `password:` the same literal. */
export function confirmedPairTarget(pair: SyntaxNode, key: string): Target | undefined {
  const value = stringValue(pair.childForFieldName('value'));
  if (key !== 'password_confirmation' || !value) return undefined;
  const siblings = pair.parent?.namedChildren.slice(0, MAX_SIBLINGS) ?? [];
  const confirmed = siblings.some((sibling) => sibling?.type === 'pair' && symbolOrStringName(sibling.childForFieldName('key')) === 'password' && stringValue(sibling.childForFieldName('value')) === value);
  return confirmed ? passwordTarget(key) : undefined;
}

/** `user.password_confirmation = "…"` where the same block gives `user.password` the same literal. */
export function confirmedAssignmentTarget(assignment: SyntaxNode, name: string): Target | undefined {
  const owner = CONFIRMATION.exec(name)?.groups?.owner;
  const value = stringValue(assignment.childForFieldName('right'));
  if (owner === undefined || !value) return undefined;
  const siblings = assignment.parent?.namedChildren.slice(0, MAX_SIBLINGS) ?? [];
  const confirmed = siblings.some((sibling) => sibling?.type === 'assignment' && dottedName(sibling.childForFieldName('left')) === `${owner}password` && stringValue(sibling.childForFieldName('right')) === value);
  return confirmed ? passwordTarget(name) : undefined;
}

function passwordTarget(label: string): Target {
  return { ...nameTarget(['password']), label };
}
