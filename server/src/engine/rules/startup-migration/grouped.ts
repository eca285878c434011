// One problem, one finding: six `AutoMigrate` calls (or `create_all`, `migrate` calls) in one
// start-up function are one start-up migration. The first call is reported; the others ride
// along as related locations, so the editor shows one squiggle and CI counts one problem.
import type { SyntaxNode } from '../../languages/treeSitter';
import type { RuleContext } from '../../rule';
import type { Report } from '../../types';
import { reportGrouped, type Grouping } from '../grouped-report';

/** Function-like nodes of the tree-sitter grammars we read; migrations group by the innermost. */
const FUNCTION_TYPES = new Set([
  'function_declaration', 'method_declaration', 'func_literal', // Go, Java, PHP
  'function_definition', 'lambda', // Python, PHP
  'method', 'singleton_method', 'do_block', 'block', // Ruby (a `block` only where a call takes it: see isFunctionLike)
  'constructor_declaration', 'lambda_expression', 'anonymous_function', 'arrow_function', 'lambda_literal', 'anonymous_initializer', // Java, Kotlin, PHP
]);

const GROUPING: Grouping = {
  related: 'Factor XII: another migration in the same start-up',
  more: (others) => `${others} more migration call${others === 1 ? '' : 's'} in the same function, shown as related locations`,
  // A fix moves one call: offered for the group, it would leave the others running at start.
  noFixReason: 'several migrations run in this function: move them to one-off commands together',
};

export class MigrationGroups {
  private readonly groups = new Map<number, Report[]>();

  constructor(private readonly context: RuleContext) {}

  /** Collects `report` under the function that holds `node` (the file, outside any function). */
  add(node: SyntaxNode, report: Report): void {
    this.addTo(enclosingFunction(node), report);
  }

  /** Collects `report` under a function the caller identifies (a TypeScript node's position; -1 for the top level). */
  addTo(key: number, report: Report): void {
    const group = this.groups.get(key);
    if (group) group.push(report);
    else this.groups.set(key, [report]);
  }

  /** Reports each group once: its first migration, the others as related locations. */
  flush(): void {
    for (const group of this.groups.values()) reportGrouped(this.context, group, GROUPING);
    this.groups.clear();
  }
}

/** The id of the innermost function around `node`; -1 for the file's top level. */
function enclosingFunction(node: SyntaxNode): number {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionLike(current)) return current.id;
  }
  return -1;
}

/**
 * Go's and Java's grammars call every `{ … }` a `block` too (an `if`'s body, a method's): those are
 * statements of the function around them, so six DDL statements in one Go function, some under an
 * `if`, are one migration. Ruby's `{ |x| … }` block is a function: a call holds it.
 */
function isFunctionLike(node: SyntaxNode): boolean {
  if (!FUNCTION_TYPES.has(node.type)) return false;
  return node.type !== 'block' || node.parent?.type === 'call';
}
