// The Go spelling of `process.env.X || 'default'`: read the variable, and assign a literal when it
// is empty. `v := os.Getenv("X"); if v == "" { v = "..." }`, or with `v, ok := os.LookupEnv("X"); if !ok`.
import { named, callArguments, callName, enclosingFunction, goStringValue } from '../../languages/go';
import { assignedValues } from '../../languages/locals';
import type { SyntaxNode } from '../../languages/treeSitter';
import { credentialName } from '../../secrets';
import type { Target } from './target';

/** The fallback target of `name = "..."` when it sits in `if name == "" { ... }` after `name := os.Getenv("X")`. */
export function envFallbackOfAssignment(assignment: SyntaxNode, name: string, root: SyntaxNode): Target | undefined {
  const guard = emptinessGuard(assignment, name);
  if (!guard) return undefined;
  const scope = enclosingFunction(assignment) ?? root;
  const read = envReadOf(scope, name, guard.okName) ?? (scope.id === root.id ? undefined : envReadOf(root, name, guard.okName));
  if (read === undefined) return undefined;
  const credential = credentialName(read) ?? credentialName(name);
  return {
    kind: 'fallback',
    label: `os.Getenv("${read}")`,
    name: read,
    ...(credential ? { credential } : {}),
    envName: read,
    existingEnvName: read,
    // Removing the fallback means deleting the `if`; the move-to-env fix cannot express that.
    noFix: true,
  };
}

/** The `if` whose consequence holds the assignment and whose condition says `name` is empty (or `!ok`). */
function emptinessGuard(assignment: SyntaxNode, name: string): { okName?: string } | undefined {
  let node: SyntaxNode = assignment;
  for (let parent = node.parent; parent && parent.type !== 'func_literal' && parent.type !== 'function_declaration'; node = parent, parent = node.parent) {
    if (parent.type !== 'if_statement' || parent.childForFieldName('consequence')?.id !== node.id) continue;
    const condition = parent.childForFieldName('condition')?.text.replace(/\s+/g, '') ?? '';
    if ([`${name}==""`, `""==${name}`, `len(${name})==0`, `${name}==\`\``].includes(condition)) return {};
    const ok = /^!([A-Za-z_]\w*)$/.exec(condition)?.[1];
    if (ok) return { okName: ok };
  }
  return undefined;
}

/** The env var `name` was read from in `scope`: `name := os.Getenv("X")` or `name, ok := os.LookupEnv("X")`. */
function envReadOf(scope: SyntaxNode, name: string, okName: string | undefined): string | undefined {
  for (const { value, index } of assignedValues(scope, name, 'go')) {
    if (value.type !== 'call_expression' || index !== 0) continue;
    const callee = callName(value);
    const wanted = okName === undefined ? callee === 'os.Getenv' || callee === 'os.LookupEnv' : callee === 'os.LookupEnv' && assignsBoth(value, okName);
    if (!wanted) continue;
    const read = goStringValue(callArguments(value)[0]);
    if (read !== undefined) return read;
  }
  return undefined;
}

/** `v, ok := os.LookupEnv(...)`: the `ok` tested is this call's. */
function assignsBoth(call: SyntaxNode, okName: string): boolean {
  const statement = call.parent?.parent;
  const left = named(statement?.childForFieldName('left') ?? statement).filter((child) => child.type === 'identifier');
  return left[1]?.text === okName;
}
