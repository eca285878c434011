// The shared core of the tree-sitter languages: from a call that makes a random key, up through the
// calls that only encode it (`str(...)`, `bin2hex(...)`, `.toString()`), to what names it: an assignment,
// a keyword argument, a hash or array key, a field, or a call that takes only a signing key.
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { RuleContext } from '../../rule';
import type { OffsetEdit } from '../../types';
import { isKeyToolPath, isSigningKeyName, isSingletonClass, isStartupFunctionName } from './names';
import { printsName, reportKey } from './report';

/** How a parent treats the value coming up from one of its children. */
export type Step =
  | { kind: 'wrap' }
  | { kind: 'fallback' }
  | { kind: 'name'; name: string; sink?: boolean; fallback?: boolean }
  | { kind: 'stop' };

export const WRAP: Step = { kind: 'wrap' };
export const STOP: Step = { kind: 'stop' };
export const FALLBACK: Step = { kind: 'fallback' };

/** The value is bound to `name`; a name the code does not spell out (a computed key) stops the climb. */
export function named(name: string | undefined): Step {
  return name === undefined ? STOP : { kind: 'name', name };
}

export interface KeyGrammar {
  /**
   * Whether the node makes a random key: `plain` for a call whose value is the key; `filled` for a call that fills
   * a buffer (`rand.Read(jwtKey)`), with the buffer's name.
   */
  generator(node: SyntaxNode): { kind: 'plain' } | { kind: 'filled'; name: string } | undefined;
  step(parent: SyntaxNode, child: SyntaxNode): Step;
  /** For a function-like node: its name (`''` when anonymous) and whether its annotations make it start-up code (`@Bean`). */
  functionOf(node: SyntaxNode): { name: string; startup?: boolean } | undefined;
  /**
   * For an instance field (not a static one, not in a Kotlin `object`): its class's name and annotations' text, so the key
   * counts only when one instance serves the process (names.ts isSingletonClass).
   */
  instanceFieldClass?(at: SyntaxNode): { name: string; annotations: string } | undefined;
  /** The edits that read the key from the environment instead of `value`, where that leaves working code. */
  fix?(context: RuleContext, value: SyntaxNode, envName: string): OffsetEdit[] | undefined;
}

export function checkTree(context: RuleContext, grammar: KeyGrammar): void {
  const tree = context.parsed.tree;
  if (!tree || isKeyToolPath(context.path)) return;
  walkTree(tree.rootNode, (node) => {
    const made = grammar.generator(node);
    if (!made) return;
    const bound = made.kind === 'filled' ? { name: made.name, at: node, value: undefined, fallback: false, sink: false } : binding(node, grammar);
    if (!bound || (!bound.sink && !isSigningKeyName(bound.name))) return;
    if (!runsOncePerProcess(bound.at, grammar) || printsName(context.text, bound.name)) return;
    const owner = grammar.instanceFieldClass?.(bound.at);
    if (owner && !isSingletonClass(owner.name, owner.annotations)) return;
    const value = bound.value;
    reportKey(context, {
      span: { start: (value ?? node).startIndex, end: (value ?? node).endIndex },
      name: bound.name,
      fallback: bound.fallback,
      ...(value && grammar.fix ? { fix: (envName: string) => grammar.fix!(context, value, envName) } : {}),
    });
    return false;
  });
}

interface Binding {
  name: string;
  /** The naming node. */
  at: SyntaxNode;
  /** The whole value the name gets (what a fix replaces). */
  value: SyntaxNode | undefined;
  fallback: boolean;
  sink: boolean;
}

function binding(call: SyntaxNode, grammar: KeyGrammar): Binding | undefined {
  let fallback = false;
  for (let child = call, parent = call.parent; parent; child = parent, parent = parent.parent) {
    const step = grammar.step(parent, child);
    if (step.kind === 'stop') return undefined;
    if (step.kind === 'fallback') fallback = true;
    if (step.kind === 'name') return { name: step.name, at: parent, value: child, fallback: fallback || step.fallback === true, sink: step.sink === true };
  }
  return undefined;
}

/** Outside any function, or in one that runs at start-up; not in a handler or a callback, which run per request. */
function runsOncePerProcess(node: SyntaxNode, grammar: KeyGrammar): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    const fn = grammar.functionOf(parent);
    if (fn) return fn.startup === true || (fn.name !== '' && isStartupFunctionName(fn.name));
  }
  return true;
}

/** The text of a call's callee without spaces: `KeyGenerator.getInstance("HmacSHA256").generateKey`. */
export function compact(node: SyntaxNode | null | undefined): string {
  return node ? node.text.replace(/\s+/g, '') : '';
}

/** Whether an expression reads the environment (the left side of a fallback). */
export function readsEnvironment(node: SyntaxNode | null | undefined): boolean {
  return node !== null && node !== undefined && /\b(?:environ|getenv|ENV|env|process\.env|\$_ENV|\$_SERVER|System\.getenv)\b/.test(node.text);
}
