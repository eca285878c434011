// PHP: a literal passed positionally to a function defined in the same file (at its top or in its namespace) is bound
// to the parameter at its position, so `legacy_connect('db', 'export', '…')` against
// `function legacy_connect($host, $user, $password)` is a password as `$password = '…'` is (issue #9, probe26c 3;
// go-own-parameters.ts). A named argument is already named by itself. A name guess with that guess's severity;
// methods and functions of other files are left out.
import { named, type PhpCall } from '../../languages/php';
import type { SyntaxNode, SyntaxTree } from '../../languages/treeSitter';
import { readOnce } from '../../readOnce';
import { ownParameterTarget, type DeclaredFunctions } from './own-parameters';
import type { Target } from './target';

/**
 * Each function's parameter names without `$`, by its lowercase name (PHP's function names ignore case).
 * Keyed by the tree: each `tree.rootNode` is a new wrapper object, so a cache keyed by it never answers twice.
 */
const declaredFunctions = readOnce((tree: SyntaxTree): DeclaredFunctions => {
  const root = tree.rootNode;
  const found = new Map<string, (readonly string[])[]>();
  // `namespace App { function f() {} }` holds its functions one level down.
  const statements = named(root).flatMap((node) => (node.type === 'namespace_definition' ? named(node.childForFieldName('body')) : [node]));
  for (const node of statements) {
    if (node.type !== 'function_definition') continue;
    const name = node.childForFieldName('name')?.text;
    if (name !== undefined) found.set(name.toLowerCase(), [parameterNames(node.childForFieldName('parameters'))]);
  }
  return found;
});

function parameterNames(list: SyntaxNode | null): string[] {
  const names: string[] = [];
  for (const parameter of named(list)) {
    if (parameter.type !== 'simple_parameter') break;
    names.push(parameter.childForFieldName('name')?.text.replace(/^\$/, '') ?? '');
  }
  return names;
}

/** The credential positional argument `index` of a function call binds to, where the file defines the function so. */
export function phpOwnParameterTarget(call: PhpCall, index: number, callNode: SyntaxNode): Target | undefined {
  if (call.kind !== 'function' || call.args[index]?.name !== undefined) return undefined;
  return ownParameterTarget(declaredFunctions(callNode.tree), call.name.toLowerCase(), call.name, index);
}
