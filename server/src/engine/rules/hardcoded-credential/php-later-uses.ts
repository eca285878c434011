// A PHP variable that holds a literal and is then handed to a credential-taking call, whatever it is called:
// `$pw = '…';` then `new PDO($dsn, $user, $pw)`, `mysqli_connect($host, 'app', $pw, 'app')`, `imap_open($box, $login,
// $key)`. The call's parameter says what the name does not: the literal is reported where it is written, judged as it
// would be in the call (a word there is a placeholder never filled in, `root` a stock local password: information),
// as Go's, Python's and Ruby's held literals are (go-targets.ts secretVariables, python-later-uses.ts, ruby-later-uses.ts).
// A variable counts in its own function (or the file's top level), assigned once there: PHP's functions see no outer
// variable, so each function is one scope, walked once without the functions inside it, except what a closure captures
// (`function () use ($secret) {…}`, an arrow function's free variables): its use there is the outer variable's.
import { named, phpString } from '../../languages/php';
import { parentIndexOf, type SyntaxNode } from '../../languages/treeSitter';
import type { RuleContext } from '../../rule';
import { findTokens, findUrlPasswords } from '../../secrets';
import { credentialValueReport } from './credential-value';
import { isPhpNonSecret } from './php-check';
import { readerFor, wholeLiteralReport } from './php-report';
import { targetOf, type Target } from './php-targets';
import { nameTarget } from './target';

const FUNCTIONS = new Set(['function_definition', 'method_declaration', 'anonymous_function', 'anonymous_function_creation_expression', 'arrow_function']);
/** A bound on the nodes walked: a generated file of many functions is not read past it. */
const MAX_NODES = 200_000;

interface Held {
  literal: SyntaxNode;
  value: string;
  /** How often the scope assigns the variable: a holder counts only when it is the one assignment. */
  assignments: number;
}

export function reportPhpLaterUses(context: RuleContext): void {
  const root = context.parsed.tree?.rootNode;
  if (!root) return;
  const parents = parentIndexOf(root.tree);
  const read = readerFor(context.text, context.path);
  for (const scope of scopesOf(root)) {
    for (const [name, { held, target }] of scope) {
      if (held.assignments !== 1 || !target?.credential || isPhpNonSecret(held.value)) continue;
      const found = wholeLiteralReport({ span: { start: held.literal.startIndex, end: held.literal.endIndex }, value: held.value, read }, target.credential.noun, target, target.envName, false);
      if (judgedByItsName(name, held.value, context, found)) continue;
      const verdict = credentialValueReport(held.value, target, target.credential, context.scope, found, context.text);
      if (verdict) context.report(verdict);
    }
  }

  /** Each scope's held literals by variable, with the first credential-taking call that gets the variable in that scope. */
  function scopesOf(top: SyntaxNode): Map<string, { held: Held; target?: Target }>[] {
    const scopes: Map<string, { held: Held; target?: Target }>[] = [];
    const pending: SyntaxNode[] = [top];
    let visited = 0;
    while (pending.length > 0 && visited < MAX_NODES) {
      const scope = new Map<string, { held: Held; target?: Target }>();
      const uses: SyntaxNode[] = [];
      const stack: SyntaxNode[] = [pending.pop()!];
      for (let first = true; stack.length > 0 && visited < MAX_NODES; first = false, visited++) {
        const node = stack.pop()!;
        if (!first && FUNCTIONS.has(node.type)) {
          pending.push(node);
          visited += capturedUses(node, uses);
          continue;
        }
        if (node.type === 'assignment_expression' || node.type === 'augmented_assignment_expression') record(node, scope);
        else if (node.type === 'variable_name' && node.parent?.type === 'argument') uses.push(node);
        for (const child of named(node)) stack.push(child);
      }
      for (const use of uses) {
        const entry = scope.get(use.text);
        if (entry && !entry.target && use.startIndex > entry.held.literal.endIndex) entry.target = callTarget(use, targetOf(use, parents));
      }
      if (scope.size > 0) scopes.push(scope);
    }
    return scopes;
  }
}

/** A bound on the nodes of one closure walked for the captured variables it hands on. */
const MAX_CLOSURE_NODES = 2_000;

/**
 * The arguments in a closure that are variables it captures from the scope around it: `use ($secret)` (by value;
 * `use (&$k)` too), or any variable an arrow function reads that is not its parameter. Returns the nodes walked.
 */
function capturedUses(fn: SyntaxNode, uses: SyntaxNode[]): number {
  const captured = new Set<string>();
  const useClause = fn.type === 'anonymous_function' || fn.type === 'anonymous_function_creation_expression' ? named(fn).find((child) => child.type === 'anonymous_function_use_clause') : undefined;
  const parameters = new Set((fn.childForFieldName('parameters') ? named(fn.childForFieldName('parameters')!) : []).map((parameter) => parameter.childForFieldName('name')?.text));
  if (useClause) for (const variable of named(useClause)) captured.add((variable.type === 'by_ref' ? named(variable)[0] : variable)?.text ?? '');
  else if (fn.type !== 'arrow_function') return 0;
  const body = fn.childForFieldName('body');
  const stack = body ? [body] : [];
  let walked = 0;
  for (; stack.length > 0 && walked < MAX_CLOSURE_NODES; walked++) {
    const node = stack.pop()!;
    if (node.type === 'variable_name' && node.parent?.type === 'argument' && (useClause ? captured.has(node.text) : !parameters.has(node.text) && node.text !== '$this')) uses.push(node);
    // A closure inside sees only what it captures itself from this one: not followed.
    if (FUNCTIONS.has(node.type)) continue;
    for (const child of named(node)) stack.push(child);
  }
  return walked;
}

/** `$pw = '…';` as a statement of its own holds the literal; any other assignment of the variable counts against it. */
function record(assignment: SyntaxNode, scope: Map<string, { held: Held; target?: Target }>): void {
  const variable = assignment.childForFieldName('left');
  if (variable?.type !== 'variable_name') return;
  const earlier = scope.get(variable.text);
  if (earlier) {
    earlier.held.assignments++;
    return;
  }
  const literal = assignment.childForFieldName('right');
  const value = literal ? phpString(literal)?.text : undefined;
  const statement = assignment.type === 'assignment_expression' && assignment.parent?.type === 'expression_statement';
  // A token or a URL password is the literal's own check to report (php-check.ts).
  const held = literal && value && statement && findTokens(value).length === 0 && findUrlPasswords(value).length === 0;
  scope.set(variable.text, { held: held ? { literal, value, assignments: 1 } : { literal: assignment, value: '', assignments: 2 } });
}

/** A call's parameter that takes a credential (php-apis.ts), or a named argument named for one (`password: $pw`). */
function callTarget(use: SyntaxNode, target: Target | undefined): Target | undefined {
  if (!target?.credential) return undefined;
  return target.kind === 'api' || use.parent?.childForFieldName('name') ? target : undefined;
}

/** The local check reports the value under its own credential name (`$password = 'Xk…'`): one finding, the local one. */
function judgedByItsName(name: string, value: string, context: RuleContext, found: ReturnType<typeof wholeLiteralReport>): boolean {
  const named = nameTarget([name.replace(/^\$/, '')]);
  return named.credential !== undefined && credentialValueReport(value, named, named.credential, context.scope, found, context.text) !== undefined;
}
