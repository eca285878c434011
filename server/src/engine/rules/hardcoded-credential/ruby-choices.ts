// Ruby's choices between a literal and an env read: `prod ? ENV['X'] : '…'`, `if`/`unless`/`case` used as values.
import { envReadName } from '../../languages/ruby';
import type { SyntaxNode } from '../../languages/treeSitter';
import { choiceFallbackTarget, MAX_CHOICE_BRANCHES, type Target } from './target';

export interface RubyChoice {
  /** The whole choice, whose value the literal is for one case: the walk goes on from it. */
  expression: SyntaxNode;
  /** The env var another branch reads, a credential's first (target.ts choiceFallbackTarget). */
  target: Target | undefined;
}

/**
 * `PRODUCTION ? ENV.fetch('SESSION_SECRET') : '…'`, `if prod then ENV['X'] else '…' end`,
 * `case env when 'production' then ENV.fetch('X') else '…' end`: the literal `node` is one branch's value.
 */
export function rubyChoice(parent: SyntaxNode, node: SyntaxNode): RubyChoice | undefined {
  if (parent.type === 'conditional') {
    if (parent.childForFieldName('condition')?.id === node.id) return undefined;
    const others = [parent.childForFieldName('consequence'), parent.childForFieldName('alternative')].filter((other) => other?.id !== node.id);
    return { expression: parent, target: choiceFallbackTarget(others, readName) };
  }
  if ((parent.type !== 'then' && parent.type !== 'else') || lastValue(parent)?.id !== node.id) return undefined;
  const expression = choiceOf(parent);
  if (!expression) return undefined;
  const others = branchBodies(expression).map(lastValue).filter((other) => other?.id !== node.id);
  return { expression, target: choiceFallbackTarget(others, readName) };
}

/** The `if`/`unless`/`case` a `then`/`else` body belongs to, through `elsif` and `when`; not `begin … else`. */
function choiceOf(body: SyntaxNode): SyntaxNode | undefined {
  let owner = body.parent;
  while (owner && (owner.type === 'elsif' || owner.type === 'when')) owner = owner.parent;
  return owner && (owner.type === 'if' || owner.type === 'unless' || owner.type === 'case') ? owner : undefined;
}

/** Every branch body of a choice, in order: `then`s of its `when`s and `elsif`s, and its `else`. */
function branchBodies(expression: SyntaxNode): SyntaxNode[] {
  const bodies: SyntaxNode[] = [];
  const visit = (node: SyntaxNode | null): void => {
    for (const child of node?.namedChildren ?? []) {
      if (!child || bodies.length >= MAX_CHOICE_BRANCHES) return;
      if (child.type === 'then' || child.type === 'else') bodies.push(child);
      if (child.type === 'elsif' || child.type === 'when') visit(child);
    }
  };
  visit(expression);
  return bodies;
}

function lastValue(body: SyntaxNode | null): SyntaxNode | null {
  return body ? body.namedChild(body.namedChildCount - 1) : null;
}

/** `ENV['X']`, `ENV.fetch('X')`, and the same before `|| ''`. */
function readName(branch: SyntaxNode | null): string | undefined {
  const read = branch?.type === 'binary' && /^(?:\|\||or)$/.test(branch.childForFieldName('operator')?.text ?? '') ? branch.childForFieldName('left') : branch;
  return envReadName(read);
}
