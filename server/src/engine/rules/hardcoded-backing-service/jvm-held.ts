// A host held in a field or variable, then handed to a client, in Java and Kotlin: `private String redisHost =
// "10.40.2.18";` then `new JedisPool(config, redisHost, 6379)`, Kotlin's `private val host = "cache.internal"` then
// `JedisPool(host, port)`, or a JDBC URL put together around it (`"jdbc:mysql://" + host + ":" + port + "/library"`).
// The literal is the address the call gets, judged as if written in it. A name written more than once, or also a
// parameter's name, is left alone: which value arrives is not known.
import { parentIndexOf, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { JvmSyntax } from '../hardcoded-credential/java-calls';
import { sameNode } from '../hardcoded-credential/java-targets';
import { pushTo } from './held-names';
import { serviceOfScheme, type Service } from './services';
import { GAP, hostSlotService, percentTemplate } from './url-slots';

/** Where a name is used as a host: its service, given the use and a reader of what other names hold. */
export type JvmHostUse = (use: SyntaxNode, syntax: JvmSyntax, holdsString: (node: SyntaxNode) => boolean) => Service | undefined;

const DECLARATIONS = new Set(['variable_declarator', 'property_declaration']);
const PARAMETERS = new Set(['formal_parameter', 'parameter', 'class_parameter']);
const IDENTIFIERS = new Set(['identifier', 'simple_identifier']);

/** What the file's names hold: the string literals held by names used as hosts (by the literal's node id), and the names written more than once. */
export interface HeldNames {
  held: ReadonlyMap<number, Service>;
  /** A default later replaced (`cacheHost = System.getenv("CACHE_HOST")` in the constructor): which value arrives is not known. */
  rewritten: ReadonlySet<string>;
}

export function heldJvmHosts(root: SyntaxNode, literalSyntax: JvmSyntax, hostUse: JvmHostUse): HeldNames {
  // The literals' index knows only their own ancestors; a name's use needs its call's, from the tree's node list.
  const parents = parentIndexOf(root.tree);
  const syntax: JvmSyntax = { ...literalSyntax, parent: (node) => parents.get(node.id) ?? null };
  const writes = new Map<string, SyntaxNode[]>();
  const uses: SyntaxNode[] = [];
  walkTree(root, (node) => {
    const write = writeOf(node, syntax);
    if (write) pushTo(writes, write.name, write.value);
    else if (IDENTIFIERS.has(node.type) || node.type === 'interpolated_identifier') uses.push(node);
  });
  const literalOf = (name: string): SyntaxNode | undefined => {
    const values = writes.get(name);
    const value = values?.length === 1 ? values[0] : undefined;
    return value && syntax.string(value) !== undefined ? value : undefined;
  };
  const holdsString = (node: SyntaxNode): boolean => syntax.string(node) !== undefined || (IDENTIFIERS.has(node.type) && literalOf(node.text) !== undefined);
  const held = new Map<number, Service>();
  const argumentOf = constructorArguments(root, writes, syntax);
  for (const use of uses) {
    const name = use.text.replace(/^\$/, '');
    const literal = literalOf(name);
    const service = literal ? (hostUse(use, syntax, holdsString) ?? urlPieceService(use, syntax) ?? templateSlotService(use, syntax)) : undefined;
    if (literal && service) held.set(literal.id, service);
    // Kotlin's `open class Store(host: String)` building `"jdbc:mysql://$host:3306/shop"`, constructed once in the file with
    // a literal (`class ShopStore : Store("198.51.100.23", …)`): that literal is the URL's host (probe28, Fire-and-water).
    const passed = literal ? undefined : argumentOf(name);
    const slot = passed ? (urlPieceService(use, syntax) ?? templateSlotService(use, syntax)) : undefined;
    if (passed && slot) held.set(passed.id, slot);
  }
  return { held, rewritten: new Set([...writes].filter(([, values]) => values.length > 1).map(([name]) => name)) };
}

/** `String host = "…"`, `val host = "…"`, `host = …`, a parameter `host`: the name written and its value. */
function writeOf(node: SyntaxNode, syntax: JvmSyntax): { name: string; value: SyntaxNode } | undefined {
  if (DECLARATIONS.has(node.type)) {
    const name = node.type === 'variable_declarator' ? node.childForFieldName('name') : node.namedChildren.find((child) => child?.type === 'variable_declaration')?.namedChild(0);
    const value = node.type === 'variable_declarator' ? node.childForFieldName('value') : node.namedChild(node.namedChildCount - 1);
    return name && value && !sameNode(name.parent, value) && !sameNode(value, name) ? { name: name.text, value } : undefined;
  }
  // A parameter of the same name may bring any value: `JedisPool(host: String)`.
  if (PARAMETERS.has(node.type)) {
    const name = node.childForFieldName('name') ?? node.namedChildren.find((child) => child?.type === 'simple_identifier');
    return name ? { name: name.text, value: node } : undefined;
  }
  if (node.type === 'assignment_expression' || node.type === 'assignment') {
    const left = node.type === 'assignment' ? node.namedChild(0) : node.childForFieldName('left');
    const value = node.type === 'assignment' ? node.namedChild(node.namedChildCount - 1) : node.childForFieldName('right');
    const name = left && IDENTIFIERS.has(left.type) ? left.text : left ? syntax.dotted(left)?.replace(/^this\./, '') : undefined;
    return name !== undefined && value ? { name, value } : undefined;
  }
  return undefined;
}

/** `"jdbc:mysql://" + host + …`: a name right after a literal that opens a service URL is that URL's host. */
function urlPieceService(use: SyntaxNode, syntax: JvmSyntax): Service | undefined {
  const sum = syntax.parent(use);
  if (!sum || (sum.type !== 'binary_expression' && sum.type !== 'additive_expression') || !sameNode(sum.namedChild(sum.namedChildCount - 1), use)) return undefined;
  const left = sum.namedChild(0);
  const opening = left ? syntax.string(left)?.value?.text : undefined;
  const scheme = opening === undefined ? undefined : /^((?:jdbc:)?[A-Za-z][A-Za-z0-9+.-]{1,30}):\/\/$/.exec(opening)?.[1];
  return scheme === undefined ? undefined : serviceOfScheme(scheme.toLowerCase());
}

/**
 * A name in the host's place of a URL template: Kotlin's `"jdbc:postgresql://$host:5432/shop"` (or `${host}`), Java's and
 * Kotlin's `String.format("jdbc:mysql://%s:3306/shop", host)`, Kotlin's `"redis://%s:6379".format(host)` (probe28 item 7).
 */
function templateSlotService(use: SyntaxNode, syntax: JvmSyntax): Service | undefined {
  const parent = syntax.parent(use);
  const slot = use.type === 'interpolated_identifier' ? use : parent?.type === 'interpolated_expression' ? parent : undefined;
  const template = slot ? syntax.parent(slot) : undefined;
  if (slot && template?.type === 'string_literal') {
    let text = '';
    let index = -1;
    for (const child of template.namedChildren) {
      if (child?.type === 'string_content') text += child.text;
      else if (child) {
        if (sameNode(child, slot)) index = text.split(GAP).length - 1;
        text += GAP;
      }
    }
    return index >= 0 && text.length <= 500 ? hostSlotService(text, index) : undefined;
  }
  return formatArgumentService(use, parent, syntax);
}

/** `String.format("jdbc:mysql://%s:3306/shop", host)` (Java, Kotlin) and Kotlin's `"…%s…".format(host)`: the argument's field. */
function formatArgumentService(use: SyntaxNode, parent: SyntaxNode | null, syntax: JvmSyntax): Service | undefined {
  // Java: argument_list > identifier; Kotlin: value_arguments > value_argument > simple_identifier.
  const argument = parent?.type === 'value_argument' ? parent : use;
  const list = argument === use ? parent : syntax.parent(argument);
  if (list?.type !== 'argument_list' && list?.type !== 'value_arguments') return undefined;
  const args = list.namedChildren.filter((child): child is SyntaxNode => child !== null && child.type !== 'line_comment' && child.type !== 'comment');
  const call = list.type === 'value_arguments' ? syntax.parent(syntax.parent(list)!) : syntax.parent(list);
  const position = args.findIndex((child) => sameNode(child, argument));
  let template: SyntaxNode | undefined;
  let index = position;
  if (call?.type === 'method_invocation' && call.childForFieldName('name')?.text === 'format' && /^String$/.test(call.childForFieldName('object')?.text ?? '')) {
    template = args[0];
    index = position - 1;
  } else if (call?.type === 'call_expression') {
    const callee = call.namedChild(0);
    const receiver = callee?.type === 'navigation_expression' ? callee.namedChild(0) : undefined;
    const method = callee?.type === 'navigation_expression' ? callee.namedChild(callee.namedChildCount - 1)?.text.replace(/^\./, '') : undefined;
    if (method !== 'format') return undefined;
    if (receiver?.text === 'String') {
      template = args[0]?.type === 'value_argument' ? args[0].namedChild(0) ?? undefined : args[0];
      index = position - 1;
    } else if (receiver?.type === 'string_literal') template = receiver;
  }
  const text = template ? percentTemplate(syntax.string(template)?.value?.text) : undefined;
  return text !== undefined && index >= 0 ? hostSlotService(text, index) : undefined;
}

/**
 * For a Kotlin class's constructor parameter (`open class Store(host: String, …)`), the literal the file's only construction
 * of that class passes in its place: a superclass call (`class ShopStore : Store("198.51.100.23", …)`) or a call
 * (`Store("…", …)`). Undefined when the name is anything else, the class is constructed more than once or never here, or the
 * arguments are named: which value arrives is then not known.
 */
function constructorArguments(root: SyntaxNode, writes: ReadonlyMap<string, SyntaxNode[]>, syntax: JvmSyntax): (name: string) => SyntaxNode | undefined {
  let constructions: Map<string, SyntaxNode[]> | undefined;
  return (name) => {
    const values = writes.get(name);
    const parameter = values?.length === 1 && values[0]!.type === 'class_parameter' ? values[0]! : undefined;
    const constructor = parameter ? syntax.parent(parameter) : null;
    const owner = constructor?.type === 'primary_constructor' ? syntax.parent(constructor) : null;
    const className = owner?.type === 'class_declaration' ? owner.namedChildren.find((child) => child?.type === 'type_identifier')?.text : undefined;
    if (!parameter || !constructor || className === undefined) return undefined;
    if (!constructions) {
      constructions = new Map();
      walkTree(root, (node) => {
        const callee = node.type === 'constructor_invocation' || node.type === 'call_expression' ? node.namedChild(0) : null;
        const arguments_ = node.type === 'constructor_invocation' ? node.namedChild(1) : node.namedChild(1)?.namedChild(0);
        if (callee && arguments_?.type === 'value_arguments' && (callee.type === 'user_type' || callee.type === 'simple_identifier')) pushTo(constructions!, callee.text, arguments_);
      });
    }
    const calls = constructions.get(className);
    if (calls?.length !== 1) return undefined;
    const index = constructor.namedChildren.filter((child) => child?.type === 'class_parameter').findIndex((child) => sameNode(child, parameter));
    const args = calls[0]!.namedChildren.filter((child) => child?.type === 'value_argument');
    // A named argument (`Store(host = "…")`) has its name before the value: not read by position.
    if (args.some((argument) => argument!.namedChildCount !== 1)) return undefined;
    const value = index >= 0 ? args[index]?.namedChild(0) : undefined;
    return value?.type === 'string_literal' && syntax.string(value) !== undefined && !value.namedChildren.some((child) => child?.type !== 'string_content') ? value : undefined;
  };
}
