// Go, Ruby, PHP, Java and Kotlin branches on a stage flag: `isDev := os.Getenv("APP_ENV") == "dev"` then `if isDev {`,
// `DEV = ENV["RACK_ENV"] == "development"` then `DEV ? "redis://localhost" : ENV.fetch(...)` or `unless PRODUCTION`,
// `$isDev = getenv('APP_ENV') === 'local'` then `if ($isDev) {` or `$isDev ? ... : ...`. The flag is read as the test
// it holds (languages/stage-flags.ts does JavaScript and Python, whose top-level flags region reruns must see). A name
// assigned anything else anywhere in the file is no flag: it may not hold the test where the branch reads it.
import { flipped, stageOfComparison, type Stage } from '../languages/stage-flags';
import { walkTree, type SyntaxNode } from '../languages/treeSitter';
import type { LanguageId } from '../types';
import { isNonProductionTest } from './startup-migration/go-opt-in';

interface FlagSyntax {
  /** Assignment node types, and each one's assigned name and value (undefined when not one name and one value). */
  assignments: ReadonlySet<string>;
  assigned(node: SyntaxNode): { name: string; value: SyntaxNode } | undefined;
  /** The stage a value or condition tests by itself (no flags). */
  test(node: SyntaxNode): Stage | undefined;
  /** A name a condition reads (`isDev`, `DEV`, `$isDev`). */
  nameOf(node: SyntaxNode): string | undefined;
  /** The operand of `!x` / `not x`. */
  negated(node: SyntaxNode): SyntaxNode | undefined;
  /** The branch `child` is of `parent`: its condition, and which side (`development`: the true side). */
  branch(parent: SyntaxNode, child: SyntaxNode): { condition: SyntaxNode; side: Stage } | undefined;
  /** A guard that returns in production (`if os.Getenv("APP_ENV") == "production" { return nil }`): its statement list, its if's body field, what exits. */
  guard?: { list: string; body: string; exits: ReadonlySet<string> };
}

/** Whether `node` sits in a branch a stage flag, or a stage test, keeps out of production. */
export function inFlagBranch(node: SyntaxNode, language: LanguageId): boolean {
  const syntax = SYNTAX[language];
  if (!syntax) return false;
  let flags: ReadonlyMap<string, Stage> | undefined;
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    const branch = syntax.branch(parent, child);
    if (branch && stageOf(branch.condition, syntax, (flags ??= flagsOf(node.tree.rootNode, syntax))) === branch.side) return true;
    if (syntax.guard && parent.type === syntax.guard.list && afterProductionGuard(parent, child, syntax, syntax.guard, (flags ??= flagsOf(node.tree.rootNode, syntax)))) return true;
  }
  return false;
}

/** An `if` without `else` earlier in the same statement list whose body only exits, on a production test: what follows runs only outside production. */
function afterProductionGuard(list: SyntaxNode, child: SyntaxNode, syntax: FlagSyntax, guard: NonNullable<FlagSyntax['guard']>, flags: ReadonlyMap<string, Stage>): boolean {
  for (const statement of list.namedChildren) {
    if (!statement || statement.startIndex >= child.startIndex) return false;
    if (statement.type !== 'if_statement' || field(statement, 'alternative')) continue;
    const condition = field(statement, 'condition');
    if (condition && exitsOnly(field(statement, guard.body), guard.exits) && stageOf(condition, syntax, flags) === 'production') return true;
  }
  return false;
}

/** A body of exits only: `return`, `throw`, through its block and statement list. */
function exitsOnly(body: SyntaxNode | null, exits: ReadonlySet<string>): boolean {
  if (!body) return false;
  if (exits.has(body.type)) return true;
  if (body.type === 'expression_statement') return exits.has(body.namedChildren[0]?.type ?? '');
  const inner = body.namedChildren.filter((node) => node !== null && node.type !== 'comment');
  return inner.length > 0 && inner.every((node) => exitsOnly(node, exits));
}

function stageOf(condition: SyntaxNode, syntax: FlagSyntax, flags: ReadonlyMap<string, Stage>): Stage | undefined {
  if (condition.type === 'parenthesized_expression' && condition.namedChildren.length === 1) return stageOf(condition.namedChildren[0]!, syntax, flags);
  const operand = syntax.negated(condition);
  if (operand) return flipped(stageOf(operand, syntax, flags));
  // A flag by its name, else the test itself (`getenv('APP_ENV') === 'local' ? ... : ...`).
  const name = syntax.nameOf(condition);
  return name === undefined ? syntax.test(condition) : flags.get(name);
}

