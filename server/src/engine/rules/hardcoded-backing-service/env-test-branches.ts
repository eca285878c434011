// The fallback reading of a branch (unset-test.ts) in the tree-sitter languages: Python's `create_engine(…) if
// os.getenv("DATABASE_URL") else create_engine("…localhost…")`, `if os.environ.get("X") is None:`, `elif`; Ruby's
// `if ENV['X'].nil?`, `unless ENV['X']`, `elsif`; PHP's `if (!getenv('X'))`, `empty($_ENV['X'])`, `elseif`; Java's
// `if (System.getenv("X") == null)` and ternary; Kotlin's `if (System.getenv("X").isNullOrBlank())`. An address in the
// branch that runs only when a variable is unset is that variable's fallback, whatever the branch builds around it.
import type { SyntaxNode } from '../../languages/treeSitter';
import { onlyAssignedValue } from './held-env';
import { comparedWithEmpty, EMPTY_VALUE, OTHER, unsetBranchVariable, type BranchFacts, type EnvTest } from './unset-test';

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

/** What being `child` of `current` proves, by the language's choices. */
function branchFacts(current: SyntaxNode, child: SyntaxNode, language: EnvTestLanguage): BranchFacts<SyntaxNode> | undefined {
  const field = (name: string) => current.childForFieldName(name);
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

/** The variable a read spells, or a name the file assigns once from one (`url = os.getenv("X")` then `if not url`). */
function readNameOfText(text: string, near: SyntaxNode, language: EnvTestLanguage): string | undefined {
  const read = WHOLE_READS[language].exec(text);
  if (read) return read[1] ?? read[2];
  if (language === 'java' || language === 'kotlin' || !/^\$?[A-Za-z_]\w*$/.test(text)) return undefined;
  // The whole value a read (`$isProduction = getenv('APP_ENV') === 'production'` holds a comparison, not the variable).
  const held = WHOLE_READS[language].exec(onlyAssignedValue(near.tree.rootNode, text)?.trim().slice(0, 300) ?? '');
  return held ? held[1] ?? held[2] : undefined;
}
