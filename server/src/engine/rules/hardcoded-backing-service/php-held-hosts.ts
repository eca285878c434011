// A host held in a variable or constant, then handed to a client: `$servername = "db.internal";
// new mysqli($servername, …)`, `define('DB_SERVER', '10.0.5.12'); mysqli_connect(DB_SERVER, …)`,
// `$host = '…'; new PDO("mysql:host=$host;dbname=shop")`, and a class's property: `private $host = '…';`
// then `new mysqli($this->host, …)`, `new PDO("mysql:host={$this->host};…")` or `"mysql:host=" . $this->host`.
// The literal is the address the call gets, judged as if written in it. A name written more than once (a
// default later overridden, `$this->host = getenv('DB_HOST')` in the constructor), or also a parameter's
// name, is left alone.
import { heldOnce, pushTo } from './held-names';
import { ancestors, callOf, parentOf, phpString, stringValue, walkWithParents, type Parents } from '../../languages/php';
import type { SyntaxNode } from '../../languages/treeSitter';
import type { Service } from './services';

/** Where a name is used as a host, and the service the use says. */
export type HostUse = (node: SyntaxNode, parents: Parents) => Service | undefined;

/** The literals held by names used as hosts, by the literal's node id. */
export function heldHostLiterals(root: SyntaxNode, hostUse: HostUse): ReadonlyMap<number, Service> {
  const writes = new Map<string, SyntaxNode[]>();
  const uses = new Map<string, Service>();
  walkWithParents(root, (node, parents) => {
    const write = writeOf(node, parents);
    if (write) pushTo(writes, write.name, write.value);
    // A property's key needs its class (a climb): only for a property the code hands to a client.
    const member = node.type === 'member_access_expression' || node.type === 'scoped_property_access_expression';
    const name = member ? undefined : useName(node, parents);
    const service = member || name !== undefined ? hostUse(node, parents) : undefined;
    const key = member && service ? useName(node, parents) : name;
    if (key !== undefined && service) uses.set(key, service);
  });
  return heldOnce(uses, writes, (literal) => phpString(literal) !== undefined);
}

