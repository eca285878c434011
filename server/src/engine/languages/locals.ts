// "The single value this local is given in its scope", for the rules that read a name by what it holds: hardcoded-port's
// `port = 5000` then `app.run(port=port)` (Python) and `port := ":8080"` then `net.Listen("tcp", port)` (Go),
// hardcoded-credential's `pw = "…"` then `connect(password=pw)` (Python, Ruby). A name its scope writes once, from a
// value, holds that value wherever the scope reads it, as surely as a constant does; written again (`port =
// int(os.getenv("PORT", port))`, `port += 1`, a `for` target, `flag.StringVar(&addr, …)`) it is the deploy's to change.
// The node types are the catalogue's (LanguageRecord.locals); how a write names its target is each grammar's.
// `assignedValues` is the other question, every value a name is given (a logger's `f, err := os.OpenFile(…)`, a
// migration runner's `router = Router(db)`): the rules that ask it follow a name to whatever it may hold.
import { LANGUAGES, type LocalWrites } from './catalogue';
import { named } from './go';
import { walkTree, type SyntaxNode } from './treeSitter';

interface Write {
  node: SyntaxNode;
  /** The value the write gives the name (`5000` of `port = 5000`); undefined for one that changes or rebinds it. */
  value: SyntaxNode | undefined;
}

/**
 * How a rule counts a local's writes. The two rules read them differently (kept as found, tidy28): hardcoded-port counts
 * every write that binds the name (a tuple's target, a `for` target, `&addr`) in the name's own scope; hardcoded-credential
 * counts the name's own assignments and updates, nested scopes' too, within a bound (it judges a scope once per literal).
 */
interface Reading {
  writeOf(node: SyntaxNode, name: string, facts: LocalWrites): Write | undefined;
  throughNested: (facts: LocalWrites) => boolean;
  limit: number;
}

/**
 * The value `identifier`'s local was given, when the scope around the read writes it once, from that value, before the
 * read: hardcoded-port's reading of a server call's argument.
 */
export function singleValueAt(identifier: SyntaxNode, language: 'python' | 'go'): SyntaxNode | undefined {
  const facts: LocalWrites = LANGUAGES[language].locals;
  let scope = identifier.parent;
  while (scope && !facts.scopes.includes(scope.type)) scope = scope.parent;
  if (!scope || isParameter(scope, identifier.text)) return undefined;
  const write = onlyWrite(scope, identifier.text, facts, language === 'go' ? GO_WRITES : PYTHON_WRITES);
  return write?.value && write.value.endIndex <= identifier.startIndex ? write.value : undefined;
}

/** Whether `assignment` (`pw = "…"`) is the only assignment or update of `name` in `scope`: hardcoded-credential's local. */
export function isOnlyAssignment(assignment: SyntaxNode, scope: SyntaxNode, name: string, language: 'python' | 'ruby'): boolean {
  const facts: LocalWrites = LANGUAGES[language].locals;
  return onlyWrite(scope, name, facts, ASSIGNMENTS)?.node.id === assignment.id;
}

/** The one write of `name` in `scope`; undefined when there is none, more than one, or the scope is past the reading's bound. */
function onlyWrite(scope: SyntaxNode, name: string, facts: LocalWrites, reading: Reading): Write | undefined {
  const throughNested = reading.throughNested(facts);
  let writes = 0;
  let only: Write | undefined;
  let visited = 0;
  walkTree(scope, (node) => {
    if (writes > 1 || ++visited > reading.limit) return false;
    if (!throughNested && node.id !== scope.id && facts.scopes.includes(node.type)) return false;
    const write = reading.writeOf(node, name, facts);
    if (write) [writes, only] = [writes + 1, write];
    return true;
  });
  return writes === 1 && visited <= reading.limit ? only : undefined;
}

/** A parameter given a literal only when the caller passed none (`if not port: port = 8000`) is the caller's. */
function isParameter(scope: SyntaxNode, name: string): boolean {
  // The parameter's text up to its type or default: `port`, `port: int = 8000`, `*ports`.
  return scope.childForFieldName('parameters')?.namedChildren.some((parameter) => parameter?.text.split(/[:=]/)[0]?.trim().replace(/^\*+/, '') === name) ?? false;
}

/** A function's own assignments and updates of the name itself (`pw = …`, `pw += …`), in nested scopes too. */
const ASSIGNMENTS: Reading = {
  writeOf: (node, name, facts) =>
    (facts.assignments.includes(node.type) || facts.updates.includes(node.type)) && node.childForFieldName('left')?.text === name
      ? { node, value: node.childForFieldName('right') ?? undefined }
      : undefined,
  throughNested: () => true,
  /** How many nodes of a function are read for its assignments of one name. */
  limit: 20_000,
};

/** Python's every write: `port = …`, `host, port = …`, `port += 1`, `for port in …`, `(port := …)`, `with … as port`, `global port`. */
const PYTHON_WRITES: Reading = {
  writeOf(node, name, facts) {
    if (!facts.assignments.includes(node.type) && !facts.updates.includes(node.type) && !facts.rebinds.includes(node.type)) return undefined;
    const target = node.type === 'for_statement' ? node.childForFieldName('left') : node.type === 'named_expression' ? node.childForFieldName('name') : (node.childForFieldName('left') ?? node);
    if (!target || !bindsName(target, name)) return undefined;
    const gives = facts.assignments.includes(node.type) && node.childForFieldName('left')?.text === name;
    return { node, value: gives ? (node.childForFieldName('right') ?? undefined) : undefined };
  },
  throughNested: (facts) => facts.nestedWritesShared,
  limit: Infinity,
};

