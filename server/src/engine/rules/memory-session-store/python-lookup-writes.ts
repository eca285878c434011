// A handler that refills a per-user-named container from a query that takes nothing from the request
// (`for kind_id, name in fetch_all("SELECT id, name FROM profile_kind"): profile_kinds[kind_id] = name`) keeps
// a lookup table, the same for every visitor: the name alone does not make it per-user state (probe29's
// `profile` list of profile types). A query that reads the request keeps the name's answer.
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import { hasWord, IDENTITY_WORDS } from './javascript-handlers';

/** What a request is read through in Flask, Django, FastAPI and Bottle views besides the handler's parameters. */
const REQUEST_NAMES = new Set(['request', 'session', 'g', 'current_user', 'req']);

/** Whether every value the write uses (its keys and what it stores) comes from such a request-free call. */
export function isRequestFreeLookup(reference: SyntaxNode, keys: readonly SyntaxNode[], stored: SyntaxNode | undefined, handler: SyntaxNode): boolean {
  const rebound = reference.parent?.type === 'assignment' ? reference.parent.childForFieldName('right') : null;
  const values = [...keys, ...(stored ? [stored] : []), ...(rebound ? [rebound] : [])];
  if (values.length === 0) return false;
  const names = requestNames(handler);
  return values.every((value) => isFromRequestFreeCall(value, handler, names, 0));
}

function isFromRequestFreeCall(value: SyntaxNode, handler: SyntaxNode, names: ReadonlySet<string>, depth: number): boolean {
  const target = value.type === 'await' ? value.namedChild(0) : value;
  if (!target) return false;
  if (target.type === 'identifier') {
    const source = depth < 2 ? bindingSource(target.text, handler) : undefined;
    return source !== undefined && isFromRequestFreeCall(source, handler, names, depth + 1);
  }
  let calls = 0;
  let reads = false;
  walkTree(target, (node) => {
    if (reads || node.type === 'lambda') return false;
    if (node.type === 'call') calls++;
    // `row.name` reads `row`; the attribute's own name is a member, not a variable.
    if (node.type !== 'identifier' || isAttributeName(node)) return undefined;
    if (names.has(node.text) || hasWord(node.text, IDENTITY_WORDS)) reads = true;
    // A local of the handler (`db = get_db()`, `email = request.form["email"]`), followed to what it holds: a
    // connection made from nothing of the request reads none of it (the inline `x.update(db.execute(…).fetchall())`).
    else if (bindingSource(node.text, handler) !== undefined) reads = !isFromRequestFreeCall(node, handler, names, depth + 1);
    return undefined;
  });
  return calls > 0 && !reads;
}

/** What a handler's loop or assignment binds `name` to: `for a, b in <source>:`, `name = <source>`. */
function bindingSource(name: string, handler: SyntaxNode): SyntaxNode | undefined {
  let source: SyntaxNode | undefined;
  walkTree(handler, (node) => {
    if (source) return false;
    const bound = node.type === 'for_statement' || node.type === 'assignment' ? node.childForFieldName('left') : null;
    if (bound && binds(bound, name)) source = node.childForFieldName('right') ?? undefined;
    return undefined;
  });
  return source;
}

function binds(target: SyntaxNode, name: string): boolean {
  if (target.type === 'identifier') return target.text === name;
  return (target.type === 'pattern_list' || target.type === 'tuple_pattern') && target.namedChildren.some((child) => child !== null && binds(child, name));
}

/** The handler's parameters and how a request is read: what a call would use to pass the request on. */
function requestNames(handler: SyntaxNode): Set<string> {
  const names = new Set(REQUEST_NAMES);
  for (const parameter of handler.childForFieldName('parameters')?.namedChildren ?? []) {
    const identifier = parameter?.type === 'identifier' ? parameter : (parameter?.childForFieldName('name') ?? parameter?.namedChild(0));
    if (identifier?.type === 'identifier') names.add(identifier.text);
  }
  return names;
}

function isAttributeName(node: SyntaxNode): boolean {
  return node.parent?.type === 'attribute' && node.parent.childForFieldName('attribute')?.id === node.id;
}
