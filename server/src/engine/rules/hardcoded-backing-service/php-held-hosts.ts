// A host held in a variable or constant, then handed to a client: `$servername = "db.internal";
// new mysqli($servername, …)`, `define('DB_SERVER', '10.0.5.12'); mysqli_connect(DB_SERVER, …)`,
// `$host = '…'; new PDO("mysql:host=$host;dbname=shop")`. The literal is the address the call gets,
// judged as if written in it. A name written more than once (a default later overridden), or also a
// parameter's name, is left alone.
import { pushTo } from './held-names';
import { callOf, parentOf, phpString, stringValue, walkWithParents, type Parents } from '../../languages/php';
import type { SyntaxNode } from '../../languages/treeSitter';
import type { Service } from './services';

/** Where a name is used as a host, and the service the use says. */
export type HostUse = (node: SyntaxNode, parents: Parents) => Service | undefined;

/** The literals held by names used as hosts, by the literal's node id. */
export function heldHostLiterals(root: SyntaxNode, hostUse: HostUse): ReadonlyMap<number, Service> {
  const writes = new Map<string, SyntaxNode[]>();
  const uses = new Map<string, Service>();
  walkWithParents(root, (node, parents) => {
    const write = writeOf(node);
    if (write) pushTo(writes, write.name, write.value);
    const name = useName(node, parents);
    const service = name === undefined ? undefined : hostUse(node, parents);
    if (name !== undefined && service) uses.set(name, service);
  });
  const held = new Map<number, Service>();
  for (const [name, service] of uses) {
    const values = writes.get(name);
    const literal = values?.length === 1 ? values[0] : undefined;
    if (literal && phpString(literal) !== undefined) held.set(literal.id, service);
  }
  return held;
}

/** `$x = …`, `define('X', …)`, `const X = …`, a parameter `$x`: the name written and the value written to it. */
function writeOf(node: SyntaxNode): { name: string; value: SyntaxNode } | undefined {
  if (node.type === 'assignment_expression') {
    const left = node.childForFieldName('left');
    const value = node.childForFieldName('right');
    return left?.type === 'variable_name' && value ? { name: left.text, value } : undefined;
  }
  // A parameter of the same name may bring any value: `function connect($host) { … }`.
  if (node.type === 'simple_parameter' || node.type === 'property_promotion_parameter') {
    const name = node.childForFieldName('name');
    return name ? { name: name.text, value: node } : undefined;
  }
  if (node.type === 'const_element') {
    const name = node.namedChildren.find((child) => child?.type === 'name');
    const value = node.namedChildren[node.namedChildCount - 1];
    return name && value && value.id !== name.id ? { name: name.text, value } : undefined;
  }
  const call = callOf(node);
  if (call?.kind !== 'function' || call.name.toLowerCase() !== 'define' || call.args.length < 2) return undefined;
  const name = stringValue(call.args[0]!.value);
  return name === undefined ? undefined : { name, value: call.args[1]!.value };
}

/** A variable, or a bare constant passed as an argument (`mysqli_connect(DB_SERVER, …)`). */
function useName(node: SyntaxNode, parents: Parents): string | undefined {
  if (node.type === 'variable_name') return parentOf(node, parents)?.type === 'assignment_expression' && parentOf(node, parents)?.childForFieldName('left')?.id === node.id ? undefined : node.text;
  return node.type === 'name' && parentOf(node, parents)?.type === 'argument' ? node.text : undefined;
}

/** PDO drivers whose DSN names a host; the variable right after `host=` / `Server=` is it. */
const PDO_PREFIX = /^\s*"(mysql|pgsql|sqlsrv|dblib|mssql|oci|firebird|cubrid):/i;
const HOST_KEY_BEFORE = /(?:^|;)\s*(?:host|server)\s*=\s*$/i;

/** `"mysql:host=$host;dbname=shop"`: the PDO driver of an interpolated DSN whose host is this variable. */
export function pdoDsnHostDriver(node: SyntaxNode, parents: Parents): string | undefined {
  const dsn = parentOf(node, parents);
  if (dsn?.type !== 'encapsed_string' || node.type !== 'variable_name') return undefined;
  const prefix = PDO_PREFIX.exec(dsn.text);
  if (!prefix) return undefined;
  const before = dsn.text.slice(prefix[0].length, node.startIndex - dsn.startIndex);
  return HOST_KEY_BEFORE.test(before) ? prefix[1]!.toLowerCase() : undefined;
}
