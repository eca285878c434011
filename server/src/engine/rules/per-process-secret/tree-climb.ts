// The shared core of the tree-sitter languages: from a call that makes a random key, up through the
// calls that only encode it (`str(...)`, `bin2hex(...)`, `.toString()`), to what names it: an assignment,
// a keyword argument, a hash or array key, a field, or a call that takes only a signing key.
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { RuleContext } from '../../rule';
import type { OffsetEdit } from '../../types';
import { isKeyToolPath, isSigningKeyName, isSingletonClass, isStartupFunctionName } from './names';
import { assignsFromEnvironment, fillsEmpty, testsEnvironmentForEmpty, testsName, variableRead } from './env-guard';
import { printsName, reportKey } from './report';
import { callSitesOf, callsOf } from '../development-callers';
import { inDevelopmentCode } from '../development-code';

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
    if (!bound) return;
    // The environment's read that the random value stands in for: inline (`… or os.urandom(24)`) or a guard before it.
    const read = bound.fallback ? bound.value?.text : bound.value && envGuard(bound.at, bound.name, grammar);
    // `key := os.Getenv("SESSION_KEY")`: a plain `key` is named by the variable it falls back for.
    const variable = read === undefined || bound.sink || isSigningKeyName(bound.name) ? undefined : variableRead(read);
    const name = variable ?? bound.name;
    if (!bound.sink && !isSigningKeyName(name)) return;
    if (!runsOncePerProcess(bound.at, grammar, context) || printsName(context.text, bound.name)) return;
    const owner = grammar.instanceFieldClass?.(bound.at);
    if (owner && !isSingletonClass(owner.name, owner.annotations)) return;
    const value = bound.value;
    reportKey(context, {
      span: { start: (value ?? node).startIndex, end: (value ?? node).endIndex },
      name,
      fallback: bound.fallback || read !== undefined,
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

/** Guards: `if`, `unless`, Ruby's `if`/`unless` modifiers. */
const GUARD = /^(?:if|unless)(?:_statement|_modifier)?$/;

/**
 * The text of the environment read a guarded assignment stands in for (env-guard.ts), or undefined: the assignment is in
 * a guard that tests the environment for emptiness, or tests the name after a statement gave it the environment's value,
 * or is a `||=` after such a statement.
 */
function envGuard(at: SyntaxNode, name: string, grammar: KeyGrammar): string | undefined {
  if (fillsEmpty(at.text)) return readBefore(at, name);
  for (let node = at.parent, depth = 0; node && depth < 6 && !grammar.functionOf(node); node = node.parent, depth++) {
    if (!GUARD.test(node.type)) continue;
    const test = [node.childForFieldName('initializer'), node.childForFieldName('condition')].map((part) => part?.text ?? '').join('; ');
    if (testsEnvironmentForEmpty(test)) return test;
    return testsName(test, name) ? readBefore(node, name) : undefined;
  }
  return undefined;
}

/** The nearest statement before `statement` that assigns the name, if it reads the environment. */
function readBefore(statement: SyntaxNode, name: string): string | undefined {
  for (let before = statement.previousNamedSibling, seen = 0; before && seen < 12; before = before.previousNamedSibling, seen++) {
    if (assignsFromEnvironment(before.text, name)) return before.text;
  }
  return undefined;
}

/**
 * Outside any function, or in one that runs at start-up; not in a handler or a callback, which run per request. A helper
 * whatever its name (`def _attach_session(app)`, `def self.harden_sessions`) runs at start-up when this file calls it from
 * start-up code (`create_app`, module level, a class body, Go's `main`, a `@PostConstruct` method, a service provider's
 * `boot()`), two calls deep at most (development-callers.ts reads the calls); a call from development code is not the start
 * of production.
 */
function runsOncePerProcess(node: SyntaxNode, grammar: KeyGrammar, context: RuleContext, depth = 0): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    const fn = grammar.functionOf(parent);
    if (!fn) continue;
    if (fn.startup === true || (fn.name !== '' && isStartupFunctionName(fn.name))) return true;
    const root = context.parsed.tree?.rootNode;
    if (fn.name === '' || depth >= 2 || !root) return false;
    const calls = callSitesOf(root, parent, fn.name, context.language) ?? callsOf(root, parent, fn.name).filter(isCallee);
    return calls.some((call) => !inDevelopmentCode(context.parsed, context.language, { start: call.startIndex, end: call.endIndex }) && runsOncePerProcess(call, grammar, context, depth + 1));
  }
  return true;
}

/**
 * A mention that calls the helper: Python's `_attach_session(app)`, `self._keys()`, and any Ruby mention (a bare name is a
 * call). Not the name handed on as a value (`add_url_rule("/rotate", view_func=rotate_key)`): a view runs per request.
 */
function isCallee(name: SyntaxNode): boolean {
  const parent = name.parent;
  if (!parent) return false;
  if (parent.type === 'call') return (parent.childForFieldName('function') ?? parent.childForFieldName('method'))?.id === name.id;
  if (parent.type === 'attribute') {
    return parent.childForFieldName('attribute')?.id === name.id && parent.parent?.type === 'call' && parent.parent.childForFieldName('function')?.id === parent.id;
  }
  return parent.type !== 'argument_list' && parent.type !== 'keyword_argument';
}

/** The text of a call's callee without spaces: `KeyGenerator.getInstance("HmacSHA256").generateKey`. */
export function compact(node: SyntaxNode | null | undefined): string {
  return node ? node.text.replace(/\s+/g, '') : '';
}

/** Whether an expression reads the environment (the left side of a fallback). */
export function readsEnvironment(node: SyntaxNode | null | undefined): boolean {
  return node !== null && node !== undefined && /\b(?:environ|getenv|ENV|env|process\.env|\$_ENV|\$_SERVER|System\.getenv)\b/.test(node.text);
}
