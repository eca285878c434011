// A host held in a name, then handed to a client: `DB_HOST = "10.0.5.12"` then
// `psycopg2.connect(host=DB_HOST)`, or in an attribute of the object: a class attribute `host = "…"` or
// `self.server = "…"`, then `redis.Redis(host=self.server)` in a method of the same class. The literal is the
// address the call gets, judged as if written in it. A name written more than once, or also a parameter's
// name, is left alone: which value arrives is not known. A list of literals (several servers) holds each of them.
import { pushTo } from './held-names';
import { enclosingClass } from '../../languages/python';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { Service } from './services';

/** The service a name's use as a host says, or undefined where the use is no host. */
export type HostUse = (node: SyntaxNode) => Service | undefined;

const PARAMETER_TYPES = new Set(['parameters', 'default_parameter', 'typed_parameter', 'typed_default_parameter', 'lambda_parameters']);

/** The string literals held by names used as hosts, by the literal's node id. */
export function heldHostLiterals(root: SyntaxNode, hostUse: HostUse): ReadonlyMap<number, Service> {
  const writes = new Map<string, SyntaxNode[]>();
  const uses = new Map<string, Service>();
  // `self.x` writes and host uses, by attribute name: the class around them is looked up only for names used as a host.
  const selfWrites = new Map<string, Array<{ attribute: SyntaxNode; value: SyntaxNode }>>();
  const selfUses = new Map<string, Array<{ attribute: SyntaxNode; service: Service }>>();
  walkTree(root, (node) => {
    if (node.type !== 'identifier') return;
    const parent = node.parent;
    if (parent && isSelfAttribute(parent, node)) {
      const assignment = parent.parent;
      if (assignment?.type === 'assignment' && assignment.childForFieldName('left')?.id === parent.id) pushTo(selfWrites, node.text, { attribute: parent, value: assignment.childForFieldName('right')! });
      else {
        const service = hostUse(parent);
        if (service) pushTo(selfUses, node.text, { attribute: parent, service });
      }
      return;
    }
    const written = parent && isWrite(parent, node) ? (parent.type.endsWith('assignment') ? parent.childForFieldName('right') : parent) : undefined;
    if (written) {
      pushTo(writes, node.text, written);
      const member = parent!.type === 'assignment' ? classAttributeKey(parent!, node) : undefined;
      if (member !== undefined) pushTo(writes, member, written);
    } else {
      const service = hostUse(node);
      if (service) uses.set(node.text, service);
    }
  });
  for (const [name, found] of selfUses) {
    for (const { attribute, service } of found) {
      const owner = methodClass(attribute);
      if (owner !== undefined) uses.set(`${owner}.${name}`, service);
    }
    for (const { attribute, value } of selfWrites.get(name) ?? []) {
      const owner = methodClass(attribute);
      if (owner !== undefined) pushTo(writes, `${owner}.${name}`, value);
    }
  }
  const held = new Map<number, Service>();
  for (const [name, service] of uses) {
    const values = writes.get(name);
    const literal = values?.length === 1 ? values[0] : undefined;
    if (literal?.type === 'string') held.set(literal.id, service);
    // `MEMCACHE_SERVERS = ['10.3.0.41:11211', …]` then `'LOCATION': MEMCACHE_SERVERS`: each server of the list.
    else if (literal?.type === 'list') for (const item of literal.namedChildren) if (item?.type === 'string') held.set(item.id, service);
  }
  return held;
}

/** `self.server` (or `cls.server`): an attribute of the object, keyed by its class (methodClass) as its class attribute is. */
function isSelfAttribute(attribute: SyntaxNode, node: SyntaxNode): boolean {
  if (attribute.type !== 'attribute' || attribute.childForFieldName('attribute')?.id !== node.id) return false;
  const object = attribute.childForFieldName('object')?.text;
  return object === 'self' || object === 'cls';
}

/** `host = "…"` written in a class's body: `Database.host`. */
function classAttributeKey(assignment: SyntaxNode, node: SyntaxNode): string | undefined {
  const statement = assignment.parent;
  const block = statement?.type === 'expression_statement' ? statement.parent : undefined;
  const owner = block?.type === 'block' && block.parent?.type === 'class_definition' ? block.parent : undefined;
  return owner ? `${owner.childForFieldName('name')?.text ?? ''}.${node.text}` : undefined;
}

/** How far up a method is looked for: a statement in a method sits a few dozen levels down at most. */
const MAX_METHOD_DEPTH = 40;

/** The name of the class whose method holds `node`. */
function methodClass(node: SyntaxNode): string | undefined {
  let current: SyntaxNode | null = node.parent;
  for (let depth = 0; current && depth < MAX_METHOD_DEPTH; depth++, current = current.parent) {
    if (current.type === 'function_definition') {
      const owner = enclosingClass(current);
      return owner?.childForFieldName('name')?.text;
    }
  }
  return undefined;
}

/** `NAME = …`, `NAME += …`, `def f(NAME)`, `NAME: str = …`. */
function isWrite(parent: SyntaxNode, node: SyntaxNode): boolean {
  if (parent.type === 'assignment' || parent.type === 'augmented_assignment') return parent.childForFieldName('left')?.id === node.id;
  return PARAMETER_TYPES.has(parent.type) && (parent.type === 'parameters' || parent.type === 'lambda_parameters' || parent.namedChildren[0]?.id === node.id);
}