/** `$x = …`, `define('X', …)`, `const X = …`, a parameter `$x`, a property: the name written and the value written to it. */
function writeOf(node: SyntaxNode, parents: Parents): { name: string; value: SyntaxNode } | undefined {
  if (node.type === 'assignment_expression') {
    const left = node.childForFieldName('left');
    const value = node.childForFieldName('right');
    const name = left?.type === 'variable_name' ? left.text : left ? propertyKey(left, parents) : undefined;
    return name !== undefined && value ? { name, value } : undefined;
  }
  // `private $host = "db.internal";` (a declaration without a value writes nothing).
  if (node.type === 'property_element') {
    const name = node.childForFieldName('name');
    const value = node.namedChildren.find((child) => child !== null && child.id !== name?.id);
    const owner = className(node, parents);
    const initial = value?.type === 'property_initializer' ? value.namedChild(0) : value;
    return name && initial && owner !== undefined ? { name: `${owner}::${name.text.replace(/^\$/, '')}`, value: initial } : undefined;
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

/**
 * A variable, a property of `$this` (`self::$x`), or a bare constant passed as an argument (`mysqli_connect(DB_SERVER, …)`)
 * or put into a DSN (`const SGBD = "mysql:host=" . SERVER . ";dbname=" . DB;`, the CRUD-MVC course's config file: the
 * host is judged where the constant is written, wherever the DSN is later used).
 */
function useName(node: SyntaxNode, parents: Parents): string | undefined {
  const parent = parentOf(node, parents);
  const written = parent?.type === 'assignment_expression' && parent.childForFieldName('left')?.id === node.id;
  if (node.type === 'variable_name') return written ? undefined : node.text;
  if (node.type === 'member_access_expression' || node.type === 'scoped_property_access_expression') return written ? undefined : propertyKey(node, parents);
  return node.type === 'name' && (parent?.type === 'argument' || parent?.type === 'binary_expression') ? node.text : undefined;
}

/** `$this->host`, `self::$host`, `static::$host`: `Db::host` in class `Db`; another object's property is not known. */
function propertyKey(node: SyntaxNode, parents: Parents): string | undefined {
  let name: string | undefined;
  if (node.type === 'member_access_expression' && node.childForFieldName('object')?.text === '$this') name = node.childForFieldName('name')?.text;
  else if (node.type === 'scoped_property_access_expression' && /^(?:self|static)$/i.test(node.childForFieldName('scope')?.text ?? '')) name = node.childForFieldName('name')?.text.replace(/^\$/, '');
  const owner = name === undefined || !/^\w+$/.test(name) ? undefined : className(node, parents);
  return owner === undefined ? undefined : `${owner}::${name}`;
}

/** The name of the class (or trait) whose body holds `node`. */
function className(node: SyntaxNode, parents: Parents): string | undefined {
  const owner = ancestors(node, parents).find((current) => current.type === 'class_declaration' || current.type === 'trait_declaration');
  return owner?.childForFieldName('name')?.text;
}

/** PDO drivers whose DSN names a host; the variable right after `host=` / `Server=` is it. */
// The driver may be a variable too (`"$driver:host=$host;…"`, `"{$cfg['driver']}:host=…"`): any database then.
const PDO_PREFIX = /^\s*"(mysql|pgsql|sqlsrv|dblib|mssql|oci|firebird|cubrid|\$[A-Za-z_]\w{0,40}|\{\$[^{}"]{1,80}\}):/i;
const HOST_KEY_BEFORE = /(?:^|;)\s*(?:host|server)\s*=\s*\{?$/i;

/**
 * `"mysql:host=$host;dbname=shop"`, `"pgsql:host={$this->host};…"`: the PDO driver of an interpolated DSN whose host
 * is this variable or property; also of a DSN put together with `.` (`"mysql:host=" . $this->host . ";dbname=…"`).
 */
export function pdoDsnHostDriver(node: SyntaxNode, parents: Parents): string | undefined {
  const dsn = parentOf(node, parents);
  if (dsn?.type === 'binary_expression') return concatenatedDsnDriver(dsn, node);
  if (dsn?.type !== 'encapsed_string' || (node.type !== 'variable_name' && node.type !== 'member_access_expression')) return undefined;
  const prefix = PDO_PREFIX.exec(dsn.text);
  if (!prefix) return undefined;
  const before = dsn.text.slice(prefix[0].length, node.startIndex - dsn.startIndex);
  return HOST_KEY_BEFORE.test(before) ? pdoDriver(prefix[1]!) : undefined;
}

/** The driver a DSN names, or `database` when a variable holds it. */
function pdoDriver(written: string): string {
  return /^[$\{]/.test(written) ? 'database' : written.toLowerCase();
}

/**
 * `"mysql:host=db.internal;dbname=$name"`, `"$driver:host=10.0.3.7;…"`: an interpolated DSN whose host is written in
 * it. The driver, and the host the literal names (not a variable, nor a name put together with one).
 */
export function interpolatedPdoHost(dsn: SyntaxNode): { driver: string; host: string } | undefined {
  const prefix = PDO_PREFIX.exec(dsn.text);
  if (!prefix) return undefined;
  const host = /(?:^|;)\s*(?:host|server)\s*=\s*([\w.-]{1,253})(?=[;,"])/i.exec(dsn.text.slice(prefix[0].length))?.[1];
  return host === undefined ? undefined : { driver: pdoDriver(prefix[1]!), host };
}

/** `"mysql:host=" . $host`: the operand right after a literal that opens a PDO DSN and ends at its host key. */
function concatenatedDsnDriver(concatenation: SyntaxNode, node: SyntaxNode): string | undefined {
  if (concatenation.childForFieldName('operator')?.type !== '.' || concatenation.childForFieldName('right')?.id !== node.id) return undefined;
  const left = concatenation.childForFieldName('left');
  if (left?.type !== 'string' && left?.type !== 'encapsed_string') return undefined;
  const quoted = left.text.replace(/^'/, '"');
  const prefix = PDO_PREFIX.exec(quoted);
  return prefix && HOST_KEY_BEFORE.test(quoted.slice(prefix[0].length, -1)) ? pdoDriver(prefix[1]!) : undefined;
}
