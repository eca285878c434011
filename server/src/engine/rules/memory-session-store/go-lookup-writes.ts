// A handler that refills a per-user-named package map from a query that takes nothing from the request
// (`rows, _ := db.Query("SELECT id, name FROM account_kinds")` … `rows.Scan(&id, &name)`; `accountKinds[id] = name`) keeps
// a lookup table, the same for every visitor: the name alone does not make it per-user state. The Go twin of
// python-lookup-writes.ts. A value the request gives (`c.Param("id")`, `r.FormValue(…)`, a query on them, a name that
// says who is asking) or one that is no query (`uuid.NewString()`, `time.Now()`) keeps the name's answer.
import { callArguments, named, parameterTypes } from '../../languages/go';
import { assignedValues } from '../../languages/locals';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import { hasWord, IDENTITY_WORDS } from './javascript-handlers';

/** database/sql's, sqlx's, pgx's and GORM's reads. */
const QUERY_METHODS = new Set(['Query', 'QueryRow', 'QueryContext', 'QueryRowContext', 'Select', 'SelectContext', 'Find', 'Raw', 'Pluck']);

/** Whether every value the write uses (its key and what it stores) comes from such a request-free query. */
export function isGoRequestFreeLookup(values: readonly SyntaxNode[], handler: SyntaxNode): boolean {
  const parameters = new Set(parameterTypes(handler).keys());
  return values.length > 0 && values.every((value) => isRequestFree(value, handler, parameters, 0));
}

function isRequestFree(value: SyntaxNode, handler: SyntaxNode, parameters: ReadonlySet<string>, depth: number): boolean {
  if (depth > 3) return false;
  if (value.type === 'selector_expression') {
    const operand = value.childForFieldName('operand');
    return operand !== null && isRequestFree(operand, handler, parameters, depth);
  }
  if (value.type === 'identifier') {
    const source = bindingSource(value.text, handler);
    return source !== undefined && isRequestFree(source, handler, parameters, depth + 1);
  }
  if (value.type !== 'call_expression' || !isQueryChain(value)) return false;
  let reads = false;
  walkTree(value, (node) => {
    if (reads || node.type === 'func_literal') return false;
    if (node.type !== 'identifier') return undefined;
    if (parameters.has(node.text) || hasWord(node.text, IDENTITY_WORDS)) reads = true;
    // A local of the handler (`id := c.Param("id")`), followed to what it holds.
    else if (bindingSource(node.text, handler) !== undefined) reads = !isRequestFree(node, handler, parameters, depth + 1);
    return undefined;
  });
  return !reads;
}

/** `db.Query(…)`, `db.QueryRow(…).Scan(…)`: a query method somewhere in the call chain. */
function isQueryChain(call: SyntaxNode): boolean {
  for (let node: SyntaxNode | null = call; node?.type === 'call_expression'; ) {
    const callee = node.childForFieldName('function');
    if (callee?.type !== 'selector_expression') return false;
    if (QUERY_METHODS.has(callee.childForFieldName('field')?.text ?? '')) return true;
    node = callee.childForFieldName('operand');
  }
  return false;
}

/**
 * What the handler binds `name` to: `name := <value>` / `name = <value>` (several targets by position), or, for a
 * variable a row is scanned into (`rows.Scan(&id, &name)`, `db.QueryRow(…).Scan(&bio)`), the rows it was scanned from.
 */
function bindingSource(name: string, handler: SyntaxNode): SyntaxNode | undefined {
  const assigned = assignedValues(handler, name, 'go')[0]?.value;
  if (assigned) return assigned;
  let source: SyntaxNode | undefined;
  walkTree(handler, (node) => {
    if (source) return false;
    if (node.type !== 'call_expression') return undefined;
    const callee = node.childForFieldName('function');
    if (callee?.type !== 'selector_expression' || callee.childForFieldName('field')?.text !== 'Scan') return undefined;
    if (callArguments(node).some((argument) => argument.type === 'unary_expression' && scansInto(argument, name))) source = callee.childForFieldName('operand') ?? undefined;
    return undefined;
  });
  return source;
}

/** `&name`, `&row.Name`. */
function scansInto(pointer: SyntaxNode, name: string): boolean {
  let target: SyntaxNode | null | undefined = named(pointer)[0];
  while (target?.type === 'selector_expression') target = target.childForFieldName('operand');
  return target?.type === 'identifier' && target.text === name;
}
