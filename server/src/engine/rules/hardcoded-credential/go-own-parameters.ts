// Go: a literal passed to a function declared in the same file is bound to the parameter at its position, so
// `Connect("root", "…", ip, 22)` against `func Connect(user, password, host string, port int)` is a password as
// `password := "…"` is (issue #9, probe26c 3: an app's own ssh or database wrapper). The parameter's name makes it a
// name guess, with that guess's severity and its hard negatives (`passwordPrompt`, `passwordField` name no secret).
// Methods are left out (a receiver's type decides which is called), and so are other files of the package, which a
// one-file scan cannot see.
import { named } from '../../languages/go';
import type { SyntaxNode } from '../../languages/treeSitter';
import { readOnce } from '../../readOnce';
import { ownParameterTarget, type DeclaredFunctions } from './own-parameters';
import type { Target } from './target';

/** Per file: each top-level function's parameter names, in order; a variadic tail ends the list. */
const declaredFunctions = readOnce((root: SyntaxNode): DeclaredFunctions => {
  const found = new Map<string, (readonly string[])[]>();
  for (const node of named(root)) {
    if (node.type !== 'function_declaration') continue;
    const name = node.childForFieldName('name')?.text;
    if (name === undefined) continue;
    const parameters: string[] = [];
    for (const declaration of named(node.childForFieldName('parameters'))) {
      if (declaration.type !== 'parameter_declaration') break;
      // `user, password, host string`: each name of one declaration is a parameter.
      for (const child of named(declaration)) if (child.type === 'identifier') parameters.push(child.text);
    }
    found.set(name, [parameters]);
  }
  return found;
});

/** The credential a bare call's argument `index` binds to, when the file declares the function and names that parameter so. */
export function goOwnParameterTarget(root: SyntaxNode, callee: string, index: number): Target | undefined {
  return callee.includes('.') ? undefined : ownParameterTarget(declaredFunctions(root), callee, callee, index);
}
