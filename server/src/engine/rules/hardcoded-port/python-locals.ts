// `port = 5000` then `app.run(port=port)` in a function or under `if __name__ == "__main__":`: a name its scope writes
// once, before the call, holds that literal as surely as a module constant does. Written again (`port =
// int(os.getenv("PORT", port))`, `port += 1`, a `for` target) it is the deploy's to change, and stays silent.
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';

const SCOPES = new Set(['function_definition', 'lambda', 'class_definition']);
const WRITES = new Set(['assignment', 'augmented_assignment', 'for_statement', 'named_expression', 'with_item', 'global_statement', 'nonlocal_statement']);

/** The value a name of the enclosing function (or of the module, outside every function) was assigned once. */
export function pythonLocalValue(identifier: SyntaxNode): SyntaxNode | undefined {
  let scope = identifier.parent;
  while (scope && !SCOPES.has(scope.type) && scope.parent) scope = scope.parent;
  if (!scope) return undefined;
  const name = identifier.text;
  // A parameter given a literal only when the caller passed none (`if not port: port = 8000`) is the caller's.
  if (scope.childForFieldName('parameters')?.namedChildren.some((parameter) => parameter?.text.split(/[:=]/)[0]?.trim().replace(/^\*+/, '') === name)) return undefined;
  let writes = 0;
  let value: SyntaxNode | undefined;
  walkTree(scope, (node) => {
    if (node.id !== scope.id && SCOPES.has(node.type)) return false;
    if (!WRITES.has(node.type)) return undefined;
    const target = node.type === 'for_statement' ? node.childForFieldName('left') : node.type === 'named_expression' ? node.childForFieldName('name') : node.childForFieldName('left') ?? node;
    if (!target || !bindsName(target, name)) return undefined;
    writes += 1;
    value = node.type === 'assignment' && node.childForFieldName('left')?.text === name ? (node.childForFieldName('right') ?? undefined) : undefined;
    return undefined;
  });
  return writes === 1 && value && value.endIndex <= identifier.startIndex ? value : undefined;
}

/** The target names `name` itself (`port`, `host, port`, `global port`), not an attribute of something (`self.port`). */
function bindsName(target: SyntaxNode, name: string): boolean {
  let found = false;
  walkTree(target, (node) => {
    if (node.type === 'identifier' && node.text === name && node.parent?.type !== 'attribute') found = true;
  });
  return found;
}
