// A basic-auth middleware's validator: echo's `middleware.BasicAuth(func(u, p string, c echo.Context) (bool, error) {…})`
// (and BasicAuthConfig's `Validator:`), fiber's `basicauth.Config{Authorizer: func(u, p string) bool {…}}`. Its second
// parameter is the password whatever the author named it, so `p == "…"` compares the password with a literal.
import { callName, lastSegment, named } from '../../languages/go';
import type { SyntaxNode } from '../../languages/treeSitter';

/** Calls that take the validator (echo's `BasicAuth`), and config fields that hold one (echo's, fiber's). */
const VALIDATOR_CALLS = new Set(['BasicAuth']);
const VALIDATOR_FIELDS = new Set(['Validator', 'Authorizer']);

/** The name a compared identifier goes by when it is the password parameter of the validator it is used in. */
export function validatorPasswordName(node: SyntaxNode | null | undefined): string[] | undefined {
  if (node?.type !== 'identifier') return undefined;
  let fn = node.parent;
  while (fn && fn.type !== 'func_literal') fn = fn.parent;
  if (!fn || parameterNames(fn)[1] !== node.text || !isValidator(fn)) return undefined;
  return ['basicAuth', 'password'];
}

/** `func(u, p string, c echo.Context)`: the names in order (a type is no identifier). */
function parameterNames(fn: SyntaxNode): string[] {
  const list = fn.childForFieldName('parameters');
  return list ? named(list).flatMap((declaration) => named(declaration).filter((child) => child.type === 'identifier').map((child) => child.text)) : [];
}

function isValidator(fn: SyntaxNode): boolean {
  const holder = fn.parent?.type === 'literal_element' ? fn.parent.parent : fn.parent;
  if (holder?.type === 'argument_list' && holder.parent?.type === 'call_expression') {
    const name = callName(holder.parent);
    return name !== undefined && VALIDATOR_CALLS.has(lastSegment(name));
  }
  return holder?.type === 'keyed_element' && VALIDATOR_FIELDS.has(named(holder)[0]?.text ?? '');
}
