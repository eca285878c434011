// What a test of environment variables proves when it holds or fails, for the fallback reading of a branch (issue #9,
// round 29): `process.env.X` (set when it holds), `X === undefined`, `X is None`, `ENV['X'].nil?`, `empty($_ENV['X'])`,
// `System.getenv("X") == null` (unset when it holds), `!`/`not`, and `&&`/`||` of such tests. Each language reads its
// own parse tree into this shape (javascript-context.ts, env-test-branches.ts); the logic is one.

export type EnvTest =
  | { kind: 'set' | 'unset'; name: string }
  | { kind: 'not'; test: EnvTest }
  | { kind: 'and' | 'or'; left: EnvTest; right: EnvTest }
  | { kind: 'other' };

export const OTHER: EnvTest = { kind: 'other' };

/**
 * The variable that `test` being `holds` proves unset, when it proves one: the branch that runs then is that variable's
 * fallback. `!A || !B` holding proves one of the two unset (the branch is the fallback of an incomplete environment,
 * named by the first); `A && B` holding proves nothing unset.
 */
export function unsetWhen(test: EnvTest, holds: boolean): string | undefined {
  switch (test.kind) {
    case 'set':
      return holds ? undefined : test.name;
    case 'unset':
      return holds ? test.name : undefined;
    case 'not':
      return unsetWhen(test.test, !holds);
    case 'and':
    case 'or': {
      // `A && B` holding (or `A || B` failing) proves both sides: either side's proof is enough.
      if ((test.kind === 'and') === holds) return unsetWhen(test.left, holds) ?? unsetWhen(test.right, holds);
      // `A || B` holding proves only one side: each must prove some variable unset.
      const left = unsetWhen(test.left, holds);
      return left !== undefined && unsetWhen(test.right, holds) !== undefined ? left : undefined;
    }
    default:
      return undefined;
  }
}

/** What a comparison with an empty value proves: `X === undefined`, `X is None`, `X == ""` (unset when it holds). */
export function comparedWithEmpty(operator: string, name: string): EnvTest {
  if (/^(?:===?|is)$/.test(operator)) return { kind: 'unset', name };
  return /^(?:!==?|is\s+not)$/.test(operator) ? { kind: 'set', name } : OTHER;
}

/** The literals a comparison reads as "nothing there": `undefined`, `null`, `None`, `nil`, `false`, an empty string. */
export const EMPTY_VALUE = /^(?:undefined|null|None|nil|NULL|false|FALSE|''|"")$/;

/** What being in a branch proves: its conditions, each holding or failing. */
export type BranchFacts<N> = ReadonlyArray<readonly [condition: N, holds: boolean]>;

/**
 * The variable whose fallback `literal` is: the first enclosing branch (up to `MAX_DEPTH` levels, stopping at a function)
 * whose conditions prove an environment variable unset. A branch that proves nothing (`if (debug)`) is passed through.
 */
export function unsetBranchVariable<N>(
  literal: N,
  parentOf: (node: N) => N | undefined,
  branchOf: (current: N, child: N) => BranchFacts<N> | 'stop' | undefined,
  testOf: (condition: N) => EnvTest,
): string | undefined {
  let child = literal;
  for (let current = parentOf(literal), depth = 0; current !== undefined && depth < MAX_DEPTH; child = current, current = parentOf(current), depth++) {
    const branch = branchOf(current, child);
    if (branch === 'stop') return undefined;
    for (const [condition, holds] of branch ?? []) {
      const name = unsetWhen(testOf(condition), holds);
      if (name !== undefined) return name;
    }
  }
  return undefined;
}

/** Levels climbed from a literal: a client call, a block, a few `elif`/`elsif` links. */
const MAX_DEPTH = 16;

/** How many earlier statements of a block are read for a test that leaves it. */
const MAX_EARLIER = 6;

/**
 * What reaching a statement proves from the earlier statements of its block that leave the function when their test
 * holds (or fails): after `if (url) return connect(url);` (Python's `if url: return …`, Ruby's `return … if url`, Go's
 * `if v != "" { return v }`) the rest runs only when the test failed, so `return connect('localhost')` is the unset
 * branch of that test, as an `else` is. `leaves` reads one statement: its test and the value that makes it leave;
 * `earlier` lists the statements before, nearest first. An `if`/`elif` chain with no `else` whose every branch leaves
 * gives each of its tests.
 */
export function earlyExitFacts<N>(earlier: Iterable<N>, leaves: (statement: N) => ReadonlyArray<readonly [condition: N, leavesWhen: boolean]> | undefined): BranchFacts<N> {
  const facts: Array<readonly [N, boolean]> = [];
  let step = 0;
  for (const statement of earlier) {
    if (step++ >= MAX_EARLIER) break;
    for (const [condition, leavesWhen] of leaves(statement) ?? []) facts.push([condition, !leavesWhen]);
  }
  return facts;
}
