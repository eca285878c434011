// Ruby: a literal passed positionally to a method defined in the same file is bound to the parameter at its position,
// so `login('ftp.partner.example', 'tally', '…')` against `def self.login(host, user, password)` is a password as
// `password = '…'` is (issue #9, probe26c 3; go-own-parameters.ts). Only calls on no receiver, `self` or a constant
// (`FtpSync.login`); where the file's definitions of that name disagree about the position, nothing is bound.
// Keyword arguments are already named by themselves. A name guess with that guess's severity.
import { walkTree, type SyntaxNode, type SyntaxTree } from '../../languages/treeSitter';
import { readOnce } from '../../readOnce';
import { ownParameterTarget, type DeclaredFunctions } from './own-parameters';
import type { Target } from './target';

// Every definition of a name, in any class (own-parameters.ts binds nothing where they disagree). Keyed by the
// tree: each `tree.rootNode` is a new wrapper object, so a cache keyed by it never answers twice.
const declaredMethods = readOnce((tree: SyntaxTree): DeclaredFunctions => {
  const methods = new Map<string, (readonly string[])[]>();
  walkTree(tree.rootNode, (node) => {
    if (node.type !== 'method' && node.type !== 'singleton_method') return;
    const name = node.childForFieldName('name')?.text;
    if (name === undefined) return;
    const list = methods.get(name) ?? [];
    list.push(positionalParameters(node.childForFieldName('parameters')));
    methods.set(name, list);
  });
  return methods;
});

/** `host, user, password = nil`: positional names in order; a splat, keyword or block parameter ends them. */
function positionalParameters(list: SyntaxNode | null): string[] {
  const names: string[] = [];
  for (const parameter of list?.namedChildren ?? []) {
    if (parameter?.type === 'identifier') names.push(parameter.text);
    else if (parameter?.type === 'optional_parameter') names.push(parameter.childForFieldName('name')?.text ?? '');
    else break;
  }
  return names;
}

/** The credential positional argument `index` of a call binds to, where the file defines the method and names that parameter so. */
export function rubyOwnParameterTarget(call: SyntaxNode, method: string | undefined, index: number): Target | undefined {
  const receiver = call.childForFieldName('receiver');
  if (method === undefined || index < 0 || (receiver && receiver.type !== 'self' && receiver.type !== 'constant' && receiver.type !== 'scope_resolution')) return undefined;
  return ownParameterTarget(declaredMethods(call.tree), method, method, index);
}
