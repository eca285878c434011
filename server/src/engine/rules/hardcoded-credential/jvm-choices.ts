// A literal that one branch of a choice gives where another branch reads the environment is that variable's
// value for one case: Java's `return switch (env) { case "prod" -> "…"; default -> System.getenv("ENCRYPTION_KEY"); }`
// and `prod ? "…" : System.getenv("X")`, Kotlin's `when (env) { "prod" -> "…" else -> System.getenv("X") }` and
// `if (prod) System.getenv("X") else "…"` (PHP's match and ternary alike, php-targets.ts).
import type { SyntaxNode } from '../../languages/treeSitter';
import { envReadName, type JvmSyntax } from './java-calls';
import { choiceEnvTarget, MAX_CHOICE_BRANCHES, type Target } from './target';

/** The env var another branch reads, when its name is a credential's (target.ts choiceEnvTarget). */
export function jvmChoiceEnvTarget(branches: readonly (SyntaxNode | null | undefined)[], syntax: JvmSyntax): Target | undefined {
  return choiceEnvTarget(branches, (branch) => (branch ? envReadName(branch, syntax) : undefined));
}

/** The values of a Java switch expression's arms (`case X -> value;`); a braced arm's `yield` is not read. */
export function switchArmValues(switchExpression: SyntaxNode): SyntaxNode[] {
  const block = switchExpression.childForFieldName('body') ?? switchExpression.namedChildren.find((child) => child?.type === 'switch_block');
  const rules = (block?.namedChildren ?? []).filter((child): child is SyntaxNode => child?.type === 'switch_rule').slice(0, MAX_CHOICE_BRANCHES);
  return rules.flatMap((rule) => {
    const body = rule.namedChild(rule.namedChildCount - 1);
    const value = body?.type === 'expression_statement' ? body.namedChild(0) : undefined;
    return value ? [value] : [];
  });
}

/** The values of a Kotlin `when`'s entries or an `if`'s two branches: each body, or its braced body's last statement. */
export function kotlinBranchValues(choice: SyntaxNode): SyntaxNode[] {
  const bodies =
    choice.type === 'if_expression'
      ? choice.namedChildren.filter((child) => child?.type === 'control_structure_body')
      : choice.namedChildren.filter((child) => child?.type === 'when_entry').map((entry) => entry!.namedChildren.find((child) => child?.type === 'control_structure_body'));
  return bodies.slice(0, MAX_CHOICE_BRANCHES).flatMap((body) => {
    const first = body?.namedChild(0);
    const value = first?.type === 'statements' ? first.namedChild(first.namedChildCount - 1) : first;
    return value ? [value] : [];
  });
}
