// Python: a literal passed positionally to a function defined at the top of the same module is bound to the parameter
// at its position, so `open_db("reports", "ro", "…")` against `def open_db(host, user, password)` is a password as
// `password = "…"` is (issue #9, probe26c 3; go-own-parameters.ts). A keyword argument is already named by itself. A
// name guess with that guess's severity; methods and imported functions are left out (another file's to say).
import type { SyntaxNode, SyntaxTree } from '../../languages/treeSitter';
import { readOnce } from '../../readOnce';
import { ownParameterTarget, type DeclaredFunctions } from './own-parameters';
import type { Target } from './target';

/**
 * The positional parameters of each top-level `def` (decorated too), in order; `*args` or a bare `*` ends them.
 * Keyed by the tree: each `tree.rootNode` is a new wrapper object, so a cache keyed by it never answers twice.
 */
const declaredFunctions = readOnce((tree: SyntaxTree): DeclaredFunctions => {
  const found = new Map<string, (readonly string[])[]>();
  for (const child of tree.rootNode.namedChildren) {
    const node = child?.type === 'decorated_definition' ? child.childForFieldName('definition') : child;
    if (node?.type !== 'function_definition') continue;
    const name = node.childForFieldName('name')?.text;
    // A later `def` of a name replaces an earlier one, as it does when the module runs.
    if (name !== undefined) found.set(name, [positionalParameters(node.childForFieldName('parameters'))]);
  }
  return found;
});

function positionalParameters(list: SyntaxNode | null): string[] {
  const names: string[] = [];
  for (const parameter of list?.namedChildren ?? []) {
    if (!parameter) continue;
    if (parameter.type === 'identifier') names.push(parameter.text);
    else if (parameter.type === 'default_parameter' || parameter.type === 'typed_default_parameter') names.push(parameter.childForFieldName('name')?.text ?? '');
    else if (parameter.type === 'typed_parameter') names.push(parameter.namedChildren.find((child) => child?.type === 'identifier')?.text ?? '');
    else if (parameter.type === 'positional_separator') continue;
    else break;
  }
  return names;
}

/** The credential positional argument `index` of a bare call binds to, where the module defines the function so. */
export function pythonOwnParameterTarget(call: SyntaxNode, index: number): Target | undefined {
  const callee = call.childForFieldName('function');
  if (callee?.type !== 'identifier' || index < 0) return undefined;
  return ownParameterTarget(declaredFunctions(call.tree), callee.text, callee.text, index);
}
