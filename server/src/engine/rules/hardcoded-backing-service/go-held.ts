// Go values a client gets through a name: `kafkaAddrs := []string{"kafka-1.internal:9092"}` then
// `kafka.WriterConfig{Brokers: kafkaAddrs}`, `host := "orders-pg.internal"` then
// `fmt.Sprintf("postgres://%s:%s@%s:5432/orders", user, pass, host)`. The literal is what the client
// gets, judged as if written in place. A name the file writes more than once, or that is also a
// parameter's, is left alone: which value arrives is not known.
import { pushTo } from './held-names';
import { callArguments, callName, goStringValue, named } from '../../languages/go';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import { dsnAddress, urlAddress, type Found } from './address';

const DECLARATIONS = new Set(['short_var_declaration', 'assignment_statement', 'var_spec', 'const_spec']);

/**
 * Each name's writes and reads in one file, by scope (the function around it, or the package), listed
 * on first use. A read belongs to its function's name when the function writes it, else to the package's.
 */
export class GoNames {
  private index?: { writes: Map<string, number>; uses: Map<string, SyntaxNode[]> };

  constructor(private readonly root: SyntaxNode) {}

  /** The reads of the name whose one write in its scope is `value` (`name := value`, `var name = value`). */
  usesOfValue(value: SyntaxNode): SyntaxNode[] {
    const name = declaredName(value);
    if (name === undefined) return [];
    const { writes, uses } = this.read();
    const key = `${scopeOf(value)}:${name}`;
    return writes.get(key) === 1 ? (uses.get(key) ?? []) : [];
  }

  private read(): { writes: Map<string, number>; uses: Map<string, SyntaxNode[]> } {
    if (this.index) return this.index;
    const writes = new Map<string, number>();
    const reads: Array<{ node: SyntaxNode; scope: number }> = [];
    // The functions open at the node being visited (a pre-order walk): cheaper than climbing from each identifier.
    const open: SyntaxNode[] = [];
    walkTree(this.root, (node) => {
      while (open.length > 0 && open[open.length - 1]!.endIndex <= node.startIndex) open.pop();
      if (FUNCTIONS.has(node.type)) open.push(node);
      if (node.type !== 'identifier') return;
      const scope = open[open.length - 1]?.id ?? 0;
      if (!isWritten(node)) reads.push({ node, scope });
      else writes.set(`${scope}:${node.text}`, (writes.get(`${scope}:${node.text}`) ?? 0) + 1);
    });
    const uses = new Map<string, SyntaxNode[]>();
    for (const { node, scope } of reads) {
      const key = writes.has(`${scope}:${node.text}`) ? `${scope}:${node.text}` : `0:${node.text}`;
      pushTo(uses, key, node);
    }
    this.index = { writes, uses };
    return this.index;
  }
}

const FUNCTIONS = new Set(['function_declaration', 'method_declaration', 'func_literal']);

/** The id of the function a node is in, 0 for the package. */
function scopeOf(node: SyntaxNode): number {
  for (let current = node.parent; current; current = current.parent) if (FUNCTIONS.has(current.type)) return current.id;
  return 0;
}

/** The name a declaration gives `value` when it is the only value declared (`host := "…"`, `var brokers = []string{…}`). */
function declaredName(value: SyntaxNode): string | undefined {
  const list = value.parent?.type === 'expression_list' ? value.parent : undefined;
  const declaration = list?.parent;
  if (!list || !declaration || !DECLARATIONS.has(declaration.type) || named(list).length !== 1) return undefined;
  const names = declaration.type.endsWith('_spec') ? declaration.childrenForFieldName('name') : named(declaration.childForFieldName('left'));
  const valueList = declaration.childForFieldName(declaration.type.endsWith('_spec') ? 'value' : 'right');
  return valueList?.id === list.id && names.length === 1 && names[0]?.type === 'identifier' ? names[0].text : undefined;
}

/** A name being declared or assigned, or a parameter's. */
function isWritten(identifier: SyntaxNode): boolean {
  const parent = identifier.parent;
  if (!parent) return false;
  if (parent.type === 'parameter_declaration' || parent.type === 'variadic_parameter_declaration' || parent.type === 'range_clause') return parent.childForFieldName('type')?.id !== identifier.id;
  if (parent.type === 'var_spec' || parent.type === 'const_spec') return parent.childrenForFieldName('name').some((name) => name?.id === identifier.id);
  const declaration = parent.type === 'expression_list' ? parent.parent : undefined;
  return !!declaration && DECLARATIONS.has(declaration.type) && declaration.childForFieldName('left')?.id === parent.id;
}

/** `%s`, `%d`, `%v`, `%-10s`: one argument each (`%%` takes none). */
const VERB = /%[-+# 0]*(?:\d+)?(?:\.\d+)?([a-zA-Z%])/g;

/**
 * The address a held literal gives a URL or DSN built by `fmt.Sprintf`: the format with the literal in
 * its verb and the other verbs left empty (a number for a numeric verb, so a port stays a port).
 * Only when the literal is the host the format reads.
 */
export function sprintfHostAddress(literal: SyntaxNode, names: GoNames): Found | undefined {
  const value = goStringValue(literal);
  if (value === undefined) return undefined;
  for (const use of names.usesOfValue(literal)) {
    const call = use.parent?.type === 'argument_list' ? use.parent.parent : undefined;
    if (call?.type !== 'call_expression' || callName(call) !== 'fmt.Sprintf') continue;
    const args = callArguments(call);
    const format = goStringValue(args[0]);
    const at = args.findIndex((argument) => argument.id === use.id);
    if (format === undefined || at < 1 || !/:\/\/|=|@tcp\(/.test(format)) continue;
    let index = 0;
    const filled = format.replace(VERB, (_verb, kind: string) => (kind === '%' ? '%' : ++index === at ? value : /[dxob]/.test(kind) ? '1' : ''));
    const found = urlAddress(filled) ?? dsnAddress(filled);
    if (found && found.host === value.replace(/:[0-9]+$/, '')) return { ...found, what: 'host' };
  }
  return undefined;
}
