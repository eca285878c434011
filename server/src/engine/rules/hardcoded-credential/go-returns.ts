// A Go function's returned literal is what the function's name says, as Java's and PHP's getters:
// `func partnerAPIKey() string { return "…" }`, a method `(c *Client) Password() string`, the first of
// `return "…", nil`. A function literal goes by the name it is bound to, also through a call that takes it
// alone: `var signingKey = sync.OnceValue(func() []byte { return []byte("…") })`.
import { enclosingFunction, named } from '../../languages/go';
import type { SyntaxNode } from '../../languages/treeSitter';
import { choiceEnvTarget, getterTarget, type Target } from './target';

const BINDINGS = new Set(['var_spec', 'const_spec', 'short_var_declaration', 'assignment_statement']);

export function returnedTarget(list: SyntaxNode, node: SyntaxNode, envReadName: (node: SyntaxNode | undefined) => string | undefined): Target | undefined {
  if (list.parent?.type !== 'return_statement' || named(list)[0]?.id !== node.id) return undefined;
  const choice = caseEnvTarget(list.parent, envReadName);
  if (choice) return choice;
  const fn = enclosingFunction(list);
  return fn ? getterTarget(functionName(fn)) : undefined;
}

const CASES = new Set(['expression_case', 'default_case']);

/**
 * `switch env { case "prod": return "…" default: return os.Getenv("ENCRYPTION_KEY") }`: a case's literal where another
 * case returns a read of a credential's env var is that variable's value for one case (target.ts choiceEnvTarget).
 */
function caseEnvTarget(statement: SyntaxNode, envReadName: (node: SyntaxNode | undefined) => string | undefined): Target | undefined {
  const clause = statement.parent?.type === 'statement_list' ? statement.parent.parent : statement.parent;
  const switchStatement = clause && CASES.has(clause.type) ? clause.parent : undefined;
  if (switchStatement?.type !== 'expression_switch_statement') return undefined;
  return choiceEnvTarget(named(switchStatement).filter((child) => CASES.has(child.type)), (other) => {
    const statements = named(other).flatMap((child) => (child.type === 'statement_list' ? named(child) : [child]));
    const returned = statements.find((child) => child.type === 'return_statement');
    const values = returned ? named(returned)[0] : undefined;
    return envReadName(values?.type === 'expression_list' ? named(values)[0] : undefined);
  });
}

function functionName(fn: SyntaxNode): string | undefined {
  if (fn.type !== 'func_literal') return fn.childForFieldName('name')?.text;
  let value = fn;
  const list = value.parent;
  if (list?.type === 'argument_list' && named(list).length === 1 && list.parent?.type === 'call_expression') value = list.parent;
  return boundName(value);
}

/** `name := value`, `var name = value`, `name = value`: the single name a value is bound to. */
export function boundName(value: SyntaxNode): string | undefined {
  const values = value.parent;
  const owner = values?.parent;
  if (values?.type !== 'expression_list' || !owner || !BINDINGS.has(owner.type) || named(values).length !== 1) return undefined;
  const names = owner.type.endsWith('_spec') ? named(owner).filter((child) => child.type === 'identifier') : named(owner.childForFieldName('left'));
  return names.length === 1 && names[0]!.type === 'identifier' ? names[0]!.text : undefined;
}
