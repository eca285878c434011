// A lone `pass` or `pw` names a password only beside a user: `pass` alone is as often a boarding pass, a build's pass or
// a test's outcome. Written next to a user in the same block (OpenEMR's `$login = …; $pass = …;`, a connect script's
// `user := "app"` then `pass := "…"`, `String user = …; String pass = …;`), it is that user's password. PHP reads the
// same from its tree (php-pairs.ts); Go, Java and Kotlin from the statements around the declaration, here.
import type { SyntaxNode } from '../../languages/treeSitter';
import type { CredentialName } from '../../secrets';

/** Names a login's user goes by. */
export const USER_NAMES: ReadonlySet<string> = new Set(['user', 'username', 'login', 'usr']);

/** How many statements either side of the password's are looked at for its user. */
export const NEAR_STATEMENTS = 8;

export const PAIRED_PASSWORD: CredentialName = { noun: 'password', strength: 'strong' };

/** Lists of statements or members: where the user's statement would be a sibling of the password's. */
const STATEMENT_LISTS = new Set(['block', 'statement_list', 'statements', 'class_body', 'source_file', 'program', 'compound_statement', 'var_spec_list']);

/**
 * A statement that writes a user name: `String user = …`, `private val login: String = …`, `user := …`, `var usr = …`;
 * up to five words (modifiers, a type) before the name, one `: Type` after it. Bounded words and one start: linear.
 */
const USER_WRITE = /^(?:[\w<>[\].?]{1,60}[ \t]+){0,5}(?:user|username|login|usr)[ \t]*(?::[ \t]*[\w.?<>]{1,60}[ \t]*)?:?=(?!=)/i;

/** `user, pass := "app", "…"`, `var login, pw = …`: the user and the password declared together. */
const USER_THEN_PASS = /\b(?:user|username|login|usr)[ \t]*,[ \t]*(?:pass|pw)\b/i;

/** Longer than any statement's head worth reading. */
const HEAD = 200;

/** Whether `name` is a lone `pass`/`pw` declared at `declaration` with a user written beside it. */
export function isPassBesideUser(name: string, declaration: SyntaxNode, parentOf: (node: SyntaxNode) => SyntaxNode | null): boolean {
  if (!/^(?:pass|pw)$/i.test(name)) return false;
  let statement = declaration;
  for (let up = 0; up < 3; up++) {
    const parent = parentOf(statement);
    if (!parent || STATEMENT_LISTS.has(parent.type)) break;
    statement = parent;
  }
  if (USER_THEN_PASS.test(statement.text.slice(0, HEAD))) return true;
  const list = parentOf(statement);
  if (!list || !STATEMENT_LISTS.has(list.type)) return false;
  const siblings = list.namedChildren.filter((child): child is SyntaxNode => child !== null);
  const at = siblings.findIndex((child) => child.id === statement.id);
  if (at < 0) return false;
  return siblings.slice(Math.max(0, at - NEAR_STATEMENTS), at + NEAR_STATEMENTS + 1).some((child) => USER_WRITE.test(child.text.slice(0, HEAD)));
}