const flagCache = new WeakMap<object, Map<string, Stage>>();

/** Every name the file assigns only stage tests of one stage. */
function flagsOf(root: SyntaxNode, syntax: FlagSyntax): Map<string, Stage> {
  let flags = flagCache.get(root.tree);
  if (flags) return flags;
  const found = new Map<string, Stage | null>();
  walkTree(root, (node) => {
    if (!syntax.assignments.has(node.type)) return;
    const assigned = syntax.assigned(node);
    if (!assigned) return;
    const stage = syntax.test(assigned.value) ?? null;
    const earlier = found.get(assigned.name);
    found.set(assigned.name, earlier === undefined || earlier === stage ? stage : null);
  });
  flags = new Map([...found].filter((entry): entry is [string, Stage] => entry[1] !== null));
  flagCache.set(root.tree, flags);
  return flags;
}

const field = (node: SyntaxNode, name: string) => node.childForFieldName(name);
/** An expression list's one expression (`isDev := ...`, not `a, b := ...`). */
const single = (list: SyntaxNode | null) => (list?.namedChildren.length === 1 ? (list.namedChildren[0] ?? undefined) : undefined);

/** Ruby's and PHP's predicates of the framework: `Rails.env.development?`, `app()->isLocal()`, `App::environment('local')`. */
const DEVELOPMENT_PREDICATE = /\.(?:development|local|test)\?$|\bisLocal\(\)$|environment\(\s*['"](?:local|dev|development|testing)['"]\s*\)$/;
const PRODUCTION_PREDICATE = /\.production\?$|\bisProduction\(\)$|environment\(\s*['"]production['"]\s*\)$/;

function predicateOrComparison(node: SyntaxNode): Stage | undefined {
  const text = node.text.trim();
  if (DEVELOPMENT_PREDICATE.test(text)) return 'development';
  if (PRODUCTION_PREDICATE.test(text)) return 'production';
  return stageOfComparison(text);
}

const GO: FlagSyntax = {
  assignments: new Set(['short_var_declaration', 'var_spec', 'assignment_statement']),
  assigned(node) {
    const name = node.type === 'var_spec' ? field(node, 'name') : single(field(node, 'left'));
    const value = single(field(node, node.type === 'var_spec' ? 'value' : 'right'));
    return name?.type === 'identifier' && value ? { name: name.text, value } : undefined;
  },
  test: (node) => (isNonProductionTest(node) ? 'development' : stageOfComparison(node.text)),
  nameOf: (node) => (node.type === 'identifier' ? node.text : undefined),
  negated: (node) => (node.type === 'unary_expression' && field(node, 'operator')?.text === '!' ? (field(node, 'operand') ?? undefined) : undefined),
  branch(parent, child) {
    const condition = parent.type === 'if_statement' ? field(parent, 'condition') : null;
    if (!condition) return undefined;
    const side = field(parent, 'consequence')?.id === child.id ? 'development' : field(parent, 'alternative')?.id === child.id ? 'production' : undefined;
    return side && { condition, side };
  },
  guard: { list: 'statement_list', body: 'consequence', exits: new Set(['return_statement']) },
};

const RUBY: FlagSyntax = {
  assignments: new Set(['assignment']),
  assigned(node) {
    const name = field(node, 'left');
    const value = field(node, 'right');
    return (name?.type === 'constant' || name?.type === 'identifier') && value ? { name: name.text, value } : undefined;
  },
  test: predicateOrComparison,
  nameOf: (node) => (node.type === 'constant' || node.type === 'identifier' ? node.text : undefined),
  negated: (node) => (node.type === 'unary' && /^(?:!|not)$/.test(field(node, 'operator')?.text ?? '') ? (field(node, 'operand') ?? undefined) : undefined),
  branch(parent, child) {
    const condition = field(parent, 'condition');
    if (!condition || condition.id === child.id) return undefined;
    const unless = parent.type === 'unless' || parent.type === 'unless_modifier';
    const positive = parent.type === 'if_modifier' || parent.type === 'unless_modifier' ? field(parent, 'body') : field(parent, 'consequence');
    const negative = field(parent, 'alternative');
    if (!['if', 'elsif', 'if_modifier', 'conditional', 'unless', 'unless_modifier'].includes(parent.type)) return undefined;
    const taken = positive?.id === child.id ? true : negative?.id === child.id ? false : undefined;
    if (taken === undefined) return undefined;
    return { condition, side: taken !== unless ? 'development' : 'production' };
  },
};

const PHP: FlagSyntax = {
  assignments: new Set(['assignment_expression']),
  assigned(node) {
    const name = field(node, 'left');
    const value = field(node, 'right');
    return name?.type === 'variable_name' && value ? { name: name.text, value } : undefined;
  },
  test: predicateOrComparison,
  nameOf: (node) => (node.type === 'variable_name' ? node.text : undefined),
  negated: (node) => (node.type === 'unary_op_expression' && field(node, 'operator')?.text === '!' ? (field(node, 'argument') ?? undefined) : undefined),
  branch(parent, child) {
    if (parent.type !== 'if_statement' && parent.type !== 'conditional_expression') return undefined;
    const condition = field(parent, 'condition');
    if (!condition) return undefined;
    const side = field(parent, 'body')?.id === child.id ? 'development' : field(parent, 'alternative')?.id === child.id ? 'production' : undefined;
    return side && { condition, side };
  },
  guard: { list: 'compound_statement', body: 'body', exits: new Set(['return_statement', 'throw_expression', 'exit_statement']) },
};

/** Java's `"development".equals(System.getenv("APP_ENV"))` and `env.equalsIgnoreCase("prod")`: a stage compared by equals. */
const EQUALS_FIRST = /^"(\w{1,24})"\.equals(?:IgnoreCase)?\(([^]*)\)$/;
const EQUALS_LAST = /^([^]*)\.equals(?:IgnoreCase)?\(\s*"(\w{1,24})"\s*\)$/;

function jvmTest(node: SyntaxNode): Stage | undefined {
  const text = node.text.trim();
  const equals = EQUALS_FIRST.exec(text);
  const last = equals ? undefined : EQUALS_LAST.exec(text);
  const [value, other] = equals ? [equals[1]!, equals[2]!] : last ? [last[2]!, last[1]!] : [];
  return value !== undefined ? stageOfComparison(`${other} == "${value}"`) : stageOfComparison(text);
}

const JAVA: FlagSyntax = {
  assignments: new Set(['variable_declarator', 'assignment_expression']),
  assigned(node) {
    const name = field(node, node.type === 'variable_declarator' ? 'name' : 'left');
    const value = field(node, node.type === 'variable_declarator' ? 'value' : 'right');
    return name?.type === 'identifier' && value ? { name: name.text, value } : undefined;
  },
  test: jvmTest,
  nameOf: (node) => (node.type === 'identifier' ? node.text : undefined),
  negated: (node) => (node.type === 'unary_expression' && field(node, 'operator')?.text === '!' ? (field(node, 'operand') ?? undefined) : undefined),
  branch(parent, child) {
    if (parent.type !== 'if_statement' && parent.type !== 'ternary_expression') return undefined;
    const condition = field(parent, 'condition');
    if (!condition) return undefined;
    const side = field(parent, 'consequence')?.id === child.id ? 'development' : field(parent, 'alternative')?.id === child.id ? 'production' : undefined;
    return side && { condition, side };
  },
};

/** Kotlin's grammar names no fields: `if (c) a else b` is the condition, then the bodies in order. */
const KOTLIN: FlagSyntax = {
  assignments: new Set(['property_declaration', 'assignment']),
  assigned(node) {
    const named = node.namedChildren.filter((child): child is SyntaxNode => child !== null && child.type !== 'modifiers' && child.type !== 'binding_pattern_kind');
    const target = node.type === 'property_declaration' ? named[0]?.namedChildren[0] : named[0];
    const value = named.at(-1);
    return target?.type === 'simple_identifier' && value && named.length === 2 ? { name: target.text, value } : undefined;
  },
  test: jvmTest,
  nameOf: (node) => (node.type === 'simple_identifier' ? node.text : undefined),
  negated: (node) => (node.type === 'prefix_expression' && node.child(0)?.text === '!' ? (node.namedChildren[0] ?? undefined) : undefined),
  branch(parent, child) {
    if (parent.type !== 'if_expression') return undefined;
    const [condition, ...bodies] = parent.namedChildren;
    if (!condition || condition.id === child.id) return undefined;
    const side = bodies[0]?.id === child.id ? 'development' : bodies[1]?.id === child.id ? 'production' : undefined;
    return side && { condition, side };
  },
};

const SYNTAX: Partial<Record<LanguageId, FlagSyntax>> = { go: GO, ruby: RUBY, php: PHP, java: JAVA, kotlin: KOTLIN };
