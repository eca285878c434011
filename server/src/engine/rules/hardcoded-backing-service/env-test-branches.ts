// The fallback reading of a branch (unset-test.ts) in the tree-sitter languages: Python's `create_engine(…) if
// os.getenv("DATABASE_URL") else create_engine("…localhost…")`, `if os.environ.get("X") is None:`, `elif`; Ruby's
// `if ENV['X'].nil?`, `unless ENV['X']`, `elsif`; PHP's `if (!getenv('X'))`, `empty($_ENV['X'])`, `elseif`; Java's
// `if (System.getenv("X") == null)` and ternary; Kotlin's `if (System.getenv("X").isNullOrBlank())`. An address in the
// branch that runs only when a variable is unset is that variable's fallback, whatever the branch builds around it.
import type { SyntaxNode } from '../../languages/treeSitter';
import { heldValueBefore } from './held-before';
import { comparedWithEmpty, earlyExitFacts, EMPTY_VALUE, OTHER, unsetBranchVariable, type BranchFacts, type EnvTest } from './unset-test';

export type EnvTestLanguage = 'python' | 'ruby' | 'php' | 'java' | 'kotlin';

/** A whole environment read, its variable in a group: `os.getenv("X")`, `ENV['X']`, `getenv('X')`, `System.getenv("X")`. */
const WHOLE_READS: Readonly<Record<EnvTestLanguage, RegExp>> = {
  python: /^(?:os\.)?(?:(?:getenv|environ\.get)\(\s*['"]([A-Za-z_]\w*)['"]\s*(?:,[^()]{0,80})?\)|environ\[\s*['"]([A-Za-z_]\w*)['"]\s*\])$/,
  ruby: /^ENV(?:\[\s*['"]([A-Za-z_]\w*)['"]\s*\]|\.fetch\(\s*['"]([A-Za-z_]\w*)['"]\s*,\s*nil\s*\))$/,
  php: /^(?:(?:getenv|env)\(\s*['"]([A-Za-z_]\w*)['"]\s*\)|\$_(?:ENV|SERVER)\[\s*['"]([A-Za-z_]\w*)['"]\s*\])$/,
  java: /^System\.getenv\(\s*"([A-Za-z_]\w*)"\s*\)$/,
  kotlin: /^System\.getenv\(\s*"([A-Za-z_]\w*)"\s*\)$/,
};

/** Predicates that hold when their subject is empty (`ENV['X'].nil?`, `.isEmpty()`, `empty(…)`) or set (`.present?`, `isset(…)`). */
const EMPTY_METHOD = /^(.{1,120}?)(?:\.to_s)?\.(?:nil\?|blank\?|empty\?|isEmpty\(\)|isBlank\(\)|isNullOrBlank\(\)|isNullOrEmpty\(\))$/s;
const SET_METHOD = /^(.{1,120}?)\.(?:present\?|isNotEmpty\(\)|isNotBlank\(\)|isPresent\(\))$/s;
const EMPTY_CALL = /^(?:empty|is_null|(?:Strings\.)?isNullOrEmpty|StringUtils\.is(?:Blank|Empty)|TextUtils\.isEmpty)\s*\(\s*(.{1,120}?)\s*\)$/s;
const SET_CALL = /^(?:isset|StringUtils\.(?:isNotBlank|isNotEmpty|hasText|hasLength))\s*\(\s*(.{1,120}?)\s*\)$/s;
/** Ruby's `ENV.key?('X')`, Python's `"X" in os.environ`: the name's presence. */
const RUBY_HAS_KEY = /^ENV\.(?:key\?|has_key\?|include\?|member\?)\(?\s*['"]([A-Za-z_]\w*)['"]\s*\)?$/;
const PYTHON_ENVIRON = /^(?:os\.)?environ$/;

const PARENS = new Set(['parenthesized_expression', 'parenthesized_statements']);
const NEGATIONS = new Set(['not_operator', 'unary', 'unary_op_expression', 'unary_expression', 'prefix_expression']);
const BINARIES = new Set(['boolean_operator', 'comparison_operator', 'binary', 'binary_expression', 'conjunction_expression', 'disjunction_expression', 'equality_expression']);

/** Where the walk up stops: another function runs at another time. */
const STOPS: Readonly<Record<EnvTestLanguage, ReadonlySet<string>>> = {
  python: new Set(['function_definition', 'lambda', 'class_definition']),
  ruby: new Set(['method', 'singleton_method', 'lambda', 'class', 'module']),
  php: new Set(['function_definition', 'method_declaration', 'anonymous_function', 'anonymous_function_creation_expression', 'arrow_function', 'class_declaration']),
  java: new Set(['method_declaration', 'constructor_declaration', 'lambda_expression', 'class_body']),
  kotlin: new Set(['function_declaration', 'lambda_literal', 'anonymous_function', 'class_body']),
};

/** The variable `literal` is the fallback of, when it sits in a branch that runs only with that variable unset. */
export function envTestFallback(literal: SyntaxNode, language: EnvTestLanguage): string | undefined {
  return unsetBranchVariable<SyntaxNode>(
    literal,
    (node) => node.parent ?? undefined,
    (current, child) => (STOPS[language].has(current.type) ? 'stop' : branchFacts(current, child, language)),
    (condition) => testOf(condition, language),
  );
}

/** The statement lists a function's statements stand in, where an earlier `if` can leave before the rest runs. */
const BLOCKS: Readonly<Record<EnvTestLanguage, ReadonlySet<string>>> = {
  python: new Set(['block']),
  ruby: new Set(['body_statement', 'then', 'else']),
  php: new Set(['compound_statement']),
  java: new Set(['block']),
  kotlin: new Set(['statements']),
};

/** What being `child` of `current` proves, by the language's choices. */
function branchFacts(current: SyntaxNode, child: SyntaxNode, language: EnvTestLanguage): BranchFacts<SyntaxNode> | undefined {
  const field = (name: string) => current.childForFieldName(name);
  if (BLOCKS[language].has(current.type)) return earlyExitFacts(earlierStatements(child), exitTest);
  switch (current.type) {
    case 'conditional_expression': // Python's `a if test else b`; PHP's `test ? a : b`
      if (language === 'python') return choice(child, current.namedChild(1), current.namedChild(0), current.namedChild(2));
      return choice(child, field('condition'), field('body'), field('alternative'));
    case 'conditional': // Ruby's ternary
    case 'ternary_expression': // Java's
    case 'elsif':
      return choice(child, field('condition'), field('consequence'), field('alternative'));
    case 'if':
    case 'unless': {
      const facts = choice(child, field('condition'), field('consequence'), field('alternative'));
      return current.type === 'unless' ? facts?.map(([condition, holds]) => [condition, !holds] as const) : facts;
    }
    case 'if_modifier':
    case 'unless_modifier':
      return child.id === field('body')?.id ? [[field('condition')!, current.type === 'if_modifier']] : undefined;
    case 'elif_clause':
    case 'else_if_clause':
      return child.id === (field('consequence') ?? field('body'))?.id ? [[field('condition')!, true]] : undefined;
    case 'if_statement':
      return language === 'java' ? choice(child, field('condition'), field('consequence'), field('alternative')) : flatChain(current, child);
    case 'if_expression': {
      // Kotlin: `if (test) body else body`, children without field names.
      const [condition, whenTrue, whenFalse] = current.namedChildren;
      return choice(child, condition ?? null, whenTrue ?? null, whenFalse ?? null);
    }
    default:
      return undefined;
  }
}

function choice(child: SyntaxNode, condition: SyntaxNode | null, whenTrue: SyntaxNode | null, whenFalse: SyntaxNode | null): BranchFacts<SyntaxNode> | undefined {
  if (!condition || child.id === condition.id) return undefined;
  if (child.id === whenTrue?.id) return [[condition, true]];
  return child.id === whenFalse?.id ? [[condition, false]] : undefined;
}

/** The statements before `statement` in its block, nearest first. */
export function* earlierStatements(statement: SyntaxNode): Generator<SyntaxNode> {
  for (let earlier = statement.previousNamedSibling; earlier; earlier = earlier.previousNamedSibling) if (!/comment/.test(earlier.type)) yield earlier;
}

/**
 * The test of an `if` with no other branch that always leaves the function (`if url: return …`, `if ($url) { return …; }`,
 * Ruby's `return … if url` and `return … unless url`), with the value that makes it leave.
 */
function exitTest(statement: SyntaxNode): Array<readonly [SyntaxNode, boolean]> | undefined {
  const field = (name: string) => statement.childForFieldName(name);
  switch (statement.type) {
    case 'if_modifier':
    case 'unless_modifier': {
      const [body, condition] = [field('body'), field('condition')];
      return body && condition && isExit(body) ? [[condition, statement.type === 'if_modifier']] : undefined;
    }
    case 'if':
    case 'unless':
      return field('alternative') ? undefined : branchExit(field('condition'), field('consequence'), statement.type === 'if');
    case 'if_statement': {
      // Python's and PHP's `elif`/`elseif` clauses are siblings of the body: each must leave too, and no `else` may stand.
      const first = branchExit(field('condition'), field('consequence') ?? field('body'), true);
      const clauses = statement.namedChildren.filter((child): child is SyntaxNode => child !== null && /^(?:else|elif_clause|else_clause|else_if_clause)$/.test(child.type));
      if (!first || field('alternative') && clauses.length === 0 || clauses.some((clause) => !/^el(?:se_)?if_clause$/.test(clause.type))) return undefined;
      const rest = clauses.map((clause) => branchExit(clause.childForFieldName('condition'), clause.childForFieldName('consequence') ?? clause.childForFieldName('body'), true));
      return rest.every((exit) => exit !== undefined) ? [...first, ...rest.flat()] : undefined;
    }
    case 'if_expression': {
      // Kotlin: `if (test) body`, children without field names.
      const [condition, body, otherwise] = statement.namedChildren;
      return otherwise ? undefined : branchExit(condition ?? null, body ?? null, true);
    }
    default:
      return undefined;
  }
}

function branchExit(condition: SyntaxNode | null, body: SyntaxNode | null, leavesWhen: boolean): Array<readonly [SyntaxNode, boolean]> | undefined {
  return condition && endsInExit(body) ? [[condition, leavesWhen]] : undefined;
}

/** Statements that leave the function: `return`, `raise`, `throw`. */
const EXITS = new Set(['return_statement', 'raise_statement', 'throw_statement', 'return']);
/** What holds a branch's statements, its last one deciding whether the branch leaves. */
const BODIES = new Set(['block', 'then', 'compound_statement', 'statements', 'control_structure_body', 'statement_list', 'expression_statement']);

function isExit(node: SyntaxNode): boolean {
  return EXITS.has(node.type) || ((node.type === 'jump_expression' || node.type === 'throw_expression') && /^(?:return|throw)\b/.test(node.text));
}

/** Whether a branch's last statement leaves the function. */
export function endsInExit(body: SyntaxNode | null): boolean {
  for (let node = body, depth = 0; node && depth < 4; depth++) {
    if (isExit(node)) return true;
    if (!BODIES.has(node.type)) return false;
    const statements = node.namedChildren.filter((child): child is SyntaxNode => child !== null && !/comment/.test(child.type));
    node = statements[statements.length - 1] ?? null;
  }
  return false;
}

/** Python's and PHP's `if` with its `elif`/`elseif` and `else` as siblings: a later clause runs when each earlier test failed. */
function flatChain(statement: SyntaxNode, child: SyntaxNode): BranchFacts<SyntaxNode> | undefined {
  const condition = statement.childForFieldName('condition');
  if (!condition || child.id === condition.id) return undefined;
  if (child.id === (statement.childForFieldName('consequence') ?? statement.childForFieldName('body'))?.id) return [[condition, true]];
  if (!/^(?:elif_clause|else_clause|else_if_clause)$/.test(child.type)) return undefined;
  const facts: Array<readonly [SyntaxNode, boolean]> = [[condition, false]];
  for (let earlier = child.previousNamedSibling; earlier; earlier = earlier.previousNamedSibling) {
    const test = earlier.type === 'elif_clause' || earlier.type === 'else_if_clause' ? earlier.childForFieldName('condition') : null;
    if (test) facts.push([test, false]);
  }
  return facts;
}

/** The test a condition spells. */
function testOf(node: SyntaxNode, language: EnvTestLanguage): EnvTest {
  if (node.text.length > 400) return OTHER;
  if (PARENS.has(node.type)) return node.namedChildCount === 1 ? testOf(node.namedChild(0)!, language) : OTHER;
  const named = node.namedChildren.filter((child): child is SyntaxNode => child !== null && !/comment/.test(child.type));
  if (NEGATIONS.has(node.type) && named.length === 1 && /^(?:!|not\b)/.test(node.text)) return { kind: 'not', test: testOf(named[0]!, language) };
  // Kotlin's `url != null`: the `null` is no named child.
  const withNull = BINARIES.has(node.type) && named.length === 1 ? /^(?:!=|==)=?\s*null$/.exec(node.text.slice(named[0]!.endIndex - node.startIndex).trim()) : null;
  if (withNull) {
    const name = readName(named[0]!, language);
    return name === undefined ? OTHER : comparedWithEmpty(withNull[0].startsWith('!') ? '!=' : '==', name);
  }
  if (BINARIES.has(node.type) && named.length === 2) {
    const [left, right] = named as [SyntaxNode, SyntaxNode];
    const operator = node.text.slice(left.endIndex - node.startIndex, right.startIndex - node.startIndex).trim();
    if (/^(?:&&|and)$/.test(operator)) return { kind: 'and', left: testOf(left, language), right: testOf(right, language) };
    if (/^(?:\|\||or)$/.test(operator)) return { kind: 'or', left: testOf(left, language), right: testOf(right, language) };
    if (language === 'python' && /^(?:not\s+)?in$/.test(operator) && PYTHON_ENVIRON.test(right.text)) {
      const name = /^['"]([A-Za-z_]\w*)['"]$/.exec(left.text)?.[1];
      return name === undefined ? OTHER : { kind: operator === 'in' ? 'set' : 'unset', name };
    }
    const [read, other] = EMPTY_VALUE.test(right.text) ? [left, right] : EMPTY_VALUE.test(left.text) ? [right, left] : [undefined, undefined];
    const name = read && other ? readName(read, language) : undefined;
    return name === undefined ? OTHER : comparedWithEmpty(operator.replace(/\s+/g, ' '), name);
  }
  const text = node.text.trim();
  const empty = EMPTY_METHOD.exec(text) ?? EMPTY_CALL.exec(text);
  const set = SET_METHOD.exec(text) ?? SET_CALL.exec(text);
  const subject = empty ?? set;
  if (subject) {
    const name = readNameOfText(subject[1]!, node, language);
    return name === undefined ? OTHER : { kind: empty ? 'unset' : 'set', name };
  }
  const key = language === 'ruby' ? RUBY_HAS_KEY.exec(text)?.[1] : undefined;
  if (key !== undefined) return { kind: 'set', name: key };
  const name = readName(node, language);
  return name === undefined ? OTHER : { kind: 'set', name };
}

function readName(node: SyntaxNode, language: EnvTestLanguage): string | undefined {
  return readNameOfText(node.text.trim(), node, language);
}

/** The variable a read spells, or a name holding one where it is tested (`url = os.getenv("X")` then `if not url`; held-before.ts). */
function readNameOfText(text: string, near: SyntaxNode, language: EnvTestLanguage): string | undefined {
  const read = WHOLE_READS[language].exec(text);
  if (read) return read[1] ?? read[2];
  if (!/^\$?[A-Za-z_]\w*$/.test(text)) return undefined;
  // The whole value a read (`$isProduction = getenv('APP_ENV') === 'production'` holds a comparison, not the variable).
  const held = WHOLE_READS[language].exec(heldValueBefore(text, near, STOPS[language], BLOCKS[language])?.trim().slice(0, 300) ?? '');
  return held ? held[1] ?? held[2] : undefined;
}
