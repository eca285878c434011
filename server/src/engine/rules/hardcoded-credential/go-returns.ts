// A Go function's returned literal is what the function's name says, as Java's and PHP's getters:
// `func partnerAPIKey() string { return "…" }`, a method `(c *Client) Password() string`, the first of
// `return "…", nil`. A function literal goes by the name it is bound to, also through a call that takes it
// alone: `var signingKey = sync.OnceValue(func() []byte { return []byte("…") })`.
import { enclosingFunction, named } from '../../languages/go';
import type { SyntaxNode } from '../../languages/treeSitter';
import { getterTarget, type Target } from './target';

const BINDINGS = new Set(['var_spec', 'const_spec', 'short_var_declaration', 'assignment_statement']);

export function returnedTarget(list: SyntaxNode, node: SyntaxNode): Target | undefined {
  if (list.parent?.type !== 'return_statement' || named(list)[0]?.id !== node.id) return undefined;
  const fn = enclosingFunction(list);
  return fn ? getterTarget(functionName(fn)) : undefined;
}

function functionName(fn: SyntaxNode): string | undefined {
  if (fn.type !== 'func_literal') return fn.childForFieldName('name')?.text;
  let value = fn;
  const list = value.parent;
  if (list?.type === 'argument_list' && named(list).length === 1 && list.parent?.type === 'call_expression') value = list.parent;
  return boundName(value);
}

/** `name := value`, `var name = value`, `name = value`: the single name a value is bound to. */
function boundName(value: SyntaxNode): string | undefined {
  const values = value.parent;
  const owner = values?.parent;
  if (values?.type !== 'expression_list' || !owner || !BINDINGS.has(owner.type) || named(values).length !== 1) return undefined;
  const names = owner.type.endsWith('_spec') ? named(owner).filter((child) => child.type === 'identifier') : named(owner.childForFieldName('left'));
  return names.length === 1 && names[0]!.type === 'identifier' ? names[0]!.text : undefined;
}
