// The fallback reading of a branch (unset-test.ts) for Go, on the walk the other languages share: `if os.Getenv("X") == ""
// { dsn = "…" }`, `if !ok { … }` after `v, ok := os.LookupEnv("X")`, `if len(url) == 0`, the `else` of `if v := os.Getenv("X");
// v != ""`, the last `else` of an `else if` chain, and the statements after `if v != "" { return v }`. viper's
// `GetString("nats_url")` is read as the variable NATS_URL, as its `SetDefault` is (go.ts).
import { callArguments, callName, goStringValue, named } from '../../languages/go';
import type { SyntaxNode } from '../../languages/treeSitter';
import { earlierStatements, endsInExit } from './env-test-branches';
import { comparedWithEmpty, earlyExitFacts, OTHER, unsetBranchVariable, type BranchFacts, type EnvTest } from './unset-test';

const STOPS = new Set(['function_declaration', 'method_declaration', 'func_literal']);
const BLOCKS = new Set(['block', 'statement_list']);
const DECLARATIONS = new Set(['short_var_declaration', 'assignment_statement', 'var_declaration']);

/** The variable `literal` is the fallback of, when it sits in a branch that runs only with that variable unset. */
export function goEnvTestFallback(literal: SyntaxNode): string | undefined {
  return unsetBranchVariable<SyntaxNode>(literal, (node) => node.parent ?? undefined, branchFacts, testOf);
}

function branchFacts(current: SyntaxNode, child: SyntaxNode): BranchFacts<SyntaxNode> | 'stop' | undefined {
  if (STOPS.has(current.type)) return 'stop';
  if (BLOCKS.has(current.type)) return earlyExitFacts(earlierStatements(child), exitTest);
  if (current.type !== 'if_statement') return undefined;
  const condition = current.childForFieldName('condition');
  if (!condition || child.id === condition.id) return undefined;
  if (child.id === current.childForFieldName('consequence')?.id) return [[condition, true]];
  return child.id === current.childForFieldName('alternative')?.id ? [[condition, false]] : undefined;
}

/** `if v != "" { return v }`: an `if` with no `else` whose block ends in a `return`. */
function exitTest(statement: SyntaxNode): Array<readonly [SyntaxNode, boolean]> | undefined {
  if (statement.type !== 'if_statement' || statement.childForFieldName('alternative')) return undefined;
  const condition = statement.childForFieldName('condition');
  return condition && endsInExit(statement.childForFieldName('consequence')) ? [[condition, true]] : undefined;
}

/** The test a Go condition spells. */
function testOf(node: SyntaxNode): EnvTest {
  if (node.text.length > 400) return OTHER;
  const parts = named(node);
  if (node.type === 'parenthesized_expression') return parts.length === 1 ? testOf(parts[0]!) : OTHER;
  if (node.type === 'unary_expression' && node.text.startsWith('!') && parts.length === 1) return { kind: 'not', test: testOf(parts[0]!) };
  // `ok` of `v, ok := os.LookupEnv("X")`: set when it holds.
  if (node.type === 'identifier') {
    const name = heldRead(node);
    return name?.ok ? { kind: 'set', name: name.variable } : OTHER;
  }
  if (node.type !== 'binary_expression' || parts.length !== 2) return OTHER;
  const operator = node.childForFieldName('operator')?.text ?? '';
  const [left, right] = parts as [SyntaxNode, SyntaxNode];
  if (operator === '&&' || operator === '||') return { kind: operator === '&&' ? 'and' : 'or', left: testOf(left), right: testOf(right) };
  const [subject, other] = right.text === '""' || right.text === '0' ? [left, right] : left.text === '""' || left.text === '0' ? [right, left] : [undefined, undefined];
  if (!subject || !other) return OTHER;
  // `len(url) == 0`, `len(url) > 0`: the length of a read against nothing.
  const measured = other.text === '0' ? lengthOf(subject) : subject;
  const name = measured && variableOf(measured);
  if (name === undefined) return OTHER;
  if (other.text === '0' && operator === '>') return subject === left ? { kind: 'set', name } : OTHER;
  return comparedWithEmpty(operator, name);
}

/** `x` of `len(x)`. */
function lengthOf(node: SyntaxNode): SyntaxNode | undefined {
  if (node.type !== 'call_expression' || callName(node) !== 'len') return undefined;
  const args = callArguments(node);
  return args.length === 1 ? args[0] : undefined;
}

/** viper's readers of a key (the environment's when AutomaticEnv or BindEnv maps it). */
const VIPER_READ = /^viper\.Get(?:String)?$/;

/** The variable a value reads: `os.Getenv("X")`, `viper.GetString("x")`, or a name assigned from one (`url` after `url := os.Getenv("X")`). */
function variableOf(node: SyntaxNode): string | undefined {
  if (node.type === 'identifier') {
    const held = heldRead(node);
    return held && !held.ok ? held.variable : undefined;
  }
  return envRead(node);
}

function envRead(node: SyntaxNode | undefined): string | undefined {
  if (node?.type !== 'call_expression') return undefined;
  const name = callName(node) ?? '';
  const key = goStringValue(callArguments(node)[0]);
  if (key === undefined) return undefined;
  if (name === 'os.Getenv' || name === 'os.LookupEnv') return key;
  return VIPER_READ.test(name) ? key.toUpperCase() : undefined;
}

/**
 * What the nearest earlier write of a name holds, looking back through the statements before its use and the `if`
 * initialisers around it (`if v := os.Getenv("X"); v != ""`): the variable an env read gives it, and whether the name is
 * LookupEnv's `ok`. A nearer write of anything else (`v = strings.TrimSpace(v)` aside, which reads it) hides the read.
 */
function heldRead(identifier: SyntaxNode): { variable: string; ok: boolean } | undefined {
  let child = identifier;
  for (let current = identifier.parent, depth = 0; current && depth < 24; child = current, current = current.parent, depth++) {
    if (STOPS.has(current.type)) return undefined;
    const candidates = current.type === 'if_statement' ? [current.childForFieldName('initializer')] : BLOCKS.has(current.type) ? [...earlierStatements(child)] : [];
    for (const statement of candidates) {
      const write = statement ? writeOf(statement, identifier.text) : undefined;
      if (write !== undefined) return write === null ? undefined : write;
    }
  }
  return undefined;
}

/** The read a statement writes into `name` (null when it writes something else, undefined when it writes no `name`). */
function writeOf(statement: SyntaxNode, name: string): { variable: string; ok: boolean } | null | undefined {
  if (!DECLARATIONS.has(statement.type)) return undefined;
  const spec = statement.type === 'var_declaration' ? named(statement).find((child) => child.type === 'var_spec') : statement;
  if (!spec) return undefined;
  const names = spec.type === 'var_spec' ? spec.childrenForFieldName('name') : named(spec.childForFieldName('left'));
  const values = named(spec.childForFieldName(spec.type === 'var_spec' ? 'value' : 'right'));
  const at = names.findIndex((node) => node?.text === name);
  if (at < 0) return undefined;
  // A self-referring rewrite (`url = strings.TrimSpace(url)`) keeps what the name held: look further back.
  if (statement.type === 'assignment_statement' && values.length === names.length && values[at]!.text.includes(name)) return undefined;
  const call = values.length === 1 ? values[0] : values[at];
  const variable = envRead(call);
  if (variable === undefined) return null;
  const lookup = callName(call!) === 'os.LookupEnv';
  if (lookup && names.length === 2) return { variable, ok: at === 1 };
  return values.length === names.length ? { variable, ok: false } : null;
}
