// A fallback after a variable that holds an environment read, in the tree-sitter languages: Python's
// `url = os.getenv("MONGO_URL")` then `MongoClient(url or "mongodb://localhost/x")`, Ruby's `uri || '…'`, PHP's
// `$url ?: '…'`, Go's `cmp.Or(natsURL, "nats://…")` after `natsURL := os.Getenv("NATS_URL")`. One level, the file
// assigning the name once: the literal is that read's fallback, as `os.getenv("X", "…")` is.
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';

export type HeldEnvLanguage = 'python' | 'ruby' | 'php' | 'go';

/** The variable an assigned value reads: `os.getenv("X")`, `os.environ.get('X')`, `ENV['X']`, `getenv('X')`, `$_ENV['X']`, `os.Getenv("X")`. */
const ENV_READS: Readonly<Record<HeldEnvLanguage, RegExp>> = {
  python: /\b(?:getenv|environ\.get|environ\[|env\.str|env)\(?\s*['"]([A-Za-z_][A-Za-z0-9_]*)['"]/,
  ruby: /\bENV(?:\[|\.fetch\(\s*)\s*['"]([A-Za-z_][A-Za-z0-9_]*)['"]/,
  php: /(?:\b(?:getenv|env)\(\s*|\$_(?:ENV|SERVER)\[\s*)['"]([A-Za-z_][A-Za-z0-9_]*)['"]/,
  go: /\bos\.(?:Getenv|LookupEnv)\(\s*"([A-Za-z_][A-Za-z0-9_]*)"/,
};

/** The operators that take their right side when the left is empty. */
const FALLBACK_OPERATORS: Readonly<Record<HeldEnvLanguage, ReadonlySet<string>>> = {
  python: new Set(['or']),
  ruby: new Set(['||', 'or']),
  php: new Set(['?:', '??']),
  go: new Set(),
};

const NAME_TYPES = new Set(['identifier', 'variable_name']);
const ASSIGNMENTS = new Set(['assignment', 'assignment_expression', 'short_var_declaration', 'assignment_statement', 'var_spec']);
/** An assigned value longer than this is no plain env read. */
const MAX_VALUE = 300;

/** The variable `literal` is the fallback of through a held read, when it is one. */
export function heldEnvFallback(literal: SyntaxNode, language: HeldEnvLanguage): string | undefined {
  let node = literal;
  while (node.parent?.type === 'parenthesized_expression') node = node.parent;
  const held = heldName(node, language);
  return held === undefined ? undefined : envReadOfOnlyAssignment(literal.tree.rootNode, held, language);
}

/** The name on the left of `name or lit` (or before the literal in Go's `cmp.Or(name, lit)`). */
function heldName(node: SyntaxNode, language: HeldEnvLanguage): string | undefined {
  const parent = node.parent;
  if (!parent) return undefined;
  if (language === 'go') {
    const call = parent.type === 'argument_list' ? parent.parent : null;
    if (call?.type !== 'call_expression' || call.childForFieldName('function')?.text !== 'cmp.Or') return undefined;
    const before = parent.namedChildren.slice(0, parent.namedChildren.findIndex((arg) => arg?.id === node.id));
    return before.find((arg) => arg?.type === 'identifier')?.text;
  }
  // PHP's `$url ?: '…'` is a conditional expression without its middle part.
  const short = language === 'php' && parent.type === 'conditional_expression' && !parent.childForFieldName('body');
  const left = short ? parent.childForFieldName('condition') : parent.childForFieldName('left');
  const right = short ? parent.childForFieldName('alternative') : parent.childForFieldName('right');
  if (right?.id !== node.id || !left || !NAME_TYPES.has(left.type)) return undefined;
  const operator = parent.text.slice(left.endIndex - parent.startIndex, node.startIndex - parent.startIndex).trim();
  return FALLBACK_OPERATORS[language].has(operator) ? left.text : undefined;
}

function envReadOfOnlyAssignment(root: SyntaxNode, name: string, language: HeldEnvLanguage): string | undefined {
  const values: SyntaxNode[] = [];
  walkTree(root, (node) => {
    if (!ASSIGNMENTS.has(node.type)) return true;
    const left = node.childForFieldName('left') ?? node.childForFieldName('name');
    if (left?.text === name) values.push(node.childForFieldName('right') ?? node.childForFieldName('value') ?? node);
    return values.length < 2;
  });
  const value = values.length === 1 ? values[0]!.text : '';
  return value.length > MAX_VALUE ? undefined : ENV_READS[language].exec(value)?.[1];
}

/** Per language: the choices whose condition is read, and where the reading stops (a function: another call's time). */
const CHOICES: Readonly<Record<'python' | 'ruby', { ternary: string; statements: ReadonlySet<string>; chained: ReadonlySet<string>; stops: ReadonlySet<string> }>> = {
  python: { ternary: 'conditional_expression', statements: new Set(['if_statement']), chained: new Set(['elif_clause']), stops: new Set(['function_definition', 'lambda', 'class_definition']) },
  ruby: { ternary: 'conditional', statements: new Set(['if', 'unless']), chained: new Set(['elsif']), stops: new Set(['method', 'singleton_method', 'lambda', 'class', 'module']) },
};

/**
 * Python's `create_engine(os.environ["DATABASE_URL"]) if os.getenv("DATABASE_URL") else create_engine("postgresql://…@localhost/…")`,
 * Ruby's `if ENV['DATABASE_URL'] … else Sequel.connect(host: 'localhost') end`: an address in the branch a test of an
 * environment variable leaves for when it is unset (the `else`; the body of `unless` or of a negated test) is that
 * variable's fallback, whatever the branch builds around it (javascript-context.ts envChoiceFallback, the same reading).
 * The condition must be the read alone (`not`/`!` before it allowed); an `elif`/`elsif` is not read.
 */
export function envTestFallback(literal: SyntaxNode, language: 'python' | 'ruby'): string | undefined {
  const choice = CHOICES[language];
  let child = literal;
  for (let current = literal.parent, depth = 0; current && depth < 12; child = current, current = current.parent, depth++) {
    if (choice.stops.has(current.type)) return undefined;
    const ternary = current.type === choice.ternary;
    if (!ternary && !choice.statements.has(current.type)) continue;
    const condition = ternary && language === 'python' ? current.namedChild(1) : current.childForFieldName('condition');
    if (!condition || child.id === condition.id) continue;
    const whenSet = ternary && language === 'python' ? current.namedChild(0) : current.childForFieldName('consequence');
    const whenUnset = ternary && language === 'python' ? current.namedChild(2) : current.childForFieldName('alternative');
    const test = /^(?:not\s+|!\s*)?(.{1,200})$/s.exec(condition.text.trim());
    const read = test ? ENV_READS[language].exec(test[1]!) : null;
    if (!test || !read || !/^[\w.]*$/.test(test[1]!.slice(0, read.index)) || /==|!=|&&|\|\||\band\b|\bor\b/.test(test[1]!)) return undefined;
    const negated = test[0] !== test[1] || current.type === 'unless';
    const unset = negated ? whenSet : whenUnset;
    return unset && child.id === unset.id && !choice.chained.has(unset.type) ? read[1] : undefined;
  }
  return undefined;
}
