// What an array entry's siblings say about it: `'pass' => '…'` beside a `'user'` is a password
// (Phinx, many hand-written configs), a `'key' => …` beside a `'secret'` is the pair's public
// half (Pusher's app key, Vonage's API key, an AWS key id), whose secret is the other entry, and a
// `'key' => …` beside a `'cipher'` is the key that cipher encrypts with.
import { allChildren, arrayEntries, named, parentOf, stringValue, type Parents } from '../../languages/php';
import type { SyntaxNode } from '../../languages/treeSitter';
import { readOnce } from '../../readOnce';
import { NEAR_STATEMENTS, USER_NAMES } from './pass-beside-user';


/** The keys of the array an entry sits in, and the entry's own key; through an `env('X', lit)` fallback. */
function entryKeys(node: SyntaxNode, parents: Parents): { own: string; siblings: ReadonlySet<string> } | undefined {
  let current: SyntaxNode | null = node;
  for (let depth = 0; current && depth < 4 && current.type !== 'array_element_initializer'; depth++) current = parentOf(current, parents);
  if (current?.type !== 'array_element_initializer' || !allChildren(current).some((child) => child.type === '=>')) return undefined;
  const own = stringValue(named(current)[0])?.toLowerCase();
  const array = parentOf(current, parents);
  if (own === undefined || array?.type !== 'array_creation_expression') return undefined;
  return { own, siblings: keysOf(array) };
}

/** The array's keys, lowercased; once per array, as every entry of a large table asks. */
const keysOf = readOnce(
  (array: SyntaxNode): ReadonlySet<string> => new Set(arrayEntries(array).flatMap((entry) => (entry.key ? [stringValue(entry.key)?.toLowerCase() ?? ''] : []))),
);

/** `['user' => 'app', 'pass' => '…']`: a lone `pass` is a password only beside a user; so is a `$pass` variable (variableBesideUser). */
export function isPasswordBesideUser(node: SyntaxNode, parents: Parents): boolean {
  const keys = entryKeys(node, parents);
  if (keys === undefined) return isPassVariableBesideUser(node, parents);
  return (keys.own === 'pass' || keys.own === 'pw') && [...USER_NAMES].some((key) => keys.siblings.has(key));
}

/**
 * `$login = 'openemr'; $pass = '…';` (OpenEMR's sqlconf.php, hand-written connect scripts): a `$pass` or `$pw` variable
 * assigned a literal in the same block as, and near, a `$user`, `$username`, `$login` or `$usr` is that user's password.
 */
function isPassVariableBesideUser(node: SyntaxNode, parents: Parents): boolean {
  const assignment = parentOf(node, parents);
  if (assignment?.type !== 'assignment_expression' || assignment.childForFieldName('right')?.id !== node.id) return false;
  const own = variableOf(assignment);
  const statement = parentOf(assignment, parents);
  const block = statement?.type === 'expression_statement' ? parentOf(statement, parents) : undefined;
  if ((own !== 'pass' && own !== 'pw') || !block) return false;
  const statements = named(block);
  const at = statements.findIndex((child) => child.id === statement!.id);
  return statements.slice(Math.max(0, at - NEAR_STATEMENTS), at + NEAR_STATEMENTS + 1).some((child) => {
    const assigned = child.type === 'expression_statement' ? named(child)[0] : undefined;
    return assigned?.type === 'assignment_expression' && USER_NAMES.has(variableOf(assigned) ?? '');
  });
}

/** `$pass = …` -> `pass`, lowercased; undefined when the left side is no plain variable. */
function variableOf(assignment: SyntaxNode): string | undefined {
  const left = assignment.childForFieldName('left');
  return left?.type === 'variable_name' ? left.text.slice(1).toLowerCase() : undefined;
}

/** `new Configuration(user: 'feed', pass: '…')`: a named `pass` argument beside a named user is a password, as an array's entry is. */
export function isPassArgumentBesideUser(named: string, argumentNames: readonly (string | undefined)[]): boolean {
  return (named === 'pass' || named === 'pw') && argumentNames.some((name) => name !== undefined && USER_NAMES.has(name.toLowerCase()));
}

/**
 * `['key' => …, 'secret' => …]`: the key identifies the account whose secret sits beside it; so with
 * Laravel's dotted keys (`'services.nexmo.key'` beside `'services.nexmo.secret'`).
 */
export function isKeyBesideSecret(node: SyntaxNode, parents: Parents): boolean {
  const keys = entryKeys(node, parents);
  const prefix = keys?.own.endsWith('key') ? keys.own.slice(0, -'key'.length) : undefined;
  if (keys === undefined || prefix === undefined) return false;
  if ((prefix === '' || prefix.endsWith('.')) && keys.siblings.has(`${prefix}secret`)) return true;
  // An app's key beside its master secret: JPush's `app_key` + `master_secret`, Umeng's `appkey` + `app_master_secret`.
  return APP_KEYS.has(keys.own) && [...keys.siblings].some((sibling) => /(?:^|[._])(?:master_|app_)?secret$/.test(sibling));
}

/** Names of an app's identifying key, the public half beside a secret. */
const APP_KEYS = new Set(['app_key', 'appkey', 'app.key']);

/** `['key' => '…', 'cipher' => 'AES-256-CBC']`: Laravel's `config/app.php`, Kohana's `config/encrypt.php`. */
export function isKeyBesideCipher(node: SyntaxNode, parents: Parents): boolean {
  const keys = entryKeys(node, parents);
  return keys !== undefined && keys.own === 'key' && keys.siblings.has('cipher');
}