/** The target names `name` itself (`port`, `host, port`, `global port`), not an attribute of something (`self.port`). */
function bindsName(target: SyntaxNode, name: string): boolean {
  let found = false;
  walkTree(target, (node) => {
    if (node.type === 'identifier' && node.text === name && node.parent?.type !== 'attribute') found = true;
  });
  return found;
}

/** Go's every write: `port := …`, `port = …`, `var port = …`, `port++`, and `&port` handed to whoever writes it (a flag). */
const GO_WRITES: Reading = {
  writeOf(node, name, facts) {
    const assigns = facts.assignments.includes(node.type);
    if (assigns || facts.updates.includes(node.type)) {
      const left = node.childForFieldName('left');
      // `port := ":8080"`, `host, port := …`; `port = v` gives no single value (the declaration wrote it first).
      if (left) return goListWrite(node, named(left), named(node.childForFieldName('right')), name, assigns && node.type === 'short_var_declaration');
      // `var port = ":8080"`
      const names = node.childrenForFieldName('name');
      if (names.length > 0) return goListWrite(node, names.filter((spec) => spec !== null), named(node.childForFieldName('value')), name, names.length === 1);
    }
    // `port++` (its operand is the name itself: `portTries++` writes another name), `&port`.
    const writes = node.type === 'inc_statement' ? named(node)[0]?.text === name : facts.rebinds.includes(node.type) && node.text.replace(/\s+/g, '') === `&${name}`;
    return writes ? { node, value: undefined } : undefined;
  },
  throughNested: (facts) => facts.nestedWritesShared,
  limit: Infinity,
};

function goListWrite(node: SyntaxNode, targets: SyntaxNode[], values: SyntaxNode[], name: string, gives: boolean): Write | undefined {
  const at = targets.findIndex((target) => target.text === name);
  if (at < 0) return undefined;
  return { node, value: gives && targets.length === values.length ? values[at] : undefined };
}

/** A value a name is given: in `f, err := os.OpenFile(…)` the file is result 0 of the one call on the right, of 2. */
export interface AssignedValue {
  value: SyntaxNode;
  index: number;
  count: number;
}

/**
 * Every value `name` is given in `scope`, nested scopes included (a closure may set a captured variable), by position. The
 * languages' readings differ (kept as found, tidy29: the Go checks' and startup-migration's Python reader, now here):
 * Go reads `:=`, `=`, `var` and `const`, several targets by position (`f, err := os.OpenFile(…)`); Python reads only
 * `name = <value>` with the name alone on the left (`router = Router(db)`; a tuple's target is not read), and its callers
 * pass the module.
 */
export function assignedValues(scope: SyntaxNode, name: string, language: 'python' | 'go'): AssignedValue[] {
  const facts: LocalWrites = LANGUAGES[language].locals;
  const targetsAndValues = language === 'go' ? goTargetsAndValues : pythonTargetsAndValues;
  const found: AssignedValue[] = [];
  walkTree(scope, (node) => {
    const write = targetsAndValues(node, facts);
    write?.targets.forEach((target, index) => {
      if (target.type !== 'identifier' || target.text !== name) return;
      const { values } = write;
      // `a, b := f()`: one call, several results.
      const value = values.length === write.targets.length ? values[index] : values.length === 1 ? values[0] : undefined;
      if (value) found.push({ value, index: values.length === write.targets.length ? 0 : index, count: write.targets.length });
    });
    return true;
  });
  return found;
}

interface TargetsAndValues {
  targets: SyntaxNode[];
  values: SyntaxNode[];
}

/** `port := ":8080"`, `port = v`, `var port = …`, `const port = …`; `port++` names its target but gives it no value. */
function goTargetsAndValues(node: SyntaxNode, facts: LocalWrites): TargetsAndValues | undefined {
  if (node.type !== 'const_spec' && !facts.assignments.includes(node.type) && !facts.updates.includes(node.type)) return undefined;
  const left = node.childForFieldName('left');
  if (left) return { targets: named(left), values: named(node.childForFieldName('right')) };
  return { targets: named(node).filter((child) => child.type === 'identifier'), values: named(node.childForFieldName('value')) };
}

/** `router = Router(db)`, `router: Router = …`. */
function pythonTargetsAndValues(node: SyntaxNode, facts: LocalWrites): TargetsAndValues | undefined {
  if (!facts.assignments.includes(node.type)) return undefined;
  const [left, right] = [node.childForFieldName('left'), node.childForFieldName('right')];
  return left ? { targets: [left], values: right ? [right] : [] } : undefined;
}

/**
 * A Python block's own `name = <value>` statements (a module's, a class body's), in order, with the name alone on the left;
 * a nested block's are not read. What the module's or the class's names start as: model-store's class collections,
 * module state's containers, startup-migration's module constants (each judges the value itself).
 */
export function topLevelAssignments(block: SyntaxNode): { name: SyntaxNode; value: SyntaxNode }[] {
  const found: { name: SyntaxNode; value: SyntaxNode }[] = [];
  for (const statement of block.namedChildren) {
    const assignment = statement?.type === 'expression_statement' ? statement.namedChild(0) : undefined;
    if (assignment?.type !== 'assignment') continue;
    const [name, value] = [assignment.childForFieldName('left'), assignment.childForFieldName('right')];
    if (name?.type === 'identifier' && value) found.push({ name, value });
  }
  return found;
}
