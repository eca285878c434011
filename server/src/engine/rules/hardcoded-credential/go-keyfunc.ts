// golang-jwt's key function: `jwt.Parse(token, func(t *jwt.Token) (interface{}, error) { return
// []byte("…"), nil })` hands back the verification key, so the first value a key function returns
// is a JWT signing key whatever it is called.
import { callArguments, callName, enclosingFunction, lastSegment, named, qualifiedName } from '../../languages/go';
import type { SyntaxNode } from '../../languages/treeSitter';
import type { Target } from './target';

/** Where each parser takes its key function. */
const KEY_FUNCTION_INDEX: Readonly<Record<string, number>> = { Parse: 1, ParseWithClaims: 2, ParseFromRequest: 2 };

export function keyFunctionTarget(list: SyntaxNode, node: SyntaxNode, imports: ReadonlyMap<string, string>): Target | undefined {
  if (list.parent?.type !== 'return_statement' || named(list)[0]?.id !== node.id) return undefined;
  const fn = enclosingFunction(list);
  const call = fn?.type === 'func_literal' && fn.parent?.type === 'argument_list' ? fn.parent.parent : undefined;
  const name = call ? callName(call) : undefined;
  if (!call || name === undefined) return undefined;
  const qualified = qualifiedName(name, imports) ?? name;
  const index = KEY_FUNCTION_INDEX[lastSegment(name)];
  if (index === undefined || !/jwt/i.test(qualified) || callArguments(call)[index]?.id !== fn!.id) return undefined;
  return { kind: 'api', label: `${name} key function`, credential: { noun: 'JWT signing key', strength: 'strong' }, envName: 'JWT_SECRET' };
}
