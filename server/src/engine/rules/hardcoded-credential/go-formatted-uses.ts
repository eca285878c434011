// A Go variable that a connection string is built around: `fmt.Sprintf("%s:%s@tcp(%s)/db", user, pw, addr)`,
// `"host=" + host + " user=app password=" + pw + " dbname=app"`, `"app:" + pw + "@tcp(db:3306)/app"`. The text
// around the variable names what it is (secrets/formatSlots.ts), so a literal the variable holds is judged as that
// connection string's password would be (go-targets.ts secretVariables): `pw := "…"` is a DSN's password, not a word.
import { callArguments, goStringValue, isGoString, named } from '../../languages/go';
import type { SyntaxNode } from '../../languages/treeSitter';
import { credentialName, formatArgumentName } from '../../secrets';
import type { Target } from './target';

/** How many leaves of one `+` chain are read: a connection string is a few pieces, a generated one must not stall. */
const MAX_LEAVES = 32;

/** Each variable a format call or a concatenation places where a credential goes, with that place as its target. */
export function formattedVariables(node: SyntaxNode, qualified: string | undefined): { name: string; target: Target }[] {
  if (node.type === 'call_expression') return qualified === 'fmt.Sprintf' || qualified === 'fmt.Fprintf' ? sprintfVariables(node, qualified) : [];
  // The top of a chain only: `a + b + c` is read once, from the node whose parent is no `+`.
  if (node.type !== 'binary_expression' || isConcatenation(node.parent)) return [];
  return isConcatenation(node) ? concatenatedVariables(node) : [];
}

function sprintfVariables(call: SyntaxNode, qualified: string): { name: string; target: Target }[] {
  const args = callArguments(call);
  const formatAt = qualified === 'fmt.Fprintf' ? 1 : 0;
  const format = goStringValue(args[formatAt]);
  if (format === undefined) return [];
  return args.slice(formatAt + 1).flatMap((argument, slot) => placed(argument, formatArgumentName(format, slot), qualified));
}

function concatenatedVariables(chain: SyntaxNode): { name: string; target: Target }[] {
  const leaves = leavesOf(chain);
  if (!leaves || !leaves.some(isGoString)) return [];
  // The chain as a format: each literal its text, anything else a verb (`"host=" + h + " password=" + pw` -> `host=%s password=%s`).
  const format = leaves.map((leaf) => (isGoString(leaf) ? (goStringValue(leaf) ?? '').replace(/%/g, '%%') : '%s')).join('');
  const slots = leaves.filter((leaf) => !isGoString(leaf));
  return slots.flatMap((leaf, slot) => placed(leaf, formatArgumentName(format, slot)));
}

/** The identifier at a credential's place, through `string(...)`: the variable and what that place makes of it. */
function placed(argument: SyntaxNode, name: string | undefined, format?: string): { name: string; target: Target }[] {
  const credential = name === undefined ? undefined : credentialName(name);
  if (!credential || credential.strength !== 'strong' || argument.type !== 'identifier') return [];
  const target: Target = { kind: 'api', label: format ? `${format}(${name})` : 'a connection string', name: argument.text, credential: { noun: credential.noun, strength: 'strong' }, envName: 'DB_PASSWORD' };
  return [{ name: argument.text, target }];
}

function isConcatenation(node: SyntaxNode | null): boolean {
  return node?.type === 'binary_expression' && node.childForFieldName('operator')?.text === '+';
}

/** The operands of a `+` chain, left to right; undefined when it is longer than a connection string. */
function leavesOf(chain: SyntaxNode): SyntaxNode[] | undefined {
  const leaves: SyntaxNode[] = [];
  const stack: SyntaxNode[] = [chain];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isConcatenation(node)) {
      const [left, right] = [node.childForFieldName('left'), node.childForFieldName('right')];
      if (right) stack.push(right);
      if (left) stack.push(left);
      continue;
    }
    leaves.push(node.type === 'parenthesized_expression' ? (named(node)[0] ?? node) : node);
    if (leaves.length > MAX_LEAVES) return undefined;
  }
  return leaves;
}
