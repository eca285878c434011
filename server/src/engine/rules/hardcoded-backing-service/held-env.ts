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
const ASSIGNMENTS = new Set(['assignment', 'assignment_expression', 'short_var_declaration', 'assignment_statement', 'var_spec', 'variable_declarator', 'property_declaration']);
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

/** The variable the file's one assignment of `name` reads, when it is a plain env read. */
export function envReadOfOnlyAssignment(root: SyntaxNode, name: string, language: HeldEnvLanguage): string | undefined {
  const value = onlyAssignedValue(root, name) ?? '';
  return value.length > MAX_VALUE ? undefined : ENV_READS[language].exec(value)?.[1];
}

/** The text of the one value the file assigns to `name`; undefined when it assigns it none or more than one. */
export function onlyAssignedValue(root: SyntaxNode, name: string): string | undefined {
  const values: SyntaxNode[] = [];
  walkTree(root, (node) => {
    if (!ASSIGNMENTS.has(node.type)) return true;
    // Kotlin's `val url = System.getenv("X")`: a declaration and its value, without field names.
    const kotlin = node.type === 'property_declaration' ? node.namedChildren.filter((child) => child !== null && child.type !== 'binding_pattern_kind' && !/comment|modifiers/.test(child.type)) : undefined;
    const left = kotlin ? kotlin[0] : node.childForFieldName('left') ?? node.childForFieldName('name');
    const value = kotlin ? (kotlin.length === 2 ? kotlin[1] : node) : node.childForFieldName('right') ?? node.childForFieldName('value') ?? node;
    if (left?.text === name && value) values.push(value);
    return values.length < 2;
  });
  return values.length === 1 ? values[0]!.text : undefined;
}
