// A host held in a name, then handed to a client: `DB_HOST = "10.0.5.12"` then
// `psycopg2.connect(host=DB_HOST)`. The literal is the address the call gets, judged as if written in
// it. A name written more than once, or also a parameter's name, is left alone: which value arrives is not known.
import { pushTo } from './held-names';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { Service } from './services';

/** The service a name's use as a host says, or undefined where the use is no host. */
export type HostUse = (node: SyntaxNode) => Service | undefined;

const PARAMETER_TYPES = new Set(['parameters', 'default_parameter', 'typed_parameter', 'typed_default_parameter', 'lambda_parameters']);

/** The string literals held by names used as hosts, by the literal's node id. */
export function heldHostLiterals(root: SyntaxNode, hostUse: HostUse): ReadonlyMap<number, Service> {
  const writes = new Map<string, SyntaxNode[]>();
  const uses = new Map<string, Service>();
  walkTree(root, (node) => {
    if (node.type !== 'identifier') return;
    const parent = node.parent;
    const written = parent && isWrite(parent, node) ? (parent.type.endsWith('assignment') ? parent.childForFieldName('right') : parent) : undefined;
    if (written) pushTo(writes, node.text, written);
    else {
      const service = hostUse(node);
      if (service) uses.set(node.text, service);
    }
  });
  const held = new Map<number, Service>();
  for (const [name, service] of uses) {
    const values = writes.get(name);
    const literal = values?.length === 1 ? values[0] : undefined;
    if (literal?.type === 'string') held.set(literal.id, service);
  }
  return held;
}

/** `NAME = …`, `NAME += …`, `def f(NAME)`, `NAME: str = …`. */
function isWrite(parent: SyntaxNode, node: SyntaxNode): boolean {
  if (parent.type === 'assignment' || parent.type === 'augmented_assignment') return parent.childForFieldName('left')?.id === node.id;
  return PARAMETER_TYPES.has(parent.type) && (parent.type === 'parameters' || parent.type === 'lambda_parameters' || parent.namedChildren[0]?.id === node.id);
}
