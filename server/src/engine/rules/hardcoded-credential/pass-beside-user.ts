// A lone `pass` or `pw` names a password only beside a user: `pass` alone is as often a boarding pass, a build's pass or
// a test's outcome. Written next to a user in the same block (OpenEMR's `$login = …; $pass = …;`, a connect script's
// `user := "app"` then `pass := "…"`, `String user = …; String pass = …;`), it is that user's password. PHP reads the
// same from its tree (php-pairs.ts); Go, Java, Kotlin, Python and Ruby from the statements around the declaration, here;
// JS/TS from its statements too (isJsPassBesideUser).
import ts from 'typescript';
import type { SyntaxNode } from '../../languages/treeSitter';
import { unwrap } from '../../languages/ts-ast';
import type { CredentialName } from '../../secrets';
import type { Target } from './target';

/** Names a login's user goes by. */
export const USER_NAMES: ReadonlySet<string> = new Set(['user', 'username', 'login', 'usr']);

/** How many statements either side of the password's are looked at for its user. */
export const NEAR_STATEMENTS = 8;

export const PAIRED_PASSWORD: CredentialName = { noun: 'password', strength: 'strong' };

/**
 * Lists of statements or members: where the user's statement would be a sibling of the password's. Python's
 * `module` and `block`; Ruby's `program`, a method's or `do` block's `body_statement`, a `{ }` block's `block_body`.
 */
const STATEMENT_LISTS = new Set(['block', 'statement_list', 'statements', 'class_body', 'source_file', 'program', 'compound_statement', 'var_spec_list', 'module', 'body_statement', 'block_body']);

/**
 * A statement that writes a user name: `String user = …`, `private val login: String = …`, `user := …`, `var usr = …`;
 * up to five words (modifiers, a type) before the name, one `: Type` after it. Bounded words and one start: linear.
 */
const USER_WRITE = /^(?:[\w<>[\].?]{1,60}[ \t]+){0,5}(?:user|username|login|usr)[ \t]*(?::[ \t]*[\w.?<>]{1,60}[ \t]*)?:?=(?!=)/i;

/** `user, pass := "app", "…"`, `var login, pw = …`: the user and the password declared together. */
const USER_THEN_PASS = /\b(?:user|username|login|usr)[ \t]*,[ \t]*(?:pass|pw)\b/i;

/** Longer than any statement's head worth reading. */
const HEAD = 200;

/** `pass`, `pw`, `PW`: the names only a user beside them makes a password's. */
function isLonePass(name: string): boolean {
  return /^(?:pass|pw)$/i.test(name);
}

/**
 * Whether the statement declares its user with it, or one of the statements near it (`at` is its index among
 * `siblings`, -1 outside any list) writes a user. Only the near statements' text is read: a module's is the file's.
 */
function besideUser<Statement>(statement: string, siblings: readonly Statement[], at: number, textOf: (statement: Statement) => string): boolean {
  if (USER_THEN_PASS.test(statement.slice(0, HEAD))) return true;
  if (at < 0) return false;
  return siblings.slice(Math.max(0, at - NEAR_STATEMENTS), at + NEAR_STATEMENTS + 1).some((sibling) => USER_WRITE.test(textOf(sibling).slice(0, HEAD)));
}

/** Whether `name` is a lone `pass`/`pw` declared at `declaration` with a user written beside it. */
export function isPassBesideUser(name: string, declaration: SyntaxNode, parentOf: (node: SyntaxNode) => SyntaxNode | null): boolean {
  if (!isLonePass(name)) return false;
  let statement = declaration;
  for (let up = 0; up < 3; up++) {
    const parent = parentOf(statement);
    if (!parent || STATEMENT_LISTS.has(parent.type)) break;
    statement = parent;
  }
  const list = parentOf(statement);
  const siblings = list && STATEMENT_LISTS.has(list.type) ? list.namedChildren.filter((child): child is SyntaxNode => child !== null) : [];
  const at = siblings.findIndex((child) => child.id === statement.id);
  return besideUser(statement.text, siblings, at, (child) => child.text);
}

/**
 * A plain name's target, a password's when the name is a lone `pass`/`pw` with a user beside it and the literal
 * itself is its value (Python, Ruby). A pick among literals (`pass = "All-access" if vip else "Standard"`) is a
 * label's: `pass` alone is too weak a name to make an option of a choice a password.
 */
export function pairedPasswordTarget(target: Target, name: SyntaxNode): Target {
  if (target.credential || name.type !== 'identifier' && name.type !== 'constant') return target;
  const assignment = name.parent?.type === 'assignment' ? name.parent : name.parent?.parent;
  if (assignment?.type !== 'assignment' || !LITERAL_VALUES.has(assignment.childForFieldName('right')?.type ?? '')) return target;
  return isPassBesideUser(name.text, name, (node) => node.parent) ? { ...target, credential: PAIRED_PASSWORD, envName: 'PASSWORD' } : target;
}

/** An assignment's right side that is its literal(s) as written: a string, or strings assigned in parallel. */
const LITERAL_VALUES = new Set(['string', 'concatenated_string', 'expression_list', 'right_assignment_list']);

/** `const user = 'svc'; const pass = '…';`, `let username: string = …; let pw = …`: the same reading over a JS/TS block's statements. */
export function isJsPassBesideUser(declaration: ts.VariableDeclaration): boolean {
  if (!ts.isIdentifier(declaration.name) || !isLonePass(declaration.name.text)) return false;
  // The literal itself, not a pick among literals (pairedPasswordTarget).
  if (!declaration.initializer || !ts.isStringLiteralLike(unwrap(declaration.initializer))) return false;
  const statement = declaration.parent.parent;
  const list = statement.parent;
  const statements = ts.isSourceFile(list) || ts.isBlock(list) || ts.isModuleBlock(list) || ts.isCaseOrDefaultClause(list) ? list.statements : undefined;
  const siblings = statements ? [...statements] : [];
  const at = siblings.indexOf(statement as ts.Statement);
  return besideUser(statement.getText(), siblings, at, (sibling) => sibling.getText());
}
