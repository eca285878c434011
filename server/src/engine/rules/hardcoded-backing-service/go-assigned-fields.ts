// A client's options filled field by field after construction, read as the struct literal is: go-sql-driver's
// `cfg := mysql.NewConfig()` then `cfg.Addr = "audit-db.internal:3306"` is `mysql.Config{Addr: "…"}`, and
// `opts := &redis.Options{DB: 0}` then `opts.Addr = "…:6379"` is `redis.Options{Addr: "…"}`.
import { named } from '../../languages/go';
import type { SyntaxNode } from '../../languages/treeSitter';

const FUNCTIONS = new Set(['function_declaration', 'method_declaration', 'func_literal']);

/**
 * For a value assigned to one field of a name (`cfg.Addr = <value>`), the type the name was declared with in the same
 * function and the field: `{ type: 'mysql.Config', field: 'Addr' }`. The type is read from the one declaration of the
 * name there: a composite literal (`redis.Options{…}`, `&redis.Options{…}`), `var cfg mysql.Config`, or a package's
 * constructor named for its type (`mysql.NewConfig()` -> `mysql.Config`). Undefined otherwise.
 */
export function assignedField(value: SyntaxNode): { type: string; field: string } | undefined {
  const list = value.parent;
  const assignment = list?.parent;
  if (list?.type !== 'expression_list' || assignment?.type !== 'assignment_statement' || assignment.childForFieldName('right')?.id !== list.id) return undefined;
  const targets = named(assignment.childForFieldName('left'));
  const target = targets.length === 1 && named(list).length === 1 ? targets[0] : undefined;
  const operand = target?.type === 'selector_expression' ? target.childForFieldName('operand') : undefined;
  const field = target?.childForFieldName('field')?.text;
  if (operand?.type !== 'identifier' || field === undefined) return undefined;
  const type = declaredType(operand.text, assignment);
  return type === undefined ? undefined : { type, field };
}

/** The type of `name`'s one declaration in the function around `at`, before it. */
function declaredType(name: string, at: SyntaxNode): string | undefined {
  let scope = at.parent;
  while (scope && !FUNCTIONS.has(scope.type)) scope = scope.parent;
  const body = scope?.childForFieldName('body');
  if (!body) return undefined;
  const types: (string | undefined)[] = [];
  const visit = (node: SyntaxNode): void => {
    if (node.startIndex >= at.startIndex || types.length > 1) return;
    if (node.type === 'func_literal') return;
    const declared = declarationOf(node, name);
    if (declared !== null) types.push(declared);
    for (const child of named(node)) visit(child);
  };
  visit(body);
  return types.length === 1 ? types[0] : undefined;
}

/** Null when `node` does not declare `name`; else the type it gives, or undefined when it cannot be told. */
function declarationOf(node: SyntaxNode, name: string): string | undefined | null {
  if (node.type === 'var_spec') {
    if (!node.childrenForFieldName('name').some((id) => id?.text === name)) return null;
    const type = node.childForFieldName('type');
    const values = named(node.childForFieldName('value'));
    return type ? type.text : values.length === 1 ? typeOfValue(values[0]!) : undefined;
  }
  if (node.type !== 'short_var_declaration') return null;
  const left = named(node.childForFieldName('left'));
  if (!left.some((id) => id.text === name)) return null;
  const right = named(node.childForFieldName('right'));
  return left.length === 1 && right.length === 1 ? typeOfValue(right[0]!) : undefined;
}

/** `redis.Options{…}`, `&redis.Options{…}` -> `redis.Options`; `mysql.NewConfig()` -> `mysql.Config`. */
function typeOfValue(value: SyntaxNode): string | undefined {
  const inner = value.type === 'unary_expression' && value.text.startsWith('&') ? value.childForFieldName('operand') : value;
  if (inner?.type === 'composite_literal') return inner.childForFieldName('type')?.text;
  if (inner?.type !== 'call_expression') return undefined;
  const match = /^(\w+)\.New(\w+)$/.exec(inner.childForFieldName('function')?.text ?? '');
  return match ? `${match[1]}.${match[2]}` : undefined;
}
