// The walk shared by Python's and Ruby's reading of a literal by its later use (python-later-uses.ts,
// ruby-later-uses.ts): a constant or a parameter's default, named for nothing, that a secret-taking API
// gets by that name later. Two passes over the tree whatever the file holds: one finds the holders, one
// judges only the names they hold, so a file of many constants is not walked again for each.
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { Target } from './target';

/** A literal held by a name; a use of the name inside `scope` (the file, or the parameter's function) is the literal's. */
export interface Holder {
  literal: SyntaxNode;
  name: string;
  scope: SyntaxNode;
}

export interface LaterUseReading {
  /** The holder of a string literal, else undefined. */
  holderOf(literal: SyntaxNode): Holder | undefined;
  /** Whether `node` may be a use of a name (an identifier or a constant). */
  isName(node: SyntaxNode): boolean;
  /** What a name's use makes of it (`jwt.encode(claims, key)`: the API's secret, `connect(password=K)`: the keyword's), else undefined. */
  useTarget(node: SyntaxNode): Target | undefined;
}

interface Use {
  at: number;
  target: Target;
}

/** A bound on the uses judged: a hostile file of one name used everywhere is not climbed from each. */
const MAX_JUDGED = 2_000;

/** Each holder whose name a secret-taking API gets inside its scope, with what that API makes of it. */
export function laterUses(root: SyntaxNode, reading: LaterUseReading): { holder: Holder; target: Target }[] {
  const holders: Holder[] = [];
  walkTree(root, (node) => {
    if (node.type !== 'string') return true;
    const holder = reading.holderOf(node);
    if (holder) holders.push(holder);
    return false;
  });
  if (holders.length === 0) return [];
  const uses = secretUses(root, new Set(holders.map((holder) => holder.name)), reading);
  return holders.flatMap((holder) => {
    const use = uses.get(holder.name)?.find((found) => found.at >= holder.scope.startIndex && found.at < holder.scope.endIndex);
    return use ? [{ holder, target: use.target }] : [];
  });
}

function secretUses(root: SyntaxNode, names: ReadonlySet<string>, reading: LaterUseReading): Map<string, Use[]> {
  const uses = new Map<string, Use[]>();
  let judged = 0;
  walkTree(root, (node) => {
    if (judged >= MAX_JUDGED) return false;
    if (!reading.isName(node) || !names.has(node.text)) return true;
    judged++;
    const target = reading.useTarget(node);
    if (target) uses.set(node.text, [...(uses.get(node.text) ?? []), { at: node.startIndex, target }]);
    return true;
  });
  return uses;
}
