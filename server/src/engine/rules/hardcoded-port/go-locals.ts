// `port := ":8080"` then `net.Listen("tcp", port)`: a listen address held in a local that its function writes once,
// from a literal, before the server call is the literal passed directly. A local written again (`addr = v` under an
// `os.Getenv` test), handed to a flag by address (`flag.StringVar(&addr, …)`) or written after the call is the
// deploy's to change, and stays silent.
import { isGoString, named } from '../../languages/go';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';

const FUNCTIONS = new Set(['function_declaration', 'method_declaration', 'func_literal']);

/** The string literal a local of the enclosing function holds wherever `identifier` reads it, if it is written once. */
export function goLocalLiteral(identifier: SyntaxNode): SyntaxNode | undefined {
  let scope = identifier.parent;
  while (scope && !FUNCTIONS.has(scope.type)) scope = scope.parent;
  const body = scope?.childForFieldName('body');
  if (!body) return undefined;
  const name = identifier.text;
  let writes = 0;
  let value: SyntaxNode | undefined;
  walkTree(body, (node) => {
    if (node.type === 'short_var_declaration' || node.type === 'assignment_statement') {
      const left = named(node.childForFieldName('left'));
      const at = left.findIndex((target) => target.text === name);
      if (at < 0) return;
      writes += 1;
      const right = named(node.childForFieldName('right'));
      value = node.type === 'short_var_declaration' && left.length === right.length ? right[at] : undefined;
    } else if (node.type === 'var_spec' && node.childrenForFieldName('name').some((spec) => spec?.text === name)) {
      writes += 1;
      const values = named(node.childForFieldName('value'));
      value = node.childrenForFieldName('name').length === 1 && values.length === 1 ? values[0] : undefined;
    } else if ((node.type === 'unary_expression' && node.text.replace(/\s+/g, '') === `&${name}`) || (node.type === 'inc_statement' && node.text.startsWith(name))) {
      writes += 1;
    }
  });
  return writes === 1 && value && isGoString(value) && value.endIndex <= identifier.startIndex ? value : undefined;
}
